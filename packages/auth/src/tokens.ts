import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  type KeyLike,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { SIGNING_ALGORITHM, importSigningKey, publicJwkOf } from './keys';

/** The most an access token may live: 15 minutes. */
export const MAX_ACCESS_TOKEN_TTL_SECONDS = 900;
/** The JOSE `typ` of an access token (RFC 9068), so no other kind of JWT is taken for one. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

/** Who issues access tokens and who they are for. */
export interface TokenAudience {
  issuer: string;
  audience: string;
}

/** What an access token says: the user and the login session (refresh-token family) it belongs to. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * The gateway's copy of masters' JWK set: kept this long, and fetched again at once when a token names a key
 * it does not hold — but not more often than the cooldown, so tokens with made-up key ids cannot flood masters.
 */
export const JWKS_CACHE_MAX_AGE_MS = 10 * 60 * 1000;
export const JWKS_REFETCH_COOLDOWN_MS = 5000;

/** Why a token was refused; `reason` is for logs, clients get one generic message. */
export class TokenError extends Error {}

/**
 * Signs access tokens (masters). Holds every configured key; signs with the active one and publishes the
 * public halves of all of them as a JWK set, so a new key can be published before it is used and an old one
 * kept until the tokens it signed have expired: rotation without downtime.
 */
export class AccessTokenIssuer {
  private constructor(
    private readonly signingKey: KeyLike,
    private readonly activeKid: string,
    private readonly publicJwks: JWK[],
    private readonly options: TokenAudience & { ttlSeconds: number },
  ) {}

  static async create(
    privateJwks: JWK[],
    activeKid: string | undefined,
    options: TokenAudience & { ttlSeconds: number },
  ): Promise<AccessTokenIssuer> {
    if (privateJwks.length === 0) throw new Error('no signing key configured');
    const kids = privateJwks.map((k) => k.kid);
    if (kids.some((kid) => !kid)) throw new Error('every signing key needs a key id ("kid")');
    if (new Set(kids).size !== kids.length) throw new Error('signing key ids must be unique');
    const kid = activeKid ?? kids[kids.length - 1] ?? '';
    const active = privateJwks.find((k) => k.kid === kid);
    if (!active) throw new Error(`the active signing key "${kid}" is not among the configured keys`);
    if (options.ttlSeconds < 1 || options.ttlSeconds > MAX_ACCESS_TOKEN_TTL_SECONDS)
      throw new Error(`access tokens live 1..${MAX_ACCESS_TOKEN_TTL_SECONDS} seconds`);
    for (const jwk of privateJwks) await importSigningKey(jwk, 'sign');
    return new AccessTokenIssuer(
      await importSigningKey(active, 'sign'),
      kid,
      privateJwks.map((k) => ({ ...publicJwkOf(k), alg: SIGNING_ALGORITHM, use: 'sig' })),
      options,
    );
  }

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  /** The public keys, as served on `/.well-known/jwks.json`. */
  jwks(): { keys: JWK[] } {
    return { keys: this.publicJwks };
  }

  /** Signs an access token; returns it with its expiry. */
  async issue(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.options.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.activeKid, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(claims.userId)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(exp)
      .sign(this.signingKey);
    return { token, expiresAt: new Date(exp * 1000) };
  }
}

/**
 * Verifies access tokens (gateway): Ed25519 only (so `none` and HMAC-with-the-public-key are refused), the
 * right issuer, audience and `typ`, not expired, not before its time, not older than 15 minutes, signed by a
 * key of the JWK set (fetched from masters and refetched when an unknown key id appears).
 */
export class AccessTokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly options: TokenAudience,
  ) {}

  /** Verifies against masters' published JWK set. */
  static remote(jwksUrl: string, options: TokenAudience): AccessTokenVerifier {
    return new AccessTokenVerifier(
      createRemoteJWKSet(new URL(jwksUrl), {
        cooldownDuration: JWKS_REFETCH_COOLDOWN_MS,
        cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
      }),
      options,
    );
  }

  /** Verifies against a fixed set of public keys. */
  static local(jwks: { keys: JWK[] }, options: TokenAudience): AccessTokenVerifier {
    return new AccessTokenVerifier(createLocalJWKSet(jwks), options);
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: [SIGNING_ALGORITHM],
        issuer: this.options.issuer,
        audience: this.options.audience,
        typ: ACCESS_TOKEN_TYPE,
        maxTokenAge: `${MAX_ACCESS_TOKEN_TTL_SECONDS}s`,
        requiredClaims: ['sub', 'sid', 'exp', 'iat', 'jti'],
        clockTolerance: 5,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new TokenError('sub and sid must be strings');
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (err) {
      throw err instanceof TokenError ? err : new TokenError((err as Error).message);
    }
  }
}
