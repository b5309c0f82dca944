import { generateKeyPairSync } from 'node:crypto';
import type { JWK } from 'jose';
import {
  GATEWAY_PROOF_HEADER,
  ProofSigner,
  allPermissions,
  saveAccessSnapshot,
  type ProvenCaller,
} from '@oms/auth';
import type { AccessSnapshot } from '@oms/contracts';
import type { Database } from '@oms/persistence';

/**
 * The gateway proof key of this test process: services started by the testkit trust its public half, and
 * the testkit signs the proofs of the calls specs make straight to a subgraph (as the gateway would).
 */
const pair = generateKeyPairSync('ed25519');
const meta = { kid: 'test-gateway', alg: 'EdDSA', use: 'sig' };
export const TEST_PROOF_PRIVATE_JWK = { ...(pair.privateKey.export({ format: 'jwk' }) as JWK), ...meta };
export const TEST_PROOF_PUBLIC_JWK = { ...(pair.publicKey.export({ format: 'jwk' }) as JWK), ...meta };

/** The access-token signing key services under test use (masters signs with it, specs may forge with it). */
const tokenPair = generateKeyPairSync('ed25519');
const tokenMeta = { kid: 'test-token-1', alg: 'EdDSA', use: 'sig' };
export const TEST_TOKEN_PRIVATE_JWK = {
  ...(tokenPair.privateKey.export({ format: 'jwk' }) as JWK),
  ...tokenMeta,
};
export const TEST_TOKEN_PUBLIC_JWK = {
  ...(tokenPair.publicKey.export({ format: 'jwk' }) as JWK),
  ...tokenMeta,
};

let signer: Promise<ProofSigner> | null = null;

/** Signs a gateway proof for a caller (`null`: an anonymous caller) with the test process's key. */
export async function signTestProof(caller: ProvenCaller | null): Promise<string> {
  signer ??= ProofSigner.fromJwk(TEST_PROOF_PRIVATE_JWK);
  return (await signer).sign(caller ?? { userId: null, sessionId: null });
}

/** The headers of a direct subgraph call made as `userId` (or anonymously) through a simulated gateway. */
export async function proofHeaders(
  userId: string | null,
  sessionId: string | null = null,
): Promise<Record<string, string>> {
  return { [GATEWAY_PROOF_HEADER]: await signTestProof({ userId, sessionId }) };
}

/** The superuser specs act as by default: every permission, every branch. */
export const TEST_ADMIN: AccessSnapshot = {
  userId: '00000000-0000-4000-8000-000000000001',
  version: 1,
  active: true,
  kind: 'STAFF',
  bsoId: null,
  email: 'test-admin@oms.test',
  name: 'Test Admin',
  homeBranchId: null,
  branchIds: [],
  allBranches: true,
  installationCityIds: [],
  groups: ['ADMIN'],
  permissions: allPermissions(),
};

/**
 * A snapshot for a spec's user: the superuser's snapshot with the given differences. Mind the defaults —
 * every permission and the ALL data scope — and pass `permissions` and `allBranches: false` (with
 * `branchIds`) to make a user of limited reach.
 */
export function testAccess(overrides: Partial<AccessSnapshot> & { userId: string }): AccessSnapshot {
  return { ...TEST_ADMIN, email: `${overrides.userId}@oms.test`, name: overrides.userId, ...overrides };
}

/**
 * The access of a staff user of limited reach: the given branches (the first is the home branch), only the
 * given permissions and groups, and no ALL data scope unless asked for.
 */
export function staffAccess(
  userId: string,
  reach: { branchIds?: string[]; allBranches?: boolean; permissions?: string[]; groups?: string[] } = {},
): AccessSnapshot {
  const branchIds = reach.branchIds ?? [];
  return {
    userId,
    version: 1,
    active: true,
    kind: 'STAFF',
    bsoId: null,
    email: `${userId}@oms.test`,
    name: userId,
    homeBranchId: branchIds[0] ?? null,
    branchIds,
    allBranches: reach.allBranches ?? false,
    installationCityIds: [],
    groups: reach.groups ?? [],
    permissions: reach.permissions ?? [],
  };
}

/** The access of a BSO's partner account: no branches, its BSO's work only. */
export function partnerAccess(
  userId: string,
  bsoId: string,
  permissions: string[] = ['FEASIBILITY:VIEW', 'FEASIBILITY_RESPOND'],
): AccessSnapshot {
  return { ...staffAccess(userId, { permissions, groups: ['BSO_PARTNER'] }), kind: 'PARTNER', bsoId };
}

/** Puts users' access straight into a service's access copy (as masters' events would). */
export async function seedAccess(db: Database, ...snapshots: AccessSnapshot[]): Promise<void> {
  await db.transaction(async (em) => {
    for (const snapshot of snapshots) await saveAccessSnapshot(em, snapshot);
  });
}

const subgraphUrls = new Set<string>();

/** Marks a URL as a subgraph the testkit started: calls to it get a proof for the default caller. */
export function registerTestSubgraph(url: string): void {
  subgraphUrls.add(url);
}

/** The proof header a direct call to `url` carries when the spec gave none: the superuser's, for test subgraphs. */
export async function defaultProofHeaders(url: string): Promise<Record<string, string>> {
  return subgraphUrls.has(url) ? proofHeaders(TEST_ADMIN.userId) : {};
}
