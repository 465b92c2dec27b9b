// Prints, for every bundle of the sample catalogue, how many materials its matters list and how many the
// merged form (一张表单) asks for: node --import tsx packages/server/scripts/bundle-materials.ts
import { bundleMaterialCounts } from '../src/catalogue/forms/material-counts.js';
import { generateCatalogue } from '../src/catalogue/index.js';

const rows = bundleMaterialCounts(generateCatalogue());
process.stdout.write('| bundle | matters | materials listed by its matters | asked by the merged form | shared, asked once | handed on by an earlier step |\n| --- | --: | --: | --: | --: | --: |\n');
for (const r of rows) process.stdout.write(`| ${r.bundleId} | ${r.matters} | ${r.before} | ${r.after} | ${r.shared} | ${r.handedOn} |\n`);
