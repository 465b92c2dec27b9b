// One fast-check seed per test process, printed, so a failing property run can be replayed exactly:
// FC_SEED=<seed> node --import tsx --test packages/core/test/<file>.test.ts
import fc from 'fast-check';

const fromEnv = process.env['FC_SEED'];
export const FC_SEED = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
if (!Number.isSafeInteger(FC_SEED)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(fromEnv)}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FC_SEED });
console.log(`fast-check seed ${FC_SEED} (replay with FC_SEED=${FC_SEED})`);
