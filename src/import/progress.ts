/**
 * Progress and accounting for bulk imports. On a terminal the progress is one redrawn bar on
 * stderr; elsewhere (CI logs, pipes) it is a plain line every few seconds, because carriage
 * returns turn a log file into noise. The accounting (`ImportStats`) is what the summary, the
 * ImportRun node and the tests read: rows per file, what Neo4j says it changed, and every skipped
 * row under a reason.
 */
import type { UpdateCounters } from '../neo4j/GraphDatabase.js';
import { round } from '../scoring/normalise.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Where progress goes. Default: process.stderr. */
  stream?: ProgressStream;
  /** Default: the stream's own isTTY. */
  tty?: boolean;
  /** Plain-line mode: at most one line per phase per interval. Default: 5,000 ms. */
  intervalMs?: number;
  /** Print nothing at all (tests). Default: false. */
  quiet?: boolean;
}

const BAR_WIDTH = 24;
const TTY_REDRAW_MS = 100;

export class ImportProgress {
  private readonly stream: ProgressStream;
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private readonly quiet: boolean;

  constructor(
    readonly label: string,
    options: ProgressOptions = {},
  ) {
    this.stream = options.stream ?? process.stderr;
    this.tty = options.tty ?? Boolean(this.stream.isTTY);
    this.intervalMs = options.intervalMs ?? 5_000;
    this.quiet = options.quiet ?? false;
  }

  /** A line of its own (a phase's result, a warning). */
  log(message: string): void {
    if (!this.quiet) this.stream.write(`${this.label}: ${message}\n`);
  }

  phase(name: string, total?: number): ProgressPhase {
    return new ProgressPhase(name, total, (text, final) => this.render(text, final), this.redrawMs, this.tty);
  }

  private render(text: string, final: boolean): void {
    if (this.quiet) return;
    if (this.tty) {
      const width = Math.max(40, (this.stream.columns ?? 100) - 1);
      const line = `${this.label}: ${text}`.slice(0, width);
      this.stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    } else {
      this.stream.write(`${this.label}: ${text}\n`);
    }
  }

  /** How often a phase may redraw: often on a terminal, rarely in a log. */
  get redrawMs(): number {
    return this.tty ? TTY_REDRAW_MS : this.intervalMs;
  }
}

export class ProgressPhase {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawnCount = -1;
  private finished = false;

  constructor(
    readonly name: string,
    private total: number | undefined,
    private readonly draw: (text: string, final: boolean) => void,
    private readonly redrawMs = 0,
    /** A terminal bar must be finished with a newline even when nothing changed since. */
    private readonly redrawOnFinish = true,
  ) {}

  setTotal(total: number): void {
    this.total = total;
  }

  advance(count = 1): void {
    this.done += count;
    const now = performance.now();
    if (now - this.lastDraw >= Math.max(this.redrawMs, TTY_REDRAW_MS) && !this.finished) {
      this.lastDraw = now;
      this.drawnCount = this.done;
      this.draw(this.describe(now), false);
    }
  }

  finish(): { count: number; seconds: number } {
    const now = performance.now();
    if (!this.finished) {
      this.finished = true;
      if (this.redrawOnFinish || this.drawnCount !== this.done) this.draw(this.describe(now), true);
    }
    return { count: this.done, seconds: (now - this.started) / 1000 };
  }

  private describe(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const count = this.total === undefined ? formatCount(this.done) : `${formatCount(this.done)}/${formatCount(this.total)}`;
    const bar =
      this.total && this.total > 0
        ? `[${'#'.repeat(Math.round((Math.min(this.done, this.total) / this.total) * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] `
        : '';
    return `${bar}${this.name} ${count} (${formatCount(rate)}/s, ${seconds.toFixed(1)}s)`;
  }
}

/** Everything an import counts; `summary()` is the plain record printed, stored and tested. */
export class ImportStats {
  readonly rowsRead = new Map<string, number>();
  readonly skipped = new Map<string, number>();
  /** Facts worth reporting that are not skips, e.g. "REQUIRES kept with level null". */
  readonly notes = new Map<string, number>();
  readonly written: UpdateCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
  };
  /** Relationships MERGEd or rewritten, whether or not they already existed (created + matched). */
  relationshipsWritten = 0;
  /** Time spent inside write transactions, to report the database's own throughput. */
  writeSeconds = 0;
  private readonly started = performance.now();

  read(file: string, rows = 1): void {
    this.rowsRead.set(file, (this.rowsRead.get(file) ?? 0) + rows);
  }

  skip(reason: string, rows = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + rows);
  }

  note(what: string, count = 1): void {
    this.notes.set(what, (this.notes.get(what) ?? 0) + count);
  }

  addCounters(counters: UpdateCounters): void {
    for (const key of Object.keys(this.written) as (keyof UpdateCounters)[]) this.written[key] += counters[key];
  }

  summary(): ImportSummary {
    const seconds = (performance.now() - this.started) / 1000;
    const rowsRead = sum(this.rowsRead.values());
    return {
      rowsRead,
      rowsByFile: Object.fromEntries(this.rowsRead),
      skipped: Object.fromEntries(this.skipped),
      skippedTotal: sum(this.skipped.values()),
      notes: Object.fromEntries(this.notes),
      ...this.written,
      relationshipsWritten: this.relationshipsWritten,
      seconds: round(seconds, 2),
      writeSeconds: round(this.writeSeconds, 2),
      rowsPerSecond: seconds > 0 ? Math.round(rowsRead / seconds) : 0,
      relationshipsPerWriteSecond: this.writeSeconds > 0 ? Math.round(this.relationshipsWritten / this.writeSeconds) : 0,
    };
  }
}

export interface ImportSummary extends UpdateCounters {
  rowsRead: number;
  rowsByFile: Record<string, number>;
  skipped: Record<string, number>;
  skippedTotal: number;
  notes: Record<string, number>;
  relationshipsWritten: number;
  seconds: number;
  writeSeconds: number;
  rowsPerSecond: number;
  relationshipsPerWriteSecond: number;
}

/** The human-readable summary the CLI prints at the end of an import. */
export function formatSummary(title: string, summary: ImportSummary): string {
  const lines = [
    `${title}`,
    `  rows read          ${formatCount(summary.rowsRead)} in ${summary.seconds}s (${formatCount(summary.rowsPerSecond)} rows/s)`,
    ...Object.entries(summary.rowsByFile).map(([file, rows]) => `    ${formatCount(rows).padStart(9)}  ${file}`),
    `  nodes              ${formatCount(summary.nodesCreated)} created, ${formatCount(summary.nodesDeleted)} deleted`,
    `  relationships      ${formatCount(summary.relationshipsCreated)} created, ${formatCount(summary.relationshipsDeleted)} deleted, ` +
      `${formatCount(summary.relationshipsWritten)} written in ${summary.writeSeconds}s of write transactions ` +
      `(${formatCount(summary.relationshipsPerWriteSecond)}/s)`,
    `  properties set     ${formatCount(summary.propertiesSet)}`,
    `  skipped            ${formatCount(summary.skippedTotal)}`,
    ...Object.entries(summary.skipped).map(([reason, rows]) => `    ${formatCount(rows).padStart(9)}  ${reason}`),
  ];
  const notes = Object.entries(summary.notes);
  if (notes.length > 0) {
    lines.push('  notes');
    lines.push(...notes.map(([what, count]) => `    ${formatCount(count).padStart(9)}  ${what}`));
  }
  return lines.join('\n');
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
