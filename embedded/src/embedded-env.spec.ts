import { loadEmbeddedEnv } from './embedded-env';

describe('embedded settings', () => {
  it('defaults to the documented ports and data folder', () => {
    expect(loadEmbeddedEnv({})).toMatchObject({
      DATA_DIR: './data',
      GATEWAY_PORT: 4000,
      ORDERS_PORT: 4001,
      APPROVALS_PORT: 4002,
      FEASIBILITY_PORT: 4003,
      MASTERS_PORT: 4004,
      INTEGRATIONS_PORT: 4005,
    });
  });

  it('names a malformed port', () => {
    expect(() => loadEmbeddedEnv({ MASTERS_PORT: 'x' })).toThrow(/MASTERS_PORT/);
  });
});
