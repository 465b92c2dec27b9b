// Type tests: checked by `npm run typecheck` (tsconfig.test.json covers packages/*/test/**), never run. Each
// `// @ts-expect-error` marks a usage the public types are meant to refuse; if a type loosens, the directive
// becomes unused and the typecheck fails. Positive cases pin what calls return.
import {
  createClient,
  isZwfwError,
  type AnyZwfwError,
  type ApplicationReceipt,
  type FormSpec,
  type Matter,
  type MatterSummary,
  type Page,
  type PageIterator,
  type Progress,
  type SearchResponse,
  type ZwfwClient,
} from '../../src/index.js';

/** True when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

export function createClientTypes(): void {
  createClient({ baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_live_1', locale: 'en', cache: { store: 'indexeddb', maxEntries: 200 } });
  createClient({ baseUrl: new URL('https://zwfw.example.gov.cn/'), retry: { limit: 3, baseDelay: 100 }, cache: false });
  // @ts-expect-error baseUrl is required
  createClient({ publishableKey: 'pk_live_1' });
  // @ts-expect-error only the supported locales
  createClient({ baseUrl: 'https://x/', locale: 'fr' });
  // @ts-expect-error ky 1's prefixUrl is not an option (the runtime check suggests baseUrl)
  createClient({ baseUrl: 'https://x/', prefixUrl: 'https://x/' });
  // @ts-expect-error no 'disk' cache
  createClient({ baseUrl: 'https://x/', cache: 'disk' });
  // @ts-expect-error nor as the store of the object form
  createClient({ baseUrl: 'https://x/', cache: { store: 'disk' } });
  // @ts-expect-error a misspelt retry option
  createClient({ baseUrl: 'https://x/', retry: { limt: 3 } });
}

export async function resourceTypes(zwfw: ZwfwClient, receipt: ApplicationReceipt): Promise<void> {
  expectType<Equal<Awaited<ReturnType<ZwfwClient['matters']['get']>>, Matter>>();
  expectType<Equal<ReturnType<ZwfwClient['matters']['list']>, PageIterator<MatterSummary>>>();
  expectType<Equal<Awaited<ReturnType<ZwfwClient['matters']['page']>>, Page<MatterSummary>>>();
  expectType<Equal<Awaited<ReturnType<ZwfwClient['search']>>, SearchResponse>>();
  expectType<Equal<Awaited<ReturnType<ZwfwClient['applications']['progress']>>, Progress>>();

  // forms.get takes exactly one of matterCode or bundleId.
  const form: FormSpec = await zwfw.forms.get({ matterCode: '11340100MB1234567X4000111222000' });
  await zwfw.forms.get({ bundleId: 'qykb' });
  // @ts-expect-error not both
  await zwfw.forms.get({ matterCode: '11340100MB1234567X4000111222000', bundleId: 'qykb' });
  // @ts-expect-error not neither
  await zwfw.forms.get({});
  void form;

  // A case is the receipt, or its number with a verifier.
  await zwfw.applications.progress(receipt);
  await zwfw.applications.progress({ caseNumber: receipt.case.caseNumber, verifier: '5678' });
  // @ts-expect-error the verifier is required
  await zwfw.applications.progress({ caseNumber: receipt.case.caseNumber });

  // Writes take an idempotency key; reads do not.
  await zwfw.applications.submit({} as Parameters<ZwfwClient['applications']['submit']>[0], { idempotencyKey: crypto.randomUUID(), timeout: 30_000 });
  // @ts-expect-error idempotencyKey is a write option
  await zwfw.matters.get('11340100MB1234567X4000111222000', { idempotencyKey: 'k-12345678' });

  // Filters are the contract's query without the parts the SDK owns.
  await zwfw.matters.list({ audience: 'natural_person', limit: 20 }).first();
  // @ts-expect-error the iterator owns the cursor
  zwfw.matters.list({ cursor: 'abc' });
  // @ts-expect-error a misspelt filter
  zwfw.matters.list({ audiance: 'person' });
  await zwfw.search('营业执照', { audience: 'enterprise', limit: 10 }, { source: 'local', signal: AbortSignal.timeout(1000) });
  // @ts-expect-error the query is the first argument, not a filter
  await zwfw.search('营业执照', { q: '公积金' });
  // @ts-expect-error only auto, local or server
  await zwfw.search('营业执照', {}, { source: 'cache' });

  // @ts-expect-error indexLoaded is read-only
  zwfw.search.indexLoaded = true;
}

export function errorTypes(err: unknown): void {
  if (!isZwfwError(err)) return;
  const e: AnyZwfwError = err;
  // @ts-expect-error status exists only on api_error
  void e.status;
  switch (e.type) {
    case 'api_error':
      expectType<Equal<typeof e.status, number>>();
      expectType<Equal<ReturnType<typeof e.fieldErrors>, Record<string, string>>>();
      break;
    case 'timeout_error':
      expectType<Equal<typeof e.timeout, number>>();
      break;
    case 'config_error':
      expectType<Equal<typeof e.option, string>>();
      break;
    case 'validation_error':
    case 'network_error':
    case 'abort_error':
      break;
    default:
      // Exhaustive: a new error type must be handled above.
      expectType<Equal<typeof e, never>>();
  }
}
