import { ConfigError } from '@oms/config';
import { gatewayOptionsFrom, loadGatewayEnv } from './gateway-config';

const KEY = { kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'd', kid: 'gw' };
const BASE = { GATEWAY_PROOF_PRIVATE_KEY: JSON.stringify(KEY) };

describe('gateway settings', () => {
  it('defaults to the developer set-up', () => {
    expect(gatewayOptionsFrom(loadGatewayEnv(BASE))).toEqual({
      host: '127.0.0.1',
      port: 4000,
      production: false,
      supergraphPath: undefined,
      subgraphUrls: {},
      maxQueryDepth: 10,
      maxQueryCost: 5000,
      readinessTimeoutMs: 2000,
      proofPrivateKey: KEY,
      jwksUrl: undefined,
      tokenAudience: { issuer: 'oms-masters', audience: 'oms-api' },
    });
  });

  it('takes subgraph URL overrides, limits and production mode from the environment', () => {
    const options = gatewayOptionsFrom(
      loadGatewayEnv({
        ...BASE,
        NODE_ENV: 'production',
        GATEWAY_PORT: '8080',
        ORDERS_URL: 'http://orders.oms.svc:4001/graphql',
        MASTERS_URL: 'https://masters.internal/graphql',
        MAX_QUERY_DEPTH: '8',
        MAX_QUERY_COST: '2000',
      }),
    );
    expect(options).toMatchObject({
      port: 8080,
      production: true,
      maxQueryDepth: 8,
      maxQueryCost: 2000,
      subgraphUrls: {
        orders: 'http://orders.oms.svc:4001/graphql',
        masters: 'https://masters.internal/graphql',
      },
    });
  });

  it('stops with a message naming each bad variable', () => {
    let error: unknown;
    try {
      loadGatewayEnv({ APPROVALS_URL: 'approvals:4002', MAX_QUERY_COST: '-1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['APPROVALS_URL', 'GATEWAY_PROOF_PRIVATE_KEY', 'MAX_QUERY_COST']);
    expect((error as ConfigError).message).toContain('APPROVALS_URL: must be an http:// or https:// URL');
  });
});
