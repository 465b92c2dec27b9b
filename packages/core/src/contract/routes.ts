// Each operation's route: method, path, and what a call must carry (key, verifier, idempotency key) and may
// cache. No schema, no zod: the SDK holds this table up front, so it can send a read at once while the
// operation's response schema loads beside it (./operations/<id>.ts joins the two; `operations` the rest).
// A new operation: its route here (in name order), then its module.
export const routes = {
  applyCaseAction: { operationId: 'applyCaseAction', method: 'post', path: '/v1/admin/cases/{caseNumber}/actions', publishableKey: 'none', verifier: false, idempotencyKey: 'optional', cache: 'none' },
  applyRectificationAction: { operationId: 'applyRectificationAction', method: 'post', path: '/v1/admin/evaluations/{evaluationId}/rectification', publishableKey: 'none', verifier: false, idempotencyKey: 'optional', cache: 'none' },
  createUpload: { operationId: 'createUpload', method: 'post', path: '/v1/uploads', publishableKey: 'required', verifier: false, idempotencyKey: 'optional', cache: 'none' },
  getBundleForm: { operationId: 'getBundleForm', method: 'get', path: '/v1/bundles/{id}/form', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getBundle: { operationId: 'getBundle', method: 'get', path: '/v1/bundles/{id}', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getEvaluationReasons: { operationId: 'getEvaluationReasons', method: 'get', path: '/v1/evaluation-reasons', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getEvaluationSummary: { operationId: 'getEvaluationSummary', method: 'get', path: '/v1/evaluation-summary', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getHealth: { operationId: 'getHealth', method: 'get', path: '/health', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'none' },
  getMatterForm: { operationId: 'getMatterForm', method: 'get', path: '/v1/matters/{code}/form', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getMatter: { operationId: 'getMatter', method: 'get', path: '/v1/matters/{code}', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getOpenApi: { operationId: 'getOpenApi', method: 'get', path: '/v1/openapi.json', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  getPartnerCase: { operationId: 'getPartnerCase', method: 'get', path: '/v1/partner/cases/{caseNumber}', publishableKey: 'required', verifier: false, idempotencyKey: 'none', cache: 'none' },
  getProgress: { operationId: 'getProgress', method: 'get', path: '/v1/applications/{caseNumber}/progress', publishableKey: 'required', verifier: true, idempotencyKey: 'none', cache: 'none' },
  getSearchIndex: { operationId: 'getSearchIndex', method: 'get', path: '/v1/search-index', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'static' },
  listBundles: { operationId: 'listBundles', method: 'get', path: '/v1/bundles', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  listCaseEvaluations: { operationId: 'listCaseEvaluations', method: 'get', path: '/v1/applications/{caseNumber}/evaluations', publishableKey: 'required', verifier: true, idempotencyKey: 'none', cache: 'none' },
  listMatters: { operationId: 'listMatters', method: 'get', path: '/v1/matters', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  listPartnerCases: { operationId: 'listPartnerCases', method: 'get', path: '/v1/partner/cases', publishableKey: 'required', verifier: false, idempotencyKey: 'none', cache: 'none' },
  listRegions: { operationId: 'listRegions', method: 'get', path: '/v1/regions', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  listServicePoints: { operationId: 'listServicePoints', method: 'get', path: '/v1/service-points', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  recordEvaluation: { operationId: 'recordEvaluation', method: 'post', path: '/v1/admin/cases/{caseNumber}/evaluations', publishableKey: 'none', verifier: false, idempotencyKey: 'optional', cache: 'none' },
  searchMatters: { operationId: 'searchMatters', method: 'get', path: '/v1/search', publishableKey: 'none', verifier: false, idempotencyKey: 'none', cache: 'etag' },
  submitApplication: { operationId: 'submitApplication', method: 'post', path: '/v1/applications', publishableKey: 'required', verifier: false, idempotencyKey: 'required', cache: 'none' },
  submitEvaluation: { operationId: 'submitEvaluation', method: 'post', path: '/v1/applications/{caseNumber}/evaluations', publishableKey: 'required', verifier: true, idempotencyKey: 'optional', cache: 'none' },
  supplyMaterial: { operationId: 'supplyMaterial', method: 'post', path: '/v1/applications/{caseNumber}/materials', publishableKey: 'required', verifier: true, idempotencyKey: 'optional', cache: 'none' },
} as const;

/** An operation's route (see `routes`). */
export type OperationRoute = (typeof routes)[keyof typeof routes];
