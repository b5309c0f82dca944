import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#IntegrationsContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          SyncRecord: '../../domain/sync-record#SyncRecord',
          Lead: '../context#LeadReference',
          Order: '../context#OrderReference',
          SyncAttempt: '../../domain/sync-attempt#SyncAttempt',
          MailMessage: '../../domain/mail-message#MailMessage',
          WelcomeLetter: '../../domain/welcome-letter#WelcomeLetter',
        },
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
