#!/usr/bin/env node
// Distributed mode on one machine: one process per subgraph (MySQL database each, Kafka between them) and
// the gateway, as in production. Settings come from the environment:
//   MYSQL_URL      server for the per-service databases (default mysql://root@127.0.0.1:3306); each service
//                  gets the database oms_<service>, created when missing. <SERVICE>_DATABASE_URL overrides one.
//   KAFKA_BROKERS  brokers (default 127.0.0.1:9092)
//   GATEWAY_PORT   (default 4000); subgraphs listen on 4001-4005 (orders, approvals, feasibility, masters,
//                  integrations) unless <SERVICE>_PORT is set.
//   GATEWAY_PROOF_PRIVATE_KEY / GATEWAY_PROOF_PUBLIC_KEYS  the gateway proof key pair (JWK JSON); a fresh
//                  pair is made for this run when they are not set.
// Build first (`npm run build`). Ctrl-C stops every process gracefully.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const mysql = (env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');
const brokers = env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const plan = { orders: 4001, approvals: 4002, feasibility: 4003, masters: 4004, integrations: 4005 };

const proof = proofKeyPair();
const children = [];
function run(name, script, extraEnv) {
  const child = spawn(process.execPath, [join(root, script)], {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    process.stdout.write(`[${name}] exited (${signal ?? code})\n`);
    if (!stopping) shutdown(1);
  });
  children.push(child);
}

const urls = {};
for (const [name, defaultPort] of Object.entries(plan)) {
  const upper = name.toUpperCase();
  const port = env[`${upper}_PORT`] ?? String(defaultPort);
  urls[`${upper}_URL`] = `http://127.0.0.1:${port}/graphql`;
  run(name, `services/${name}/dist/main.js`, {
    PORT: port,
    DATABASE_URL: env[`${upper}_DATABASE_URL`] ?? `${mysql}/oms_${name}`,
    DB_CREATE: env.DB_CREATE ?? 'true',
    KAFKA_BROKERS: brokers,
    KAFKA_CLIENT_ID: `oms-${name}`,
    GATEWAY_PROOF_PUBLIC_KEYS: proof.publicKeys,
  });
}

// The gateway checks subgraph readiness itself (/readyz); give the subgraphs a moment to listen first.
await new Promise((r) => setTimeout(r, 1500));
run('gateway', 'gateway/dist/main.js', {
  ...urls,
  GATEWAY_PORT: env.GATEWAY_PORT ?? '4000',
  GATEWAY_PROOF_PRIVATE_KEY: proof.privateKey,
});

/** The gateway proof key pair from the environment, or a fresh Ed25519 pair for this run. */
function proofKeyPair() {
  if (env.GATEWAY_PROOF_PRIVATE_KEY && env.GATEWAY_PROOF_PUBLIC_KEYS)
    return { privateKey: env.GATEWAY_PROOF_PRIVATE_KEY, publicKeys: env.GATEWAY_PROOF_PUBLIC_KEYS };
  const pair = generateKeyPairSync('ed25519');
  const meta = { kid: `gateway-${Date.now()}`, alg: 'EdDSA', use: 'sig' };
  return {
    privateKey: JSON.stringify({ ...pair.privateKey.export({ format: 'jwk' }), ...meta }),
    publicKeys: JSON.stringify({ ...pair.publicKey.export({ format: 'jwk' }), ...meta }),
  };
}

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 20000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(
    () => {
      clearTimeout(timer);
      process.exit(code);
    },
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
