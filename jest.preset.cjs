// Shared Jest set-up: every workspace has three projects (unit, integration, e2e) selected by file suffix.
// Sources are transformed by SWC (type-checking is `tsc`'s job) and workspace packages map to their
// sources, so tests never need a prior build.
const path = require('node:path');

const root = __dirname;
const packages = ['contracts', 'config', 'persistence', 'messaging', 'auth', 'server', 'testkit', 'backup'];
const services = ['orders', 'approvals', 'feasibility', 'masters', 'integrations'];

const moduleNameMapper = {
  [`^@oms/(${packages.join('|')})$`]: path.join(root, 'packages/$1/src/index.ts'),
  [`^@oms/(${services.join('|')})$`]: path.join(root, 'services/$1/src/service.ts'),
  '^@oms/server/lite$': path.join(root, 'packages/server/src/lite.ts'),
  '^@oms/auth/lite$': path.join(root, 'packages/auth/src/lite.ts'),
  '^@oms/gateway$': path.join(root, 'gateway/src/index.ts'),
};

const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    },
  ],
};

/** Builds the jest config of one workspace directory. */
module.exports = function preset(dir) {
  const base = { rootDir: dir, transform, moduleNameMapper, testEnvironment: 'node' };
  return {
    projects: [
      { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
      {
        ...base,
        displayName: 'integration',
        setupFilesAfterEnv: [path.join(root, 'jest.setup-integration.cjs')],
        testMatch: ['<rootDir>/**/*.int-spec.ts'],
        testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      },
      {
        ...base,
        displayName: 'e2e',
        setupFilesAfterEnv: [path.join(root, 'jest.setup-integration.cjs')],
        testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      },
    ],
  };
};
