#!/usr/bin/env node
// Prints a new Ed25519 signing key as JSON Web Keys, for AUTH_SIGNING_KEYS (masters) or the gateway proof key
// (GATEWAY_PROOF_PRIVATE_KEY / GATEWAY_PROOF_PUBLIC_KEYS). Usage: npm run keys:generate -- <key id>
import { generateKeyPairSync } from 'node:crypto';

const kid = process.argv[2];
if (!kid || !/^[A-Za-z0-9._-]{1,64}$/.test(kid)) {
  process.stderr.write('usage: npm run keys:generate -- <key id: letters, digits, . _ -, up to 64>\n');
  process.exit(2);
}
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const meta = { kid, alg: 'EdDSA', use: 'sig' };
process.stdout.write(
  `${JSON.stringify(
    {
      privateJwk: { ...privateKey.export({ format: 'jwk' }), ...meta },
      publicJwk: { ...publicKey.export({ format: 'jwk' }), ...meta },
    },
    null,
    2,
  )}\n`,
);
