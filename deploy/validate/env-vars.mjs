// Lists the SimSid configuration environment variables (Section__Key) that a compose file and rendered manifests
// set, one per line, sorted: the input of the check that every one maps to a real configuration key.
//
//   node env-vars.mjs --compose docker-compose.yml [--dockerfile Dockerfile] [--manifests rendered.yaml ...]
// With --config docs/configuration.md it checks instead that each variable appears in that table (exit 1 if not).
// With --values it prints one JSON object instead: name -> literal value (first one seen; "" for values taken from a
// Secret), for starting the application with exactly these variables.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';

const args = process.argv.slice(2);
const composeFiles = [];
const dockerfiles = [];
const manifestFiles = [];
let configDoc;
let printValues = false;
for (let i = 0; i < args.length; i += 1) {
  const next = () => {
    i += 1;
    if (i >= args.length) {
      console.error(`missing value after ${args[i - 1]}`);
      process.exit(2);
    }
    return args[i];
  };
  if (args[i] === '--compose') composeFiles.push(next());
  else if (args[i] === '--manifests') manifestFiles.push(next());
  else if (args[i] === '--dockerfile') dockerfiles.push(next());
  else if (args[i] === '--config') configDoc = next();
  else if (args[i] === '--values') printValues = true;
  else manifestFiles.push(args[i]);
}

const isConfigKey = (name) => /^[A-Z][A-Za-z0-9]*(__[A-Za-z0-9]+)+$/.test(name);
const found = new Map(); // name -> where
const values = new Map(); // name -> literal value

const add = (name, where, value) => {
  if (!isConfigKey(name) || found.has(name)) return;
  found.set(name, where);
  values.set(name, value === undefined || value === null ? '' : String(value));
};

for (const file of composeFiles) {
  const compose = yaml.load(readFileSync(file, 'utf8'));
  for (const [service, def] of Object.entries(compose.services ?? {})) {
    const env = def.environment ?? {};
    const pairs = Array.isArray(env)
      ? env.map((e) => { const [k, ...v] = String(e).split('='); return [k, v.join('=')]; })
      : Object.entries(env);
    for (const [name, value] of pairs) add(name, `${file} service ${service}`, value);
  }
}

for (const file of dockerfiles) {
  // ENV instructions, with continuation lines joined.
  const text = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*ENV\s+(.*)$/i.exec(line);
    if (!m) continue;
    for (const pair of m[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
      add(pair[1], `${file} ENV`, pair[2].replace(/^"|"$/g, ''));
    }
  }
}

const containersOf = (doc) => {
  const spec = doc.kind === 'CronJob' ? doc.spec?.jobTemplate?.spec?.template?.spec : doc.spec?.template?.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
};

for (const file of manifestFiles) {
  for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
    if (!doc) continue;
    const where = `${file} ${doc.kind}/${doc.metadata?.name}`;
    if (doc.kind === 'ConfigMap') for (const [name, value] of Object.entries(doc.data ?? {})) add(name, where, value);
    for (const c of containersOf(doc)) for (const e of c.env ?? []) add(e.name, where, e.value);
  }
}

const names = [...found.keys()].sort();
if (printValues) {
  console.log(JSON.stringify(Object.fromEntries(names.map((n) => [n, values.get(n)])), null, 2));
  process.exit(0);
}
let missing = [];
if (configDoc) {
  const table = readFileSync(configDoc, 'utf8');
  // List entries are documented with index 0 (Delivery__Destinations__0__Host): compare with every index as 0.
  const documented = (n) => table.includes(`\`${n.replace(/__\d+(?=__|$)/g, '__0')}\``);
  missing = names.filter((n) => !documented(n));
  if (missing.length === 0) console.log(`${names.length} environment variables, all documented in ${configDoc}`);
} else {
  for (const n of names) console.log(n);
}
if (missing.length > 0) {
  for (const n of missing) console.error(`UNKNOWN ${n} (set in ${found.get(n)}) is not in ${configDoc}`);
  process.exit(1);
}
