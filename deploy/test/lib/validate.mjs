// Validates Kubernetes objects against the API schemas without a cluster: the core and built-in groups from
// the `kubernetes-models` package (generated from Kubernetes' OpenAPI), the Strimzi custom resources from
// `@kubernetes-models/strimzi-kafka-operator` (generated from Strimzi's CRDs' openAPIV3Schema). Both
// validate with ajv. An apiVersion/kind without a schema is an error, never a silent pass.

/** Where the model classes of each API group live. */
const sources = [
  { test: (group) => group === '', module: (version) => `kubernetes-models/${version}` },
  {
    test: (group) => /^(kafka|core)\.strimzi\.io$/.test(group),
    module: (version, group) => `@kubernetes-models/strimzi-kafka-operator/${group}/${version}`,
  },
  { test: () => true, module: (version, group) => `kubernetes-models/${group}/${version}` },
];

const modules = new Map();
async function modelsOf(apiVersion) {
  if (!modules.has(apiVersion)) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const source = sources.find((s) => s.test(group));
    modules.set(
      apiVersion,
      import(source.module(version, group)).catch(() => null),
    );
  }
  return modules.get(apiVersion);
}

/** The reason `object` is not a valid Kubernetes object, or null when it is. */
export async function problemOf(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return 'apiVersion and kind are required';
  const models = await modelsOf(apiVersion);
  const Model = models?.[kind];
  if (typeof Model !== 'function' || Model.apiVersion !== apiVersion || Model.kind !== kind)
    return `no schema for ${apiVersion} ${kind}: unknown kinds are refused`;
  try {
    new Model(object).validate();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Every invalid object of a list, as "Kind/name: reason". */
export async function problemsOf(objects) {
  const problems = [];
  for (const object of objects) {
    const problem = await problemOf(object);
    if (problem) problems.push(`${object?.kind}/${object?.metadata?.name}: ${problem}`);
  }
  return problems;
}
