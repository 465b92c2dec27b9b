// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. No dependency: the exchange
// files are small and a hand-written state machine is easy to audit. A UTF-8 BOM (common in files saved by
// spreadsheet software in China) is ignored.

/** One parsed record and the 1-based line it starts on. */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** Parses CSV text into records; throws on an unterminated quoted field. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endField = (): void => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error(`Unterminated quoted field starting on line ${recordLine}`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** CSV text with a header row as objects keyed by (lower-cased, trimmed) column name. */
export function csvToRows(text: string): { row: Record<string, string>; line: number }[] {
  const [header, ...records] = parseCsv(text);
  if (header === undefined) return [];
  const names = header.fields.map((h) => h.trim().toLowerCase());
  return records.map((r) => {
    const row: Record<string, string> = {};
    names.forEach((n, i) => {
      row[n] = r.fields[i] ?? '';
    });
    return { row, line: r.line };
  });
}
