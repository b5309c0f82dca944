import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { NumberSequenceEntity } from '@oms/persistence';
import type { ServiceModule } from '@oms/server';
import { wireOrders } from './container';
import type { OrdersContext } from './graphql/context';
import { KnownBranchEntity } from './persistence/known-branch.entity';
import { KnownBandwidthEntity, KnownProductEntity } from './persistence/known-catalogue.entities';
import { KnownCityEntity } from './persistence/known-city.entity';
import { KnownTeamEntity, KnownTeamMemberEntity } from './persistence/known-team.entities';
import { LeadEntity } from './persistence/lead.entity';
import { orderEntities } from './persistence/order.entities';
import { ordersMigrations } from './persistence/migrations';
import { ordersPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const ordersSchemaPath = join(__dirname, '..', 'schema.graphql');

/** The orders subgraph: leads, customers and their installed base, orders on the process engine, work queues. */
export const ordersService: ServiceModule<OrdersContext> = {
  name: 'orders',
  typeDefs: gql(readFileSync(ordersSchemaPath, 'utf8')),
  entities: [
    LeadEntity,
    KnownCityEntity,
    KnownBranchEntity,
    KnownProductEntity,
    KnownBandwidthEntity,
    KnownTeamEntity,
    KnownTeamMemberEntity,
    NumberSequenceEntity,
    ...orderEntities,
  ],
  migrations: ordersMigrations,
  consumes: ['masters', 'approvals', 'feasibility'],
  policy: ordersPolicy,
  wire: wireOrders,
};
