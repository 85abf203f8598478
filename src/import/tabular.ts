/**
 * Streaming reader for the delimited files the importers read: O*NET's tab-separated text release
 * and ESCO's comma-separated CSVs. Both follow RFC 4180 quoting ("..." with "" for a quote), which
 * is why a plain split() is not enough: two O*NET rows quote a field, and ESCO fields span lines
 * (altLabels, inScheme) inside CRLF-terminated records. The parser is incremental, so a 20 MB file
 * is never held as one string, and it reports the physical line of any malformed record.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';

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

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/**
 * RFC 4180 state machine fed with text chunks. Records end at LF or CRLF outside quotes; a quote
 * inside an unquoted field is kept literally (lenient, as spreadsheets write it); text between a
 * closing quote and the next delimiter is an error, because it means the quoting is broken.
 */
export class DelimitedParser {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  /** True right after a closing quote (or a doubled quote's first half) inside a quoted field. */
  private quotePending = false;
  private fieldStarted = false;
  private line = 1;
  private recordLine = 1;
  private pendingCR = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly source = '(input)',
  ) {
    if (delimiter.length !== 1) throw new TypeError('delimiter must be one character');
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses a chunk and returns the records it completed. */
  push(chunk: string): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    const length = chunk.length;
    let start = 0; // start of the current run of plain characters not yet copied into `field`
    for (let i = 0; i < length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.pendingCR) {
        // A CR outside quotes ends the record only together with LF; a lone CR is data.
        this.pendingCR = false;
        if (code !== LF) {
          this.field += '\r';
          this.fieldStarted = true;
        }
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (code === QUOTE) {
            // "" inside quotes: one literal quote; keep scanning the quoted field.
            this.field += '"';
            start = i + 1;
            continue;
          }
          // The previous quote closed the field.
          this.inQuotes = false;
          start = i;
          // fall through to the unquoted handling of this character
        } else {
          if (code === QUOTE) {
            this.field += chunk.slice(start, i);
            this.quotePending = true;
            start = i + 1;
          } else if (code === LF) {
            this.line++;
          }
          continue;
        }
        if (code !== this.delimiter && code !== LF && code !== CR) {
          throw new TabularError(`${this.source}: line ${this.line}: unexpected text after a closing quote`);
        }
      }
      if (code === this.delimiter) {
        this.field += chunk.slice(start, i);
        this.fields.push(this.field);
        this.field = '';
        this.fieldStarted = false;
        start = i + 1;
      } else if (code === LF) {
        this.field += chunk.slice(start, i);
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        start = i + 1;
      } else if (code === CR) {
        this.field += chunk.slice(start, i);
        this.pendingCR = true;
        start = i + 1;
      } else if (code === QUOTE && !this.fieldStarted && this.field.length === 0 && start === i) {
        this.inQuotes = true;
        this.fieldStarted = true;
        start = i + 1;
      } else {
        this.fieldStarted = true;
      }
    }
    // The unfinished tail (after a pending quote or CR, `start` is already past it).
    this.field += chunk.slice(start);
    return out;
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    if (this.inQuotes && !this.quotePending) {
      throw new TabularError(`${this.source}: line ${this.recordLine}: a quoted field is not closed before the end of the file`);
    }
    if (this.pendingCR) {
      this.pendingCR = false;
      this.field += '\r';
    }
    this.inQuotes = false;
    this.quotePending = false;
    if (this.fields.length > 0 || this.field.length > 0 || this.fieldStarted) this.endRecord(out);
    return out;
  }

  private endRecord(out: ParsedRecord[]): void {
    this.fields.push(this.field);
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
    // A blank line (one empty field) is not a record: files end with a newline.
    if (fields.length === 1 && fields[0] === '') return;
    out.push({ fields, line: this.recordLine });
  }
}

/** Parses a whole string (tests, tiny files). */
export function parseDelimited(text: string, delimiter: string, source?: string): ParsedRecord[] {
  const parser = new DelimitedParser(delimiter, source);
  return [...parser.push(text), ...parser.end()];
}

export interface ReadTableOptions {
  delimiter: '\t' | ',';
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
      // A UTF-8 byte order mark would otherwise become part of the first column's name.
      if (header[0]?.charCodeAt(0) === 0xfeff) header[0] = header[0].slice(1);
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

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
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
