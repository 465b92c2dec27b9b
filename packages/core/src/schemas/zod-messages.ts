import { config } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without message texts: its issues all read "Invalid input". Classic zod installed English
// on its first schema; the field errors the server sends, the SDK's validation messages and
// localizedIssueMessage (which tells a missing field by zod's "received undefined") rely on those texts, so
// core installs the same English table, unless the app already chose a zod locale of its own.
// Listed under `sideEffects` in package.json so bundlers keep it.
if (!config().localeError) config(en());
