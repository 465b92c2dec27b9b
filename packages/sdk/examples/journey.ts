// The README's journey as a runnable script: search, read the guide, get the form, apply, track, rate.
// A test runs it against the reference server (packages/sdk/test/examples.test.ts), so the README stays true.
//
//   npm start                                   # in another terminal: the reference server on :8080
//   node --import tsx packages/sdk/examples/journey.ts
import { createClient, isZwfwError, type ApplicationSubmission, type FormSpec, type Matter, type ZwfwClient } from '@zwfw/sdk';

/** What the citizen typed into the form; a real page collects these from its UI. */
export type FillForm = (matter: Matter, form: FormSpec) => Pick<ApplicationSubmission, 'values' | 'materials' | 'applicant' | 'commitment'>;

/** Steps 1–5: find a matter with a form, apply, and read the progress back. */
export async function apply(zwfw: ZwfwClient, query: string, fill: FillForm) {
  const { items } = await zwfw.search(query);                                  // 1. search
  for (const item of items) {
    const matter = await zwfw.matters.get(item.code);                          // 2. the guide (办事指南)
    if (!matter.formId) continue;                                              //    (not every matter is online)
    const form = await zwfw.forms.get({ matterCode: matter.code });            // 3. the smart form
    const receipt = await zwfw.applications.submit({                           // 4. apply (retried safely)
      matterCode: matter.code,
      formId: form.id,
      formVersion: form.version,
      channel: 'web',
      ...fill(matter, form),
    });
    const progress = await zwfw.applications.progress(receipt);                // 5. track (token in the receipt)
    return { matter, receipt, progress };
  }
  throw new Error(`No matter with an online form matches "${query}"`);
}

/** Step 6: rate every stage that is open for rating (受理 once accepted, 办结 once concluded). */
export async function rateOpenStages(zwfw: ZwfwClient, receipt: Parameters<ZwfwClient['applications']['progress']>[0]) {
  const progress = await zwfw.applications.progress(receipt);
  const { version } = await zwfw.evaluations.reasons();
  const ratings = [];
  for (const stage of progress.evaluableStages) {
    ratings.push(await zwfw.evaluations.create(receipt, { stage, level: 5, reasons: [], channel: 'web', reasonListVersion: version, anonymous: false }));
  }
  return ratings;
}

// Run directly: against the server `npm start` serves, with the demo key and the sample applicant below.
if (import.meta.url === `file://${process.argv[1]}`) {
  const zwfw = createClient({
    baseUrl: process.env['ZWFW_BASE_URL'] ?? 'http://127.0.0.1:8080/',
    publishableKey: process.env['ZWFW_KEY'] ?? 'pk_demo_zwfw_local_0000000000000000',
    origin: process.env['ZWFW_ORIGIN'] ?? 'http://127.0.0.1:8080', // Node only: one of the key's origins
  });
  try {
    const { sampleApplication } = await import('../../../test/conformance/sample-application.js');
    const { matter, receipt, progress } = await apply(zwfw, '居民身份证', (m, f) => sampleApplication(m, f));
    console.log(`${matter.name}: case ${receipt.case.caseNumber}, status ${progress.case.status}, due ${receipt.case.deadline?.dueDate}`);
  } catch (err) {
    console.error(isZwfwError(err) ? `${err.type}: ${err.message}` : err);
    process.exitCode = 1;
  }
}
