import {
  Kind,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLResolveInfo,
  type FieldDefinitionNode,
  type GraphQLFieldResolver,
  type TypeNode,
} from 'graphql';
import { forbidden, unauthenticated } from './errors';
import type { Permission } from './permissions';
import type { DataScope, Principal } from './principal';

/** Who may call an operation or read a field. */
export type Access =
  /** Anyone, signed in or not (login, token refresh). */
  | 'public'
  /** Any active signed-in user (reference data such as cities). */
  | 'authenticated'
  /** A signed-in user holding at least one of these permissions. */
  | readonly Permission[];

/** How an entity type is protected when it is read: through a query, `_entities` or a nested field. */
export interface EntityRule<T = never> {
  /** Who may read it at all. */
  read: Access;
  /** Where a record sits; a record outside the caller's reach reads as null (as if it did not exist). */
  scope?: (record: T) => DataScope;
}

/** A field of another subgraph's entity that this subgraph resolves (e.g. `Lead.syncRecords`). */
export interface FieldRule<P = never> {
  read: Access;
  /** Where the parent sits, from what this subgraph knows; outside the caller's reach the field is empty. */
  scope?: (parent: P, context: unknown) => Promise<DataScope | null> | DataScope | null;
}

/**
 * A subgraph's authorization policy: a rule for every query and mutation, for every entity it resolves
 * (applied to `_entities` and to every query returning that type), and for every field it adds to another
 * subgraph's entity. `secureResolvers` refuses to start a subgraph whose policy misses one of them.
 */
export interface Policy {
  Query: Record<string, Access>;
  Mutation?: Record<string, Access>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities?: Record<string, EntityRule<any>>;
  /** Keyed `Type.field`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fields?: Record<string, FieldRule<any>>;
}

/** What a resolver context must carry for the policy to be enforced. */
export interface AuthorizedContext {
  principal: Principal;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResolverMap = Record<string, any>;
type Resolver = GraphQLFieldResolver<unknown, AuthorizedContext>;

/** Throws the typed error when the principal may not use something guarded by `access`. */
export function demand(principal: Principal, access: Access): void {
  if (access === 'public') return;
  if (!principal.authenticated || !principal.snapshot?.active) throw unauthenticated();
  if (access === 'authenticated') return;
  if (!principal.canAny(access)) throw forbidden();
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/** The fields of Query/Mutation and the `@key` types declared in a subgraph's SDL (with extensions). */
function inspect(typeDefs: DocumentNode) {
  const operations = { Query: new Map<string, string>(), Mutation: new Map<string, string>() };
  const keyed = new Set<string>();
  for (const def of typeDefs.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const name = def.name.value;
    if (name === 'Query' || name === 'Mutation') {
      for (const field of def.fields ?? ([] as readonly FieldDefinitionNode[]))
        operations[name].set(field.name.value, namedTypeOf(field.type));
    }
    if (def.directives?.some((d) => d.name.value === 'key')) keyed.add(name);
  }
  return { operations, keyed };
}

/**
 * Wraps a subgraph's resolvers so that every operation, every entity reference and every field added to a
 * foreign entity is checked against the policy before it runs, and every entity it returns is checked
 * against the entity's data scope. A gap in the policy is a start-up error, not an open door.
 */
export function secureResolvers<R extends ResolverMap>(
  typeDefs: DocumentNode,
  resolvers: R,
  policy: Policy,
): R {
  const { operations, keyed } = inspect(typeDefs);
  const problems: string[] = [];
  const secured: ResolverMap = { ...resolvers };
  const entities = policy.entities ?? {};
  const fields = policy.fields ?? {};

  const scopeFilter = (typeName: string) => {
    const rule = entities[typeName];
    if (!rule?.scope) return null;
    const scope = rule.scope;
    return (value: unknown, principal: Principal): unknown => {
      if (value === null || value === undefined) return value;
      if (Array.isArray(value))
        return value.filter((v) => v !== null && principal.reaches(scope(v as never)));
      return principal.reaches(scope(value)) ? value : null;
    };
  };

  for (const op of ['Query', 'Mutation'] as const) {
    const rules = (op === 'Query' ? policy.Query : policy.Mutation) ?? {};
    const declared = operations[op];
    const map: ResolverMap = { ...((resolvers[op] as ResolverMap | undefined) ?? {}) };
    for (const [field, returnType] of declared) {
      const access = rules[field];
      if (!access) {
        problems.push(`${op}.${field} has no authorization rule`);
        continue;
      }
      const inner = map[field] as Resolver | undefined;
      if (!inner) continue;
      const filter = op === 'Query' ? scopeFilter(returnType) : null;
      map[field] = async (parent: unknown, args: unknown, ctx: AuthorizedContext, info: never) => {
        demand(ctx.principal, access);
        const result = await inner(parent, args, ctx, info);
        return filter ? filter(result, ctx.principal) : result;
      };
    }
    for (const field of Object.keys(rules))
      if (!declared.has(field)) problems.push(`${op}.${field} has a rule but is not in the schema`);
    if (declared.size > 0) secured[op] = map;
  }

  for (const typeName of keyed) {
    const typeResolvers = resolvers[typeName] as ResolverMap | undefined;
    const rule = entities[typeName];
    if (typeResolvers?.__resolveReference) {
      if (!rule) {
        problems.push(`entity ${typeName} is resolvable through _entities but has no entity rule`);
        continue;
      }
      const inner = typeResolvers.__resolveReference as (
        ref: unknown,
        ctx: AuthorizedContext,
        info: never,
      ) => unknown;
      const filter = scopeFilter(typeName);
      secured[typeName] = {
        ...(secured[typeName] as ResolverMap),
        __resolveReference: async (ref: unknown, ctx: AuthorizedContext, info: never) => {
          demand(ctx.principal, rule.read);
          const found = await inner(ref, ctx, info);
          return filter ? filter(found, ctx.principal) : found;
        },
      };
    } else if (typeResolvers) {
      // A foreign entity this subgraph adds fields to: each such field needs its own rule.
      for (const [field, resolver] of Object.entries(typeResolvers)) {
        if (field.startsWith('__') || typeof resolver !== 'function') continue;
        if (!fields[`${typeName}.${field}`])
          problems.push(`${typeName}.${field} resolves a field of a foreign entity but has no field rule`);
      }
    }
  }

  for (const [key, fieldRule] of Object.entries(fields)) {
    const [typeName, field] = key.split('.');
    const resolver = (resolvers[typeName] as ResolverMap | undefined)?.[field] as Resolver | undefined;
    if (typeof resolver !== 'function') {
      problems.push(`field rule for ${key}, which has no resolver`);
      continue;
    }
    secured[typeName] = {
      ...(secured[typeName] as ResolverMap),
      [field]: async (parent: unknown, args: unknown, ctx: AuthorizedContext, info: GraphQLResolveInfo) => {
        demand(ctx.principal, fieldRule.read);
        if (fieldRule.scope) {
          const scope = await fieldRule.scope(parent, ctx);
          if (!scope || !ctx.principal.reaches(scope)) return emptyOf(info);
        }
        return resolver(parent, args, ctx, info);
      },
    };
  }
  for (const name of Object.keys(entities))
    if (!keyed.has(name)) problems.push(`entity rule for ${name}, which has no @key in the schema`);

  if (problems.length > 0)
    throw new Error(`authorization policy is incomplete:\n  - ${problems.join('\n  - ')}`);
  return secured as R;
}

/** What an out-of-scope field reads as: an empty list for list fields, null otherwise. */
function emptyOf(info: GraphQLResolveInfo): unknown {
  const type = isNonNullType(info.returnType) ? info.returnType.ofType : info.returnType;
  return isListType(type) ? [] : null;
}
