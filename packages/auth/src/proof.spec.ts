import { SignJWT } from 'jose';
import { ProofSigner, ProofVerifier } from './proof';
import { generateSigningKey, importSigningKey } from './keys';

describe('gateway proof', () => {
  it('verifies what the gateway signed, for users and anonymous callers', async () => {
    const key = await generateSigningKey('gw');
    const signer = await ProofSigner.fromJwk(key.privateJwk);
    const verifier = await ProofVerifier.fromJwks([key.publicJwk]);
    expect(await verifier.verify(await signer.sign({ userId: 'u', sessionId: 's' }))).toEqual({
      userId: 'u',
      sessionId: 's',
    });
    expect(await verifier.verify(await signer.sign({ userId: null, sessionId: null }))).toEqual({
      userId: null,
      sessionId: null,
    });
  });

  it('refuses a missing proof, a proof from another key, and an access token passed off as a proof', async () => {
    const key = await generateSigningKey('gw');
    const other = await generateSigningKey('gw');
    const verifier = await ProofVerifier.fromJwks([key.publicJwk]);
    await expect(verifier.verify(undefined)).rejects.toThrow(/no gateway proof/);
    const forged = await (
      await ProofSigner.fromJwk(other.privateJwk)
    ).sign({ userId: 'admin', sessionId: null });
    await expect(verifier.verify(forged)).rejects.toThrow();
    const accessToken = await new SignJWT({ sub: 'admin' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'gw', typ: 'at+jwt' })
      .setIssuer('oms-gateway')
      .setAudience('oms-subgraphs')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(await importSigningKey(key.privateJwk, 'sign'));
    await expect(verifier.verify(accessToken)).rejects.toThrow();
  });

  it('trusts several gateway keys at once, so the gateway key can rotate', async () => {
    const oldKey = await generateSigningKey('gw-1');
    const newKey = await generateSigningKey('gw-2');
    const verifier = await ProofVerifier.fromJwks([oldKey.publicJwk, newKey.publicJwk]);
    for (const key of [oldKey, newKey]) {
      const proof = await (await ProofSigner.fromJwk(key.privateJwk)).sign({ userId: 'u', sessionId: null });
      expect((await verifier.verify(proof)).userId).toBe('u');
    }
  });
});
