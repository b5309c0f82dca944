import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { loadServiceEnv } from './service-config';

/** The one variable every service must be given. */
const PROOF = { GATEWAY_PROOF_PUBLIC_KEYS: '{"kty":"OKP","crv":"Ed25519","x":"x","kid":"gw"}' };

describe('loadConfig', () => {
  it('applies defaults and coerces numbers', () => {
    const env = loadServiceEnv({ ...PROOF, PORT: '4001' });
    expect(env.PORT).toBe(4001);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
  });

  it('requires the gateway proof key and caps the access-token lifetime at 15 minutes', () => {
    expect(() => loadServiceEnv({})).toThrow(/GATEWAY_PROOF_PUBLIC_KEYS: is required/);
    expect(() => loadServiceEnv({ ...PROOF, ACCESS_TOKEN_TTL_SECONDS: '901' })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS: must be at most 900/,
    );
  });

  it('names a malformed variable', () => {
    expect(() => loadServiceEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadServiceEnv({ DATABASE_URL: 'postgres://x/y' })).toThrow(/DATABASE_URL: must be a mysql/);
    expect(() => loadServiceEnv({ KAFKA_BROKERS: 'localhost' })).toThrow(/KAFKA_BROKERS/);
  });

  it('names a missing required variable', () => {
    const schema = z.object({ SECRET: z.string() });
    try {
      loadConfig(schema, {});
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([{ variable: 'SECRET', message: 'is required' }]);
    }
  });

  it('says what is wrong with a present but malformed variable', () => {
    const schema = z.object({ LIMIT: z.coerce.number().int() });
    expect(() => loadConfig(schema, { LIMIT: '1.5' })).toThrow(/LIMIT: (?!is required)/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadServiceEnv({ ...PROOF, KAFKA_BROKERS: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it('parses broker lists', () => {
    expect(loadServiceEnv({ ...PROOF, KAFKA_BROKERS: '127.0.0.1:9092, b:9093' }).KAFKA_BROKERS).toEqual([
      '127.0.0.1:9092',
      'b:9093',
    ]);
  });
});
