// Validates rendered Kubernetes manifests offline: every document against the JSON schema of its kind
// (kubernetes-models for the built-in API, @kubernetes-models/keda and /prometheus-operator for the CRDs the chart
// uses), then a few cross-document checks the schemas cannot express (selectors match pod labels, probes and
// Services name ports that exist, mounts name declared volumes, the ScaledObject targets a rendered Deployment,
// no metadata.namespace in templates).
//
//   node validate-manifests.mjs rendered.yaml [more.yaml ...]      (exit 0 valid, 1 invalid, 2 usage)
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';

const modulePath = (apiVersion, kind) => {
  if (apiVersion === 'v1') return `kubernetes-models/v1/${kind}`;
  const [group, version] = apiVersion.split('/');
  if (group === 'keda.sh') return `@kubernetes-models/keda/keda.sh/${version}/${kind}`;
  if (group === 'monitoring.coreos.com') {
    return `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}/${kind}`;
  }
  return `kubernetes-models/${group}/${version}/${kind}`;
};

const podSpecOf = (doc) => {
  switch (doc.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return { labels: doc.spec?.template?.metadata?.labels ?? {}, spec: doc.spec?.template?.spec };
    case 'CronJob':
      return {
        labels: doc.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {},
        spec: doc.spec?.jobTemplate?.spec?.template?.spec,
      };
    default:
      return undefined;
  }
};

const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

async function validateDocument(doc, where, errors) {
  if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string') {
    errors.push(`${where}: missing apiVersion or kind`);
    return;
  }
  let Model;
  try {
    const module = await import(modulePath(doc.apiVersion, doc.kind));
    Model = module[doc.kind];
  } catch {
    errors.push(`${where}: no schema known for ${doc.apiVersion} ${doc.kind}`);
    return;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    errors.push(`${where}: ${e.message}`);
  }
  if (doc.metadata?.namespace !== undefined) {
    errors.push(`${where}: templates must not set metadata.namespace`);
  }
}

function crossChecks(docs, errors) {
  const seen = new Set();
  const workloads = [];
  for (const { doc, where } of docs) {
    const key = `${doc.kind}/${doc.metadata?.name}`;
    if (seen.has(key)) errors.push(`${where}: duplicate ${key}`);
    seen.add(key);
    const pod = podSpecOf(doc);
    if (!pod || !pod.spec) continue;
    workloads.push({ doc, where, pod });
    const selector = doc.spec?.selector?.matchLabels;
    if (selector && !matches(selector, pod.labels)) {
      errors.push(`${where}: spec.selector.matchLabels does not match the pod template labels`);
    }
    const volumes = new Set((pod.spec.volumes ?? []).map((v) => v.name));
    for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
      const ports = new Set((c.ports ?? []).map((p) => p.name));
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const port = c[probe]?.httpGet?.port;
        if (typeof port === 'string' && !ports.has(port)) {
          errors.push(`${where}: container ${c.name} ${probe} names port '${port}', which it does not declare`);
        }
      }
      for (const m of c.volumeMounts ?? []) {
        if (!volumes.has(m.name)) errors.push(`${where}: container ${c.name} mounts undeclared volume '${m.name}'`);
      }
    }
  }
  for (const { doc, where } of docs) {
    if (doc.kind === 'Service' && doc.spec?.selector) {
      const targets = workloads.filter((w) => w.doc.kind !== 'CronJob' && matches(doc.spec.selector, w.pod.labels));
      if (targets.length === 0) errors.push(`${where}: Service selector matches no rendered pod template`);
      for (const port of doc.spec.ports ?? []) {
        if (typeof port.targetPort !== 'string') continue;
        const declared = targets.some((w) =>
          (w.pod.spec.containers ?? []).some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)));
        if (!declared) errors.push(`${where}: targetPort '${port.targetPort}' is declared by no selected container`);
      }
    }
    if (doc.kind === 'ScaledObject') {
      const target = doc.spec?.scaleTargetRef?.name;
      if (!docs.some((d) => d.doc.kind === 'Deployment' && d.doc.metadata?.name === target)) {
        errors.push(`${where}: scaleTargetRef '${target}' is not a rendered Deployment`);
      }
      for (const t of doc.spec?.triggers ?? []) {
        const auth = t.authenticationRef?.name;
        if (auth && !docs.some((d) => d.doc.kind === 'TriggerAuthentication' && d.doc.metadata?.name === auth)) {
          errors.push(`${where}: authenticationRef '${auth}' is not a rendered TriggerAuthentication`);
        }
      }
    }
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-manifests.mjs rendered.yaml [more.yaml ...]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const errors = [];
  const docs = [];
  let index = 0;
  try {
    for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
      index += 1;
      if (doc === null || doc === undefined) continue;
      docs.push({ doc, where: `${file} #${index} ${doc.kind ?? '?'}/${doc.metadata?.name ?? '?'}` });
    }
  } catch (e) {
    errors.push(`${file}: not valid YAML: ${e.message}`);
  }
  for (const { doc, where } of docs) await validateDocument(doc, where, errors);
  crossChecks(docs, errors);
  if (docs.length === 0 && errors.length === 0) errors.push(`${file}: no manifests`);
  if (errors.length > 0) {
    failed = true;
    for (const e of errors) console.error(`INVALID ${e}`);
  } else {
    const kinds = [...new Set(docs.map((d) => d.doc.kind))].sort().join(', ');
    console.log(`OK ${file}: ${docs.length} manifests valid (${kinds})`);
  }
}
process.exit(failed ? 1 : 0);
