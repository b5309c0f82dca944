import { distinctAddresses, isEmailAddress, isPhoneNumber, mailRecipients } from './bso';

describe('isEmailAddress', () => {
  it.each(['ops@airlink.example', 'feas.desk+pune@mail.air-link.co.in', 'A_B@X.IO'])(
    'accepts %s',
    (email) => {
      expect(isEmailAddress(email)).toBe(true);
    },
  );

  it.each([
    '',
    'ops',
    'ops@',
    '@airlink.example',
    'ops@airlink',
    'ops @airlink.example',
    'Ops <ops@airlink.example>',
    'a,b@airlink.example',
    'ops@-airlink.example',
    'ops@airlink.example.',
    `${'x'.repeat(65)}@airlink.example`,
    `ops@${'a'.repeat(250)}.example`,
  ])('refuses %j', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });
});

describe('isPhoneNumber', () => {
  it.each(['+91 98200 12345', '020-2567 8901', '(020) 25678901', '123456'])('accepts %s', (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });

  it.each(['', '12345', '+91 98200 1234x', '1234567890123456', 'call me', '91+9820012345'])(
    'refuses %j',
    (phone) => {
      expect(isPhoneNumber(phone)).toBe(false);
    },
  );
});

describe('distinctAddresses / mailRecipients', () => {
  it('drops repeats case-insensitively, keeping the first spelling and the order', () => {
    expect(distinctAddresses([' B@x.io', 'a@x.io', 'b@X.io', 'A@x.io '])).toEqual(['B@x.io', 'a@x.io']);
  });

  it('copies nobody who is already a recipient', () => {
    expect(mailRecipients(['a@x.io', 'a@x.io'], ['A@x.io', 'c@x.io', 'c@x.io'])).toEqual({
      to: ['a@x.io'],
      cc: ['c@x.io'],
    });
    expect(mailRecipients(['a@x.io'], [])).toEqual({ to: ['a@x.io'], cc: [] });
  });
});
