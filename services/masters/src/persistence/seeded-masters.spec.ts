import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@oms/persistence';
import { DocumentTypeEntity, DocumentTypeRequirementEntity } from './document-types.entities';
import { DocumentTypeRepository } from './document-types.repository';
import { mastersMigrations } from './migrations';
import { CreateReferenceLists1763700010000 } from './migrations/1763700010000-create-reference-lists';
import {
  CreateDocumentTypes1763700011000,
  INSTALLATION_REPORT_ID,
} from './migrations/1763700011000-create-document-types';
import { ReferenceItemEntity } from './reference-lists.entities';
import { ReferenceListRepository } from './reference-lists.repository';

// The integration specs run the migrations on MariaDB; this runs them on SQLite (embedded mode).
describe('reference-list and document-type migrations (SQLite)', () => {
  let dataDir: string;
  let db: Database;
  const lists = new ReferenceListRepository();
  const documentTypes = new DocumentTypeRepository();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'oms-masters-seed-'));
    db = await Database.open({
      service: 'masters',
      dataDir,
      entities: [ReferenceItemEntity, DocumentTypeEntity, DocumentTypeRequirementEntity],
      migrations: mastersMigrations,
    });
  });

  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds each list with typed attributes, read back in list order with working cursors', async () => {
    const page = await lists.listItems(db.manager, { list: 'PRICE_COMPONENT', first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => [e.node.code, e.node.charge])).toEqual([
      ['OTC', 'ONE_TIME'],
      ['MRC', 'RECURRING'],
    ]);
    const next = await lists.listItems(db.manager, {
      list: 'PRICE_COMPONENT',
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(next.edges.map((e) => e.node.code)).toEqual(['ARC']);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const terms = await lists.listItems(db.manager, { list: 'PAYMENT_TERM' });
    expect(terms.edges.map((e) => [e.node.code, e.node.days, e.node.months, e.node.charge])).toEqual([
      ['ADVANCE', 0, null, null],
      ['NET15', 15, null, null],
      ['NET30', 30, null, null],
    ]);
    const cycles = await lists.listItems(db.manager, { list: 'BILLING_CYCLE' });
    expect(cycles.edges.map((e) => [e.node.code, e.node.months])).toEqual([
      ['MONTHLY', 1],
      ['QUARTERLY', 3],
      ['HALF_YEARLY', 6],
      ['YEARLY', 12],
    ]);
    const modes = await lists.listItems(db.manager, { list: 'DELIVERY_MODE' });
    expect(modes.edges.map((e) => e.node.code)).toEqual(['FIBER', 'RF', 'COPPER']);
    const [fiber] = await lists.itemsByIds(db.manager, ['5eed0000-0000-4000-8000-000000000501']);
    expect(fiber).toMatchObject({
      list: 'DELIVERY_MODE',
      code: 'FIBER',
      createdAt: new Date(1763700010000),
      updatedAt: null,
      deactivatedAt: null,
    });
  });

  it('seeds the installation report with its requirement and content types', async () => {
    const [report] = await documentTypes.documentTypesByIds(db.manager, [INSTALLATION_REPORT_ID]);
    expect(report).toMatchObject({
      code: 'INSTALLATION_REPORT',
      requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
      allowedContentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeBytes: 10 * 1024 * 1024,
      createdAt: new Date(1763700011000),
      deactivatedAt: null,
    });
    const required = await documentTypes.listDocumentTypes(db.manager, {
      filter: { orderType: 'NEW', step: 'INSTALLATION', active: true },
    });
    expect(required.edges.map((e) => e.node.code)).toEqual(['INSTALLATION_REPORT']);
  });

  it('undoes both migrations and applies them again', async () => {
    const queryRunner = db.dataSource.createQueryRunner();
    const tables = async () =>
      (
        (await queryRunner.query("SELECT name FROM sqlite_master WHERE type = 'table'")) as { name: string }[]
      ).map((t) => t.name);
    try {
      await new CreateDocumentTypes1763700011000().down(queryRunner);
      await new CreateReferenceLists1763700010000().down(queryRunner);
      expect(await tables()).not.toContain('reference_item');
      expect(await tables()).not.toContain('document_type');
      expect(await tables()).not.toContain('document_type_requirement');
      await new CreateReferenceLists1763700010000().up(queryRunner);
      await new CreateDocumentTypes1763700011000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect((await lists.listItems(db.manager, { list: 'DELIVERY_MODE' })).totalCount).toBe(3);
    expect(await documentTypes.documentTypesByIds(db.manager, [INSTALLATION_REPORT_ID])).toHaveLength(1);
  });
});
