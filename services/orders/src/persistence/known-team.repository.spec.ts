import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import type { KnownTeam } from '../domain/known-team';
import { KnownTeamMemberEntity } from './known-team.entities';
import { KnownTeamRepository } from './known-team.repository';

describe('KnownTeamRepository on SQLite', () => {
  let database: SqliteTestDatabase;
  const repo = new KnownTeamRepository();
  const read = <T>(work: (em: SqliteTestDatabase['db']['manager']) => Promise<T>) =>
    work(database.db.manager);
  const team = (code: string, overrides: Partial<KnownTeam> = {}): KnownTeam => ({
    id: `t-${code.toLowerCase()}`,
    code,
    name: code,
    kind: 'INSTALLATION',
    branchId: 'b-pune',
    cityIds: [],
    mailAddress: null,
    members: [],
    active: true,
    ...overrides,
  });
  const asha = { userId: 'u-asha', email: 'asha@oms.example' };
  const ravi = { userId: 'u-ravi', email: 'ravi@oms.example' };
  const meera = { userId: 'u-meera', email: 'meera@oms.example' };
  const codeFor = async (kind: KnownTeam['kind'], branchId: string, cityId: string) =>
    (await read((em) => repo.activeTeamFor(em, { kind, branchId, cityId })))?.code ?? null;

  beforeAll(async () => {
    database = await openSqliteTestDatabase();
    await database.db.transaction(async (em) => {
      for (const t of [
        team('INST_PUNE', { members: [ravi, asha], mailAddress: 'install.pune@oms.example' }),
        team('INST_PCMC', { cityIds: ['c-pcmc'], members: [meera] }),
        team('INST_OLD_HADAPSAR', { cityIds: ['c-hadapsar'], active: false }),
        team('PROV_PUNE', { kind: 'PROVISIONING', members: [asha] }),
        team('INST_GOA_PANAJI', { branchId: 'b-goa', cityIds: ['c-panaji'] }),
      ])
        await repo.save(em, t);
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('answers the whole-branch team of a kind with its members in masters’ order', async () => {
    expect(
      await read((em) =>
        repo.activeTeamFor(em, { kind: 'INSTALLATION', branchId: 'b-pune', cityId: 'c-pune' }),
      ),
    ).toEqual({
      id: 't-inst_pune',
      code: 'INST_PUNE',
      name: 'INST_PUNE',
      kind: 'INSTALLATION',
      branchId: 'b-pune',
      cityIds: [],
      mailAddress: 'install.pune@oms.example',
      members: [ravi, asha],
      active: true,
    });
    expect(await codeFor('PROVISIONING', 'b-pune', 'c-pcmc')).toBe('PROV_PUNE');
  });

  it('prefers the team listing the city, and ignores inactive teams, other kinds and other branches', async () => {
    expect(await codeFor('INSTALLATION', 'b-pune', 'c-pcmc')).toBe('INST_PCMC');
    expect(await codeFor('INSTALLATION', 'b-pune', 'c-hadapsar')).toBe('INST_PUNE');
    expect(await codeFor('BILLING', 'b-pune', 'c-pune')).toBeNull();
    // Goa's only installation team lists Panaji alone.
    expect(await codeFor('INSTALLATION', 'b-goa', 'c-panaji')).toBe('INST_GOA_PANAJI');
    expect(await codeFor('INSTALLATION', 'b-goa', 'c-margao')).toBeNull();
    expect(await codeFor('INSTALLATION', 'b-unknown', 'c-pune')).toBeNull();
  });

  it('replaces a team whole on save, members included, and saving the same state again changes nothing', async () => {
    const moved = team('INST_PCMC', {
      name: 'PCMC crew',
      cityIds: ['c-pcmc', 'c-pune'],
      members: [asha, meera],
    });
    await database.db.transaction((em) => repo.save(em, moved));
    await database.db.transaction((em) => repo.save(em, moved));
    expect(await read((em) => repo.byId(em, 't-inst_pcmc'))).toEqual(moved);
    expect(
      await read((em) => em.getRepository(KnownTeamMemberEntity).countBy({ teamId: 't-inst_pcmc' })),
    ).toBe(2);
    // It now lists Pune too, so it wins Pune over the whole-branch team.
    expect(await codeFor('INSTALLATION', 'b-pune', 'c-pune')).toBe('INST_PCMC');

    await database.db.transaction((em) => repo.save(em, { ...moved, members: [], active: false }));
    expect(await read((em) => repo.byId(em, 't-inst_pcmc'))).toMatchObject({ members: [], active: false });
    expect(await codeFor('INSTALLATION', 'b-pune', 'c-pune')).toBe('INST_PUNE');
    expect(await read((em) => repo.byId(em, 't-unknown'))).toBeNull();
  });
});
