import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireMasters } from './container';
import type { MastersContext } from './graphql/context';
import {
  BandwidthEntity,
  ProductBandwidthEntity,
  ProductCategoryEntity,
  ProductEntity,
} from './persistence/catalogue.entities';
import { CityEntity, StateEntity } from './persistence/geography.entities';
import { mastersMigrations } from './persistence/migrations';
import { BranchCityEntity, BranchEntity, ZoneEntity } from './persistence/organisation.entities';

/** The schema file shipped beside `src/` and `dist/`. */
export const mastersSchemaPath = join(__dirname, '..', 'schema.graphql');

/** The masters subgraph: geography and (later) every other master, users and rights. */
export const mastersService: ServiceModule<MastersContext> = {
  name: 'masters',
  typeDefs: gql(readFileSync(mastersSchemaPath, 'utf8')),
  entities: [
    StateEntity,
    CityEntity,
    ZoneEntity,
    BranchEntity,
    BranchCityEntity,
    ProductCategoryEntity,
    ProductEntity,
    BandwidthEntity,
    ProductBandwidthEntity,
  ],
  migrations: mastersMigrations,
  consumes: [],
  wire: wireMasters,
};
