// Data file (kept as a TypeScript module so `tsc -b` emits it to dist without extra tsconfig includes).
// Rows the bundles need that the shared matter list lacks: 银行开户预约 is a service of the 企业开办 platform
// (domain.md §6.1), not a department matter, so the search evaluation list does not carry it.
export const SUPPLEMENTARY_ROWS = [
{"code": "000400012000", "name": "企业银行开户预约", "department": "区政务服务和数据管理局", "type": "public_service", "audience": ["enterprise", "unincorporated_enterprise"], "themes": ["开办企业"], "keywords": ["银行开户"]}
] as const;
