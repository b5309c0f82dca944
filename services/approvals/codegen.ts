import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#ApprovalsContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          ApprovalMatrix: '../../domain/approval-matrix#ApprovalMatrix',
          ApprovalRule: '../../domain/doa#ApprovalRule',
          ApprovalLevel: '../../domain/doa#ApprovalLevel',
          ApprovalRequest: '../../domain/approval-request#ApprovalRequest',
          ApprovalDecision: '../../domain/approval-request#ApprovalDecision',
          ApprovalDelegation: '../../domain/doa#Delegation',
          Order: '../context#OrderReference',
        },
        scalars: { DateTime: { input: 'Date', output: 'Date | string' }, Decimal: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
