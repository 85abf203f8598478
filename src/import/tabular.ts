/**
 * Streaming reader for the delimited files the importers read: O*NET's tab-separated text release
 * and ESCO's comma-separated CSVs. Both follow RFC 4180 quoting ("..." with "" for a quote), which
 * is why a plain split() is not enough: two O*NET rows quote a field, and ESCO fields span lines
 * (altLabels, inScheme) inside CRLF-terminated records. Parsing is csv-parse's; this module adds
 * what the importers rely on: the physical line a record starts on, our error messages, and the
 * header checks. A 20 MB file is read in chunks, never held as one string.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { CsvError, parse, type Parser } from 'csv-parse';

export type Row = Record<string, string>;

/** A malformed or unexpected file; the message names the file and line, for a person to read. */
export class TabularError extends Error {
  override name = 'TabularError';
}

export interface ParsedRecord {
  fields: string[];
  /** 1-based physical line on which the record starts. */
  line: number;
}

const countLineFeeds = (fields: string[]) => fields.reduce((sum, field) => sum + field.split('\n').length - 1, 0);

/**
 * Incremental parser fed with chunks: push() returns the records a chunk completed. Records end at
 * LF or CRLF outside quotes (a lone CR is data); a quote inside an unquoted field is kept literally
 * (lenient, as spreadsheets write it); text between a closing quote and the next delimiter is an
 * error, because it means the quoting is broken. Records of one empty field (blank lines) are dropped.
 */
export class DelimitedParser {
  private readonly parser: Parser;
  /** The physical line the next record starts on. */
  private line = 1;

  constructor(
    delimiter: string,
    private readonly source = '(input)',
  ) {
    if (delimiter.length !== 1) throw new TypeError('delimiter must be one character');
    this.parser = parse({
      delimiter,
      record_delimiter: ['\r\n', '\n'],
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      raw: true,
    });
    // Failures are read from `errored` right after each write; the 'error' event comes a tick later.
    this.parser.on('error', () => undefined);
  }

  /** Parses a chunk and returns the records it completed. */
  push(chunk: string | Buffer): ParsedRecord[] {
    // A Transform that is neither corked nor backed up runs its parser synchronously within
    // write() (and its flush within end()), so the records are readable at once.
    this.parser.write(chunk);
    return this.drain();
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): ParsedRecord[] {
    this.parser.end();
    return this.drain();
  }

  private drain(): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    for (let next: { record: string[]; raw: string } | null; (next = this.parser.read() as typeof next) !== null; ) {
      const { record: fields, raw } = next;
      const line = this.line;
      this.line += 1 + countLineFeeds(fields);
      if (fields.length === 1 && fields[0] === '') continue;
      // relax_quotes also keeps `"x"y` as the text `"x"y`. Only a quoted field can yield a value
      // starting with a quote, and a well-formed one appears in the record quoted and escaped.
      if (fields.some((field) => field.startsWith('"') && !raw.includes(`"${field.replaceAll('"', '""')}"`))) {
        throw new TabularError(`${this.source}: line ${line}: unexpected text after a closing quote`);
      }
      out.push({ fields, line });
    }
    const error = this.parser.errored;
    if (error) {
      const reason = error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is not closed before the end of the file' : error.message;
      throw new TabularError(`${this.source}: line ${this.line}: ${reason}`);
    }
    return out;
  }
}

/** Parses a whole string (tests, tiny files). */
export function parseDelimited(text: string, delimiter: string, source?: string): ParsedRecord[] {
  const parser = new DelimitedParser(delimiter, source);
  return [...parser.push(text), ...parser.end()];
}

export interface ReadTableOptions {
  delimiter: '\t' | ',' | ';';
  /** Columns the importer relies on: a file without them is rejected before any row is read. */
  requiredColumns?: readonly string[];
  /**
   * How to treat a record with fewer fields than the header. 'error' (the default) rejects the
   * file; 'pad' fills the missing trailing fields with '' (ESCO's skillsHierarchy_en.csv omits
   * trailing empty columns on 189 rows upstream). More fields than the header is always an error.
   */
  short?: 'error' | 'pad';
  /** Called for each padded record, so the caller can count them. */
  onPadded?: (line: number, fieldCount: number) => void;
}

/** Throws a TabularError naming the file when it does not exist or cannot be read. */
export async function assertReadable(path: string, what = 'file'): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new TabularError(`Missing ${what}: ${path}`);
  }
}

/** Reads a headed delimited file record by record, as objects keyed by the header's column names. */
export async function* readTable(path: string, options: ReadTableOptions): AsyncGenerator<Row> {
  await assertReadable(path);
  const parser = new DelimitedParser(options.delimiter, path);
  let header: string[] | undefined;
  const toRow = (record: ParsedRecord): Row | undefined => {
    if (!header) {
      header = record.fields;
      const missing = (options.requiredColumns ?? []).filter((column) => !header!.includes(column));
      if (missing.length > 0) {
        throw new TabularError(`${path}: missing column(s) ${missing.map((c) => `"${c}"`).join(', ')} in the header`);
      }
      return undefined;
    }
    const { fields } = record;
    if (fields.length > header.length) {
      throw new TabularError(`${path}: line ${record.line}: ${fields.length} fields, but the header has ${header.length}`);
    }
    if (fields.length < header.length) {
      if (options.short !== 'pad') {
        throw new TabularError(`${path}: line ${record.line}: ${fields.length} fields, but the header has ${header.length}`);
      }
      options.onPadded?.(record.line, fields.length);
    }
    const row: Row = {};
    for (let i = 0; i < header.length; i++) row[header[i]] = fields[i] ?? '';
    return row;
  };

  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const record of parser.push(chunk)) {
        const row = toRow(record);
        if (row) yield row;
      }
    }
    for (const record of parser.end()) {
      const row = toRow(record);
      if (row) yield row;
    }
  } finally {
    stream.destroy();
  }
  if (!header) throw new TabularError(`${path}: the file is empty (no header row)`);
}

/** Reads a whole table into memory: for the small reference tables. */
export async function readAll(path: string, options: ReadTableOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of readTable(path, options)) rows.push(row);
  return rows;
}

/** Splits one of ESCO's newline-separated list fields (altLabels, inScheme) into trimmed items. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
