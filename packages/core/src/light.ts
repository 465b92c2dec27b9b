/**
 * `@zwfw/core/light`: the parts of core that load no zod (locales and labels, the verifier's header and
 * pattern, path templates, a material's file rules). The SDK imports these up front and loads the contract's
 * schemas only when a call needs them; everything here is also exported from `@zwfw/core`.
 *
 * Nothing here may import a schema module, or zod itself: esbuild gives a page every chunk holding code its
 * static imports reach, used or not, so one such import would bring the schemas back into the first download.
 * @packageDocumentation
 */
export { DEFAULT_LOCALE, LOCALES, label, localeOfTag, resolveLocale, type Locale, type LocalizedLabel } from './schemas/locales.js';
export { DEFAULT_MATERIAL_ACCEPT, DEFAULT_MATERIAL_MAX_SIZE_MB } from './schemas/upload-defaults.js';
export { VERIFIER_HEADER, VERIFIER_PATTERN } from './contract/verifier.js';
export { fillPath } from './contract/paths.js';
export { MATERIAL_FILE_TYPES, acceptedMimeTypes, acceptsType, fileExtension, materialFileRules, typeFromName } from './forms/accept.js';
export { routes, type OperationRoute } from './contract/routes.js';
