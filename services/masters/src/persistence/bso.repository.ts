import { In, IsNull, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { Bso, BsoCitySetting, BsoMailSetting } from '../domain/bso';
import {
  BsoCitySettingEntity,
  BsoEntity,
  BsoMailSettingEntity,
  DEFAULT_MAIL_SCOPE,
  type BsoCitySettingRow,
  type BsoMailSettingRow,
} from './bso.entities';
import { whereActive, type ListArgs } from './geography.repository';

/** Narrows a list of BSOs. */
export interface BsoListFilter {
  search?: string | null;
  active?: boolean | null;
}

/** Narrows a list of BSO city settings. */
export interface BsoCitySettingListFilter {
  bsoId?: string | null;
  cityId?: string | null;
  search?: string | null;
  active?: boolean | null;
}

/** Narrows a list of BSO mail settings. */
export interface BsoMailSettingListFilter {
  bsoId?: string | null;
  isDefault?: boolean | null;
  search?: string | null;
}

const activePairOf = (s: BsoCitySetting) => (s.deactivatedAt === null ? `${s.bsoId}|${s.cityId}` : null);

const toCitySetting = ({ activePair: _, ...setting }: BsoCitySettingRow): BsoCitySetting => setting;

const toMailSetting = ({ scope: _, ...setting }: BsoMailSettingRow): BsoMailSetting => setting;

/** Reads and writes BSOs, their city settings and their mail settings. */
export class BsoRepository {
  async insertBso(em: EntityManager, bso: Bso): Promise<void> {
    await em.getRepository(BsoEntity).insert(bso);
  }

  /** Writes the name, contacts, `updatedAt` and `deactivatedAt` of an existing BSO (its code never changes). */
  async saveBso(em: EntityManager, bso: Bso): Promise<void> {
    const { name, contacts, updatedAt, deactivatedAt } = bso;
    await em.getRepository(BsoEntity).update({ id: bso.id }, { name, contacts, updatedAt, deactivatedAt });
  }

  bsoByCode(em: EntityManager, code: string): Promise<Bso | null> {
    return em.getRepository(BsoEntity).findOneBy({ code });
  }

  async bsosByIds(em: EntityManager, ids: readonly string[]): Promise<Bso[]> {
    if (ids.length === 0) return [];
    return em.getRepository(BsoEntity).findBy({ id: In([...ids]) });
  }

  listBsos(em: EntityManager, args: ListArgs<BsoListFilter>): Promise<Page<Bso>> {
    const qb = em.getRepository(BsoEntity).createQueryBuilder('b');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(b.code) LIKE :q ESCAPE '!' OR LOWER(b.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  async insertCitySetting(em: EntityManager, setting: BsoCitySetting): Promise<void> {
    await em.getRepository(BsoCitySettingEntity).insert({ ...setting, activePair: activePairOf(setting) });
  }

  /** Writes the recipients, TAT, `updatedAt` and `deactivatedAt` of a setting (its BSO and city never change). */
  async saveCitySetting(em: EntityManager, setting: BsoCitySetting): Promise<void> {
    const { to, cc, tatHours, updatedAt, deactivatedAt } = setting;
    await em
      .getRepository(BsoCitySettingEntity)
      .update(
        { id: setting.id },
        { to, cc, tatHours, updatedAt, deactivatedAt, activePair: activePairOf(setting) },
      );
  }

  /** The active setting of a BSO in a city, if any. */
  async activeCitySetting(em: EntityManager, bsoId: string, cityId: string): Promise<BsoCitySetting | null> {
    const row = await em
      .getRepository(BsoCitySettingEntity)
      .findOneBy({ bsoId, cityId, deactivatedAt: IsNull() });
    return row ? toCitySetting(row) : null;
  }

  async citySettingsByIds(em: EntityManager, ids: readonly string[]): Promise<BsoCitySetting[]> {
    if (ids.length === 0) return [];
    return (await em.getRepository(BsoCitySettingEntity).findBy({ id: In([...ids]) })).map(toCitySetting);
  }

  /** How many active city settings a BSO has. */
  countActiveCitySettingsOfBso(em: EntityManager, bsoId: string): Promise<number> {
    return em.getRepository(BsoCitySettingEntity).countBy({ bsoId, deactivatedAt: IsNull() });
  }

  /** How many active BSO settings a city has. */
  countActiveCitySettingsOfCity(em: EntityManager, cityId: string): Promise<number> {
    return em.getRepository(BsoCitySettingEntity).countBy({ cityId, deactivatedAt: IsNull() });
  }

  /** The city settings of several BSOs (for `Bso.citySettings`), oldest first. */
  async citySettingsOfBsos(em: EntityManager, bsoIds: readonly string[]): Promise<BsoCitySetting[]> {
    if (bsoIds.length === 0) return [];
    const rows = await em
      .getRepository(BsoCitySettingEntity)
      .find({ where: { bsoId: In([...bsoIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toCitySetting);
  }

  /** The BSO settings of several cities (for `City.bsoSettings`), oldest first. */
  async citySettingsOfCities(em: EntityManager, cityIds: readonly string[]): Promise<BsoCitySetting[]> {
    if (cityIds.length === 0) return [];
    const rows = await em
      .getRepository(BsoCitySettingEntity)
      .find({ where: { cityId: In([...cityIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toCitySetting);
  }

  async listCitySettings(
    em: EntityManager,
    args: ListArgs<BsoCitySettingListFilter>,
  ): Promise<Page<BsoCitySetting>> {
    const qb = em.getRepository(BsoCitySettingEntity).createQueryBuilder('s');
    whereActive(qb, args.filter?.active);
    if (args.filter?.bsoId) qb.andWhere('s.bsoId = :bsoId', { bsoId: args.filter.bsoId });
    if (args.filter?.cityId) qb.andWhere('s.cityId = :cityId', { cityId: args.filter.cityId });
    if (args.filter?.search) {
      // The BSO's or city's code or name, or a recipient's address.
      qb.andWhere(
        `(s.bso_id IN (SELECT b.id FROM bso b WHERE LOWER(b.code) LIKE :q ESCAPE '!' OR LOWER(b.name) LIKE :q ESCAPE '!')
          OR s.city_id IN (SELECT c.id FROM city c WHERE LOWER(c.code) LIKE :q ESCAPE '!' OR LOWER(c.name) LIKE :q ESCAPE '!')
          OR LOWER(s.to_addresses) LIKE :q ESCAPE '!' OR LOWER(s.cc_addresses) LIKE :q ESCAPE '!')`,
        { q: containsPattern(args.filter.search) },
      );
    }
    const page = await paginate(qb, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCitySetting(e.node) })) };
  }

  async insertMailSetting(em: EntityManager, setting: BsoMailSetting): Promise<void> {
    await em
      .getRepository(BsoMailSettingEntity)
      .insert({ ...setting, scope: setting.bsoId ?? DEFAULT_MAIL_SCOPE });
  }

  /** Writes the sender, templates and `updatedAt` of a mail setting (its BSO never changes). */
  async saveMailSetting(em: EntityManager, setting: BsoMailSetting): Promise<void> {
    const { senderEmail, senderName, subjectTemplate, bodyTemplate, updatedAt } = setting;
    await em
      .getRepository(BsoMailSettingEntity)
      .update({ id: setting.id }, { senderEmail, senderName, subjectTemplate, bodyTemplate, updatedAt });
  }

  /** The mail setting of a BSO, or the default one when `bsoId` is null. */
  async mailSettingFor(em: EntityManager, bsoId: string | null): Promise<BsoMailSetting | null> {
    const row = await em
      .getRepository(BsoMailSettingEntity)
      .findOneBy({ scope: bsoId ?? DEFAULT_MAIL_SCOPE });
    return row ? toMailSetting(row) : null;
  }

  async mailSettingsByIds(em: EntityManager, ids: readonly string[]): Promise<BsoMailSetting[]> {
    if (ids.length === 0) return [];
    return (await em.getRepository(BsoMailSettingEntity).findBy({ id: In([...ids]) })).map(toMailSetting);
  }

  /** The mail settings of several BSOs (their own, not the default). */
  async mailSettingsOfBsos(em: EntityManager, bsoIds: readonly string[]): Promise<BsoMailSetting[]> {
    if (bsoIds.length === 0) return [];
    return (await em.getRepository(BsoMailSettingEntity).findBy({ bsoId: In([...bsoIds]) })).map(
      toMailSetting,
    );
  }

  async listMailSettings(
    em: EntityManager,
    args: ListArgs<BsoMailSettingListFilter>,
  ): Promise<Page<BsoMailSetting>> {
    const qb = em.getRepository(BsoMailSettingEntity).createQueryBuilder('m');
    if (args.filter?.bsoId) qb.andWhere('m.bsoId = :bsoId', { bsoId: args.filter.bsoId });
    if (args.filter?.isDefault === true) qb.andWhere('m.bsoId IS NULL');
    if (args.filter?.isDefault === false) qb.andWhere('m.bsoId IS NOT NULL');
    if (args.filter?.search) {
      // The sender's name or address, the subject, or the BSO's code or name.
      qb.andWhere(
        `(LOWER(m.sender_name) LIKE :q ESCAPE '!' OR LOWER(m.sender_email) LIKE :q ESCAPE '!'
          OR LOWER(m.subject_template) LIKE :q ESCAPE '!'
          OR m.bso_id IN (SELECT b.id FROM bso b WHERE LOWER(b.code) LIKE :q ESCAPE '!' OR LOWER(b.name) LIKE :q ESCAPE '!'))`,
        { q: containsPattern(args.filter.search) },
      );
    }
    const page = await paginate(qb, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMailSetting(e.node) })) };
  }
}
