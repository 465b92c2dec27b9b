export interface ReferenceSite {
  name: string;
  out: string;
  prefix: string;
  sources: string[];
}
export const SITES: ReferenceSite[];
export function ensurePlaceholders(): void;
export function buildStale(options?: { log?: (line: string) => void }): string[];
