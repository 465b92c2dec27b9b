import { initial } from './001-initial.js';
import { partners } from './002-partners.js';
import { uploads } from './003-uploads.js';
import { evaluationFollowup } from './004-evaluation-followup.js';
import { cases } from './005-cases.js';
import { rateLimitWindows } from './007-rate-limit-windows.js';

/** One schema change: statements run in order inside one transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Every migration, in version order. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, partners, uploads, evaluationFollowup, cases, rateLimitWindows];
