import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#FeasibilityContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          FeasibilityRequest: '../../domain/feasibility-request#FeasibilityRequest',
          FeasibilityRequestStatusChange: '../../domain/feasibility-request#FeasibilityRequestStatusChange',
          BsoFeasibilityAnswer: '../../domain/bso-answer#BsoAnswer',
          Lead: '../context#LeadReference',
        },
        scalars: { DateTime: { input: 'Date', output: 'Date | string' }, Decimal: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
