import { gql, gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';
import { eventFor, refused } from './masters-test-kit';

const ERRORS = 'errors { code field message }';
const FIELDS =
  'id code name description requiredFor { orderType step } allowedContentTypes maxSizeBytes createdAt updatedAt active deactivatedAt';
const DOCUMENT_TYPE = `documentType { ${FIELDS} }`;
const CREATE = `mutation($input: CreateDocumentTypeInput!) { createDocumentType(input: $input) { ${DOCUMENT_TYPE} ${ERRORS} } }`;
const UPDATE = `mutation($input: UpdateDocumentTypeInput!) { updateDocumentType(input: $input) { ${DOCUMENT_TYPE} ${ERRORS} } }`;
const DEACTIVATE = `mutation($input: DeactivateDocumentTypeInput!) { deactivateDocumentType(input: $input) { ${DOCUMENT_TYPE} ${ERRORS} } }`;
const LIST = `query($filter: DocumentTypeFilter, $first: Int, $after: String) {
  documentTypes(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MIB = 1024 * 1024;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; code: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('document types (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  const create = async (code: string, extra: Record<string, unknown> = {}) => {
    const { createDocumentType } = await gqlData(service.url, CREATE, {
      input: {
        code,
        name: `Document ${code}`,
        allowedContentTypes: ['application/pdf'],
        maxSizeBytes: MIB,
        ...extra,
      },
    });
    expect(createDocumentType.errors).toEqual([]);
    return createDocumentType.documentType as { id: string; code: string };
  };
  const codes = async (filter: Record<string, unknown>) => {
    const { documentTypes } = await gqlData(service.url, LIST, { filter, first: 100 });
    return (documentTypes.edges as { node: { code: string } }[]).map((e) => e.node.code).sort();
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_doctypes' });
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('starts with the customer-signed installation report, required for new orders at installation', async () => {
    const read = await gqlData(
      service.url,
      `{ documentType(id: "5eed0000-0000-4000-8001-000000000001") { ${FIELDS} }
         documentTypes(filter: { orderType: NEW, step: INSTALLATION }) { totalCount edges { node { code } } } }`,
    );
    expect(read.documentType).toMatchObject({
      code: 'INSTALLATION_REPORT',
      name: 'Installation report',
      requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
      allowedContentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeBytes: 10 * MIB,
      active: true,
      updatedAt: null,
    });
    expect(read.documentType.description).toContain('signed by the customer');
    expect(read.documentTypes).toEqual({ totalCount: 1, edges: [{ node: { code: 'INSTALLATION_REPORT' } }] });
  });

  it('creates, edits and deactivates a document type, publishing its whole state each time', async () => {
    const { createDocumentType } = await gqlData(service.url, CREATE, {
      input: {
        code: 'purchase_order',
        name: 'Purchase order',
        description: 'The customer PO',
        requiredFor: [
          { orderType: 'UPGRADE', step: 'ORDER_ENTRY' },
          { orderType: 'NEW', step: 'ORDER_ENTRY' },
          { orderType: 'NEW', step: 'ORDER_ENTRY' },
        ],
        allowedContentTypes: [' Application/PDF ', 'image/jpeg', 'application/pdf'],
        maxSizeBytes: 5 * MIB,
      },
    });
    expect(createDocumentType.errors).toEqual([]);
    const created = createDocumentType.documentType;
    expect(created).toMatchObject({
      code: 'PURCHASE_ORDER',
      description: 'The customer PO',
      requiredFor: [
        { orderType: 'NEW', step: 'ORDER_ENTRY' },
        { orderType: 'UPGRADE', step: 'ORDER_ENTRY' },
      ],
      allowedContentTypes: ['application/pdf', 'image/jpeg'],
      maxSizeBytes: 5 * MIB,
      active: true,
    });
    const id = created.id as string;
    expect((await eventFor(recorder, 'document_type.created', id)).payload).toEqual({
      documentTypeId: id,
      code: 'PURCHASE_ORDER',
      name: 'Purchase order',
      description: 'The customer PO',
      requiredFor: [
        { orderType: 'NEW', step: 'ORDER_ENTRY' },
        { orderType: 'UPGRADE', step: 'ORDER_ENTRY' },
      ],
      allowedContentTypes: ['application/pdf', 'image/jpeg'],
      maxSizeBytes: 5 * MIB,
      active: true,
      createdAt: created.createdAt,
    });

    const { updateDocumentType } = await gqlData(service.url, UPDATE, {
      input: {
        id,
        name: 'Customer purchase order',
        requiredFor: [{ orderType: 'SHIFTING', step: 'APPROVAL' }],
        maxSizeBytes: 50 * MIB,
      },
    });
    expect(updateDocumentType.errors).toEqual([]);
    expect(updateDocumentType.documentType).toMatchObject({
      code: 'PURCHASE_ORDER',
      name: 'Customer purchase order',
      description: 'The customer PO',
      requiredFor: [{ orderType: 'SHIFTING', step: 'APPROVAL' }],
      allowedContentTypes: ['application/pdf', 'image/jpeg'],
      maxSizeBytes: 50 * MIB,
    });
    expect((await eventFor(recorder, 'document_type.updated', id)).payload).toEqual({
      documentTypeId: id,
      code: 'PURCHASE_ORDER',
      name: 'Customer purchase order',
      description: 'The customer PO',
      requiredFor: [{ orderType: 'SHIFTING', step: 'APPROVAL' }],
      allowedContentTypes: ['application/pdf', 'image/jpeg'],
      maxSizeBytes: 50 * MIB,
      active: true,
      updatedAt: updateDocumentType.documentType.updatedAt,
    });

    // An empty requiredFor makes it required nowhere; an empty description clears it; lists replace.
    const cleared = await gqlData(service.url, UPDATE, {
      input: { id, requiredFor: [], description: '', allowedContentTypes: ['image/png'] },
    });
    expect(cleared.updateDocumentType.documentType).toMatchObject({
      name: 'Customer purchase order',
      description: null,
      requiredFor: [],
      allowedContentTypes: ['image/png'],
      maxSizeBytes: 50 * MIB,
    });

    const { deactivateDocumentType } = await gqlData(service.url, DEACTIVATE, { input: { id } });
    expect(deactivateDocumentType.errors).toEqual([]);
    expect(deactivateDocumentType.documentType).toMatchObject({
      active: false,
      allowedContentTypes: ['image/png'],
    });
    expect((await eventFor(recorder, 'document_type.deactivated', id)).payload).toEqual({
      documentTypeId: id,
      code: 'PURCHASE_ORDER',
      name: 'Customer purchase order',
      description: null,
      requiredFor: [],
      allowedContentTypes: ['image/png'],
      maxSizeBytes: 50 * MIB,
      active: false,
      deactivatedAt: deactivateDocumentType.documentType.deactivatedAt,
    });

    const read = await gqlData(service.url, `{ documentType(id: "${id}") { code active deactivatedAt } }`);
    expect(read.documentType).toEqual({
      code: 'PURCHASE_ORDER',
      active: false,
      deactivatedAt: deactivateDocumentType.documentType.deactivatedAt,
    });
    const entities = await gqlData(
      service.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on DocumentType { code } } }',
      { reps: [{ __typename: 'DocumentType', id }] },
    );
    expect(entities._entities).toEqual([{ code: 'PURCHASE_ORDER' }]);
  });

  it('lists document types newest first, by order type, step, the pair of both, search and active', async () => {
    await create('KYC_FORM', {
      name: 'KYC form',
      requiredFor: [
        { orderType: 'NEW', step: 'LEAD' },
        { orderType: 'MIGRATION', step: 'ORDER_ENTRY' },
      ],
    });
    await create('TERMINATION_LETTER', {
      name: 'Termination letter',
      requiredFor: [{ orderType: 'TERMINATION', step: 'ORDER_ENTRY' }],
    });
    await create('SITE_PHOTO', {
      name: 'Site photo',
      requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
    });
    const gone = await create('OLD_FORM', {
      name: 'Old form',
      requiredFor: [{ orderType: 'NEW', step: 'LEAD' }],
    });
    await gqlData(service.url, DEACTIVATE, { input: { id: gone.id } });

    expect(await codes({ orderType: 'NEW' })).toEqual([
      'INSTALLATION_REPORT',
      'KYC_FORM',
      'OLD_FORM',
      'SITE_PHOTO',
    ]);
    expect(await codes({ orderType: 'NEW', active: true })).toEqual([
      'INSTALLATION_REPORT',
      'KYC_FORM',
      'SITE_PHOTO',
    ]);
    expect(await codes({ step: 'ORDER_ENTRY' })).toEqual(['KYC_FORM', 'TERMINATION_LETTER']);
    // Both given: one requirement must match both (KYC_FORM is NEW at LEAD and MIGRATION at ORDER_ENTRY only).
    expect(await codes({ orderType: 'NEW', step: 'ORDER_ENTRY' })).toEqual([]);
    expect(await codes({ orderType: 'MIGRATION', step: 'ORDER_ENTRY' })).toEqual(['KYC_FORM']);
    expect(await codes({ orderType: 'NEW', step: 'INSTALLATION' })).toEqual([
      'INSTALLATION_REPORT',
      'SITE_PHOTO',
    ]);
    expect(await codes({ search: 'letter' })).toEqual(['TERMINATION_LETTER']);
    expect(await codes({ search: 'kyc_' })).toEqual(['KYC_FORM']);
    expect(await codes({ active: false, search: 'form' })).toEqual(['OLD_FORM']);
    expect(await codes({ active: true, search: 'form' })).toEqual(['KYC_FORM']);

    // Newest first, and the cursors walk the whole list once.
    const { documentTypes: all } = await gqlData(service.url, LIST, { first: 100 });
    const newestFirst = (all.edges as { node: { code: string } }[]).map((e) => e.node.code);
    expect(newestFirst.slice(0, 4)).toEqual(['OLD_FORM', 'SITE_PHOTO', 'TERMINATION_LETTER', 'KYC_FORM']);
    expect(newestFirst.at(-1)).toBe('INSTALLATION_REPORT');
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { documentTypes: page }: { documentTypes: Page } = await gqlData(service.url, LIST, {
        first: 2,
        after,
      });
      expect(page.totalCount).toBe(all.totalCount);
      walked.push(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(newestFirst);
    const bad = await gql(service.url, LIST, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses bad input with typed errors per field and writes nothing', async () => {
    expect(
      await refused(service, CREATE, 'createDocumentType', {
        code: 'x',
        name: '',
        description: 'd'.repeat(501),
        allowedContentTypes: [],
        maxSizeBytes: 0,
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–30 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'description'],
        message: 'description must have at most 500 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'allowedContentTypes'],
        message: 'a document type allows at least one content type',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'maxSizeBytes'],
        message: 'maxSizeBytes must be at least 1',
      },
    ]);
    expect(
      await refused(service, CREATE, 'createDocumentType', {
        code: 'SCAN',
        name: 'Scan',
        allowedContentTypes: ['application/pdf', 'pdf', 'image/*', 'text/plain; charset=utf-8'],
        maxSizeBytes: 50 * MIB + 1,
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'allowedContentTypes', '1'],
        message: 'pdf is not a MIME type like application/pdf',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'allowedContentTypes', '2'],
        message: 'image/* is not a MIME type like application/pdf',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'allowedContentTypes', '3'],
        message: 'text/plain; charset=utf-8 is not a MIME type like application/pdf',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'maxSizeBytes'],
        message: 'maxSizeBytes must be at most 52428800 (50 MiB)',
      },
    ]);
    expect(
      await refused(service, CREATE, 'createDocumentType', {
        code: 'installation_report',
        name: 'Again',
        allowedContentTypes: ['application/pdf'],
        maxSizeBytes: MIB,
      }),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'code'],
        message: 'a document type with code INSTALLATION_REPORT already exists',
      },
    ]);

    const existing = await create('ID_PROOF');
    expect(
      await refused(service, UPDATE, 'updateDocumentType', {
        id: existing.id,
        name: 'x',
        allowedContentTypes: [],
        maxSizeBytes: 60 * MIB,
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'allowedContentTypes'],
        message: 'a document type allows at least one content type',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'maxSizeBytes'],
        message: 'maxSizeBytes must be at most 52428800 (50 MiB)',
      },
    ]);
    expect(await refused(service, UPDATE, 'updateDocumentType', { id: 'nope', name: 'Fine' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no document type has this id' },
    ]);
    expect(await refused(service, DEACTIVATE, 'deactivateDocumentType', { id: 'nope' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no document type has this id' },
    ]);
    await gqlData(service.url, DEACTIVATE, { input: { id: existing.id } });
    expect(await refused(service, DEACTIVATE, 'deactivateDocumentType', { id: existing.id })).toEqual([
      {
        code: 'ALREADY_INACTIVE',
        field: ['input', 'id'],
        message: 'document type ID_PROOF is already inactive',
      },
    ]);
    const after = await gqlData(
      service.url,
      `{ documentType(id: "${existing.id}") { name allowedContentTypes maxSizeBytes updatedAt }
         documentTypes(filter: { search: "scan" }) { totalCount } }`,
    );
    expect(after.documentType).toEqual({
      name: 'Document ID_PROOF',
      allowedContentTypes: ['application/pdf'],
      maxSizeBytes: MIB,
      updatedAt: null,
    });
    expect(after.documentTypes.totalCount).toBe(0);
  });
});
