import { ARGON2_PARAMS, hashPassword, needsRehash, passwordWeakness, verifyPassword } from './passwords';

describe('password hashing', () => {
  it('hashes with Argon2id at OWASP minimum parameters and verifies', async () => {
    const hash = await hashPassword('Correct-Horse-9');
    expect(hash).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${ARGON2_PARAMS.memorySize},t=${ARGON2_PARAMS.iterations},p=1\\$`),
    );
    expect(ARGON2_PARAMS.memorySize).toBeGreaterThanOrEqual(19456);
    expect(await verifyPassword('Correct-Horse-9', hash)).toBe(true);
    expect(await verifyPassword('correct-horse-9', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('Same-Password-1')).not.toBe(await hashPassword('Same-Password-1'));
  });

  it('treats a malformed hash as a failed verification', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('asks for a rehash when parameters are weaker than today', () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA')).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA')).toBe(false);
    expect(needsRehash('$2b$10$bcrypt')).toBe(true);
  });

  it('enforces the password policy', () => {
    expect(passwordWeakness('short-1A')).toMatch(/at least 12/);
    expect(passwordWeakness('alllowercaseletters')).toMatch(/three of/);
    expect(passwordWeakness('x'.repeat(129))).toMatch(/at most 128/);
    expect(passwordWeakness('Correct-Horse-9')).toBeNull();
  });
});
