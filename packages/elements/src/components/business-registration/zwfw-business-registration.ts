import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwfwForm } from '../form/zwfw-form.js';

/** The 企业开办 bundle of the reference catalogue (a province's catalogue may name it otherwise: set `bundle-id`). */
export const BUSINESS_REGISTRATION_BUNDLE = 'enterprise-establishment';

/**
 * @tagname zwfw-business-registration
 * @summary 企业开办一件事 at a partner bank's counter: `<zwfw-form>` for the 企业开办 bundle in agent mode (帮办代办),
 * with the host bank preselected for 银行开户预约 and the licence and seals picked up at the branch.
 *
 * Steps follow the bundle's merged form: 名称自主申报 first (the name's structure is checked before anything
 * else is asked), then 设立登记 (company type, registered capital, business scope, address, legal
 * representative, shareholders, directors and supervisors, liaison), 公章刻制, 发票, 社保 and 公积金 registration,
 * 银行开户预约 and pickup. Staff sign in with their staff id and branch; the customer's consent record number is
 * required before submitting, and the case records the agent. Everything `<zwfw-form>` does applies: drafts per
 * staff id, one case however often it is submitted, uploads, 容缺后补 with the signed commitment.
 *
 * @event zwfw-submit - The case was created; `detail` is the receipt.
 *
 * @csspart base - The element's box (every part of `<zwfw-form>` is available).
 *
 * @cssstate offline - The browser is offline.
 * @cssstate submitting - The application is being sent.
 * @cssstate submitted - The result is shown.
 */
export class ZwfwBusinessRegistration extends ZwfwForm {
  /** The host bank as named in the form's bank list, preselected for 银行开户预约. */
  @property({ attribute: 'bank-name' }) bankName = '';

  constructor() {
    super();
    this.bundleId = BUSINESS_REGISTRATION_BUNDLE;
    this.agentMode = true;
    this.channel = 'partner_counter';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bankName') || changed.has('branch')) {
      // Unlocked presets: staff may still change them for a customer who wants otherwise.
      this.presets = {
        ...(this.bankName ? { bank: { bankCode: this.bankName } } : {}),
        delivery: { method: 'bank_branch', ...(this.branch ? { branch: this.branch } : {}) },
      };
    }
    super.willUpdate(changed);
  }
}
