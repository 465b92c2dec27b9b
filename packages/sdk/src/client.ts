// createClient: validates the options once, builds one transport, and hangs the resources off it. No work
// happens at import time (the package is side-effect free); no request happens until a method is called.

import { type ClientOptions, type ZwfwLocale, resolveConfig } from './config.js';
import { createDrafts, defaultDraftStore, type DraftsResource } from './drafts/drafts.js';
import { type ApplicationsResource, createApplications } from './resources/applications.js';
import { type BundlesResource, createBundles } from './resources/bundles.js';
import { type EvaluationsResource, createEvaluations } from './resources/evaluations.js';
import { type FormsResource, createForms } from './resources/forms.js';
import { type MattersResource, createMatters } from './resources/matters.js';
import { type PartnerResource, createPartner } from './resources/partner.js';
import { type RegionsResource, createRegions } from './resources/regions.js';
import { type SearchResource, createSearch } from './resources/search.js';
import { type UploadsResource, createUploads } from './resources/uploads.js';
import { Transport } from './transport.js';

/** A configured client for the one-network API. Create it with {@link createClient}. */
export interface ZwfwClient {
  /** 事项: list and read the guides of matters. */
  readonly matters: MattersResource;
  /** 事项搜索: search matters (locally once the index is loaded, on the server otherwise). */
  readonly search: SearchResource;
  /** 智能表单: form specs of matters and bundles. */
  readonly forms: FormsResource;
  /** 一件事: bundles of matters. */
  readonly bundles: BundlesResource;
  /** 办件: submit applications and read their progress. */
  readonly applications: ApplicationsResource;
  /** 材料上传: upload the files of an application's materials before submitting it. */
  readonly uploads: UploadsResource;
  /** 好差评: rate cases and read the reason list. */
  readonly evaluations: EvaluationsResource;
  /** 行政区划: regions. */
  readonly regions: RegionsResource;
  /** 帮办代办: a partner's (bank's) own cases, for keys that belong to a partner. */
  readonly partner: PartnerResource;
  /** Form drafts on this device (IndexedDB in browsers, memory in Node). */
  readonly drafts: DraftsResource;
  /** The locale the client asks the API to answer in. */
  readonly locale: ZwfwLocale;
  /** The normalised base URL (always ends with `/`). */
  readonly baseUrl: string;
  /** Drop every cached catalogue response. */
  clearCache(): Promise<void>;
}

/**
 * Create a client.
 *
 * @example Node
 * ```ts
 * import { createClient } from '@zwfw/sdk';
 * const zwfw = createClient({ baseUrl: 'https://zwfw.example.gov.cn/', publishableKey: 'pk_live_…', locale: 'zh-CN' });
 * const matter = await zwfw.matters.get('11340100MB1234567X4000111222000');
 * ```
 *
 * @throws {@link ZwfwConfigError} when an option is missing or invalid; the message names the option and the fix.
 */
export function createClient(options: ClientOptions): ZwfwClient {
  const config = resolveConfig(options);
  const transport = new Transport({
    baseUrl: config.baseUrl,
    publishableKey: config.publishableKey,
    locale: config.locale,
    fetch: config.fetch,
    timeout: config.timeout,
    retry: config.retry,
    cache: config.cache,
    origin: config.origin,
    random: Math.random,
  });
  let drafts: DraftsResource | undefined;
  return {
    matters: createMatters(transport),
    search: createSearch(transport),
    forms: createForms(transport),
    bundles: createBundles(transport),
    applications: createApplications(transport),
    uploads: createUploads(transport),
    evaluations: createEvaluations(transport),
    regions: createRegions(transport),
    partner: createPartner(transport),
    // Created on first access so a client that never touches drafts never opens IndexedDB.
    get drafts(): DraftsResource {
      drafts ??= createDrafts(config.drafts ?? defaultDraftStore());
      return drafts;
    },
    locale: config.locale,
    baseUrl: config.baseUrl,
    clearCache: () => transport.clearCache(),
  };
}
