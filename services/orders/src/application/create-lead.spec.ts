import { OutboxEntity } from '@oms/messaging';
import { NumberSequenceEntity } from '@oms/persistence';
import { parseInput } from '@oms/server';
import { aLeadInput } from '../../test/builders';
import { headOffice, staffIn } from '../../test/callers';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { KnownBranchRepository } from '../persistence/known-branch.repository';
import { KnownCityRepository } from '../persistence/known-city.repository';
import { LeadEntity } from '../persistence/lead.entity';
import { LeadRepository } from '../persistence/lead.repository';
import { CustomerEntity } from '../persistence/order.entities';
import { UpdateLead } from './update-lead';
import { CreateLead, createLeadInput } from './create-lead';

const user = (id = 'u-sales') => ({
  correlationId: 'corr-1',
  causationId: null,
  actor: { kind: 'USER' as const, id },
});

describe('createLeadInput validation', () => {
  const fieldsOf = (raw: unknown) => {
    const result = parseInput(createLeadInput, raw);
    return result.ok ? [] : result.errors.map((e) => e.field);
  };

  it('accepts a full lead and normalizes it', () => {
    const result = parseInput(
      createLeadInput,
      aLeadInput()
        .with({
          customerName: '  Acme  ',
          contactEmail: ' it@acme.example ',
          contactPhone: '+91 98765-43210',
          productInterest: '  ',
          clientMutationId: ' k-1 ',
        })
        .build(),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        customerName: 'Acme',
        contactEmail: 'it@acme.example',
        contactPhone: '+919876543210',
        cityId: 'city-pune',
        branchId: 'branch-pune',
        productInterest: null,
        clientMutationId: 'k-1',
        salesMode: 'DIRECT',
      },
    });
  });

  it('needs a customer name unless the lead is for an existing customer, and knows the sales modes', () => {
    const base = { cityId: 'c', branchId: 'b' };
    expect(parseInput(createLeadInput, base)).toMatchObject({
      ok: false,
      errors: [{ field: ['input', 'customerName'], message: 'customerName is required for a new customer' }],
    });
    expect(parseInput(createLeadInput, { ...base, customerId: 'cust-1' }).ok).toBe(true);
    expect(
      parseInput(createLeadInput, { ...base, customerName: 'Acme', salesMode: 'DOOR_TO_DOOR' }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: ['input', 'salesMode'] }],
    });
  });

  it('treats blank optional contact fields as not given', () => {
    const result = parseInput(createLeadInput, {
      customerName: 'Acme',
      cityId: 'c',
      branchId: 'b',
      contactEmail: '',
    });
    expect(result.ok && result.value.contactEmail).toBeNull();
    expect(result.ok && result.value.contactPhone).toBeUndefined();
  });

  it('reports every bad field with its input path', () => {
    expect(
      fieldsOf({
        customerName: 'A',
        contactEmail: 'not-an-email',
        contactPhone: '12345',
        cityId: ' ',
        branchId: '',
        productInterest: 'x'.repeat(201),
        clientMutationId: '',
      }),
    ).toEqual([
      ['input', 'clientMutationId'],
      ['input', 'customerName'],
      ['input', 'contactEmail'],
      ['input', 'contactPhone'],
      ['input', 'cityId'],
      ['input', 'branchId'],
      ['input', 'productInterest'],
    ]);
  });

  it('explains a bad e-mail and a bad phone in words', () => {
    const result = parseInput(
      createLeadInput,
      aLeadInput().with({ contactEmail: 'a@', contactPhone: '+12-34' }).build(),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contactEmail'],
        message: 'contactEmail must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contactPhone'],
        message: 'contactPhone must be 10–15 digits with an optional leading +',
      },
    ]);
  });

  it('limits names to 200 characters', () => {
    expect(fieldsOf(aLeadInput().forCustomer('x'.repeat(201)).build())).toEqual([['input', 'customerName']]);
    expect(fieldsOf(aLeadInput().forCustomer('x'.repeat(200)).build())).toEqual([]);
  });
});

describe('CreateLead on SQLite', () => {
  let database: SqliteTestDatabase;
  let now: Date;
  let createLead: CreateLead;
  const count = {
    leads: () => database.db.manager.getRepository(LeadEntity).count(),
    outbox: () => database.db.manager.getRepository(OutboxEntity).count(),
    sequences: () => database.db.manager.getRepository(NumberSequenceEntity).count(),
  };

  const pune = staffIn('branch-pune');

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    const cities = new KnownCityRepository();
    const branches = new KnownBranchRepository();
    await database.db.transaction(async (em) => {
      await cities.upsert(em, { id: 'city-pune', stateId: 'mh', code: 'PUNE', name: 'Pune', active: true });
      await cities.upsert(em, { id: 'city-goa', stateId: 'ga', code: 'GOA', name: 'Goa', active: true });
      await cities.upsert(em, { id: 'city-old', stateId: 'mh', code: 'OLD', name: 'Old', active: false });
      await branches.upsert(em, {
        id: 'branch-pune',
        code: 'PUNE_01',
        name: 'Pune Camp',
        zoneId: 'zone-west',
        cityIds: ['city-pune', 'city-old'],
        active: true,
      });
      await branches.upsert(em, {
        id: 'branch-closed',
        code: 'PUNE_02',
        name: 'Pune Old Town',
        zoneId: 'zone-west',
        cityIds: ['city-pune'],
        active: false,
      });
    });
    now = new Date('2026-05-04T10:00:00.000Z');
    createLead = new CreateLead(database.uow, new LeadRepository(), cities, branches, () => now);
  });

  afterEach(async () => {
    await database.close();
  });

  it('numbers leads consecutively per year and restarts the series in a new year', async () => {
    const numbers: string[] = [];
    for (const at of ['2026-05-04T10:00:00Z', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z']) {
      now = new Date(at);
      const result = await createLead.execute(user(), pune, aLeadInput().build());
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      numbers.push(result.value.leadNo);
    }
    expect(numbers).toEqual(['LEAD-2026-000001', 'LEAD-2026-000002', 'LEAD-2027-000001']);
  });

  it('stores the lead OPEN in its branch with its creator and writes lead.created to the outbox', async () => {
    const result = await createLead.execute(
      user('u-42'),
      pune,
      aLeadInput().with({ productInterest: null }).build(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({ state: 'OPEN', createdBy: 'u-42', createdAt: now });
    const stored = await database.db.manager
      .getRepository(LeadEntity)
      .findOneByOrFail({ id: result.value.id });
    expect(stored).toMatchObject({
      leadNo: 'LEAD-2026-000001',
      cityId: 'city-pune',
      branchId: 'branch-pune',
      createdBy: 'u-42',
    });
    const [row] = await database.db.manager.getRepository(OutboxEntity).find();
    expect(row).toMatchObject({
      topic: 'oms.orders.v1',
      messageKey: result.value.id,
      eventType: 'lead.created',
    });
    expect(JSON.parse(row.envelope)).toMatchObject({
      aggregateType: 'Lead',
      aggregateId: result.value.id,
      actor: { id: 'u-42' },
      payload: {
        leadId: result.value.id,
        leadNo: 'LEAD-2026-000001',
        customerName: 'Acme Industries Pvt Ltd',
        contactEmail: 'it@acme.example',
        contactPhone: '+919876543210',
        cityId: 'city-pune',
        branchId: 'branch-pune',
        productInterest: null,
        createdAt: '2026-05-04T10:00:00.000Z',
      },
    });
  });

  it('refuses an unknown city and a bad input without writing anything, not even a counter', async () => {
    const unknown = await createLead.execute(user(), pune, aLeadInput().inCity('nowhere').build());
    expect(unknown).toEqual({
      ok: false,
      errors: [{ code: 'REFERENCE_NOT_FOUND', field: ['input', 'cityId'], message: 'no city has this id' }],
    });
    const invalid = await createLead.execute(
      user(),
      pune,
      aLeadInput().with({ contactEmail: 'nope' }).build(),
    );
    expect(invalid.ok).toBe(false);
    expect([await count.leads(), await count.outbox(), await count.sequences()]).toEqual([0, 0, 0]);
  });

  it("refuses a branch outside the caller's scope before looking at anything else, writing nothing", async () => {
    const elsewhere = staffIn('branch-goa');
    for (const input of [
      aLeadInput().build(),
      aLeadInput().inBranch('no-such-branch').build(),
      aLeadInput().inCity('nowhere').build(),
    ]) {
      expect(await createLead.execute(user(), elsewhere, input)).toEqual({
        ok: false,
        errors: [
          {
            code: 'FORBIDDEN',
            field: ['input', 'branchId'],
            message: 'you may not create leads in this branch',
          },
        ],
      });
    }
    expect((await createLead.execute(user(), staffIn(), aLeadInput().build())).ok).toBe(false);
    expect([await count.leads(), await count.outbox(), await count.sequences()]).toEqual([0, 0, 0]);
    // With the ALL data scope every branch is reachable.
    expect((await createLead.execute(user(), headOffice(), aLeadInput().build())).ok).toBe(true);
  });

  it('needs a known, active branch that serves the active city, writing nothing otherwise', async () => {
    const all = headOffice();
    const refusals = [
      [
        aLeadInput().inBranch('no-such-branch').build(),
        'REFERENCE_NOT_FOUND',
        'branchId',
        'no branch has this id',
      ],
      [
        aLeadInput().inBranch('branch-closed').build(),
        'REFERENCE_INACTIVE',
        'branchId',
        'branch PUNE_02 is inactive',
      ],
      [aLeadInput().inCity('city-old').build(), 'REFERENCE_INACTIVE', 'cityId', 'city OLD is inactive'],
      [
        aLeadInput().inCity('city-goa').build(),
        'VALIDATION_FAILED',
        'branchId',
        'branch PUNE_01 does not serve city GOA',
      ],
    ] as const;
    for (const [input, code, field, message] of refusals) {
      expect(await createLead.execute(user(), all, input)).toEqual({
        ok: false,
        errors: [{ code, field: ['input', field], message }],
      });
    }
    const both = await createLead.execute(
      user(),
      all,
      aLeadInput().at({ cityId: 'nowhere', branchId: 'nothing' }).build(),
    );
    expect(both.ok ? [] : both.errors.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'cityId']],
      ['REFERENCE_NOT_FOUND', ['input', 'branchId']],
    ]);
    expect([await count.leads(), await count.outbox(), await count.sequences()]).toEqual([0, 0, 0]);
  });

  it('answers a repeated idempotency key with the first lead and writes nothing more', async () => {
    const input = aLeadInput().withKey('k-1').build();
    const first = await createLead.execute(user(), pune, input);
    const again = await createLead.execute(user(), pune, { ...input, contactPhone: '+91 98765 43210' });
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);
    expect([await count.leads(), await count.outbox()]).toEqual([1, 1]);
  });

  it('refuses a key reused for a different lead, and scopes keys to their actor', async () => {
    await createLead.execute(user(), pune, aLeadInput().withKey('k-1').build());
    const reused = await createLead.execute(
      user(),
      pune,
      aLeadInput().withKey('k-1').forCustomer('Other Co').build(),
    );
    expect(reused).toEqual({
      ok: false,
      errors: [
        {
          code: 'IDEMPOTENCY_KEY_REUSED',
          field: ['input', 'clientMutationId'],
          message: 'this clientMutationId was already used for a different lead',
        },
      ],
    });
    const otherActor = await createLead.execute(user('u-other'), pune, aLeadInput().withKey('k-1').build());
    expect(otherActor.ok && otherActor.value.leadNo).toBe('LEAD-2026-000002');
    expect([await count.leads(), await count.outbox()]).toEqual([2, 2]);
  });

  describe('for an existing customer, and editing', () => {
    const customer = {
      id: 'cust-1',
      customerCode: 'CUST-2026-000001',
      name: 'Acme Industries',
      email: 'billing@acme.example',
      phone: '+912012345678',
      address: '1 Main Road',
      branchId: 'branch-pune',
      cityId: 'city-pune',
      createdAt: new Date('2026-01-01T00:00:00Z'),
    };
    beforeEach(async () => {
      await database.db.manager.getRepository(CustomerEntity).insert(customer);
    });

    it("takes the customer's details, sources it as EXISTING_CUSTOMER and names the creator CRM owner", async () => {
      const { customerName: _n, ...withoutName } = aLeadInput().build();
      const result = await createLead.execute(user(), pune, {
        ...withoutName,
        contactEmail: null,
        contactPhone: null,
        customerId: 'cust-1',
        salesMode: 'CHANNEL_PARTNER',
      });
      expect(result).toMatchObject({
        ok: true,
        value: {
          customerId: 'cust-1',
          customerName: 'Acme Industries',
          contactEmail: 'billing@acme.example',
          contactPhone: '+912012345678',
          salesMode: 'CHANNEL_PARTNER',
          source: 'EXISTING_CUSTOMER',
          crmOwnerId: 'u-sales',
        },
      });
    });

    it('refuses an unknown customer, and one of a branch the caller does not reach, writing nothing', async () => {
      for (const [caller, id] of [
        [pune, 'cust-nope'],
        [staffIn('branch-goa'), 'cust-1'],
      ] as const) {
        const result = await createLead.execute(user(), caller, {
          ...aLeadInput().build(),
          branchId: caller === pune ? 'branch-pune' : 'branch-goa',
          customerId: id,
        });
        expect(result.ok).toBe(false);
      }
      expect([await count.leads(), await count.outbox()]).toEqual([0, 0]);
    });

    it('edits an OPEN lead and refuses once it is no longer open', async () => {
      const created = await createLead.execute(user(), pune, aLeadInput().build());
      if (!created.ok) throw new Error('not created');
      const update = new UpdateLead(database.uow, new LeadRepository());
      const edited = await update.execute(user(), pune, {
        id: created.value.id,
        source: 'REFERRAL',
        crmOwnerId: 'u-manager',
        contactPhone: '',
      });
      expect(edited).toMatchObject({
        ok: true,
        value: { source: 'REFERRAL', crmOwnerId: 'u-manager', contactPhone: null },
      });
      expect(
        await update.execute(user(), staffIn('branch-goa'), { id: created.value.id, source: 'OTHER' }),
      ).toMatchObject({
        ok: false,
        errors: [{ code: 'NOT_FOUND' }],
      });
      await database.db.manager
        .getRepository(LeadEntity)
        .update({ id: created.value.id }, { state: 'CANCELLED' });
      expect(await update.execute(user(), pune, { id: created.value.id, source: 'OTHER' })).toMatchObject({
        ok: false,
        errors: [{ code: 'INVALID_STATE' }],
      });
      expect(
        (await database.db.manager.getRepository(LeadEntity).findOneByOrFail({ id: created.value.id }))
          .source,
      ).toBe('REFERRAL');
    });
  });
});
