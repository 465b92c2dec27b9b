import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REGION_LEVEL_LABELS, labelOf, type Locale, type Region, type RegionLevel } from '@zwfw/core';
import type { ZwfwClient } from '@zwfw/sdk';
import type { FieldHost, FieldView } from './fields.js';

// The cascading 行政区划 picker of regionCode fields: one native <select> per level, each loaded from
// /v1/regions when the level above is chosen. The selects live in the form's own shadow root (not in an element
// of their own) so the field's label, hint and error describe them.

/** Digits of a code that name a region at each level (GB/T 2260 and the 12-digit statistical codes). */
const PREFIX: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/** Whether `region` is `code` itself or one of its ancestors. */
export function contains(region: Region, code: string): boolean {
  return code.startsWith(region.code.slice(0, PREFIX[region.level]));
}

/** Children of each region, loaded once per parent and shared by every region field of the form. */
export class RegionCache {
  private readonly lists = new Map<string, Region[] | 'loading' | 'error'>();
  private client: ZwfwClient | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts over with another client (another server or locale). */
  use(client: ZwfwClient): void {
    if (client === this.client) return;
    this.client = client;
    this.lists.clear();
  }

  /** The regions under `parent` ('' for the top level), loading them if needed. */
  children(parent: string): Region[] | 'loading' | 'error' {
    const known = this.lists.get(parent);
    if (known !== undefined) return known;
    const client = this.client;
    if (!client) return 'loading';
    this.lists.set(parent, 'loading');
    client.regions.list(parent ? { parent } : {}).toArray({ max: 1000 })
      .then((regions) => this.lists.set(parent, regions), () => this.lists.set(parent, 'error'))
      .finally(() => this.host.requestUpdate());
    return 'loading';
  }

  /** The names of a code and the regions above it, as loaded (`广东省 云溪市 明湖区`), or the code itself. */
  nameOf(code: string): string {
    const names: string[] = [];
    for (const list of this.lists.values()) {
      if (typeof list === 'string') continue;
      for (const r of list) if (contains(r, code)) names.push(r.name);
    }
    return names.length > 0 ? names.join(' ') : code;
  }

  /** Forgets a failed load so the next render tries again. */
  retry(parent: string): void {
    if (this.lists.get(parent) === 'error') this.lists.delete(parent);
    this.host.requestUpdate();
  }
}

/** The selects of a region field: the chosen chain, then the next level while the chosen region has children. */
export function renderRegion(view: FieldView, id: string, describedBy: string | undefined, cache: RegionCache, host: FieldHost, locale: Locale): TemplateResult {
  const code = typeof view.value === 'string' ? view.value : '';
  const disabled = !view.state.enabled || view.prefill?.locked === true;
  const selects: TemplateResult[] = [];
  let parent = '';
  for (let depth = 0; depth < 5; depth++) {
    const list = cache.children(parent);
    if (list === 'loading') {
      selects.push(html`<span class="state" role="status">${host.t('regionLoading')}</span>`);
      break;
    }
    if (list === 'error') {
      const at = parent;
      selects.push(html`<span class="error-message">${host.t('regionError')}</span>
        <button type="button" class="button" @click=${() => cache.retry(at)}>${host.t('regionRetry')}</button>`);
      break;
    }
    if (list.length === 0) break;
    const chosen = code ? list.find((r) => contains(r, code)) : undefined;
    const level = list[0]!.level;
    const above = parent;
    selects.push(html`<select part="control region-level" class="control" id=${depth === 0 ? id : `${id}-${depth}`}
      aria-label=${host.t('regionLevel', { label: view.field.label, level: labelOf(REGION_LEVEL_LABELS, level, locale) })}
      aria-describedby=${ifDefined(describedBy)} aria-invalid=${view.error ? 'true' : 'false'} ?disabled=${disabled}
      ?required=${view.state.required && depth === 0}
      @change=${(e: Event) => host.input(view, (e.target as HTMLSelectElement).value || above || undefined)} @blur=${() => host.leave(view)}>
      <option value="" ?selected=${chosen === undefined}>${host.t('choose')}</option>
      ${list.map((r) => html`<option value=${r.code} ?selected=${r === chosen}>${r.name}</option>`)}
    </select>`);
    if (chosen === undefined || chosen.hasChildren === false) break;
    parent = chosen.code;
  }
  return html`<div class="region" part="region">${selects.length ? selects : nothing}</div>`;
}
