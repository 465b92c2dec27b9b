// A material's file defaults, without zod: the SDK checks a file against them before it loads any schema.

/** Accepted types of a material when its form says nothing: what every office takes for scanned documents. */
export const DEFAULT_MATERIAL_ACCEPT: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** Size bound of a material's file when its form says nothing, in MB (1 MB = 1024 × 1024 bytes). */
export const DEFAULT_MATERIAL_MAX_SIZE_MB = 10;
