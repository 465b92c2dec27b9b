export class BrowserNotFoundError extends Error {}
export function findBrowser(options?: { install?: boolean; log?: (message: string) => void }): string;
export const CHROMIUM_ARGS: string[];
