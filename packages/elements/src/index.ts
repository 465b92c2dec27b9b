/**
 * @zwfw/elements: Lit custom elements for one-network government services. This entry only exports classes
 * and types (no side effects); import `@zwfw/elements/define` to register every `zwfw-*` tag, or
 * `@zwfw/elements/components/<name>/define.js` for one.
 * @packageDocumentation
 */
export { ZwfwElement } from './internal/zwfw-element.js';
export { ZwfwFormElement, type ValidityResult } from './internal/zwfw-form-element.js';
export { ResourceController, type ResourceStatus, type ResourceOptions, type ResourceTemplates } from './internal/controllers/resource.js';
export { describeError, MissingConfigError, type ErrorDescription } from './internal/errors.js';
export { appearanceTokens, type Appearance, type AppearanceTokens, type DarkAppearance } from './internal/appearance.js';
export { defineElement } from './internal/define-element.js';
export { ZwfwEvent } from './events/zwfw-event.js';
export { zwfwContext, type ZwfwContextValue, type ZwfwTheme } from './context/context.js';
export { ZwfwProvider } from './components/provider/zwfw-provider.js';
export { commonStrings } from './translations/common.js';
export { formatMessage, formatNumber, formatDate, type MessageVars } from './translations/format.js';
export { stringTable, type Msg, type Strings, type StringTable, type MessageOverrides } from './translations/types.js';
export { ZwfwRating } from './components/rating/zwfw-rating.js';
export { ZwfwRatingSubmitEvent } from './events/rating-submit.js';
export { ratingStrings } from './translations/rating.js';
export { ZwfwGuide, type GuideSection } from './components/guide/zwfw-guide.js';
export { ZwfwStartEvent, type ZwfwStartDetail } from './events/start.js';
export { guideStrings, type GuideKey } from './translations/guide.js';
export { ZwfwProgress } from './components/progress/zwfw-progress.js';
export { ZwfwProgressLoadEvent, type ZwfwProgressLoadDetail } from './events/progress-load.js';
export { ZwfwRateRequestEvent, type ZwfwRateRequestDetail } from './events/rate-request.js';
export { progressStrings } from './translations/progress.js';
export { ZwfwMatterSearch } from './components/matter-search/zwfw-matter-search.js';
export { ZwfwMatterSelectEvent, type MatterSelectDetail } from './events/matter-select.js';
export { searchStrings } from './translations/search.js';
export { ZwfwForm } from './components/form/zwfw-form.js';
export { ZwfwSubmitEvent } from './events/form-submit.js';
export { formStrings, type FormKey } from './translations/form.js';
export { ZwfwBusinessRegistration, BUSINESS_REGISTRATION_BUNDLE } from './components/business-registration/zwfw-business-registration.js';
export { ZwfwPartnerCases } from './components/partner-cases/zwfw-partner-cases.js';
export { ZwfwCaseOpenEvent, type ZwfwCaseOpenDetail } from './events/case-open.js';
export { partnerStrings } from './translations/partner.js';
