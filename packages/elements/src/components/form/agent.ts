import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ServicePoint } from '@zwfw/core';
import type { FormKey } from '../../translations/form.js';
import type { MessageVars } from '../../translations/format.js';
import type { AgentSession } from './form-state.js';

// 帮办代办 at a partner's counter: staff sign in with their staff id and branch before helping a customer, a
// banner says who is acting, and the customer's consent record number is required before submitting (the
// server records the agent on the case and refuses an agent without consent).

/** What the element gives the agent pieces. */
export interface AgentHost {
  t(key: FormKey, vars?: MessageVars): string;
  /** The partner's branches (from the service points), for the branch choice. */
  readonly points: readonly ServicePoint[];
  /** The branch preselected by the page. */
  readonly preset: string;
  /** Problems of the sign-in, by field id (`staffId`, `branch`). */
  readonly signInErrors: ReadonlyMap<string, string>;
  signIn(session: AgentSession): void;
  signInFailed(errors: ReadonlyMap<string, string>): void;
  signOut(): void;
  consent(consentRef: string): void;
  error(pointer: string): string | undefined;
}

/** The pointer the consent's problem is shown under. */
export const CONSENT_POINTER = '/agent/consentRef';

/** The agent's problems before submitting (shown on the review step). */
export function agentIssues(agent: AgentSession | undefined, step: number, host: Pick<AgentHost, 't'>): { pointer: string; message: string; step: number }[] {
  return agent && agent.consentRef.trim() ? [] : [{ pointer: CONSENT_POINTER, message: host.t('consentMissing'), step }];
}

const branchName = (host: AgentHost, id: string): string => host.points.find((p) => p.id === id)?.name ?? id;

function field(id: string, label: string, error: string | undefined, control: TemplateResult): TemplateResult {
  return html`<div class="field ${error ? 'invalid' : ''}"><label for=${id}>${label}</label>
    ${error ? html`<p class="error-message" id=${`${id}-error`}>${error}</p>` : nothing}${control}</div>`;
}

/** Staff sign-in: staff id, optional name, branch. */
export function renderAgentSignIn(host: AgentHost): TemplateResult {
  const err = (k: string) => host.signInErrors.get(k);
  const described = (k: string) => ifDefined(err(k) ? `a-${k}-error` : undefined);
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const errors = new Map<string, string>();
    if (!get('staffId')) errors.set('staffId', host.t('staffMissing'));
    if (!get('branch')) errors.set('branch', host.t('branchMissing'));
    if (errors.size > 0) return host.signInFailed(errors);
    host.signIn({ staffId: get('staffId'), ...(get('staffName') ? { staffName: get('staffName') } : {}), branch: get('branch'), consentRef: '' });
  };
  return html`<section part="agent" class="agent" aria-labelledby="step-title">
    <h2 id="step-title" part="step-title" tabindex="-1">${host.t('agentTitle')}</h2>
    <p class="intro">${host.t('agentIntro')}</p>
    <form novalidate @submit=${submit}>
      ${field('a-staffId', host.t('staffId'), err('staffId'), html`<input class="control" id="a-staffId" name="staffId" autocomplete="off" maxlength="50"
        aria-invalid=${err('staffId') ? 'true' : 'false'} aria-describedby=${described('staffId')} />`)}
      ${field('a-staffName', host.t('staffName'), undefined, html`<input class="control" id="a-staffName" name="staffName" autocomplete="off" maxlength="100" />`)}
      ${field('a-branch', host.t('branch'), err('branch'), host.points.length > 0
        ? html`<select class="control" id="a-branch" name="branch" aria-invalid=${err('branch') ? 'true' : 'false'} aria-describedby=${described('branch')}>
            <option value="">${host.t('choose')}</option>
            ${host.points.map((p) => html`<option value=${p.id} ?selected=${p.id === host.preset}>${p.name}</option>`)}
          </select>`
        : html`<input class="control" id="a-branch" name="branch" .value=${host.preset} maxlength="200"
            aria-invalid=${err('branch') ? 'true' : 'false'} aria-describedby=${described('branch')} />`)}
      <button class="button primary" type="submit">${host.t('startAgent')}</button>
    </form>
  </section>`;
}

/** Who is acting, and the way to sign out (the draft stays on the device, under the staff id). */
export function renderAgentBanner(agent: AgentSession, host: AgentHost): TemplateResult {
  return html`<div part="agent" class="agent-banner">
    <span>${host.t('agentBanner', { staffId: agent.staffId, branch: branchName(host, agent.branch) })}</span>
    <button type="button" class="button" @click=${() => host.signOut()}>${host.t('endAgent')}</button>
  </div>`;
}

/** The customer's consent record number, required on the review step. */
export function renderConsent(agent: AgentSession | undefined, host: AgentHost): TemplateResult {
  const error = host.error(CONSENT_POINTER);
  const id = `f${CONSENT_POINTER.replace(/\//g, '-')}`;
  return html`<div part="agent field" class="field consent ${error ? 'invalid' : ''}">
    <label for=${id}>${host.t('consentRef')} <span class="req" aria-hidden="true">*</span></label>
    <p class="hint" id=${`${id}-hint`}>${host.t('consentHint')}</p>
    ${error ? html`<p part="field-error" class="error-message" id=${`${id}-error`}>${error}</p>` : nothing}
    <input class="control" id=${id} .value=${live(agent?.consentRef ?? '')} maxlength="200" autocomplete="off" required
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      @input=${(e: Event) => host.consent((e.target as HTMLInputElement).value)} />
  </div>`;
}
