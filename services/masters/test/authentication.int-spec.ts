import { createHash } from 'node:crypto';
import { AccessTokenVerifier, MAX_ACCESS_TOKEN_TTL_SECONDS } from '@oms/auth';
import { OutboxEntity } from '@oms/messaging';
import { startService, type RunningService } from '@oms/server';
import {
  TEST_TOKEN_PRIVATE_JWK,
  TEST_TOKEN_PUBLIC_JWK,
  gql,
  gqlData,
  proofHeaders,
  registerTestSubgraph,
  startServiceUnderTest,
  testKafkaBrokers,
  testServiceEnv,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { AuthSessionEntity, LoginThrottleEntity, RefreshTokenEntity } from '../src/persistence/auth.entities';
import { mastersService } from '../src/service';
import {
  CREATE_USER,
  DEACTIVATE_USER,
  GOOD_PASSWORD,
  RESET_PASSWORD,
  eventsFor,
  seen,
} from './identity-test-kit';
import { eventFor } from './masters-test-kit';

const ADMIN = { email: 'root@oms.example', password: 'Bootstrap-Admin-2026!' };
const ENV = {
  BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
  BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  LOGIN_MAX_FAILURES: '3',
  LOGIN_LOCK_MINUTES: '15',
};

const TOKENS = 'tokens { tokenType accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }';
const ERRORS = 'errors { code field message }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${TOKENS} ${ERRORS} } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { ${TOKENS} ${ERRORS} } }`;
const LOGOUT = `mutation { logout { loggedOut ${ERRORS} } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { changed ${ERRORS} } }`;
const ME = '{ me { user { id email } } }';

const INVALID_CREDENTIALS = {
  code: 'INVALID_CREDENTIALS',
  field: null,
  message: 'The email or password is not correct.',
};
const LOCKED = {
  code: 'LOGIN_LOCKED',
  field: null,
  message: 'Too many failed sign-ins for this email address. Try again in 15 minute(s).',
};
const INVALID_REFRESH = {
  code: 'INVALID_REFRESH_TOKEN',
  field: ['input', 'refreshToken'],
  message: 'The refresh token is not valid. Sign in again.',
};

interface Tokens {
  tokenType: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}
interface Payload {
  tokens: Tokens | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The decoded header and claims of a JWT (verification is a separate step). */
const jwtParts = (token: string) => {
  const [header, claims] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  return { header, claims: claims as { sub: string; sid: string; iat: number; exp: number } & object };
};

/**
 * Sign-in, renewal, sign-out and password changes of masters alone (MariaDB + Kafka). Calls go straight to
 * the subgraph with a proof signed as the gateway would: anonymous for login and refresh, naming the user and
 * session of an access token for the calls a signed-in user makes.
 */
describe('authentication (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let headOffice: string;
  let emails = 0;

  const anonymous = () => proofHeaders(null);
  /** The proof the gateway would send for a request bearing this access token. */
  const bearer = (tokens: Tokens) => {
    const { claims } = jwtParts(tokens.accessToken);
    return proofHeaders(claims.sub, claims.sid);
  };
  /** The whole response of a login, as a client sees it. */
  const loginResponse = async (email: string, password: string) =>
    gql<{ login: Payload }>(service.url, LOGIN, { input: { email, password } }, await anonymous());
  const login = async (email: string, password: string) =>
    (await loginResponse(email, password)).data?.login as Payload;
  const signIn = async (email: string, password: string) => {
    const result = await login(email, password);
    expect(result.errors).toEqual([]);
    return result.tokens as Tokens;
  };
  const refresh = async (refreshToken: string) =>
    (
      await gqlData<{ refreshSession: Payload }>(
        service.url,
        REFRESH,
        { input: { refreshToken } },
        await anonymous(),
      )
    ).refreshSession;
  const changePassword = async (tokens: Tokens, currentPassword: string, newPassword: string) =>
    (
      await gqlData<{ changePassword: { changed: boolean; errors: Payload['errors'] } }>(
        service.url,
        CHANGE_PASSWORD,
        { input: { currentPassword, newPassword } },
        await bearer(tokens),
      )
    ).changePassword;
  const me = async (tokens: Tokens) => gql(service.url, ME, {}, await bearer(tokens));

  /** What a refused call must leave as it was: sessions, refresh tokens, throttling rows and the outbox. */
  const footprint = async () => ({
    sessions: await service.db.manager.count(AuthSessionEntity),
    refreshTokens: await service.db.manager.count(RefreshTokenEntity),
    throttles: await service.db.manager.count(LoginThrottleEntity),
    outbox: await service.db.manager.count(OutboxEntity),
  });
  const sessionRow = (id: string) => service.db.manager.getRepository(AuthSessionEntity).findOneBy({ id });
  const revokedEventsInOutbox = async (sessionId: string) =>
    service.db.manager
      .getRepository(OutboxEntity)
      .countBy({ eventType: 'session.revoked', messageKey: sessionId });

  /** A staff user in HEAD_OFFICE (ALL scope, so no home branch needed) with the given password. */
  const createUser = async (password = GOOD_PASSWORD) => {
    const email = `user${++emails}@oms.example`;
    const { createUser: result } = await gqlData(service.url, CREATE_USER, {
      input: { email, name: `User ${emails}`, kind: 'STAFF', groupIds: [headOffice], password },
    });
    expect(result.errors).toEqual([]);
    return { id: result.user.id as string, email, password };
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_auth', extraEnv: ENV });
    ({ service, recorder } = underTest);
    const groups = await gqlData(service.url, '{ groups(first: 100) { edges { node { id code } } } }');
    headOffice = groups.groups.edges.find((e: { node: { code: string } }) => e.node.code === 'HEAD_OFFICE')
      .node.id;
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('signs the bootstrapped administrator in: a short-lived EdDSA access token and an opaque refresh token kept only as its SHA-256', async () => {
    const before = await footprint();
    const result = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(result.errors).toEqual([]);
    const tokens = result.tokens as Tokens;
    expect(tokens.tokenType).toBe('Bearer');

    const { header, claims } = jwtParts(tokens.accessToken);
    expect(header).toEqual({ alg: 'EdDSA', kid: TEST_TOKEN_PRIVATE_JWK.kid, typ: 'at+jwt' });
    expect(claims.exp - claims.iat).toBeGreaterThan(0);
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(MAX_ACCESS_TOKEN_TTL_SECONDS);
    expect(new Date(tokens.accessTokenExpiresAt).getTime()).toBe(claims.exp * 1000);
    // Signed with the configured key, for the issuer and audience the gateway checks.
    const verifier = AccessTokenVerifier.local(
      { keys: [TEST_TOKEN_PUBLIC_JWK] },
      { issuer: 'oms-masters', audience: 'oms-api' },
    );
    expect(await verifier.verify(tokens.accessToken)).toEqual({ userId: claims.sub, sessionId: claims.sid });

    // The token names the administrator and a new session of theirs.
    const { users } = await gqlData(
      service.url,
      '{ users { totalCount edges { node { id email groups { code } } } } }',
    );
    expect(users.totalCount).toBe(1);
    expect(users.edges[0].node).toEqual({ id: claims.sub, email: ADMIN.email, groups: [{ code: 'ADMIN' }] });
    expect(await sessionRow(claims.sid)).toMatchObject({ userId: claims.sub, revokedAt: null });
    expect((await sessionRow(claims.sid))?.expiresAt.toISOString()).toBe(tokens.refreshTokenExpiresAt);
    expect((await me(tokens)).data?.me.user).toEqual({ id: claims.sub, email: ADMIN.email });

    // The refresh token is 32 random bytes, not a JWT, and only its SHA-256 is stored.
    expect(tokens.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await service.db.manager.query<Record<string, unknown>[]>('SELECT * FROM refresh_token');
    expect(rows).toHaveLength(before.refreshTokens + 1);
    expect(JSON.stringify(rows)).not.toContain(tokens.refreshToken);
    expect(rows.map((r) => r.token_hash)).toContain(sha256(tokens.refreshToken));
    const sessions = await service.db.manager.query<Record<string, unknown>[]>('SELECT * FROM auth_session');
    expect(JSON.stringify(sessions)).not.toContain(tokens.refreshToken);
    expect(await footprint()).toMatchObject({
      sessions: before.sessions + 1,
      refreshTokens: before.refreshTokens + 1,
    });
  });

  it('answers a wrong password, an unknown email and an inactive account alike, and opens no session', async () => {
    const active = await createUser();
    const inactive = await createUser();
    expect(
      (await gqlData(service.url, DEACTIVATE_USER, { input: { id: inactive.id } })).deactivateUser.errors,
    ).toEqual([]);
    const before = await footprint();

    const wrongPassword = await loginResponse(active.email, 'Not-The-Password-1');
    const unknownEmail = await loginResponse('nobody@oms.example', GOOD_PASSWORD);
    // The right password of a deactivated account.
    const deactivated = await loginResponse(inactive.email, inactive.password);
    expect(wrongPassword).toEqual({ data: { login: { tokens: null, errors: [INVALID_CREDENTIALS] } } });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(deactivated).toEqual(wrongPassword);

    const after = await footprint();
    expect(after.sessions).toBe(before.sessions);
    expect(after.refreshTokens).toBe(before.refreshTokens);
    expect(after.outbox).toBe(before.outbox);
  });

  describe('lockout', () => {
    it('locks an existing and an unknown address alike after LOGIN_MAX_FAILURES failures, even against the right password', async () => {
      const user = await createUser();
      const unknown = 'ghost@oms.example';
      for (const email of [user.email, unknown]) {
        expect(await login(email, 'Wrong-Password-1')).toEqual({
          tokens: null,
          errors: [INVALID_CREDENTIALS],
        });
        expect(await login(email, 'Wrong-Password-2')).toEqual({
          tokens: null,
          errors: [INVALID_CREDENTIALS],
        });
      }
      const lockedExisting = await loginResponse(user.email, 'Wrong-Password-3');
      const lockedUnknown = await loginResponse(unknown, 'Wrong-Password-3');
      expect(lockedExisting).toEqual({ data: { login: { tokens: null, errors: [LOCKED] } } });
      expect(lockedUnknown).toEqual(lockedExisting);

      // While locked, even the right password is refused (in any letter case), and no session opens.
      const before = await footprint();
      expect(await loginResponse(user.email, user.password)).toEqual(lockedExisting);
      expect(await loginResponse(user.email.toUpperCase(), user.password)).toEqual(lockedExisting);
      expect(await loginResponse(unknown, GOOD_PASSWORD)).toEqual(lockedExisting);
      expect(await footprint()).toEqual(before);

      // Another address is not affected.
      await signIn(ADMIN.email, ADMIN.password);

      // When the lock has run out (moved into the past here), the right password works again.
      await service.db.manager
        .getRepository(LoginThrottleEntity)
        .update({ emailKey: sha256(user.email) }, { lockedUntil: new Date(Date.now() - 1000) });
      await signIn(user.email, user.password);
    });

    it('counts guesses made in parallel one by one: no more than LOGIN_MAX_FAILURES passwords are checked', async () => {
      const user = await createUser();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => login(user.email, `Wrong-Guess-${i}-Aa`)),
      );
      const codes = results.map((r) => r.errors.map((e) => e.code).join());
      // Two failures answer as failures; the third locks the address, and every later guess is refused
      // unchecked, whatever the order in which they were sent.
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(2);
      expect(codes.filter((c) => c === 'LOGIN_LOCKED')).toHaveLength(6);
      expect(results.every((r) => r.tokens === null)).toBe(true);
      expect(await login(user.email, user.password)).toEqual({ tokens: null, errors: [LOCKED] });
    });

    it('forgets the failures of an address once it signs in', async () => {
      const user = await createUser();
      expect((await login(user.email, 'Wrong-Password-1')).errors).toEqual([INVALID_CREDENTIALS]);
      expect((await login(user.email, 'Wrong-Password-2')).errors).toEqual([INVALID_CREDENTIALS]);
      await signIn(user.email, user.password);
      expect(
        await service.db.manager
          .getRepository(LoginThrottleEntity)
          .findOneBy({ emailKey: sha256(user.email) }),
      ).toMatchObject({ failures: 0, lockedUntil: null });
      // A fresh count: two more failures do not lock, the third does.
      expect((await login(user.email, 'Wrong-Password-3')).errors).toEqual([INVALID_CREDENTIALS]);
      expect((await login(user.email, 'Wrong-Password-4')).errors).toEqual([INVALID_CREDENTIALS]);
      expect((await login(user.email, 'Wrong-Password-5')).errors).toEqual([LOCKED]);
    });
  });

  it('refuses empty input with VALIDATION_FAILED and writes nothing', async () => {
    const admin = await signIn(ADMIN.email, ADMIN.password);
    const before = await footprint();
    for (const [email, password, field] of [
      ['', ADMIN.password, 'email'],
      ['   ', ADMIN.password, 'email'],
      [ADMIN.email, '', 'password'],
    ]) {
      const result = await login(email, password);
      expect(result.tokens).toBeNull();
      expect(result.errors).toEqual([
        { code: 'VALIDATION_FAILED', field: ['input', field], message: expect.any(String) },
      ]);
    }
    const emptyRefresh = await refresh('');
    expect(emptyRefresh.tokens).toBeNull();
    expect(emptyRefresh.errors).toEqual([
      { code: 'VALIDATION_FAILED', field: ['input', 'refreshToken'], message: expect.any(String) },
    ]);
    expect(await changePassword(admin, '', 'Another-Strong-Pass-1')).toEqual({
      changed: false,
      errors: [
        { code: 'VALIDATION_FAILED', field: ['input', 'currentPassword'], message: expect.any(String) },
      ],
    });
    expect(await footprint()).toEqual(before);
  });

  describe('sessions', () => {
    it('renews a session with each refresh token once; presenting a spent one ends the whole session', async () => {
      const user = await createUser();
      const first = await signIn(user.email, user.password);
      const renewed = await refresh(first.refreshToken);
      expect(renewed.errors).toEqual([]);
      const second = renewed.tokens as Tokens;
      expect(jwtParts(second.accessToken).claims.sid).toBe(jwtParts(first.accessToken).claims.sid);
      expect(second.refreshToken).not.toBe(first.refreshToken);

      expect(await refresh(first.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
      const sid = jwtParts(first.accessToken).claims.sid;
      expect(await sessionRow(sid)).toMatchObject({ revokedReason: 'REFRESH_TOKEN_REUSE' });
      expect(await refresh(second.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
      expect((await eventFor(recorder, 'session.revoked', sid)).payload).toMatchObject({
        sessionId: sid,
        userId: user.id,
        reason: 'REFRESH_TOKEN_REUSE',
      });
      expect((await me(second)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await refresh('never-issued-token')).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
    });

    it('refuses the refresh token of an expired session', async () => {
      const user = await createUser();
      const tokens = await signIn(user.email, user.password);
      const sid = jwtParts(tokens.accessToken).claims.sid;
      await service.db.manager
        .getRepository(AuthSessionEntity)
        .update({ id: sid }, { expiresAt: new Date(Date.now() - 1000) });
      const before = await footprint();
      expect(await refresh(tokens.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
      expect(await footprint()).toEqual(before);
    });

    it('ends the caller’s session on logout, and answers NO_SESSION to a call without one', async () => {
      const user = await createUser();
      const tokens = await signIn(user.email, user.password);
      const sid = jwtParts(tokens.accessToken).claims.sid;
      const out = await gqlData(service.url, LOGOUT, {}, await bearer(tokens));
      expect(out.logout).toEqual({ loggedOut: true, errors: [] });
      expect(await sessionRow(sid)).toMatchObject({ revokedReason: 'LOGOUT' });
      expect(await refresh(tokens.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
      expect((await me(tokens)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The testkit's default caller is a user without a session.
      const none = await gqlData(service.url, LOGOUT);
      expect(none.logout).toMatchObject({ loggedOut: false, errors: [{ code: 'NO_SESSION' }] });
    });
  });

  describe('changePassword', () => {
    it('checks the current password and the policy, and changes nothing when either fails', async () => {
      const user = await createUser();
      const tokens = await signIn(user.email, user.password);
      const before = await footprint();
      expect(await changePassword(tokens, 'Not-The-Password-1', 'Another-Strong-Pass-1')).toEqual({
        changed: false,
        errors: [
          {
            code: 'INVALID_CREDENTIALS',
            field: ['input', 'currentPassword'],
            message: 'The current password is not correct.',
          },
        ],
      });
      expect(await changePassword(tokens, user.password, 'weakpassword')).toEqual({
        changed: false,
        errors: [{ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'], message: expect.any(String) }],
      });
      expect(await footprint()).toEqual(before);
      // The password is unchanged.
      await signIn(user.email, user.password);
    });

    it('counts wrong current passwords against the account’s address, like failed logins', async () => {
      const user = await createUser();
      const tokens = await signIn(user.email, user.password);
      for (let i = 0; i < 3; i++)
        expect(
          (await changePassword(tokens, `Wrong-Guess-${i}-Abc`, 'Another-Strong-Pass-1')).errors[0].code,
        ).toBe('INVALID_CREDENTIALS');
      // Locked now: even the right current password is refused, and so is a login to the address.
      expect((await changePassword(tokens, user.password, 'Another-Strong-Pass-1')).errors[0].code).toBe(
        'LOGIN_LOCKED',
      );
      expect((await login(user.email, user.password)).errors[0].code).toBe('LOGIN_LOCKED');
    });

    it('changes the password and ends every other session of the user, keeping the caller’s', async () => {
      const user = await createUser();
      const current = await signIn(user.email, user.password);
      const otherA = await signIn(user.email, user.password);
      const otherB = await signIn(user.email, user.password);
      const sidOf = (tokens: Tokens) => jwtParts(tokens.accessToken).claims.sid;
      const newPassword = 'Brand-New-Secret-77';

      expect(await changePassword(current, user.password, newPassword)).toEqual({
        changed: true,
        errors: [],
      });

      expect(await login(user.email, user.password)).toEqual({ tokens: null, errors: [INVALID_CREDENTIALS] });
      await signIn(user.email, newPassword);

      // The other sessions are over: refresh tokens refused, calls refused, events out.
      for (const other of [otherA, otherB]) {
        expect(await refresh(other.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
        expect((await me(other)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(await sessionRow(sidOf(other))).toMatchObject({ revokedReason: 'PASSWORD_CHANGED' });
        const [event] = await eventsFor(recorder, 'session.revoked', sidOf(other), 1);
        expect(event.payload).toEqual({
          sessionId: sidOf(other),
          userId: user.id,
          reason: 'PASSWORD_CHANGED',
          expiresAt: expect.any(String),
        });
      }

      // The caller's session goes on: its access works and its refresh token renews it.
      expect(await sessionRow(sidOf(current))).toMatchObject({ revokedAt: null });
      expect(await revokedEventsInOutbox(sidOf(current))).toBe(0);
      expect((await me(current)).data?.me.user).toEqual({ id: user.id, email: user.email });
      const renewed = await refresh(current.refreshToken);
      expect(renewed.errors).toEqual([]);
      expect((await me(renewed.tokens as Tokens)).data?.me.user.id).toBe(user.id);
    });
  });

  it('ends every session of a user when an administrator resets their password', async () => {
    const user = await createUser();
    const sessions = [await signIn(user.email, user.password), await signIn(user.email, user.password)];
    const newPassword = 'Reset-By-Admin-2026';
    const { resetUserPassword } = await gqlData(service.url, RESET_PASSWORD, {
      input: { id: user.id, password: newPassword },
    });
    expect(resetUserPassword.errors).toEqual([]);

    for (const tokens of sessions) {
      const sid = jwtParts(tokens.accessToken).claims.sid;
      expect(await refresh(tokens.refreshToken)).toEqual({ tokens: null, errors: [INVALID_REFRESH] });
      expect((await me(tokens)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await eventFor(recorder, 'session.revoked', sid)).payload).toMatchObject({
        sessionId: sid,
        userId: user.id,
        reason: 'PASSWORD_RESET',
      });
    }
    await eventFor(recorder, 'user.password_reset', user.id);
    expect(await login(user.email, user.password)).toEqual({ tokens: null, errors: [INVALID_CREDENTIALS] });
    await signIn(user.email, newPassword);
    // No event anywhere carries a password.
    expect(JSON.stringify(seen(recorder))).not.toContain(newPassword);
  });

  describe('the bootstrap of the first administrator', () => {
    it('runs once: a restart with another BOOTSTRAP_ADMIN_PASSWORD changes nothing', async () => {
      const usersBefore = (await gqlData(service.url, '{ users { totalCount } }')).users.totalCount as number;
      // Stop masters and start it again on the same database and topics with another password.
      await service.stop();
      const restarted = await startService(
        mastersService,
        testServiceEnv({
          databaseUrl: underTest.database.url,
          kafkaBrokers: testKafkaBrokers(),
          topicSuffix: underTest.suffix,
          extra: { ...ENV, BOOTSTRAP_ADMIN_PASSWORD: 'Another-Admin-Pass-99' },
        }),
      );
      registerTestSubgraph(restarted.url);
      service = restarted;
      try {
        await signIn(ADMIN.email, ADMIN.password);
        expect(await login(ADMIN.email, 'Another-Admin-Pass-99')).toEqual({
          tokens: null,
          errors: [INVALID_CREDENTIALS],
        });
        const { users } = await gqlData(
          service.url,
          '{ users { totalCount edges { node { email groups { code } } } } }',
        );
        expect(users.totalCount).toBe(usersBefore);
        const admins = users.edges.filter((e: { node: { groups: { code: string }[] } }) =>
          e.node.groups.some((g) => g.code === 'ADMIN'),
        );
        expect(admins.map((e: { node: { email: string } }) => e.node.email)).toEqual([ADMIN.email]);
      } finally {
        await restarted.stop();
      }
    });

    it('refuses to start on an empty database with a weak BOOTSTRAP_ADMIN_PASSWORD', async () => {
      await expect(
        startServiceUnderTest(mastersService, {
          label: 'masters_weak_admin',
          record: [],
          extraEnv: { BOOTSTRAP_ADMIN_EMAIL: 'root@oms.example', BOOTSTRAP_ADMIN_PASSWORD: 'weak' },
        }),
      ).rejects.toThrow(
        /^cannot create the first administrator: input\.password The password must be at least 12/,
      );
    });

    it.each([
      ['BOOTSTRAP_ADMIN_EMAIL', { BOOTSTRAP_ADMIN_EMAIL: 'root@oms.example' }],
      ['BOOTSTRAP_ADMIN_PASSWORD', { BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password }],
    ])('refuses to start with only %s set', async (_name, extraEnv) => {
      await expect(
        startServiceUnderTest(mastersService, { label: 'masters_half_admin', record: [], extraEnv }),
      ).rejects.toThrow('set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither');
    });
  });
});
