/**
 * Streaming reader for the delimited files the importers read: O*NET's tab-separated text release
 * and ESCO's comma-separated CSVs. Both follow RFC 4180 quoting ("..." with "" for a quote), which
 * is why a plain split() is not enough: two O*NET rows quote a field, and ESCO fields span lines
 * (altLabels, inScheme) inside CRLF-terminated records. This module parses them itself, with the
 * physical line a record starts on, our error messages and the header checks. A 20 MB file is read
 * in chunks, never held as one string.
 *
 * The parser is hand-written because parsing was a large share of an import's time: csv-parse,
 * used before, took ~1.2 s of the ~2.5 s O*NET spent reading files. A record whose line holds no
 * quote (nearly all of them) is split directly; only records with a quote take the state machine.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

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

const QUOTE = '"';
/** The parse of one record: its fields and where the next record starts, or `undefined` when the text ends inside it. */
type RecordParse = { fields: string[]; next: number } | undefined;

/**
 * Incremental parser fed with chunks: push() returns the records a chunk completed. Records end at
 * LF or CRLF outside quotes (a lone CR is data); a quote inside an unquoted field is kept literally
 * (lenient, as spreadsheets write it); text between a closing quote and the next delimiter is an
 * error, because it means the quoting is broken. Records of one empty field (blank lines) are dropped.
 */
export class DelimitedParser {
  private readonly decoder = new StringDecoder('utf8');
  /** Text of the records not complete yet. */
  private pending = '';
  private started = false;
  /** The physical line the next record starts on. */
  private line = 1;

  constructor(
    private readonly delimiter: string,
    private readonly source = '(input)',
  ) {
    if (delimiter.length !== 1) throw new TypeError('delimiter must be one character');
    if (delimiter === QUOTE || delimiter === '\n' || delimiter === '\r') throw new TypeError('delimiter must not be a quote or a line break');
  }

  /** Parses a chunk and returns the records it completed. */
  push(chunk: string | Buffer): ParsedRecord[] {
    return this.parse(this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)), false);
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): ParsedRecord[] {
    return this.parse(this.pending + this.decoder.end(), true);
  }

  private parse(text: string, eof: boolean): ParsedRecord[] {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const out: ParsedRecord[] = [];
    let position = 0;
    /** The first quote at or after `position` (-1: none left), found again only once passed. */
    let quote = text.indexOf(QUOTE);
    while (position < text.length) {
      const newline = text.indexOf('\n', position);
      let parsed: RecordParse;
      let lines = 1;
      const lineEnd = newline === -1 ? text.length : newline;
      if (quote !== -1 && quote < position) quote = text.indexOf(QUOTE, position);
      if ((newline !== -1 || eof) && (quote === -1 || quote > lineEnd)) {
        // Fast path: no quote on this line, so the record is the line.
        const end = lineEnd > position && text.charCodeAt(lineEnd - 1) === 13 && newline !== -1 ? lineEnd - 1 : lineEnd;
        parsed = { fields: text.slice(position, end).split(this.delimiter), next: newline === -1 ? text.length : newline + 1 };
      } else {
        parsed = this.quotedRecord(text, position, eof);
        if (parsed) for (const field of parsed.fields) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) lines++;
      }
      if (!parsed) break;
      const line = this.line;
      this.line += lines;
      position = parsed.next;
      if (parsed.fields.length === 1 && parsed.fields[0] === '') continue;
      out.push({ fields: parsed.fields, line });
    }
    this.pending = text.slice(position);
    return out;
  }

  /** One record that may hold quoted fields, from `start`; undefined if the text ends before it does. */
  private quotedRecord(text: string, start: number, eof: boolean): RecordParse {
    const fields: string[] = [];
    const length = text.length;
    let i = start;
    for (;;) {
      if (text[i] === QUOTE) {
        let value = '';
        let from = i + 1;
        let after: number;
        for (;;) {
          const quote = text.indexOf(QUOTE, from);
          if (quote === -1) {
            if (!eof) return undefined;
            throw new TabularError(`${this.source}: line ${this.line}: a quoted field is not closed before the end of the file`);
          }
          if (quote + 1 === length && !eof) return undefined;
          if (text[quote + 1] === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          after = quote + 1;
          break;
        }
        fields.push(value);
        const next = text[after];
        if (next === this.delimiter) {
          i = after + 1;
          continue;
        }
        if (next === undefined) return eof ? { fields, next: after } : undefined;
        if (next === '\n') return { fields, next: after + 1 };
        if (next === '\r') {
          if (text[after + 1] === '\n') return { fields, next: after + 2 };
          if (after + 1 === length && !eof) return undefined;
        }
        throw new TabularError(`${this.source}: line ${this.line}: unexpected text after a closing quote`);
      }
      // An unquoted field runs to the next delimiter or LF (a quote in it is data).
      let newline = text.indexOf('\n', i);
      if (newline === -1) {
        if (!eof) return undefined;
        newline = length;
      }
      const delimiter = text.indexOf(this.delimiter, i);
      if (delimiter !== -1 && delimiter < newline) {
        fields.push(text.slice(i, delimiter));
        i = delimiter + 1;
        continue;
      }
      const end = newline > i && newline < length && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      fields.push(text.slice(i, end));
      return { fields, next: Math.min(newline + 1, length) };
    }
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
