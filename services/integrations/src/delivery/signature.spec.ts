import { createHmac } from 'node:crypto';
import { signBody, verifySignature } from './signature';

describe('HMAC signature', () => {
  const body = '{"kind":"service.activated","orderNo":"ORD-1"}';

  it('is sha256=<hex HMAC-SHA256 of the raw body>', () => {
    const hex = createHmac('sha256', 'secret-0123456789').update(body).digest('hex');
    expect(signBody('secret-0123456789', body)).toBe(`sha256=${hex}`);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies only the same body signed with the same secret', () => {
    const signature = signBody('secret-0123456789', body);
    expect(verifySignature('secret-0123456789', body, signature)).toBe(true);
    expect(verifySignature('other-secret-0000', body, signature)).toBe(false);
    expect(verifySignature('secret-0123456789', `${body} `, signature)).toBe(false);
    expect(verifySignature('secret-0123456789', body, undefined)).toBe(false);
    expect(verifySignature('secret-0123456789', body, 'sha256=short')).toBe(false);
  });
});
