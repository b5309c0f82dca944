import { SignJWT, jwtVerify, type KeyLike, type JWK } from 'jose';
import { SIGNING_ALGORITHM, importSigningKey, parseJwks } from './keys';

/** The header in which the gateway sends its proof to the subgraphs. */
export const GATEWAY_PROOF_HEADER = 'x-oms-gateway-proof';

const ISSUER = 'oms-gateway';
const AUDIENCE = 'oms-subgraphs';
/** A proof is good for one minute: long enough for one client request's subgraph calls. */
const PROOF_TTL_SECONDS = 60;

/** The caller a proof vouches for: a signed-in user and session, or nobody (an anonymous caller). */
export interface ProvenCaller {
  userId: string | null;
  sessionId: string | null;
}

/** Why a proof was refused (logged by the subgraph; the caller only learns that it was refused). */
export class ProofError extends Error {}

/**
 * Signs the gateway's proof: a one-minute Ed25519 JWT (issuer `oms-gateway`, audience `oms-subgraphs`)
 * naming the verified caller. Only the gateway holds the private key, so a call that reaches a subgraph
 * directly cannot carry a valid proof.
 */
export class ProofSigner {
  private constructor(
    private readonly key: KeyLike,
    private readonly kid: string,
  ) {}

  static async fromJwk(jwk: JWK): Promise<ProofSigner> {
    return new ProofSigner(await importSigningKey(jwk, 'sign'), jwk.kid ?? 'gateway');
  }

  /** Reads the private JWK from a setting's JSON text. */
  static async fromSetting(text: string, setting: string): Promise<ProofSigner> {
    const [jwk] = parseJwks(text, setting);
    return ProofSigner.fromJwk(jwk);
  }

  sign(caller: ProvenCaller): Promise<string> {
    const jwt = new SignJWT(caller.sessionId ? { sid: caller.sessionId } : {})
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.kid, typ: 'oms-proof+jwt' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${PROOF_TTL_SECONDS}s`);
    if (caller.userId) jwt.setSubject(caller.userId);
    return jwt.sign(this.key);
  }
}

/** Verifies the gateway's proof in a subgraph with the gateway's public key(s). */
export class ProofVerifier {
  private constructor(private readonly keys: Map<string | undefined, KeyLike>) {}

  /** Several keys may be trusted at once, so the gateway's key can rotate without downtime. */
  static async fromJwks(jwks: JWK[]): Promise<ProofVerifier> {
    const keys = new Map<string | undefined, KeyLike>();
    for (const jwk of jwks) keys.set(jwk.kid, await importSigningKey(jwk, 'verify'));
    return new ProofVerifier(keys);
  }

  static async fromSetting(text: string, setting: string): Promise<ProofVerifier> {
    return ProofVerifier.fromJwks(parseJwks(text, setting));
  }

  /** The caller the proof names; throws `ProofError` for a missing, forged, expired or misdirected proof. */
  async verify(token: string | undefined): Promise<ProvenCaller> {
    if (!token) throw new ProofError('no gateway proof');
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = this.keys.get(header.kid);
          if (!key) throw new ProofError(`unknown proof key ${String(header.kid)}`);
          return key;
        },
        {
          algorithms: [SIGNING_ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
          typ: 'oms-proof+jwt',
          maxTokenAge: `${PROOF_TTL_SECONDS + 5}s`,
          clockTolerance: 5,
        },
      );
      return {
        userId: typeof payload.sub === 'string' ? payload.sub : null,
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
      };
    } catch (err) {
      throw err instanceof ProofError ? err : new ProofError((err as Error).message);
    }
  }
}
