import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { csvToRows } from './csv.js';

// Reading the up_task_* exchange tables from a folder: one file per table, CSV (header row) or JSON (an
// array of objects, or {rows|data|records: [...]}). Values are kept as trimmed strings; mapping does the rest.

export const TABLES = ['up_task_general_basic', 'up_task_general_extend', 'up_task_general_material', 'up_task_general_fee_project', 'up_task_general_questions'] as const;
export type TableName = (typeof TABLES)[number];

/** One row of an exchange table, with where it came from. */
export interface SourceRow {
  readonly table: TableName;
  readonly file: string;
  /** 1-based data row number (the header of a CSV is not counted). */
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A file-level problem (unreadable, malformed). */
export interface FileProblem {
  readonly file: string;
  readonly reason: string;
}

function stringify(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function jsonRows(text: string): Record<string, unknown>[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null
    ? ((data as Record<string, unknown>)['rows'] ?? (data as Record<string, unknown>)['data'] ?? (data as Record<string, unknown>)['records'])
    : undefined;
  if (!Array.isArray(list)) throw new Error('expected a JSON array of rows (or {rows: [...]})');
  return list.map((r, i) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new Error(`row ${i + 1} is not an object`);
    return r as Record<string, unknown>;
  });
}

/** Reads every exchange table found in `dir`. Missing optional tables are simply empty. */
export async function readTables(dir: string): Promise<{ rows: Map<TableName, SourceRow[]>; files: string[]; problems: FileProblem[] }> {
  const entries = await readdir(dir);
  const rows = new Map<TableName, SourceRow[]>(TABLES.map((t) => [t, []]));
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const table of TABLES) {
    const candidates = entries.filter((e) => e.toLowerCase() === `${table}.csv` || e.toLowerCase() === `${table}.json`).sort();
    for (const file of candidates) {
      files.push(file);
      try {
        const text = await readFile(join(dir, file), 'utf8');
        const parsed = file.toLowerCase().endsWith('.csv')
          ? csvToRows(text).map((r) => r.row)
          : jsonRows(text).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), stringify(v)])));
        const list = rows.get(table) ?? [];
        parsed.forEach((values, i) => list.push({ table, file, row: i + 1, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])) }));
        rows.set(table, list);
      } catch (err) {
        problems.push({ file, reason: `unreadable ${table} file: ${(err as Error).message}` });
      }
    }
  }
  if (!files.some((f) => f.toLowerCase().startsWith('up_task_general_basic.'))) {
    problems.push({ file: 'up_task_general_basic.csv|json', reason: 'no up_task_general_basic table in the folder' });
  }
  return { rows, files, problems };
}
