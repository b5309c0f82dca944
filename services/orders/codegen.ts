import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#OrdersContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Lead: '../../domain/lead#Lead',
          Order: '../../domain/order#Order',
          OrderStateChange: '../../domain/order#OrderStateChange',
          OrderTimelineEntry: '../../domain/order#TimelineEntry',
          WorkTask: '../../domain/work-task#WorkTask',
          OrderDocument: '../../domain/document#OrderDocument',
          Customer: '../../domain/customer#Customer',
          InstalledService: '../../domain/customer#InstalledService',
          LeadFeasibilityVerdict: '../../persistence/order.entities#LeadFeasibility',
          DocumentUploadLink: '../../application/order-documents#UploadLink',
          DocumentDownloadLink: '../../application/order-documents#FileLink',
        },
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          Decimal: 'string',
          Date: 'string',
        },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};
export default config;
