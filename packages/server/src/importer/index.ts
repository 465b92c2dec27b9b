import { CODE_LIST_VARIANTS, MatterSchema, type CodeListVariant, type Matter } from '@zwfw/core';
import { RowError, mapBasic, mapFee, mapMaterial, mapQuestion } from './map-row.js';
import { refuseUnsafeValues } from './safe-fields.js';
import { readTables, type SourceRow, type TableName } from './tables.js';

/**
 * Importer for the national 事项 exchange format (domain.md §1.3): up_task_general_basic, _extend,
 * _material, _fee_project, _questions, one CSV or JSON file per table. Child rows join their basic row on
 * task_guid (= the basic row's row_guid) when present, else on task_code (+ task_handle_item). Every
 * rejected row is reported with file, row and reason; the rest is loaded.
 *
 * 情景导办 is not imported: the national exchange tables (domain.md §1.3, the up_task_* DDL) define no 情形
 * table and no 适用情形 column on up_task_general_material, so imported matters carry no `situations` and
 * no material `condition`. Provinces that keep 情形 do so in their own systems under their own names, with no
 * public definition to map from; a province-specific reader can add them once one is attested.
 */

/** Where imported matters go (the server passes a database-backed implementation). */
export interface CatalogueSink {
  upsertMatter(matter: Matter): Promise<void>;
}

export interface ImportOptions {
  /** Code-list variant of the files (`national` by default; `guangdong` for Guangdong's dictionary). */
  readonly variant?: CodeListVariant;
  /**
   * Per-row variant from the envelope's data_source (数据来源): a row whose data_source is a code-list variant
   * name (`guangdong`, `national`) is read with that variant; this map adds aliases, matched exactly or as a
   * prefix (e.g. `{ 'GD-': 'guangdong' }`). A national feed that relays a province's rows then maps each
   * row with the dictionary it was written in.
   */
  readonly dataSourceVariants?: Readonly<Record<string, CodeListVariant>>;
}

/** One rejected row. */
export interface RejectedRow {
  readonly table: TableName | 'file';
  readonly file: string;
  /** 1-based data row (0 for a whole-file problem). */
  readonly row: number;
  readonly taskCode?: string;
  readonly reason: string;
}

export interface ImportReport {
  readonly files: string[];
  /** Matters handed to the sink. */
  readonly loaded: number;
  readonly matterCodes: string[];
  /** Rows read per table. */
  readonly rows: Readonly<Record<TableName, number>>;
  readonly rejected: RejectedRow[];
  /** Child rows not imported because their basic row was rejected (not errors of their own). */
  readonly skipped: RejectedRow[];
  /**
   * Values refused inside matters that were loaded (reported against the basic row, reason prefixed with the
   * value's JSON Pointer): markup stripped from a plain-text field, a link or online contact that is not
   * https: or root-relative dropped.
   */
  readonly refused: RejectedRow[];
}

function childKey(r: SourceRow): string[] {
  const keys: string[] = [];
  const guid = r.values['task_guid'];
  if (guid) keys.push(`guid:${guid}`);
  const tc = r.values['task_code'];
  if (tc) keys.push(`code:${tc}|${r.values['task_handle_item'] ?? ''}`, `code:${tc}|`);
  return keys;
}

function reject(r: SourceRow, reason: string): RejectedRow {
  const tc = r.values['task_code'];
  return { table: r.table, file: r.file, row: r.row, ...(tc ? { taskCode: tc } : {}), reason };
}

function zodReason(err: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return err.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Imports every matter in `dir`; never throws for bad data (only for an unreadable folder). */
export async function importCatalogue(dir: string, sink: CatalogueSink, options: ImportOptions = {}): Promise<ImportReport> {
  const variant = options.variant ?? 'national';
  const bySource = options.dataSourceVariants ?? {};
  const { rows, files, problems } = await readTables(dir);
  const rejected: RejectedRow[] = problems.map((p) => ({ table: 'file', file: p.file, row: 0, reason: p.reason }));
  const skipped: RejectedRow[] = [];
  const refused: RejectedRow[] = [];
  const get = (t: TableName): SourceRow[] => rows.get(t) ?? [];

  // Index basic rows; duplicates of the same matter are rejected (the first one wins).
  const basics = get('up_task_general_basic');
  const keyOfBasic = new Map<SourceRow, string[]>();
  const basicByKey = new Map<string, SourceRow>();
  for (const b of basics) {
    const tc = b.values['task_code'] ?? '';
    const keys = [`code:${tc}|${b.values['task_handle_item'] ?? ''}`, ...(b.values['row_guid'] ? [`guid:${b.values['row_guid']}`] : [])];
    keyOfBasic.set(b, keys);
    if (tc !== '' && basicByKey.has(keys[0] ?? '')) {
      rejected.push(reject(b, `duplicate basic row for task_code ${tc}${b.values['task_handle_item'] ? ` / task_handle_item ${b.values['task_handle_item']}` : ''}`));
      keyOfBasic.delete(b);
      continue;
    }
    for (const k of keys) if (!basicByKey.has(k)) basicByKey.set(k, b);
    // A main row also answers to "task_code|" so children without task_handle_item find it.
    if (tc !== '' && !basicByKey.has(`code:${tc}|`)) basicByKey.set(`code:${tc}|`, b);
  }

  // Attach child rows to their basic row; orphans are rejected.
  const children = new Map<SourceRow, Map<TableName, SourceRow[]>>();
  const attach = (t: TableName): void => {
    for (const r of get(t)) {
      const parent = childKey(r).map((k) => basicByKey.get(k)).find((p) => p !== undefined && keyOfBasic.has(p));
      if (parent === undefined) {
        rejected.push(reject(r, `orphan ${t.replace('up_task_general_', '')} row: no basic row with ${r.values['task_guid'] ? `row_guid ${r.values['task_guid']}` : `task_code ${r.values['task_code'] || '(empty)'}`}`));
        continue;
      }
      const m = children.get(parent) ?? new Map<TableName, SourceRow[]>();
      m.set(t, [...(m.get(t) ?? []), r]);
      children.set(parent, m);
    }
  };
  for (const t of ['up_task_general_extend', 'up_task_general_material', 'up_task_general_fee_project', 'up_task_general_questions'] as const) attach(t);

  const matterCodes: string[] = [];
  for (const b of basics) {
    if (!keyOfBasic.has(b)) continue;
    const kids = children.get(b) ?? new Map<TableName, SourceRow[]>();
    const kidsOf = (t: TableName): SourceRow[] => kids.get(t) ?? [];
    const skipChildren = (reason: string): void => {
      for (const list of kids.values()) for (const r of list) skipped.push(reject(r, reason));
    };
    const source = b.values['data_source'] ?? '';
    const rowVariant: CodeListVariant = (CODE_LIST_VARIANTS as readonly string[]).includes(source)
      ? (source as CodeListVariant)
      : Object.entries(bySource).find(([prefix]) => source.startsWith(prefix))?.[1] ?? variant;
    let matter: Matter;
    try {
      const extendRows = kidsOf('up_task_general_extend');
      matter = mapBasic(b, extendRows[0], rowVariant);
      for (const extra of extendRows.slice(1)) rejected.push(reject(extra, `second extend row for task_code ${matter.taskCode}`));
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      rejected.push(reject(b, err.message));
      skipChildren(`basic row ${b.file}#${b.row} was rejected`);
      continue;
    }
    const materials = [...kidsOf('up_task_general_material')].sort((x, y) => Number(x.values['order_num'] ?? 0) - Number(y.values['order_num'] ?? 0));
    materials.forEach((r, i) => {
      try {
        const mat = mapMaterial(r, matter.code, rowVariant, i);
        if (matter.materials.some((m) => m.id === mat.id)) throw new RowError(`duplicate material id ${mat.id}`);
        matter.materials.push(mat);
      } catch (err) {
        if (!(err instanceof RowError)) throw err;
        rejected.push(reject(r, err.message));
      }
    });
    for (const r of kidsOf('up_task_general_fee_project')) {
      try { matter.fees.push(mapFee(r)); } catch (err) { if (!(err instanceof RowError)) throw err; rejected.push(reject(r, err.message)); }
    }
    const questions = [...kidsOf('up_task_general_questions')].sort((x, y) => Number(x.values['order_num'] ?? 0) - Number(y.values['order_num'] ?? 0));
    for (const r of questions) {
      try { matter.faq.push(mapQuestion(r)); } catch (err) { if (!(err instanceof RowError)) throw err; rejected.push(reject(r, err.message)); }
    }
    if (matter.fees.length > 0) matter.isCharged = true;
    const changes = refuseUnsafeValues(matter);
    const parsed = MatterSchema.safeParse(matter);
    if (!parsed.success) {
      rejected.push(reject(b, `does not validate as a Matter: ${zodReason(parsed.error)}`));
      skipChildren(`basic row ${b.file}#${b.row} was rejected`);
      continue;
    }
    try {
      await sink.upsertMatter(parsed.data);
      matterCodes.push(parsed.data.code);
      refused.push(...changes.map((c) => reject(b, `${c.path}: ${c.reason}`)));
    } catch (err) {
      rejected.push(reject(b, `storage failed: ${(err as Error).message}`));
    }
  }

  const count = (t: TableName): number => get(t).length;
  return {
    files,
    loaded: matterCodes.length,
    matterCodes,
    rows: {
      up_task_general_basic: count('up_task_general_basic'),
      up_task_general_extend: count('up_task_general_extend'),
      up_task_general_material: count('up_task_general_material'),
      up_task_general_fee_project: count('up_task_general_fee_project'),
      up_task_general_questions: count('up_task_general_questions'),
    },
    rejected,
    skipped,
    refused,
  };
}

export { parseCsv, csvToRows } from './csv.js';
