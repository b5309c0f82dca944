import { settingFor, type BsoMailSetting } from './bso-mail-setting';
import { addresseesOf, planMail } from './mail-plan';

describe('addresseesOf', () => {
  it('keeps each address once, case-insensitively, To winning over Cc, blank ones dropped', () => {
    expect(
      addresseesOf([
        { email: 'A@x.example', name: 'A', kind: 'CC' },
        { email: 'a@x.example', name: 'A again', kind: 'TO' },
        { email: 'b@x.example', name: null, kind: 'CC' },
        { email: '  ', name: null },
        { email: 'c@x.example', name: null },
      ]),
    ).toEqual({
      to: [
        { email: 'a@x.example', name: 'A' },
        { email: 'c@x.example', name: null },
      ],
      cc: [{ email: 'b@x.example', name: null }],
    });
  });
});

describe('planMail', () => {
  const base = { eventType: 'approval_level.opened', values: {}, orderId: 'o-1', branchId: null };

  it('plans nothing for an empty notify, or one with Cc addressees only', () => {
    expect(planMail({ ...base, notify: [] })).toBeNull();
    expect(planMail({ ...base, notify: [{ email: 'a@x.example', name: null, kind: 'CC' }] })).toBeNull();
  });

  it('plans nothing for an event without a template (approval decisions)', () => {
    expect(
      planMail({ ...base, eventType: 'approval_request.approved', notify: [{ email: 'a@x', name: null }] }),
    ).toBeNull();
  });

  it('uses an overriding content and sender when given', () => {
    const plan = planMail({
      ...base,
      eventType: 'feasibility.requested',
      notify: [{ email: 'bso@x.example', name: null }],
      content: { subject: 'S', body: 'B' },
      from: { email: 'f@x.example', name: 'F' },
    });
    expect(plan).toMatchObject({
      template: 'feasibility.requested',
      content: { subject: 'S' },
      from: { email: 'f@x.example' },
    });
  });
});

describe('settingFor', () => {
  const setting = (id: string, bsoId: string | null): BsoMailSetting => ({
    id,
    bsoId,
    senderEmail: 's@x',
    senderName: 'S',
    subjectTemplate: 's',
    bodyTemplate: 'b',
    savedAt: new Date(),
  });

  it("prefers the BSO's own setting, then the default, else none", () => {
    const own = setting('own', 'bso-1');
    const fallback = setting('default', null);
    expect(settingFor('bso-1', [fallback, own])).toBe(own);
    expect(settingFor('bso-2', [fallback, own])).toBe(fallback);
    expect(settingFor('bso-2', [own])).toBeNull();
    expect(settingFor(null, [own, fallback])).toBe(fallback);
  });
});
