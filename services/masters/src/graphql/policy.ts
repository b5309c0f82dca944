import { Kind, type DocumentNode } from 'graphql';
import type { Access, MenuRight, Permission, Policy } from '@oms/auth';

/** Operations anyone may call: signing in and renewing a session. */
const PUBLIC_OPERATIONS = new Set(['login', 'refreshSession']);
/** Operations on one's own account. */
const OWN_ACCOUNT_OPERATIONS = new Set(['me', 'logout', 'changePassword']);
/** What the USERS menu guards: accounts, groups, menus, rights and teams — who may do what. */
const IDENTITY =
  /^(users?|groups?|menus?|namedRights?|teams?|userMenuOverride|groupMenuRights|auditEntries|auditEntry)$/i;
const IDENTITY_NOUN = /(User|Group|Menu|NamedRight|Team)/;

/** The right a control-panel mutation needs, from its verb: create, edit (update/set/clear/reset), deactivate. */
function rightOf(mutation: string): MenuRight {
  if (mutation.startsWith('create')) return 'CREATE';
  if (mutation.startsWith('deactivate')) return 'ADMIN';
  return 'EDIT';
}

function fieldsOf(typeDefs: DocumentNode, typeName: string): string[] {
  return typeDefs.definitions.flatMap((def) =>
    (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    def.name.value === typeName
      ? (def.fields ?? []).map((f) => f.name.value)
      : [],
  );
}

function keyedTypesOf(typeDefs: DocumentNode): string[] {
  return typeDefs.definitions.flatMap((def) =>
    def.kind === Kind.OBJECT_TYPE_DEFINITION && def.directives?.some((d) => d.name.value === 'key')
      ? [def.name.value]
      : [],
  );
}

/**
 * The masters policy, by rule rather than by list, so a new master is guarded the moment it is added:
 * - login and refreshSession are public; me, logout and changePassword need a signed-in user;
 * - master data (geography, catalogue, BSOs, reference lists, document types) is readable by every signed-in
 *   user (frontends fill their pickers from it); creating needs MASTERS:CREATE, editing MASTERS:EDIT and
 *   deactivating MASTERS:ADMIN;
 * - users, groups, menus, rights, teams and the audit trail are the USERS menu's: reading needs USERS:VIEW,
 *   and changes USERS:CREATE / USERS:EDIT / USERS:ADMIN by the same verbs (the audit trail needs AUDIT:VIEW).
 */
export function mastersPolicy(typeDefs: DocumentNode): Policy {
  const menuOf = (name: string) => (IDENTITY.test(name) || IDENTITY_NOUN.test(name) ? 'USERS' : 'MASTERS');
  const query = (name: string): Access => {
    if (PUBLIC_OPERATIONS.has(name)) return 'public';
    if (OWN_ACCOUNT_OPERATIONS.has(name)) return 'authenticated';
    if (/^audit/i.test(name)) return ['AUDIT:VIEW'];
    return menuOf(name) === 'USERS' ? ['USERS:VIEW'] : 'authenticated';
  };
  const mutation = (name: string): Access => {
    if (PUBLIC_OPERATIONS.has(name)) return 'public';
    if (OWN_ACCOUNT_OPERATIONS.has(name)) return 'authenticated';
    return [`${menuOf(name)}:${rightOf(name)}` as Permission];
  };
  return {
    Query: Object.fromEntries(fieldsOf(typeDefs, 'Query').map((f) => [f, query(f)])),
    Mutation: Object.fromEntries(fieldsOf(typeDefs, 'Mutation').map((f) => [f, mutation(f)])),
    entities: Object.fromEntries(
      keyedTypesOf(typeDefs).map((t) => [
        t,
        { read: menuOf(t) === 'USERS' ? ['USERS:VIEW'] : 'authenticated' },
      ]),
    ),
  };
}
