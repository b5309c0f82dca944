import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireMasters } from './container';
import { mastersPolicy } from './graphql/policy';
import { authEntities } from './persistence/auth.entities';
import { AuditEntryEntity } from './persistence/audit.entities';
import type { MastersContext } from './graphql/context';
import {
  BandwidthEntity,
  ProductBandwidthEntity,
  ProductCategoryEntity,
  ProductEntity,
} from './persistence/catalogue.entities';
import { CityEntity, StateEntity } from './persistence/geography.entities';
import { DocumentTypeEntity, DocumentTypeRequirementEntity } from './persistence/document-types.entities';
import { mastersMigrations } from './persistence/migrations';
import { ReferenceItemEntity } from './persistence/reference-lists.entities';
import { identityEntities } from './persistence/identity.entities';
import { BsoCitySettingEntity, BsoEntity, BsoMailSettingEntity } from './persistence/bso.entities';
import { BranchCityEntity, BranchEntity, ZoneEntity } from './persistence/organisation.entities';

/** The schema file shipped beside `src/` and `dist/`. */
export const mastersSchemaPath = join(__dirname, '..', 'schema.graphql');

/** The masters subgraph: geography and (later) every other master, users and rights. */
const typeDefs = gql(readFileSync(mastersSchemaPath, 'utf8'));

export const mastersService: ServiceModule<MastersContext> = {
  name: 'masters',
  typeDefs,
  policy: mastersPolicy(typeDefs),
  entities: [
    ...authEntities,
    AuditEntryEntity,
    StateEntity,
    CityEntity,
    ZoneEntity,
    BranchEntity,
    BranchCityEntity,
    ProductCategoryEntity,
    ProductEntity,
    BandwidthEntity,
    ProductBandwidthEntity,
    ReferenceItemEntity,
    DocumentTypeEntity,
    DocumentTypeRequirementEntity,
    BsoEntity,
    BsoCitySettingEntity,
    BsoMailSettingEntity,
    ...identityEntities,
  ],
  migrations: mastersMigrations,
  consumes: [],
  wire: wireMasters,
};
