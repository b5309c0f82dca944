import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#MastersContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          AuditEntry: '../../domain/audit#AuditEntry',
          State: '../../domain/geography#State',
          City: '../../domain/geography#City',
          Zone: '../../domain/organisation#Zone',
          Branch: '../../domain/organisation#Branch',
          ProductCategory: '../../domain/catalogue#ProductCategory',
          Product: '../../domain/catalogue#Product',
          Bandwidth: '../../domain/catalogue#Bandwidth',
          Bso: '../../domain/bso#Bso',
          BsoCitySetting: '../../domain/bso#BsoCitySetting',
          BsoMailSetting: '../../domain/bso#BsoMailSetting',
          ReferenceItem: '../../domain/reference-lists#ReferenceItem',
          DocumentType: '../../domain/document-types#DocumentType',
          User: '../../domain/identity#User',
          Group: '../../domain/identity#AccessGroup',
          Menu: '../../domain/identity#Menu',
          NamedRight: '../../domain/identity#NamedRight',
          Team: '../../domain/identity#Team',
          GroupMenuRight: '../../domain/identity#GroupMenuRight',
          UserMenuOverride: '../../domain/identity#UserMenuOverride',
          MenuNode: '../../domain/effective-access#MenuNode',
          Me: '../../application/identity-queries#MeView',
          EffectiveAccess: '@oms/contracts#AccessSnapshot',
        },
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
