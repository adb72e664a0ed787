// Reading an uploaded CSV file (a payment schedule, a contractor import): its header row and its data
// rows, each with the line of the file it starts on, as a person sees it in an editor.
import { parse } from 'csv-parse/sync';
import { badUserInput } from '../graphql/errors.js';

export type CsvRow = { line: number; cells: string[] };
export type CsvFile = { headers: string[]; rows: CsvRow[] };

const CR = 0x0d;
const LF = 0x0a;
// Bytes of what csv-parse skips between records: blank lines, trimmed space, records of empty values.
const SKIPPED_BETWEEN_RECORDS = new Set([CR, LF, 0x20, 0x09, 0x2c]);

/**
 * The line each record starts on, from the byte offsets where csv-parse says records end. (Its own
 * line count takes a CRLF inside a quoted field for two lines, so it drifts from what an editor shows.)
 */
function startLines(file: Buffer, recordEnds: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  let start = 0;
  for (const end of recordEnds) {
    while (start < end && SKIPPED_BETWEEN_RECORDS.has(file[start] ?? 0)) start++;
    for (; at < start; at++) if (file[at] === LF || (file[at] === CR && file[at + 1] !== LF)) line++;
    lines.push(line);
    start = end;
  }
  return lines;
}

/** The header row and the data rows (BOM, quoted fields and any line end read); a file that is not CSV or is empty is BAD_USER_INPUT on `field`. */
export function readCsv(csv: string, field: string): CsvFile {
  // Where each record ends, in bytes: a quoted field may span lines, and the line that counts is where it starts.
  const recordEnds: number[] = [];
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      relax_quotes: true,
      // Files edited by hand or joined from several exports mix line ends.
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record, context) => {
        recordEnds.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    throw badUserInput(field, `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (recordEnds.length !== records.length) throw new Error('csv-parse called on_record for a record it then skipped');
  const [headers, ...data] = records;
  if (!headers) throw badUserInput(field, 'The file is empty.');
  const lines = startLines(Buffer.from(csv, 'utf8'), recordEnds);
  const rows = data.map((cells, index) => ({ line: lines[index + 1] ?? 0, cells }));
  return { headers, rows };
}
