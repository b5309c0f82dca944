import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The masters subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    state: (_, { id }, ctx) => ctx.loaders.state.load(id),
    states: (_, args, ctx) => listQuery(() => ctx.useCases.geography.listStates(args)),
    city: (_, { id }, ctx) => ctx.loaders.city.load(id),
    cities: (_, args, ctx) => listQuery(() => ctx.useCases.geography.listCities(args)),
  },
  Mutation: {
    createState: async (_, { input }, ctx) =>
      payload('state', await ctx.useCases.createState.execute(ctx, input)),
    createCity: async (_, { input }, ctx) =>
      payload('city', await ctx.useCases.createCity.execute(ctx, input)),
  },
  State: {
    __resolveReference: (ref, ctx) => ctx.loaders.state.load(ref.id),
    cities: (state, _, ctx) => ctx.loaders.citiesOfState.load(state.id),
  },
  City: {
    __resolveReference: (ref, ctx) => ctx.loaders.city.load(ref.id),
    state: async (city, _, ctx) => {
      const state = await ctx.loaders.state.load(city.stateId);
      if (!state) throw new Error(`city ${city.id} refers to missing state ${city.stateId}`);
      return state;
    },
  },
};
