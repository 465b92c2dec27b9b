import { html, nothing, type TemplateResult } from 'lit';
import {
  AUDIENCE_LABELS, CASE_TYPE_LABELS, CHANNEL_LABELS, CONTACT_WAY_LABELS, HANDLE_AREA_LABELS,
  MATERIAL_FORM_LABELS, MATERIAL_NECESSITY_LABELS, MATERIAL_SOURCE_LABELS, MATERIAL_SUBMISSION_STATUS_LABELS,
  MATERIAL_TYPE_LABELS, MATTER_TYPE_LABELS, ONLINE_DEPTH_LABELS, PROCESS_STEP_KIND_LABELS,
  RESULT_TYPE_LABELS, TIME_UNIT_LABELS, USE_LEVEL_LABELS, labelOf,
  type Contact, type Locale, type LocalizedLabel, type Material, type Matter, type TimeLimit,
} from '@zwfw/core';
import type { GuideKey } from '../../translations/guide.js';
import { formatDate, formatNumber, type MessageVars } from '../../translations/format.js';
import { catalogueHref, richText, safeHref } from './rich-text.js';

// The sections of the guide as pure templates of a matter. The element adds the disclosures, the table of
// contents, 情景导办 and the start button around them.

/** What the section templates need of the element. */
export interface GuideView {
  readonly locale: Locale;
  /** Heading level of the items inside a section (a material, a window, a question). */
  readonly itemLevel: number;
  /** The API base URL: root-relative catalogue links point there, not at the embedding page. */
  readonly base: string | undefined;
  t(key: GuideKey, vars?: MessageVars): string;
}

type V = GuideView;
type Labels<K extends string> = Readonly<Record<K, LocalizedLabel>>;

const label = <K extends string>(v: V, table: Labels<K>, value: K): string => labelOf(table, value, v.locale);
const en = (v: V): boolean => v.locale === 'en';
/** Joins list values: 、 in Chinese, a comma in English. */
const join = (v: V, values: readonly string[]): string => values.join(en(v) ? ', ' : '、');
/** An aside in brackets: （…） in Chinese, (…) in English; empty without a value. */
const aside = (v: V, value: string | undefined): string => (value ? (en(v) ? ` (${value})` : `（${value}）`) : '');
const yesNo = (v: V, flag: boolean | undefined): string | undefined => (flag === undefined ? undefined : v.t(flag ? 'yes' : 'no'));

/** A long catalogue text: plain text keeps its line breaks; markup goes through the sanitizer. */
export const text = (value: string | undefined, part = 'text'): TemplateResult | undefined =>
  value ? html`<div class="text" part=${part}>${richText(value)}</div>` : undefined;

/** A link if the URL is https: or root-relative (on the catalogue's server), else the name and address as text. */
export function link(v: V, url: string | undefined, name = url): unknown {
  if (!url) return undefined;
  const href = catalogueHref(url, v.base);
  return href ? html`<a part="link" href=${href}>${name}</a>` : html`<span part="unsafe-link">${name === url ? url : html`${name} <span class="url">${url}</span>`}</span>`;
}

/** A definition list of [label key, value] rows; rows without a value are left out. */
export function rows(v: V, entries: ReadonlyArray<readonly [GuideKey, unknown]>, part = 'meta'): TemplateResult {
  return html`<dl class=${part} part=${part}>${entries.map(([key, value]) =>
    value === undefined || value === '' ? nothing : html`<div class="row" part="row"><dt>${v.t(key)}</dt><dd>${value}</dd></div>`)}</dl>`;
}

const heading = (v: V, content: unknown, part = 'item-heading'): TemplateResult =>
  html`<div role="heading" aria-level=${v.itemLevel} part=${part} class="item-heading">${content}</div>`;

/** A list of cards (fees, windows, procedures …), or 无 when there are none. */
const cards = <T>(v: V, items: readonly T[], part: string, itemPart: string, item: (x: T) => unknown): TemplateResult =>
  items.length ? html`<ul part=${part} class="cards">${items.map((x) => html`<li part=${itemPart}>${item(x)}</li>`)}</ul>` : html`<p class="muted">${v.t('none')}</p>`;

/** A duration such as 20 个工作日 / 20 working days (0 working days reads 当场办结). */
export function duration(v: V, value: number, unit: TimeLimit['unit']): string {
  const known = (['minute', 'hour', 'working_day', 'calendar_day', 'month', 'year'] as const).find((u) => u === unit);
  return known ? v.t(known, { count: value }) : `${formatNumber(v.locale, value)} ${label(v, TIME_UNIT_LABELS, unit)}`;
}

/** How much faster the promised limit is than the legal one (0.75 for 20 → 5), when both share a unit. */
export function speedUp(matter: Matter): number | undefined {
  const { legalTimeLimit: legal, promisedTimeLimit: promised } = matter;
  if (legal.unit !== promised.unit || legal.value <= 0 || promised.value >= legal.value) return undefined;
  return Math.round((1 - promised.value / legal.value) * 100) / 100;
}

/** 法定 20 个工作日，承诺 5 个工作日，提速 75%. */
export function timeSummary(v: V, m: Matter): string {
  const summary = v.t('timeSummary', {
    legal: duration(v, m.legalTimeLimit.value, m.legalTimeLimit.unit),
    promised: duration(v, m.promisedTimeLimit.value, m.promisedTimeLimit.unit),
  });
  const faster = speedUp(m);
  return faster === undefined ? summary : `${summary}${en(v) ? ', ' : '，'}${v.t('speedUp', { percent: formatNumber(v.locale, faster, { style: 'percent' }) })}`;
}

const depth = (v: V, m: Matter): string | undefined =>
  m.online.isOnline ? m.online.depth && label(v, ONLINE_DEPTH_LABELS, m.online.depth) : v.t('notOnline');

/** The at-a-glance facts at the top of the guide. */
export function facts(v: V, m: Matter): TemplateResult {
  return rows(v, [
    ['department', m.agency.name],
    ['matterType', label(v, MATTER_TYPE_LABELS, m.type)],
    ['audience', join(v, m.audience.map((a) => label(v, AUDIENCE_LABELS, a)))],
    ['time', timeSummary(v, m)],
    ['visits', v.t('visitCount', { count: m.onSiteVisits })],
    ['visitsReason', text(m.onSiteVisitsReason)],
    ['depth', depth(v, m)],
    ['charged', yesNo(v, m.isCharged)],
  ], 'facts');
}

export const conditions = (v: V, m: Matter): TemplateResult => html`${text(m.acceptConditions)}${rows(v, [
  ['quantityLimit', text(m.quantityLimit)],
  ['intermediary', m.intermediaryServices?.length ? html`<ul part="intermediary">${m.intermediaryServices.map((s) => html`<li>${s}</li>`)}</ul>` : undefined],
])}`;

/** The markers of a material: 必要 / 非必要 / 容缺后补, and 电子证照免提交. */
export const markers = (v: V, mat: Material): TemplateResult => html`<span class="markers" part="markers">
  <span part="marker marker-${mat.necessity}" class="marker ${mat.necessity}">${label(v, MATERIAL_NECESSITY_LABELS, mat.necessity)}</span>
  ${mat.eLicense?.exempt ? html`<span part="marker marker-exempt" class="marker exempt">${label(v, MATERIAL_SUBMISSION_STATUS_LABELS, 'eLicense')}</span>` : nothing}
</span>`;

/** One 申请材料 with its markers, copies, requirements and links. */
export function material(v: V, mat: Material): TemplateResult {
  const copies = [mat.originalCopies && v.t('originals', { count: mat.originalCopies }), mat.photocopies && v.t('photocopies', { count: mat.photocopies })];
  return html`<li part="material" class="material">
    ${heading(v, html`<span class="name">${mat.name}</span> ${markers(v, mat)}`, 'material-name')}
    ${mat.eLicense?.exempt ? html`<p class="exempt-note" part="exempt-note">${v.t('eLicense', { type: aside(v, mat.eLicense.licenseType) })}</p>` : nothing}
    ${rows(v, [
      ['situation', mat.situation],
      ['materialForm', [label(v, MATERIAL_FORM_LABELS, mat.form), ...copies].filter(Boolean).join(en(v) ? '; ' : '；')],
      ['materialType', mat.type && label(v, MATERIAL_TYPE_LABELS, mat.type)],
      ['source', label(v, MATERIAL_SOURCE_LABELS, mat.source) + aside(v, mat.sourceNote)],
      ['pageSpec', mat.pageSpec],
      ['signRequirement', mat.signRequirement],
      ['fillNote', text(mat.fillNote)],
      ['acceptStandard', text(mat.acceptStandard)],
      ['materialBasis', text(mat.basis)],
    ])}
    ${mat.blankFormUrl || mat.sampleUrl ? html`<p class="links" part="links">${link(v, mat.blankFormUrl, v.t('blankForm'))} ${link(v, mat.sampleUrl, v.t('sample'))}</p>` : nothing}
  </li>`;
}

const limit = (v: V, l: TimeLimit): TemplateResult => html`${duration(v, l.value, l.unit)}${text(l.note)}`;

export const timeLimits = (v: V, m: Matter): TemplateResult => html`<p part="time-summary" class="summary">${timeSummary(v, m)}</p>${rows(v, [
  ['legal', limit(v, m.legalTimeLimit)],
  ['promised', limit(v, m.promisedTimeLimit)],
  ['caseType', label(v, CASE_TYPE_LABELS, m.caseType)],
])}`;

export const fees = (v: V, m: Matter): TemplateResult => html`${rows(v, [['charged', yesNo(v, m.isCharged)], ['feeBasis', text(m.feeBasis)]])}
  ${m.isCharged ? cards(v, m.fees, 'fees', 'fee', (f) => html`${heading(v, f.name)}${rows(v, [
    ['fees', text(f.standard)],
    ['feeBasis', text(f.basis)],
    ['reducible', yesNo(v, f.reducible)],
    ['reductionBasis', text(f.reductionBasis)],
    ['note', text(f.note)],
  ])}`) : nothing}`;

export const process = (v: V, m: Matter): TemplateResult => html`${m.process.length
    ? html`<ol part="steps" class="steps">${[...m.process].sort((a, b) => a.order - b.order).map((s) => html`<li part="step">
        ${heading(v, html`${s.name} <span class="kind">${label(v, PROCESS_STEP_KIND_LABELS, s.kind)}</span>`)}
        ${text(s.description)}
        ${s.timeLimit ? html`<p class="muted">${v.t('time')}${en(v) ? ': ' : '：'}${duration(v, s.timeLimit.value, s.timeLimit.unit)}${aside(v, s.timeLimit.note)}</p>` : nothing}
      </li>`)}</ol>`
    : html`<p class="muted">${v.t('none')}</p>`}
  ${m.processChartUrl ? html`<p>${link(v, m.processChartUrl, v.t('processChart'))}</p>` : nothing}`;

export const windows = (v: V, m: Matter): TemplateResult => cards(v, m.windows, 'windows', 'window', (w) => html`${heading(v, w.name)}${rows(v, [
  ['address', w.address],
  ['hours', html`<div class="text">${w.hours}</div>`],
  ['phone', w.phone],
  ['transit', w.transit],
  ['map', link(v, w.mapUrl, v.t('map'))],
])}`);

export function online(v: V, m: Matter): TemplateResult {
  const o = m.online;
  return rows(v, [
    ['channels', join(v, m.channels.map((c) => label(v, CHANNEL_LABELS, c)))],
    ['onlineUrl', link(v, o.url)],
    ['mobileUrl', link(v, o.mobileUrl)],
    ['payOnline', yesNo(v, o.payOnline)],
    ['appointment', yesNo(v, o.appointment)],
    ['express', yesNo(v, o.express)],
    ['terminal', yesNo(v, o.selfServiceTerminal)],
    ['inCenter', yesNo(v, o.inServiceCenter)],
    ['handleArea', m.handleArea && label(v, HANDLE_AREA_LABELS, m.handleArea)],
  ]);
}

const HOTLINE = '12345';

/** The complaint channels, with the 12345 政务服务便民热线 always among them. */
export function complaintChannels(v: V, m: Matter): Contact[] {
  const has = m.complaint.some((c) => c.value.replace(/\D/g, '') === HOTLINE);
  return has ? m.complaint : [...m.complaint, { way: 'phone', value: HOTLINE, note: v.t('hotline') }];
}

const contacts = (v: V, key: GuideKey, items: readonly Contact[]): TemplateResult => html`${heading(v, v.t(key))}
  <ul part=${key} class="plain">${items.map((c) => html`<li>
    <span class="way">${label(v, CONTACT_WAY_LABELS, c.way)}</span> ${c.way === 'online' && safeHref(c.value) ? link(v, c.value) : c.value}<span class="muted">${aside(v, c.note)}</span>
  </li>`)}</ul>`;

export const contact = (v: V, m: Matter): TemplateResult =>
  html`${contacts(v, 'consultation', m.consultation)}${contacts(v, 'complaint', complaintChannels(v, m))}`;

export const special = (v: V, m: Matter): TemplateResult => cards(v, m.specialProcedures, 'special-procedures', 'special-procedure', (p) => html`${heading(v, p.name)}${rows(v, [
  ['duration', duration(v, p.duration, p.unit)],
  ['time', v.t(p.countsTowardLimit ? 'countsTowardLimit' : 'notCounted')],
  ['charged', yesNo(v, p.isCharged)],
  ['feeBasis', text(p.feeBasis)],
  ['materialBasis', text(p.basis)],
])}`);

export const basis = (v: V, m: Matter): TemplateResult => cards(v, m.legalBasis, 'legal-basis', 'law', (b) =>
  html`${heading(v, b.lawName)}${rows(v, [['documentNumber', b.documentNumber], ['article', b.article]])}${text(b.text)}`);

export const result = (v: V, m: Matter): TemplateResult => rows(v, [
  ['resultType', label(v, RESULT_TYPE_LABELS, m.result.type)],
  ['resultName', m.result.name],
  ['resultSample', link(v, m.result.sampleUrl, v.t('resultSample'))],
]);

export const faq = (v: V, m: Matter): TemplateResult => cards(v, m.faq, 'faq', 'question-answer', (f) => html`${heading(v, f.question)}${text(f.answer, 'answer')}`);

export const info = (v: V, m: Matter): TemplateResult => rows(v, [
  ['taskCode', m.taskCode],
  ['level', join(v, m.level.map((l) => label(v, USE_LEVEL_LABELS, l)))],
  ['entrustedBy', m.entrustedBy],
  ['jointAgencies', m.jointAgencies?.length ? join(v, m.jointAgencies) : undefined],
  ['effectiveFrom', m.effectiveFrom && formatDate(v.locale, m.effectiveFrom)],
  ['updated', m.updatedAt && formatDate(v.locale, m.updatedAt)],
]);
