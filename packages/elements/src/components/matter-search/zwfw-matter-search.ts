import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  AUDIENCE_LABELS, CASE_TYPE_LABELS, HANDLE_AREA_LABELS, ONLINE_DEPTH_LABELS, TIME_UNIT_LABELS, labelOf,
  type Audience, type Bundle, type FacetCount, type HandleArea, type MatterSummary, type OnlineDepth,
  type SearchResponse, type TimeLimit,
} from '@zwfw/core';
import { ZwfwMatterSelectEvent } from '../../events/matter-select.js';
import { ResourceController } from '../../internal/controllers/resource.js';
import { ZwfwElement } from '../../internal/zwfw-element.js';
import { hostStyles, sharedStyles } from '../../styles/host.js';
import type { MessageVars } from '../../translations/format.js';
import { searchStrings } from '../../translations/search.js';
import { highlight } from './highlight.js';
import { bundleRow, resultRows, rowHref, summaryRow, type SearchRow } from './rows.js';
import { matterSearchStyles } from './zwfw-matter-search.styles.js';

type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');

/** Lists longer than this are virtualised (the virtualizer is downloaded the first time one is shown). */
const VIRTUALIZE_AFTER = 50;
/** Server searches wait this long for the next keystroke; local ones run on every keystroke. */
const SERVER_DEBOUNCE_MS = 150;
/** The live region speaks once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 400;
/** Department, theme and 通办 chips shown (the largest facets, plus the one chosen). */
const CHIPS_PER_GROUP = 3;
/** Audiences offered as chips: 个人 and 法人 services, as portals split them. */
const AUDIENCE_CHIPS: readonly Audience[] = ['natural_person', 'enterprise'];

/** The contract's search filters the element offers as chips. */
type Filters = {
  readonly audience?: Audience;
  readonly department?: string;
  readonly theme?: string;
  readonly onlineDepth?: OnlineDepth;
  readonly onSiteVisits?: number;
  readonly handleArea?: HandleArea;
};
type FilterKey = keyof Filters;
const NO_FILTERS: Filters = Object.freeze({});

interface Suggestions {
  readonly bundles: readonly Bundle[];
  readonly matters: readonly MatterSummary[];
}

interface Badge {
  readonly kind: string;
  readonly text: string;
}

/** A row with what it shows, computed once per list and locale (arrow keys then only move the active option). */
interface OptionView {
  readonly row: SearchRow;
  readonly name: ReadonlyArray<string | TemplateResult>;
  readonly meta: string;
  readonly badges: readonly Badge[];
}

interface Chip {
  readonly key: FilterKey;
  readonly value: string | number;
  readonly label: string;
  readonly count: number;
}

let virtualizer: Promise<VirtualizeModule> | undefined;

/**
 * Numbers in the locale's digits, with one formatter per locale: building an Intl.NumberFormat costs ~0.2 ms,
 * too much to do for every chip and badge on every keystroke.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function num(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

type SearchKey = keyof (typeof searchStrings)['zh-CN'];

/**
 * @tagname zwfw-matter-search
 * @summary Search-as-you-type for government services (事项): an ARIA 1.2 combobox with result counts, filter
 * chips with facet counts, highlighted matches, 一件事 bundles among the results, and suggestions in the empty box.
 *
 * On first focus the element loads the search index, so later keystrokes are answered on the device; until then
 * the server answers. Selecting a row dispatches `zwfw-matter-select`, and follows `href-template` unless the
 * event is cancelled.
 *
 * @slot label - The visible label of the search box (defaults to the `label` property, else 搜索办事事项).
 *
 * @event {ZwfwMatterSelectEvent} zwfw-matter-select - A row was chosen: `detail` is `{ code, name, kind }`,
 *   `kind` `'matter'` or `'bundle'` (then `code` is the bundle id). Cancelable: cancelling stops navigation.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The label of the search box.
 * @csspart field - The wrapper of the box and its popup.
 * @csspart input - The search box (role combobox).
 * @csspart popup - The panel under the box: filters, messages and the list.
 * @csspart filters - The filter chips.
 * @csspart filter-group - One group of chips (服务对象, 实施部门, 主题).
 * @csspart chip - A filter chip (a toggle button; `aria-pressed` tells whether it is on).
 * @csspart filter-label - The name of a group of chips.
 * @csspart chip-count - The number on a chip.
 * @csspart listbox - The list of results or suggestions.
 * @csspart group - A group of suggestions in the empty box (一件事, 常用事项).
 * @csspart group-label - The heading of a group.
 * @csspart option - One row.
 * @csspart option-active - The row the arrow keys are on.
 * @csspart name - A row's name.
 * @csspart mark - A matched part of a name.
 * @csspart meta - A row's department, or the number of matters a bundle runs.
 * @csspart badges - A row's badges.
 * @csspart badge - One badge (also `badge-reason`: why a hit matched, e.g. 因为：生育; `badge-bundle`,
 *   `badge-zero-visits`, `badge-visits`, `badge-promised`, `badge-online`, `badge-area`).
 * @csspart no-results - The message when nothing matches.
 * @csspart searching - The message while the server is searching.
 * @csspart loading - The shared loading state.
 * @csspart error - The shared error state (plain words).
 * @csspart retry-button - Its retry button.
 * @csspart status - The visually hidden live region announcing result counts.
 *
 * @cssstate open - The list is shown.
 * @cssstate dark - Dark colour scheme.
 * @cssstate elderly - 适老化 mode.
 */
export class ZwfwMatterSearch extends ZwfwElement {
  static override styles = [hostStyles, sharedStyles, matterSearchStyles];
  static override shadowRootOptions: ShadowRootInit = { ...ZwfwElement.shadowRootOptions, delegatesFocus: true };

  /** The search index: loaded on first focus, so that later searches run on the device. */
  private readonly index = new ResourceController(this, {
    args: () => (this.activated ? ([] as const) : undefined),
    load: async (client, _args, signal) => {
      await client.search.loadIndex({ signal });
      return true;
    },
  });

  /**
   * What the empty box suggests: the 一件事 bundles and the first matters of the catalogue (the contract has no
   * popularity order or popular-matters endpoint, so "common" is the catalogue's own order).
   */
  private readonly catalogue = new ResourceController(this, {
    args: () => (this.activated ? ([this.suggestionCount] as const) : undefined),
    load: async (client, [count], signal): Promise<Suggestions> => {
      const [bundles, matters] = await Promise.all([
        client.bundles.page({ limit: 100 }, { signal }),
        count > 0 ? client.matters.page({ limit: Math.min(100, Math.floor(count)) }, { signal }) : { items: [] },
      ]);
      return { bundles: bundles.items, matters: matters.items };
    },
    isEmpty: (value) => value.bundles.length + value.matters.length === 0,
  });

  /** The search itself; a new query or filter aborts the one in flight, so a late answer never lands. */
  private readonly results = new ResourceController(this, {
    args: () => (this.query ? ([this.query, this.filters, this.limit] as const) : undefined),
    load: async (client, [q, filters, limit], signal) => {
      const response = await client.search(q, { ...filters, limit: Math.max(1, Math.min(100, Math.floor(limit) || 20)) }, { signal });
      return response;
    },
  });

  /** The query searches run for (the box's text, trimmed; debounced while the server answers). */
  @state() private query = '';
  @state() private filters: Filters = NO_FILTERS;
  @state() private open = false;
  /** Set on first focus: loads the index, the bundles and the suggestions. */
  @state() private activated = false;
  @state() private announcement = '';
  @state() private virtualize: VirtualizeModule | undefined;

  /** The options on screen, and which of them the arrow keys are on (reset whenever the list changes). */
  private views: readonly OptionView[] = [];
  private viewsKey: readonly unknown[] = [];
  private activeIndex = -1;
  private activeViews: readonly OptionView[] | undefined;
  private scrollPending = false;
  private pendingAnnouncement = '';
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Formatted strings of this locale and these page overrides (formatting numbers is what costs). */
  private texts = new Map<string, string>();
  private textsScope: readonly unknown[] = [];

  /** Visible label of the box (the `label` slot overrides it); defaults to 搜索办事事项 in the element's locale. */
  @property() label = '';

  /** Hint shown in the empty box; defaults to a localised example. */
  @property() placeholder = '';

  /** The text in the search box; set it to start with a query. */
  @property() value = '';

  /** Most results listed (1–100); lists longer than 50 rows are virtualised. */
  @property({ type: Number }) limit = 20;

  /** How many catalogue matters the empty box suggests beside the 一件事 bundles (0: bundles only). */
  @property({ type: Number, attribute: 'suggestion-count' }) suggestionCount = 6;

  /** Where choosing a row leads unless the event is cancelled: `{code}` and `{kind}` are filled in (https: or root-relative only). */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.scheduleQuery();
    if (changed.has('open')) this.setState('open', this.open);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.scrollPending) {
      this.scrollPending = false;
      this.scrollActiveIntoView();
    }
    this.scheduleAnnouncement();
  }

  /** Local searches run at once; server searches wait for a pause in typing. */
  private scheduleQuery(): void {
    clearTimeout(this.debounceTimer);
    const next = this.value.trim();
    const client = this.resolvedClient;
    if (!next || (!(client instanceof Error) && client.search.indexLoaded)) {
      this.query = next;
      return;
    }
    this.debounceTimer = setTimeout(() => {
      this.query = this.value.trim();
    }, SERVER_DEBOUNCE_MS);
  }

  /** Says the number of results (or suggestions) once, when typing pauses. */
  private scheduleAnnouncement(): void {
    const next = this.describeList();
    if (next === undefined || next === this.pendingAnnouncement) return;
    this.pendingAnnouncement = next;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = next;
    }, ANNOUNCE_DELAY_MS);
  }

  /** What the live region should say now; `undefined` while it is unknown (loading). */
  private describeList(): string | undefined {
    if (!this.open || this.resolvedClient instanceof Error) return '';
    const text = this.value.trim();
    if (!text) {
      return this.catalogue.status === 'ready' ? this.text('suggested', { count: this.views.length }) : this.catalogue.status === 'loading' ? undefined : '';
    }
    if (this.results.status !== 'ready' || this.query !== text) return this.results.status === 'error' ? '' : undefined;
    if (this.views.length === 0) return this.text('noResults', { query: text });
    const response = this.results.value;
    return response && this.text('found', { count: response.total ?? response.items.length });
  }

  /** A string of this element, formatted once per locale, page overrides and variables. */
  private text(key: SearchKey, vars?: MessageVars): string {
    const scope = [this.locale, this.context?.messages];
    if (this.texts.size > 500 || scope.some((v, i) => v !== this.textsScope[i])) {
      this.texts = new Map();
      this.textsScope = scope;
    }
    const id = vars === undefined ? key : `${key}\n${JSON.stringify(vars)}`;
    let value = this.texts.get(id);
    if (value === undefined) this.texts.set(id, (value = this.t(searchStrings, key, vars)));
    return value;
  }

  private onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.open = true;
    this.resetActive();
  };

  private onFocus = (): void => {
    this.activated = true;
    if (!this.value.trim()) this.open = true;
  };

  private onInputClick = (): void => {
    this.open = true;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return; // an IME uses these keys to pick characters
    const count = this.views.length;
    const current = this.currentActive();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (event.altKey) {
          this.open = down;
          return;
        }
        const wasOpen = this.open;
        this.open = true;
        if (count === 0) return;
        // Wraps: past the last option comes the first, and the other way round.
        this.setActive(!wasOpen || current < 0 ? (down ? 0 : count - 1) : (current + (down ? 1 : count - 1)) % count);
        return;
      }
      case 'Home':
      case 'End':
        if (!this.open || count === 0) return;
        event.preventDefault();
        this.setActive(event.key === 'Home' ? 0 : count - 1);
        return;
      case 'Enter': {
        const view = this.open && current >= 0 ? this.views[current] : undefined;
        if (!view) return;
        event.preventDefault();
        this.choose(view.row);
        return;
      }
      case 'Escape':
        // First Escape closes the list, the second clears the box.
        if (this.open) {
          this.open = false;
        } else if (this.value) {
          this.value = '';
        } else {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        return;
    }
  };

  private onPopupKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.target === this.input) return;
    event.preventDefault();
    event.stopPropagation();
    this.open = false;
    this.input?.focus();
  };

  /** Keeps focus in the box when an option or the panel is pressed (buttons still take focus). */
  private onPopupMouseDown = (event: MouseEvent): void => {
    if (!(event.target as Element).closest('button')) event.preventDefault();
  };

  private onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const view = option ? this.views[Number(option.dataset['index'])] : undefined;
    if (view) this.choose(view.row);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.open = false;
  };

  private toggleFilter(chip: Chip): void {
    const { [chip.key]: current, ...rest } = this.filters;
    this.filters = current === chip.value ? rest : ({ ...rest, [chip.key]: chip.value } as Filters);
    this.resetActive();
  }

  private currentActive(): number {
    return this.activeViews === this.views ? this.activeIndex : -1;
  }

  private setActive(index: number): void {
    this.activeIndex = index;
    this.activeViews = this.views;
    this.scrollPending = true;
    this.requestUpdate();
  }

  private resetActive(): void {
    this.activeIndex = -1;
    this.activeViews = undefined;
  }

  /** Dispatches the select event, then follows `href-template` unless a listener cancelled it. */
  private choose(row: SearchRow): void {
    const proceed = this.emit(new ZwfwMatterSelectEvent({ code: row.code, name: row.name, kind: row.kind }));
    this.open = false;
    this.value = row.name;
    if (!proceed || !this.hrefTemplate) return;
    const href = rowHref(this.hrefTemplate, row);
    if (href === undefined) {
      console.error(`[zwfw] <zwfw-matter-search>: href-template must give an https: URL or a root-relative path (/…); "${this.hrefTemplate}" does not.`);
      return;
    }
    this.ownerDocument.defaultView?.location.assign(href);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  private scrollActiveIntoView(): void {
    const index = this.currentActive();
    if (index < 0) return;
    const list = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const ref = this.virtualize?.virtualizerRef;
    const virtual = ref && list ? (list as unknown as Record<symbol, { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } | undefined>)[ref] : undefined;
    if (virtual) virtual.element(index)?.scrollIntoView({ block: 'nearest' });
    else this.renderRoot.querySelector(`#option-${index}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** The options for the current state, rebuilt only when their sources or the locale change. */
  private currentViews(text: string): readonly OptionView[] {
    const source = text ? this.results.value : this.catalogue.value;
    const key = [source, this.locale];
    if (key.every((k, i) => k === this.viewsKey[i])) return this.views;
    this.viewsKey = key;
    let rows: SearchRow[] = [];
    if (text && this.results.value) {
      rows = resultRows(this.results.value.items);
    } else if (!text && this.catalogue.value) {
      const { bundles, matters } = this.catalogue.value;
      // The catalogue lists each 一件事 as a matter too; the bundle stands for it.
      const delivered = new Set(bundles.map((b) => b.matterCode));
      rows = [
        ...bundles.map((b) => bundleRow(b, 'bundles')),
        ...matters.filter((m) => !delivered.has(m.code)).map((m) => summaryRow(m, 'popular')),
      ];
    }
    return rows.map((row) => this.view(row));
  }

  private view(row: SearchRow): OptionView {
    const locale = this.locale;
    const badges: Badge[] = [];
    // A short hint of why the hit matched when the name alone would not say (因为：生育; 常用说法: a 俗称, a street name, a grievance).
    if (row.reason) badges.push({ kind: 'reason', text: row.reason.kind === 'event' ? this.text('becauseEvent', { event: row.reason.event }) : this.text('becauseAlias') });
    if (row.kind === 'bundle') badges.push({ kind: 'bundle', text: this.text('bundle') });
    if (row.visits !== undefined) {
      badges.push(row.visits === 0
        ? { kind: 'zero-visits', text: this.text('zeroVisits') }
        : { kind: 'visits', text: this.text('visits', { count: row.visits }) });
    }
    if (row.promised) {
      const limit = (t: TimeLimit): string => `${num(locale, t.value)} ${labelOf(TIME_UNIT_LABELS, t.unit, locale)}`;
      const promised = row.promised.value === 0 ? labelOf(CASE_TYPE_LABELS, 'instant', locale) : this.text('promised', { limit: limit(row.promised) });
      const legal = row.legal && row.legal.value > 0
        ? (row.legal.unit === row.promised.unit ? num(locale, row.legal.value) : limit(row.legal))
        : undefined;
      badges.push({ kind: 'promised', text: legal === undefined ? promised : this.text('withLegal', { promised, legal }) });
    }
    if (row.onlineDepth) badges.push({ kind: 'online', text: labelOf(ONLINE_DEPTH_LABELS, row.onlineDepth, locale) });
    if (row.handleArea) badges.push({ kind: 'area', text: labelOf(HANDLE_AREA_LABELS, row.handleArea, locale) });
    const meta = row.steps !== undefined ? this.text('bundleSteps', { count: row.steps }) : row.department ?? '';
    return { row, name: highlight(row.name, row.highlights), meta, badges };
  }

  /**
   * Chips of one filter: `fixed` values (always offered when they have results) or the largest facets, plus
   * the chosen value even when it has no results left, so it can be turned off.
   */
  private chips(key: FilterKey, facets: readonly FacetCount[] | undefined, label: (f: FacetCount) => string | undefined, fixed?: ReadonlyArray<string | number>): Chip[] {
    const chosen = this.filters[key];
    const list = facets ?? [];
    const facetOf = (value: string | number): FacetCount => list.find((f) => f.value === String(value)) ?? { value: String(value), count: 0 };
    const values: Array<string | number> = fixed
      ? fixed.filter((v) => v === chosen || facetOf(v).count > 0)
      : list.filter((f) => f.count > 0 && label(f) !== undefined).slice(0, CHIPS_PER_GROUP).map((f) => f.value);
    if (chosen !== undefined && !values.includes(chosen)) values.push(chosen);
    return values.map((value) => {
      const facet = facetOf(value);
      return { key, value, count: facet.count, label: label(facet) ?? String(value) };
    });
  }

  protected override render() {
    const client = this.resolvedClient;
    const text = this.value.trim();
    const views = (this.views = this.currentViews(text));
    if (views.length > VIRTUALIZE_AFTER && !this.virtualize) {
      virtualizer ??= import('@lit-labs/virtualizer/virtualize.js');
      virtualizer.then(
        (module) => {
          this.virtualize = module;
        },
        () => {
          virtualizer = undefined; // the chunk did not load: the plain list stays, the next long list tries again
        },
      );
    }
    const open = this.open && !(client instanceof Error);
    const active = open ? this.currentActive() : -1;
    return html`<div part="base" class="base" @focusout=${this.onFocusOut}>
      <label part="label" id="label" for="input"><slot name="label">${this.label || this.text('label')}</slot></label>
      <div part="field" class="field">
        <input
          part="input"
          class="control"
          id="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          maxlength="100"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${active >= 0 ? `option-${active}` : nothing}
          aria-describedby="instructions"
          placeholder=${this.placeholder || this.text('placeholder')}
          .value=${live(this.value)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${this.onFocus}
          @click=${this.onInputClick}
        />
        <div part="popup" class="popup" ?hidden=${!open} @keydown=${this.onPopupKeyDown} @mousedown=${this.onPopupMouseDown}>
          ${open ? this.panelTemplate(text, views) : nothing}
          ${this.listTemplate(open ? views : [], active)}
        </div>
      </div>
      <span id="instructions" class="visually-hidden">${this.text('instructions')}</span>
      <div part="status" class="visually-hidden" role="status">${this.announcement}</div>
      ${client instanceof Error ? this.results.errorTemplate(client) : nothing}
    </div>`;
  }

  /** What the panel shows above the list: filters, and the state of the load (searching, none, error). */
  private panelTemplate(text: string, views: readonly OptionView[]): unknown {
    if (!text) {
      return this.catalogue.render({ ready: () => nothing, empty: () => nothing, idle: () => nothing });
    }
    const response = this.results.value;
    const searching = html`<p part="searching" class="state"><span class="spinner" aria-hidden="true"></span>${this.text('searching')}</p>`;
    return html`${response && this.results.status !== 'error' ? this.filtersTemplate(response) : nothing}${this.results.render({
      idle: () => searching,
      loading: () => (response ? nothing : searching),
      ready: () => (views.length ? nothing : this.noResultsTemplate(text)),
    })}`;
  }

  private filtersTemplate(response: SearchResponse): unknown {
    const locale = this.locale;
    const { facets } = response;
    const groups: Array<[string, string, Chip[]]> = [
      ['audience', this.text('filterAudience'), this.chips('audience', facets.audience, (f) => labelOf(AUDIENCE_LABELS, f.value as Audience, locale), AUDIENCE_CHIPS)],
      ['service', this.text('filterService'), [
        ...this.chips('onlineDepth', facets.onlineDepth, () => this.text('fullyOnline'), ['IV']),
        ...this.chips('onSiteVisits', facets.onSiteVisits, () => this.text('zeroVisits'), [0]),
      ]],
      ['area', this.text('filterArea'), this.chips('handleArea', facets.handleArea, (f) => labelOf(HANDLE_AREA_LABELS, f.value as HandleArea, locale))],
      ['department', this.text('filterDepartment'), this.chips('department', facets.department, (f) => f.label)],
      ['theme', this.text('filterTheme'), this.chips('theme', facets.theme, (f) => f.value)],
    ];
    if (groups.every(([, , chips]) => chips.length === 0)) return nothing;
    return html`<div part="filters" class="filters" role="group" aria-label=${this.text('filters')}>
      ${groups.map(([group, label, chips]) => chips.length === 0 ? nothing : html`<div part="filter-group" class="filter-group" role="group" aria-labelledby="filter-${group}">
        <span id="filter-${group}" class="filter-label" part="filter-label">${label}</span>
        ${repeat(chips, (chip) => `${chip.key}:${chip.value}`, (chip) => html`<button
          part="chip"
          class="chip"
          type="button"
          data-filter=${chip.key}
          data-value=${chip.value}
          aria-pressed=${this.filters[chip.key] === chip.value ? 'true' : 'false'}
          @click=${() => this.toggleFilter(chip)}
        >${chip.label} <span class="count" part="chip-count" aria-hidden="true">${num(locale, chip.count)}</span><span class="visually-hidden">${this.text('chipCount', { count: chip.count })}</span></button>`)}
      </div>`)}
    </div>`;
  }

  private noResultsTemplate(text: string): TemplateResult {
    const filtered = Object.keys(this.filters).length > 0;
    return html`<div part="no-results" class="state">
      <p class="hint">${this.text('noResults', { query: text })}</p>
      <p class="hint">${this.text(filtered ? 'noResultsFiltered' : 'noResultsHint')}</p>
    </div>`;
  }

  /** The listbox, always in the DOM (the box's `aria-controls` names it); hidden while it has no options. */
  private listTemplate(views: readonly OptionView[], active: number): TemplateResult {
    const count = views.length;
    const label = this.text('listLabel');
    const busy = this.value.trim() !== '' && this.results.status === 'loading' ? 'true' : 'false';
    const option = (view: OptionView, i: number): unknown =>
      guard([view, i === active, count], () => this.optionTemplate(view, i, i === active, count));
    const module = this.virtualize;
    if (module && count > VIRTUALIZE_AFTER) {
      return html`<div part="listbox" class="listbox long" role="listbox" id="listbox" aria-label=${label} aria-busy=${busy} @click=${this.onListClick}>
        ${module.virtualize({ items: views as OptionView[], keyFunction: (v: OptionView) => v.row.key, renderItem: (v: OptionView, i: number) => option(v, i) as TemplateResult, scroller: true })}
      </div>`;
    }
    const grouped = views[0]?.row.group !== undefined;
    return html`<div part="listbox" class="listbox" role="listbox" id="listbox" aria-label=${label} aria-busy=${busy} ?hidden=${count === 0} @click=${this.onListClick}>
      ${grouped
        ? (['bundles', 'popular'] as const).map((group) => {
          const members = views.map((v, i) => [v, i] as const).filter(([v]) => v.row.group === group);
          if (members.length === 0) return nothing;
          return html`<div part="group" class="group" role="group" aria-labelledby="group-${group}">
            <div part="group-label" class="group-label" id="group-${group}">${this.text(group === 'bundles' ? 'groupBundles' : 'groupPopular')}</div>
            ${repeat(members, ([v]) => v.row.key, ([v, i]) => option(v, i))}
          </div>`;
        })
        : repeat(views, (v) => v.row.key, option)}
    </div>`;
  }

  private optionTemplate(view: OptionView, index: number, active: boolean, count: number): TemplateResult {
    const { row } = view;
    return html`<div
      part=${active ? 'option option-active' : 'option'}
      class="option"
      role="option"
      id="option-${index}"
      data-index=${index}
      data-kind=${row.kind}
      data-code=${row.code}
      aria-selected=${active ? 'true' : 'false'}
      aria-setsize=${count}
      aria-posinset=${index + 1}
    >
      <span part="name" class="name">${view.name}</span>
      ${view.meta ? html`<span part="meta" class="meta">${view.meta}</span>` : nothing}
      ${view.badges.length
        ? html`<span part="badges" class="badges">${view.badges.map((b) => html`<span part="badge badge-${b.kind}" class="badge ${b.kind}">${b.text}</span>`)}</span>`
        : nothing}
    </div>`;
  }
}
