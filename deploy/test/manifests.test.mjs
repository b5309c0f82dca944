// `npm test` for deploy/k8s: every overlay renders (kubectl's built-in kustomize, no cluster), every object
// validates against the Kubernetes and Strimzi schemas, and the rules the operations design asks for hold
// (probes, resources, non-root, HPA + PDB per workload, subgraphs reachable only from the gateway, no
// secret values in git, the supergraph ConfigMap equal to the composed supergraph).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { overlays, render, repoRoot, deployDir } from './lib/render.mjs';
import { problemOf, problemsOf } from './lib/validate.mjs';

const SUBGRAPHS = { orders: 4001, approvals: 4002, feasibility: 4003, masters: 4004, integrations: 4005 };
const WORKLOADS = ['gateway', ...Object.keys(SUBGRAPHS)];
/** The Secrets the manifests read; their values are created in the cluster, never committed. */
const SECRETS = {
  'oms-db': [
    'root-password',
    'orders-password',
    'approvals-password',
    'feasibility-password',
    'masters-password',
    'integrations-password',
    'backup-password',
  ],
  'oms-gateway-proof': ['private-key', 'public-keys'],
  'oms-masters-auth': ['signing-keys', 'active-key-id', 'bootstrap-admin-email', 'bootstrap-admin-password'],
  'oms-integrations': ['smtp-url', 'bms-hmac-secret', 'lms-hmac-secret', 'helpdesk-hmac-secret'],
};

const rendered = Object.fromEntries(overlays.map((o) => [o, render(`overlays/${o}`)]));
const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const named = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const podSpecs = (objects) => [
  ...objects
    .filter((o) => ['Deployment', 'StatefulSet'].includes(o.kind))
    .map((o) => ({ owner: o, spec: o.spec.template.spec, labels: o.spec.template.metadata.labels })),
  ...byKind(objects, 'CronJob').map((o) => ({
    owner: o,
    spec: o.spec.jobTemplate.spec.template.spec,
    labels: o.spec.jobTemplate.spec.template.metadata.labels,
  })),
];
/** Every value found under `key` anywhere inside `value`. */
function collect(value, key, found = []) {
  if (Array.isArray(value)) for (const v of value) collect(v, key, found);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === key) found.push(v);
      collect(v, key, found);
    }
  return found;
}
const matches = (selector, labels) =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v) &&
  (selector.matchExpressions ?? []).every((e) =>
    e.operator === 'In'
      ? e.values.includes(labels?.[e.key])
      : e.operator === 'Exists'
        ? e.key in labels
        : false,
  );

for (const overlay of overlays) {
  const objects = rendered[overlay];

  test(`${overlay}: renders every workload, its Service, HPA and PDB, Kafka and MySQL`, () => {
    for (const name of WORKLOADS)
      for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'])
        assert.ok(named(objects, kind, name), `${kind}/${name} is missing`);
    for (const [kind, name] of [
      ['Kafka', 'oms-kafka'],
      ['KafkaNodePool', 'dual-role'],
      ['StatefulSet', 'mysql'],
      ['CronJob', 'oms-backup'],
      ['PersistentVolumeClaim', 'oms-backups'],
    ])
      assert.ok(named(objects, kind, name), `${kind}/${name} is missing`);
    for (const service of Object.keys(SUBGRAPHS))
      for (const topic of [`oms.${service}.v1`, `oms.${service}.v1.dlq`])
        assert.ok(named(objects, 'KafkaTopic', topic), `KafkaTopic/${topic} is missing`);
    const namespaces = new Set(
      objects.filter((o) => o.kind !== 'Namespace').map((o) => o.metadata.namespace),
    );
    assert.deepEqual([...namespaces], [byKind(objects, 'Namespace')[0].metadata.name]);
  });

  test(`${overlay}: every object validates against the Kubernetes and Strimzi schemas`, async () => {
    assert.deepEqual(await problemsOf(objects), []);
  });

  test(`${overlay}: every container has probes, resources and runs as non-root`, () => {
    for (const { owner, spec } of podSpecs(objects)) {
      const where = `${owner.kind}/${owner.metadata.name}`;
      assert.equal(spec.securityContext?.runAsNonRoot, true, `${where}: runAsNonRoot`);
      assert.equal(spec.automountServiceAccountToken, false, `${where}: no service account token`);
      for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        assert.ok(
          c.resources?.requests?.cpu && c.resources?.requests?.memory,
          `${where}/${c.name}: requests`,
        );
        assert.ok(c.resources?.limits?.memory, `${where}/${c.name}: memory limit`);
        assert.equal(c.securityContext?.allowPrivilegeEscalation, false, `${where}/${c.name}: escalation`);
        assert.match(c.image, /:[\w.-]+$/, `${where}/${c.name}: image has a tag`);
        assert.doesNotMatch(c.image, /:latest$/, `${where}/${c.name}: no :latest`);
      }
    }
    for (const name of WORKLOADS) {
      const [c] = named(objects, 'Deployment', name).spec.template.spec.containers;
      assert.equal(c.readinessProbe?.httpGet?.path, '/readyz', `${name}: readiness on /readyz`);
      assert.equal(c.livenessProbe?.httpGet?.path, '/healthz', `${name}: liveness on /healthz`);
      assert.equal(c.readinessProbe.httpGet.port, 'http');
    }
  });

  test(`${overlay}: subgraphs migrate in an init container and listen where the gateway looks`, () => {
    const gatewayEnv = Object.fromEntries(
      named(objects, 'Deployment', 'gateway').spec.template.spec.containers[0].env.map((e) => [e.name, e]),
    );
    for (const [name, port] of Object.entries(SUBGRAPHS)) {
      const pod = named(objects, 'Deployment', name).spec.template;
      const [migrate] = pod.spec.initContainers;
      assert.deepEqual(migrate.command, ['node', `services/${name}/dist/main.js`, 'migrate']);
      assert.equal(migrate.image, pod.spec.containers[0].image);
      const env = Object.fromEntries(pod.spec.containers[0].env.map((e) => [e.name, e.value]));
      assert.equal(env.PORT, String(port));
      assert.equal(env.DATABASE_URL, `mysql://oms_${name}:$(DB_PASSWORD)@mysql:3306/oms_${name}`);
      assert.equal(pod.spec.containers[0].ports[0].containerPort, port);
      assert.equal(gatewayEnv[`${name.toUpperCase()}_URL`].value, `http://${name}:${port}/graphql`);
      assert.equal(named(objects, 'Service', name).spec.ports[0].port, port);
    }
  });

  test(`${overlay}: pods carry Prometheus scrape annotations for their own port`, () => {
    for (const name of WORKLOADS) {
      const pod = named(objects, 'Deployment', name).spec.template;
      assert.equal(pod.metadata.annotations['prometheus.io/scrape'], 'true');
      assert.equal(pod.metadata.annotations['prometheus.io/path'], '/metrics');
      assert.equal(
        pod.metadata.annotations['prometheus.io/port'],
        String(pod.spec.containers[0].ports[0].containerPort),
      );
    }
  });

  test(`${overlay}: Services, HPAs and PDBs point at the workloads that exist`, () => {
    const pods = podSpecs(objects);
    for (const svc of byKind(objects, 'Service'))
      assert.ok(
        pods.some((p) => matches({ matchLabels: svc.spec.selector }, p.labels)),
        `Service/${svc.metadata.name}`,
      );
    for (const hpa of byKind(objects, 'HorizontalPodAutoscaler')) {
      assert.ok(
        named(objects, hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name),
        hpa.metadata.name,
      );
      assert.ok(hpa.spec.minReplicas <= hpa.spec.maxReplicas);
    }
    for (const pdb of byKind(objects, 'PodDisruptionBudget'))
      assert.equal(pods.filter((p) => matches(pdb.spec.selector, p.labels)).length, 1, pdb.metadata.name);
    for (const name of WORKLOADS)
      assert.equal(
        named(objects, 'Deployment', name).spec.replicas,
        undefined,
        `${name}: the HPA owns replicas`,
      );
  });

  test(`${overlay}: NetworkPolicy lets only the gateway (and monitoring) reach the subgraphs`, () => {
    const policies = byKind(objects, 'NetworkPolicy');
    const denyAll = policies.find((p) => Object.keys(p.spec.podSelector).length === 0);
    assert.deepEqual(denyAll?.spec.policyTypes, ['Ingress']);
    assert.equal(denyAll.spec.ingress, undefined, 'the default policy allows nothing');
    for (const name of Object.keys(SUBGRAPHS)) {
      const labels = named(objects, 'Deployment', name).spec.template.metadata.labels;
      const rules = policies
        .filter((p) => matches(p.spec.podSelector, labels))
        .flatMap((p) => p.spec.ingress ?? []);
      assert.ok(rules.length > 0, `${name} has an ingress rule`);
      for (const rule of rules) {
        assert.ok(rule.from?.length > 0, `${name}: every rule names who may call`);
        for (const peer of rule.from) {
          const fromGateway =
            peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'gateway' &&
            !peer.namespaceSelector;
          const fromMonitoring =
            peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' &&
            !peer.podSelector;
          assert.ok(fromGateway || fromMonitoring, `${name}: unexpected peer ${JSON.stringify(peer)}`);
        }
      }
    }
    const kafkaPeers = named(objects, 'Kafka', 'oms-kafka').spec.kafka.listeners.flatMap(
      (l) => l.networkPolicyPeers ?? [],
    );
    assert.ok(kafkaPeers.length > 0, 'the Kafka listener names its clients');
  });

  test(`${overlay}: Secrets are referenced, never committed, and every reference is documented`, () => {
    assert.deepEqual(byKind(objects, 'Secret'), []);
    const refs = collect(objects, 'secretKeyRef');
    assert.ok(refs.length > 0);
    for (const { name, key } of refs)
      assert.ok(SECRETS[name]?.includes(key), `secret ${name}/${key} is not documented`);
    const readme = readFileSync(join(deployDir, 'k8s', 'README.md'), 'utf8');
    for (const [name, keys] of Object.entries(SECRETS)) {
      assert.ok(readme.includes(name), `README names secret ${name}`);
      for (const key of keys) assert.ok(readme.includes(key), `README names ${name}/${key}`);
    }
  });

  test(`${overlay}: every ConfigMap a pod reads is rendered`, () => {
    const maps = new Set(byKind(objects, 'ConfigMap').map((c) => c.metadata.name));
    const used = ['configMapRef', 'configMapKeyRef', 'configMap'].flatMap((key) =>
      collect(objects, key).map((ref) => ref.name),
    );
    assert.ok(used.length > 0);
    for (const name of used) assert.ok(maps.has(name), `ConfigMap ${name} is not rendered`);
  });

  test(`${overlay}: the supergraph ConfigMap is the composed supergraph`, () => {
    const map = byKind(objects, 'ConfigMap').find((c) => c.metadata.name.startsWith('oms-supergraph'));
    const composed = readFileSync(join(repoRoot, 'supergraph', 'supergraph.graphql'), 'utf8');
    assert.equal(map.data['supergraph.graphql'], composed, 'run `npm run -w deploy sync-supergraph`');
  });
}

test('validation refuses broken objects and unknown kinds', async () => {
  const [deployment] = rendered.dev.filter((o) => o.kind === 'Deployment');
  const broken = structuredClone(deployment);
  broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
  assert.match(await problemOf(broken), /containerPort must be integer/);

  const noSelector = structuredClone(deployment);
  delete noSelector.spec.selector;
  assert.match(await problemOf(noSelector), /selector/);

  const [topic] = rendered.dev.filter((o) => o.kind === 'KafkaTopic');
  const badTopic = structuredClone(topic);
  badTopic.spec.partitions = 'six';
  assert.match(await problemOf(badTopic), /partitions/);

  const kafka = structuredClone(rendered.dev.find((o) => o.kind === 'Kafka'));
  kafka.spec.kafka.listeners[0].type = 'sideways';
  assert.match(await problemOf(kafka), /type/);

  assert.match(
    await problemOf({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
    /no schema/,
  );
  assert.match(
    await problemOf({ apiVersion: 'apps/v1', kind: 'Deploymnt', metadata: { name: 'w' } }),
    /no schema/,
  );
  assert.match(await problemOf({ kind: 'Deployment' }), /apiVersion and kind are required/);
});
