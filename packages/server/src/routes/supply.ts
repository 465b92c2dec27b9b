import { CASE_ACTION_FROM, type ApplicationInput, type Locale, type MaterialSupplyInput } from '@zwfw/core';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/types.js';
import { isBundleParent, refreshParent } from '../domain/bundle-cases.js';
import { casesOwing, stillOwed, supplyOwed } from '../domain/owed-materials.js';
import { checkApplicationFileRefs, claimApplicationFileRefs } from '../domain/uploads.js';
import { ProblemError } from '../problems/problem-error.js';
import { caseSteps, findCase, insertEvent, type CaseRow } from '../repo/cases.js';
import { caseForCitizen } from './case-access.js';
import { writeOnce } from './evaluations.js';
import type { HandlerContext, HandlerResult } from './operation.js';
import { buildProgress } from './progress.js';

// 容缺补齐 by the applicant: the owed material arrives as files uploaded for it (POST /v1/uploads), cited here
// instead of in a submission. The same checks as a submission's files apply; the paths are this body's.

/** The upload checks of a submission, reused: the supplied files as the one material of a pseudo-submission. */
function asSubmission(row: CaseRow, input: MaterialSupplyInput): ApplicationInput {
  return { ...row.input, materials: [{ materialId: input.materialId, status: 'provided', fileRefs: input.fileRefs }] };
}

const rebase = (err: unknown): never => {
  if (err instanceof ProblemError && err.errors !== undefined) {
    throw new ProblemError(err.code, { errors: err.errors.map((e) => ({ ...e, path: e.path.replace(/^\/materials\/0/, '').replace(/^\/materials$/, '/fileRefs') })) });
  }
  throw err;
};

/** The cases that owe the material: the case itself, or the steps of a bundle that owe it. */
async function owingCases(tx: Queryable, row: CaseRow, materialId: string): Promise<CaseRow[]> {
  return casesOwing(tx, isBundleParent(row) ? await caseSteps(tx, row.case_number, true) : [row], materialId);
}

/** POST /v1/applications/{caseNumber}/materials. */
export function supplyHandlers(db: Db, config: ServerConfig) {
  return {
    supplyMaterial: async (
      { request, params, query, body, locale }: HandlerContext<{ caseNumber: string }, { verifier: string }, MaterialSupplyInput>,
    ): Promise<HandlerResult> => {
      const row = await caseForCitizen(db, config, request, params.caseNumber, query.verifier);
      const key = request.partnerKey?.key ?? 'anonymous';
      const pseudo = asSubmission(row, body);
      await checkApplicationFileRefs(db, key, pseudo, config.uploads, locale, config.now()).catch(rebase);
      return writeOnce(db, request, `supply:${row.case_number}`, async (tx) => {
        const at = config.now();
        const locked = (await findCase(tx, row.case_number, true)) ?? row;
        const targets = await owingCases(tx, locked, body.materialId);
        if (targets.length === 0) throw notOwed(body.materialId, locale);
        for (const target of targets) {
          if (!CASE_ACTION_FROM.supply.includes(target.status)) {
            throw new ProblemError('invalid_transition', { detail: `The case ${target.case_number} is ${target.status}: nothing can be supplied to it any more.` });
          }
        }
        await claimApplicationFileRefs(tx, key, pseudo, row.case_number, locale, at).catch(rebase);
        for (const target of targets) {
          const owed = (await stillOwed(tx, [target.case_number])).find((o) => o.material_id === body.materialId);
          await supplyOwed(tx, target.case_number, body.materialId, { at, by: 'applicant', fileRefs: body.fileRefs });
          await insertEvent(tx, target.case_number, {
            action: 'supply', from: target.status, to: target.status, at, detail: { materialId: body.materialId, opinion: owed?.name ?? body.materialId, handler: '申请人' },
          });
        }
        if (isBundleParent(locked)) await refreshParent(tx, locked.case_number, at);
        const updated = (await findCase(tx, row.case_number)) ?? locked;
        return { status: 200, body: await buildProgress(tx, config, updated, locale, { partnerId: request.partnerKey?.partnerId }) };
      });
    },
  };
}

function notOwed(materialId: string, locale: Locale): ProblemError {
  return new ProblemError('validation_failed', {
    errors: [{
      path: '/materialId',
      code: 'not_owed',
      message: locale === 'en' ? `The case does not owe ${materialId} (never deferred, or supplied already)` : `该办件没有待补交的材料“${materialId}”（未容缺或已补齐）`,
    }],
  });
}
