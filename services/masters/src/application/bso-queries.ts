import type { Database, Page } from '@oms/persistence';
import type { Bso, BsoCitySetting, BsoMailSetting } from '../domain/bso';
import type {
  BsoCitySettingListFilter,
  BsoListFilter,
  BsoMailSettingListFilter,
  BsoRepository,
} from '../persistence/bso.repository';
import type { ListArgs } from '../persistence/geography.repository';

/** Read side of BSOs, their city settings and mail settings (no transaction needed). */
export class BsoQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: BsoRepository,
  ) {}

  bsosByIds(ids: readonly string[]): Promise<Bso[]> {
    return this.db.read((em) => this.repo.bsosByIds(em, ids));
  }

  citySettingsByIds(ids: readonly string[]): Promise<BsoCitySetting[]> {
    return this.db.read((em) => this.repo.citySettingsByIds(em, ids));
  }

  citySettingsOfBsos(bsoIds: readonly string[]): Promise<BsoCitySetting[]> {
    return this.db.read((em) => this.repo.citySettingsOfBsos(em, bsoIds));
  }

  citySettingsOfCities(cityIds: readonly string[]): Promise<BsoCitySetting[]> {
    return this.db.read((em) => this.repo.citySettingsOfCities(em, cityIds));
  }

  mailSettingsByIds(ids: readonly string[]): Promise<BsoMailSetting[]> {
    return this.db.read((em) => this.repo.mailSettingsByIds(em, ids));
  }

  mailSettingsOfBsos(bsoIds: readonly string[]): Promise<BsoMailSetting[]> {
    return this.db.read((em) => this.repo.mailSettingsOfBsos(em, bsoIds));
  }

  /** The default mail setting (used for every BSO without its own), or null when there is none. */
  defaultMailSetting(): Promise<BsoMailSetting | null> {
    return this.db.read((em) => this.repo.mailSettingFor(em, null));
  }

  listBsos(args: ListArgs<BsoListFilter>): Promise<Page<Bso>> {
    return this.db.read((em) => this.repo.listBsos(em, args));
  }

  listCitySettings(args: ListArgs<BsoCitySettingListFilter>): Promise<Page<BsoCitySetting>> {
    return this.db.read((em) => this.repo.listCitySettings(em, args));
  }

  listMailSettings(args: ListArgs<BsoMailSettingListFilter>): Promise<Page<BsoMailSetting>> {
    return this.db.read((em) => this.repo.listMailSettings(em, args));
  }
}
