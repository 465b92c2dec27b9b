// Runs the conformance suite against a backend:
//   node --import tsx test/conformance/run.ts --base-url http://127.0.0.1:8080 [--key KEY --origin ORIGIN --admin-token T --other-key KEY2]
//     [--application app.json] [--oversize-bytes N] [--counter-key KEY --partner ID --branch ID] [--json]
// Exit code 0 when nothing failed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runConformance } from './suite.js';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    key: { type: 'string' },
    origin: { type: 'string' },
    'admin-token': { type: 'string' },
    'other-key': { type: 'string' },
    application: { type: 'string' },
    'oversize-bytes': { type: 'string' },
    'counter-key': { type: 'string' },
    partner: { type: 'string' },
    branch: { type: 'string' },
    json: { type: 'boolean' },
  },
});
if (!values['base-url']) {
  process.stderr.write('usage: run.ts --base-url URL [--key KEY] [--origin ORIGIN] [--admin-token TOKEN] [--other-key KEY] [--application file.json] [--oversize-bytes N] [--counter-key KEY --partner ID --branch ID] [--json]\n');
  process.exit(2);
}
const results = await runConformance({
  baseUrl: values['base-url'],
  key: values.key,
  origin: values.origin,
  adminToken: values['admin-token'],
  otherKey: values['other-key'],
  application: values.application ? JSON.parse(readFileSync(values.application, 'utf8')) : undefined,
  oversizeBytes: values['oversize-bytes'] ? Number(values['oversize-bytes']) : undefined,
  counter: values['counter-key'] && values.partner && values.branch
    ? { key: values['counter-key'], partnerId: values.partner, branch: values.branch }
    : undefined,
});
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  for (const r of results) {
    const mark = r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : 'FAIL';
    process.stdout.write(`${mark} ${r.name}${r.detail ? `\n       ${r.detail.split('\n').join('\n       ')}` : ''}\n`);
  }
  const count = (s: string) => results.filter((r) => r.status === s).length;
  process.stdout.write(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped\n`);
}
process.exitCode = results.some((r) => r.status === 'fail') ? 1 : 0;
