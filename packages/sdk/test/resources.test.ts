// Every resource over real HTTP against the reference server (Fastify + in-memory PGlite), and every error
// class produced by a real response. No fetch mocks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createClient,
  ZwfwAbortError,
  ZwfwApiError,
  ZwfwConfigError,
  ZwfwNetworkError,
  ZwfwTimeoutError,
  ZwfwValidationError,
  type ApplicationSubmission,
  type ClientOptions,
  type ZwfwClient,
} from '../src/index.js';
import { operations } from '@zwfw/core';
import { MAX_QUERY_LENGTH } from '../src/resources/search-query.js';
import { adminAction, validSubmission } from './helpers/journey.js';
import { startReferenceServer, type ReferenceServer } from './helpers/reference-server.js';

let server: ReferenceServer;
let client: ZwfwClient;
let submission: ApplicationSubmission;
/** Every request the SDK made, as "METHOD path status". */
const log: string[] = [];

function clientWith(over: Partial<ClientOptions> = {}): ZwfwClient {
  return createClient({
    baseUrl: server.url,
    publishableKey: server.key,
    origin: server.origin,
    retry: { baseDelay: 10, maxDelay: 50 },
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      const req = input instanceof Request ? input : new Request(input, init);
      log.push(`${req.method} ${new URL(req.url).pathname} ${res.status}`);
      return res;
    },
    ...over,
  });
}

before(async () => {
  server = await startReferenceServer();
  client = clientWith();
  submission = await validSubmission(client);
});
after(() => server.close());

describe('resources against the reference server', () => {
  test('matters.list iterates cursor pages; matters.page returns one; matters.get reads a guide', async () => {
    const first = await client.matters.page({ limit: 1 });
    assert.equal(first.items.length, 1);
    // One department keeps the walk short on a full catalogue; limit 2 still crosses several pages.
    const department = first.items[0]!.agencyCode;
    const all = await client.matters.list({ department, limit: 2 }).toArray();
    assert.ok(all.length >= 3, `need several pages, got ${all.length} matters of ${department}`);
    assert.ok(all.every((m) => m.agencyCode === department));
    let pages = 0;
    for await (const page of client.matters.list({ department, limit: 2 }).pages()) {
      pages++;
      assert.ok(page.items.length <= 2);
    }
    assert.equal(pages, Math.ceil(all.length / 2));
    const matter = await client.matters.get(all[0]!.code);
    assert.equal(matter.code, all[0]!.code);
    assert.equal(matter.name, all[0]!.name);
  });

  test('forms.get reads a matter form and a bundle form; bundles.get/list', async () => {
    const code = submission.matterCode!;
    const form = await client.forms.get({ matterCode: code });
    assert.equal(form.id, submission.formId);
    const bundles = await client.bundles.list().toArray();
    assert.ok(bundles.length >= 1);
    const bundle = await client.bundles.get(bundles[0]!.id);
    assert.equal(bundle.id, bundles[0]!.id);
    // The reference server merges every seeded bundle's form.
    const merged = await client.forms.get({ bundleId: bundle.id });
    assert.equal(merged.id, bundle.formId);
    const missing = await client.forms.get({ bundleId: 'no-such-bundle' }).catch((e: unknown) => e);
    assert.ok(missing instanceof ZwfwApiError && missing.code === 'not_found', String(missing));
  });

  test('regions.list and evaluations.reasons', async () => {
    const top = await client.regions.list().toArray();
    assert.ok(top.length >= 1);
    const first = top[0]!;
    // The seeded top level is the province, which has cities below it.
    assert.equal(first.hasChildren, true);
    const children = await client.regions.list({ parent: first.code }).toArray();
    assert.ok(children.length >= 1);
    assert.ok(children.every((r) => r.parentCode === first.code));
    const reasons = await client.evaluations.reasons();
    assert.ok(reasons.reasons.length >= 1);
    assert.equal(typeof reasons.version, 'string');
  });

  test('search answers from the server, then from the local index with the same ranking', async () => {
    const matter = await client.matters.get(submission.matterCode!);
    const res = await client.search(matter.name.slice(0, 4));
    assert.equal(res.query, matter.name.slice(0, 4));
    assert.ok(res.items.some((i) => i.code === matter.code), 'the first four characters of a name find that matter');
    assert.equal(client.search.indexLoaded, false);
    const remote = await client.search(matter.name);
    await client.search.loadIndex();
    assert.equal(client.search.indexLoaded, true);
    // Local and server search run the same engine on the same index: same top hit for the same query.
    const local = await client.search(matter.name);
    assert.deepEqual(local.items.slice(0, 5).map((i) => i.code), remote.items.slice(0, 5).map((i) => i.code));
    assert.equal(local.items[0]?.name, matter.name);
    // Department filters run locally too (the index keys departments by credit code, as the server does).
    const filters = { department: matter.agency.code, limit: 50 };
    const localDept = await client.search(matter.name, filters);
    const remoteDept = await client.search(matter.name, filters, { source: 'server' });
    assert.ok(localDept.items.length > 0);
    assert.deepEqual(localDept.items.map((i) => i.code), remoteDept.items.map((i) => i.code));
    assert.deepEqual(localDept.facets.department.map((f) => [f.value, f.count]), remoteDept.facets.department.map((f) => [f.value, f.count]));
    assert.equal(remoteDept.facets.department.find((f) => f.value === matter.agency.code)?.label, matter.agency.name);
  });

  test('loadIndex: one caller aborting does not fail another caller waiting for the same download', async () => {
    let downloads = 0;
    const slow = clientWith({
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/v1/search-index')) {
          downloads++;
          started();
          await gate;
        }
        return fetch(input, init);
      },
    });
    // The download is held open until the first caller has left: an ordering, not a race between timers.
    let started!: () => void;
    let release!: () => void;
    const downloadStarted = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    const leaver = new AbortController();
    const first = slow.search.loadIndex({ signal: leaver.signal });
    const second = slow.search.loadIndex();
    await downloadStarted;
    leaver.abort(new Error('search box closed'));
    release();
    const [r1, r2] = await Promise.allSettled([first, second]);
    assert.ok(r1.status === 'rejected' && r1.reason instanceof ZwfwAbortError, String(r1.status === 'rejected' && r1.reason));
    assert.equal(r1.reason.operation, 'search.loadIndex');
    assert.equal(r2.status, 'fulfilled', String(r2.status === 'rejected' && r2.reason));
    assert.equal(slow.search.indexLoaded, true);
    assert.equal(downloads, 1, 'the two callers shared one download');
  });

  test('filters the server refuses are refused locally too: a ZwfwApiError from the server, a ZwfwConfigError offline', async () => {
    const fresh = clientWith();
    await fresh.search.loadIndex();
    for (const filters of [{ limit: 0 }, { limit: 2.5 }, { limit: 101 }, { type: 'lunch' as 'license' }]) {
      // 'auto' with a loaded index: the server answers the bad filter, with per-field errors.
      const remote = await fresh.search('营业执照', filters).catch((e: unknown) => e);
      assert.ok(remote instanceof ZwfwApiError && remote.status === 422, JSON.stringify(filters));
      const local = await fresh.search('营业执照', filters, { source: 'local' }).catch((e: unknown) => e);
      assert.ok(local instanceof ZwfwConfigError && local.option === 'filters', JSON.stringify(filters));
    }
    const ok = await fresh.search('营业执照', { limit: 3 }, { source: 'local' });
    assert.ok(ok.items.length <= 3 && ok.items.length > 0);
  });

  test('a search that covers 依职权 matters is the server\'s: the local index has none', async () => {
    const fresh = clientWith();
    await fresh.search.loadIndex();
    for (const filters of [{ includeExOfficio: 'true' as const }, { type: 'penalty' as const }]) {
      log.length = 0;
      await fresh.search('罚款', filters);
      assert.deepEqual(log, ['GET /v1/search 200'], JSON.stringify(filters));
      const local = await fresh.search('罚款', filters, { source: 'local' }).catch((e: unknown) => e);
      assert.ok(local instanceof ZwfwConfigError && local.option === 'filters', JSON.stringify(filters));
    }
    log.length = 0;
    await fresh.search('罚款', { includeExOfficio: 'false' });
    assert.deepEqual(log, [], 'without 依职权 matters the loaded index answers');
  });

  test('search trims and caps the query like the server, so local and server answers agree', async () => {
    const matter = await client.matters.get(submission.matterCode!);
    const fresh = clientWith();
    const padded = `  ${matter.name}\u3000 `;
    const long = `  ${matter.name} ${'办'.repeat(2 * MAX_QUERY_LENGTH)}`;
    // Before the index is loaded, these go to the server, which trims q and refuses more than 100 characters.
    const remotePadded = await fresh.search(padded, {}, { source: 'server' });
    const remoteLong = await fresh.search(long, {}, { source: 'server' });
    await fresh.search.loadIndex();
    const localPadded = await fresh.search(padded);
    const localLong = await fresh.search(long);
    assert.equal(remotePadded.query, matter.name);
    assert.equal(localPadded.query, matter.name);
    assert.deepEqual(localPadded.items.slice(0, 5).map((i) => i.code), remotePadded.items.slice(0, 5).map((i) => i.code));
    assert.equal(remoteLong.query.length, MAX_QUERY_LENGTH);
    assert.equal(localLong.query, remoteLong.query);
    assert.deepEqual(localLong.items.map((i) => i.code), remoteLong.items.map((i) => i.code));

    // Empty and blank queries are refused the same way on both paths, before any request.
    log.length = 0;
    for (const source of ['local', 'server', 'auto'] as const) {
      for (const q of ['', '   ', '\u3000\n']) {
        const err = await fresh.search(q, {}, { source }).catch((e: unknown) => e);
        assert.ok(err instanceof ZwfwConfigError && err.option === 'query', `${source} ${JSON.stringify(q)}`);
      }
    }
    assert.deepEqual(log, []);
  });

  test("MAX_QUERY_LENGTH is the contract's limit on q", async () => {
    const schema = operations.searchMatters.query;
    const ok = await schema['~standard'].validate({ q: ` ${'办'.repeat(MAX_QUERY_LENGTH)} ` });
    const tooLong = await schema['~standard'].validate({ q: '办'.repeat(MAX_QUERY_LENGTH + 1) });
    assert.equal(ok.issues, undefined);
    assert.notEqual(tooLong.issues, undefined);
  });

  test('submit → progress → (admin accepts) → rate: the whole citizen journey', async () => {
    const receipt = await client.applications.submit(submission);
    assert.match(receipt.case.caseNumber, /^[0-9A-Za-z_-]+$/);
    const progress = await client.applications.progress(receipt);
    assert.equal(progress.case.caseNumber, receipt.case.caseNumber);
    // The mobile tail works as a verifier too.
    const byTail = await client.applications.progress({ caseNumber: receipt.case.caseNumber, verifier: submission.applicant.mobile.slice(-4) });
    assert.equal(byTail.case.caseNumber, receipt.case.caseNumber);

    assert.equal((await adminAction(server, receipt.case.caseNumber, { action: 'accept' })).status, 200);
    const accepted = await client.applications.progress(receipt);
    assert.ok(accepted.evaluableStages.length >= 1);
    const reasons = await client.evaluations.reasons();
    const evaluation = await client.evaluations.create(receipt, {
      stage: accepted.evaluableStages[0]!,
      level: 5,
      reasons: [],
      channel: 'web',
      reasonListVersion: reasons.version,
      anonymous: false,
    });
    assert.equal(evaluation.caseNumber, receipt.case.caseNumber);
    // One evaluation per case per stage: the second is a typed 409.
    const again = await client.evaluations
      .create(receipt, { stage: accepted.evaluableStages[0]!, level: 4, reasons: [], channel: 'web', reasonListVersion: reasons.version, anonymous: false })
      .catch((e: unknown) => e);
    assert.ok(again instanceof ZwfwApiError);
    assert.equal(again.status, 409);
    assert.equal(again.code, 'evaluation_exists');
  });

  test('case operations send the verifier in X-Zwfw-Verifier, never in the URL; a tail cannot rate', async () => {
    const seen: { url: string; verifier: string | null }[] = [];
    const watched = clientWith({
      fetch: async (input, init) => {
        const req = input instanceof Request ? input : new Request(input, init);
        seen.push({ url: req.url, verifier: req.headers.get('x-zwfw-verifier') });
        return fetch(req);
      },
    });
    const receipt = await watched.applications.submit(submission);
    assert.equal((await adminAction(server, receipt.case.caseNumber, { action: 'accept' })).status, 200);
    const tail = submission.applicant.mobile.slice(-4);
    await watched.applications.progress({ caseNumber: receipt.case.caseNumber, verifier: tail });
    await watched.evaluations.list(receipt);
    const reasons = await watched.evaluations.reasons();
    const byTail = await watched.evaluations
      .create({ caseNumber: receipt.case.caseNumber, verifier: tail }, { stage: 'acceptance', level: 5, reasons: [], channel: 'web', reasonListVersion: reasons.version, anonymous: true })
      .catch((e: unknown) => e);
    assert.ok(byTail instanceof ZwfwApiError);
    assert.deepEqual(byTail.errors?.map((e) => [e.path, e.code]), [['headers.x-zwfw-verifier', 'access_token_required']]);
    const cases = seen.filter((r) => new URL(r.url).pathname.startsWith(`/v1/applications/${receipt.case.caseNumber}`));
    assert.deepEqual(cases.map((r) => r.verifier), [tail, receipt.accessToken, tail]);
    for (const r of seen) assert.doesNotMatch(r.url, /verifier|tok_/, r.url);
  });

  test('evaluations.list shows a 差评 with its 整改; evaluations.summary counts it for its department', async () => {
    const receipt = await client.applications.submit(submission);
    assert.equal((await adminAction(server, receipt.case.caseNumber, { action: 'accept' })).status, 200);
    const reasons = await client.evaluations.reasons();
    const reason = reasons.reasons.find((r) => r.appliesToLevels.includes(1) && r.channel !== 'offline');
    assert.ok(reason, 'the seeded list has an online reason for level 1');
    const rated = await client.evaluations.create(receipt, {
      stage: 'acceptance', level: 1, reasons: [reason.code], channel: 'web', reasonListVersion: reasons.version, anonymous: true,
    });
    const listed = await client.evaluations.list(receipt);
    assert.deepEqual(listed.map((e) => e.id), [rated.id]);
    const rectification = listed[0]?.rectification;
    assert.ok(rectification);
    assert.equal(rectification.status, 'open');
    assert.equal(rectification.department, receipt.case.department ?? '综合窗口');
    const summary = await client.evaluations.summary({ department: rectification.department });
    assert.deepEqual(summary.departments.map((d) => d.department), [rectification.department]);
    assert.ok(summary.departments[0]!.byLevel[1] >= 1);
    assert.ok(summary.departments[0]!.rectifications.total >= 1);
    const reversed = await client.evaluations.summary({ from: '2026-02-01', to: '2026-01-01' }).catch((e: unknown) => e);
    assert.ok(reversed instanceof ZwfwApiError);
    assert.equal(reversed.code, 'validation_failed');
  });

  test('the same Idempotency-Key returns the same case; a different body with it is idempotency_key_reused', async () => {
    const idempotencyKey = crypto.randomUUID();
    const a = await client.applications.submit(submission, { idempotencyKey });
    const b = await client.applications.submit(submission, { idempotencyKey });
    assert.equal(a.case.caseNumber, b.case.caseNumber);
    const c = await client.applications.submit(submission);
    assert.notEqual(c.case.caseNumber, a.case.caseNumber);
    const other: ApplicationSubmission = { ...submission, channel: 'app' };
    const err = await client.applications.submit(other, { idempotencyKey }).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwApiError);
    assert.equal(err.status, 409);
    assert.equal(err.code, 'idempotency_key_reused');
    assert.equal(err.idempotencyKey, idempotencyKey);
  });

  test('ETag: a repeated catalogue read is revalidated and answered 304 from the cache', async () => {
    log.length = 0;
    const code = submission.matterCode!;
    const a = await client.matters.get(code);
    const b = await client.matters.get(code);
    assert.deepEqual(a, b);
    const gets = log.filter((l) => l.startsWith(`GET /v1/matters/${code} `));
    assert.deepEqual(gets.slice(-1), [`GET /v1/matters/${code} 304`]);
  });

  test('identical reads in flight share one request', async () => {
    const fresh = clientWith({ cache: false });
    log.length = 0;
    const code = submission.matterCode!;
    const results = await Promise.all([fresh.matters.get(code), fresh.matters.get(code), fresh.matters.get(code)]);
    assert.equal(results.length, 3);
    assert.equal(log.filter((l) => l.startsWith(`GET /v1/matters/${code} `)).length, 1);
  });

  test('ZwfwApiError: 404 with code, 422 with per-field errors, 403 with a wrong verifier', async () => {
    const notFound = await client.matters.get('NO_SUCH_MATTER').catch((e: unknown) => e);
    assert.ok(notFound instanceof ZwfwApiError);
    assert.equal(notFound.status, 404);
    assert.equal(notFound.code, 'not_found');
    assert.ok(notFound.requestId === undefined || typeof notFound.requestId === 'string');

    const bad = { ...submission, applicant: { ...submission.applicant, mobile: '123' } };
    const invalid = await client.applications.submit(bad).catch((e: unknown) => e);
    assert.ok(invalid instanceof ZwfwApiError);
    assert.equal(invalid.status, 422);
    assert.equal(invalid.code, 'validation_failed');
    assert.ok(invalid.errors.some((e) => e.path.endsWith('mobile')), JSON.stringify(invalid.errors));

    const receipt = await client.applications.submit(submission);
    const wrong = await client.applications.progress({ caseNumber: receipt.case.caseNumber, verifier: '0000' }).catch((e: unknown) => e);
    assert.ok(wrong instanceof ZwfwApiError);
    assert.ok(wrong.status === 403 || wrong.status === 404, String(wrong.status));
  });

  test('ZwfwApiError for a key the server does not know, and for a missing origin outside browsers', async () => {
    const unknownKey = clientWith({ publishableKey: 'pk_unknown_0000000000000000' });
    const e1 = await unknownKey.applications.submit(submission).catch((e: unknown) => e);
    assert.ok(e1 instanceof ZwfwApiError);
    assert.equal(e1.status, 401);
    assert.match(e1.message, /publishableKey/);
    const noOrigin = createClient({ baseUrl: server.url, publishableKey: server.key });
    const e2 = await noOrigin.applications.submit(submission).catch((e: unknown) => e);
    assert.ok(e2 instanceof ZwfwApiError);
    assert.equal(e2.code, 'origin_not_allowed');
  });

  test('ZwfwValidationError when the server breaks the contract (response rewritten in flight)', async () => {
    const lying = clientWith({
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (res.status !== 200) return res;
        const body = (await res.json()) as Record<string, unknown>;
        return new Response(JSON.stringify({ ...body, name: 42 }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
      cache: false,
    });
    const err = await lying.matters.get(submission.matterCode!).catch((e: unknown) => e);
    assert.ok(err instanceof ZwfwValidationError);
    assert.equal(err.path, 'name');
    assert.match(err.message, /does not match the contract at "name"/);
  });

  test('ZwfwNetworkError, ZwfwTimeoutError, ZwfwAbortError, ZwfwConfigError from real calls', async () => {
    const closed = createClient({ baseUrl: 'http://127.0.0.1:9/', retry: false });
    assert.ok((await closed.regions.list().first().catch((e: unknown) => e)) instanceof ZwfwNetworkError);

    const slow = clientWith({
      timeout: 50,
      retry: false,
      cache: false,
      // Never answers: only the client's own timeout can end the call, whatever the machine's load.
      fetch: (input, init) => new Promise<Response>((_resolve, reject) => {
        const signal = input instanceof Request ? input.signal : init?.signal;
        assert.ok(signal, 'the client hands fetch an abort signal');
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    });
    const t = await slow.matters.get(submission.matterCode!).catch((e: unknown) => e);
    assert.ok(t instanceof ZwfwTimeoutError);

    const controller = new AbortController();
    controller.abort(new Error('navigated away'));
    const a = await client.matters.get(submission.matterCode!, { signal: controller.signal }).catch((e: unknown) => e);
    assert.ok(a instanceof ZwfwAbortError);

    const keyless = createClient({ baseUrl: server.url });
    // Catalogue reads are public and work without a key; writes say at the call what is missing.
    assert.ok((await keyless.regions.list().first()).items.length >= 1);
    const c = await keyless.applications.submit(submission).catch((e: unknown) => e);
    assert.ok(c instanceof ZwfwConfigError);
    assert.equal(c.option, 'publishableKey');
  });

  test('locale is sent as Accept-Language and problem titles come back localized', async () => {
    const en = clientWith({ locale: 'en' });
    const zh = clientWith({ locale: 'zh-CN' });
    const [e1, e2] = await Promise.all([en.matters.get('NO_SUCH_MATTER').catch((e: unknown) => e), zh.matters.get('NO_SUCH_MATTER').catch((e: unknown) => e)]);
    assert.ok(e1 instanceof ZwfwApiError && e2 instanceof ZwfwApiError);
    assert.notEqual(e1.title, e2.title);
  });
});
