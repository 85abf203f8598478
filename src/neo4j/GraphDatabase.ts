/**
 * The one way the application talks to Neo4j: managed transactions (executeRead, executeWrite: retries
 * on transient failures come for free) for writes and multi-statement work, and single-statement
 * reads as auto-commit queries in READ sessions with the same retries done here (see readRows). The
 * database is always named, every call has a server-side timeout and a deadline for a server that
 * does not answer, values are converted at the boundary, driver failures mapped to API errors.
 */
import { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { apiError, ErrorCode, mapNeo4jError } from '../errors.js';
import { recordToObject } from './values.js';

export type QueryParameters = Record<string, unknown>;

/** A transaction call fails with SERVICE_UNAVAILABLE this long after the server should have timed it out. */
const DEADLINE_GRACE_MS = 1_000;
const settle = () => undefined;

/** Told about each Cypher statement a request runs: tests count them, metrics time them. */
export interface QueryObserver {
  onQuery(event: { cypher: string; durationMs: number; mode: 'READ' | 'WRITE'; failed: boolean }): void;
}

export interface GraphDatabaseOptions {
  database: string;
  transactionTimeoutMs: number;
  observers?: QueryObserver[];
  /**
   * How long readRows retries a statement that failed transiently (a lost connection, a leader
   * switch), like the driver does for managed transactions. Default: 1,000 ms (the API's driver
   * setting; batch commands pass more).
   */
  readRetryMs?: number;
}

/** First pause before a retried read; it doubles (with jitter) up to the retry budget. */
const FIRST_RETRY_DELAY_MS = 50;

/**
 * Starts a statement without the stack neo4j-driver captures for every result (`new Error('').stack`,
 * formatted at once, in the Result's constructor), which it grafts onto the stack of a failure. That
 * was ~3 % of the API's CPU on a skillGap, per CPU profile (docs/performance.md), and buys nothing
 * here: a failure is mapped to an API error by its code (mapNeo4jError) and logged with the
 * statement that failed, never with that stack. The driver builds the Result synchronously inside
 * run(), so the limit is back before anything else runs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** What a write statement changed, from the driver's result summary (bulk loaders report these). */
export interface UpdateCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

/**
 * A transaction handle: `rows` runs one statement and returns converted rows; `update` runs one
 * statement for its side effects and returns what it changed (its records are discarded).
 */
export interface Transaction {
  rows<T>(cypher: string, parameters?: QueryParameters): Promise<T[]>;
  update(cypher: string, parameters?: QueryParameters): Promise<UpdateCounters>;
}

export class GraphDatabase {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphDatabaseOptions,
  ) {}

  get databaseName(): string {
    return this.options.database;
  }

  /** A view of the same driver that also reports to `observer` (e.g. per request). */
  withObserver(observer: QueryObserver): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, observers: [...(this.options.observers ?? []), observer] });
  }

  /** The server-side timeout of every transaction of this view (and, plus a grace, its deadline). */
  get transactionTimeoutMs(): number {
    return this.options.transactionTimeoutMs;
  }

  /** A view of the same driver (and observers) whose transactions may run for `timeoutMs`. */
  withTransactionTimeout(timeoutMs: number): GraphDatabase {
    return new GraphDatabase(this.driver, { ...this.options, transactionTimeoutMs: timeoutMs });
  }

  read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /**
   * One read statement, as an auto-commit query in a READ session. A managed transaction costs
   * BEGIN, RUN + PULL and COMMIT (three socket writes and an extra round trip); an auto-commit query
   * is one write and one round trip, which measured ~1.4 ms less wall time and ~0.8 ms less API CPU
   * per statement (docs/performance.md). A read is idempotent, so transient failures are retried
   * here for readRetryMs, as executeRead would.
   */
  async readRows<T>(cypher: string, parameters: QueryParameters = {}): Promise<T[]> {
    return (await this.readRowsAtCommit<T>(cypher, parameters)).rows;
  }

  /**
   * readRows, and the bookmark of the newest transaction committed when the statement ran (the
   * format of latestCommit): a process-wide memo filled at one commit can tell whether what it holds
   * is true of this statement's graph (skills/CreditLinkMemo.ts).
   */
  async readRowsAtCommit<T>(cypher: string, parameters: QueryParameters = {}): Promise<{ rows: T[]; commit: string }> {
    return this.readWithRetries(cypher, (session) => this.autoCommit<T>(session, cypher, parameters));
  }

  /**
   * readRowsAtCommit for statements with many rows, each handed to `onRow` as it arrives instead of
   * all of them collected: the driver pulls them in batches as they are consumed, so a row the
   * caller does not keep dies young. readRowsAtCommit holds every decoded record until the last one
   * came, long enough for the young generation to promote them, and then they are old garbage: the
   * warming's reads of a large graph grew the heap by tens of MB that way (docs/performance.md,
   * "Twenty-seventh pass"). Retried as readRowsAtCommit only while no row was handed over; a
   * failure after that is thrown, and the caller drops what it took. Returns the rows' count and the
   * statement's commit.
   */
  async forEachRowAtCommit<T>(cypher: string, parameters: QueryParameters, onRow: (row: T) => void): Promise<{ rows: number; commit: string }> {
    let rows = 0;
    return this.readWithRetries(
      cypher,
      async (session) => {
        const result = session.run(cypher, parameters, { timeout: this.options.transactionTimeoutMs });
        for await (const record of result) {
          rows++;
          onRow(recordToObject<T>(record));
        }
        return { rows, commit: session.lastBookmarks().join(',') };
      },
      () => rows === 0,
    );
  }

  /**
   * One read statement run by `read` in a READ session, observed, with its transient failures retried
   * for readRetryMs (as executeRead would) while `mayRetry` allows.
   */
  private async readWithRetries<R>(cypher: string, read: (session: Session) => Promise<R>, mayRetry: () => boolean = () => true): Promise<R> {
    const started = performance.now();
    const budget = this.options.readRetryMs ?? 1_000;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.observed('READ', cypher, () => this.withDeadline('READ', read));
      } catch (error) {
        const delay = FIRST_RETRY_DELAY_MS * 2 ** attempt * (0.8 + Math.random() * 0.4);
        if (!mayRetry() || !isRetryableError(error) || performance.now() - started + delay > budget) throw mapNeo4jError(error);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async autoCommit<T>(session: Session, cypher: string, parameters: QueryParameters): Promise<{ rows: T[]; commit: string }> {
    const result = await withoutStackCapture(() => session.run(cypher, parameters, { timeout: this.options.transactionTimeoutMs }));
    return { rows: result.records.map((record) => recordToObject<T>(record)), commit: session.lastBookmarks().join(',') };
  }

  /** One write statement in its own transaction. */
  writeRows<T>(cypher: string, parameters: QueryParameters = {}): Promise<T[]> {
    return this.write((tx) => tx.rows<T>(cypher, parameters));
  }

  /**
   * The bookmark of the newest transaction committed on the database, as a read transaction sees
   * it: it changes with every write, by any process (API, importer, cypher-shell). The response
   * cache keys on it.
   */
  async latestCommit(): Promise<string> {
    try {
      return await this.withDeadline('READ', async (session) => {
        await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.options.transactionTimeoutMs });
        return session.lastBookmarks().join(',');
      });
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const config = { timeout: this.options.transactionTimeoutMs };
    try {
      return await this.withDeadline(mode, (session) => {
        const run = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
        return mode === 'READ' ? session.executeRead(run, config) : session.executeWrite(run, config);
      });
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  /**
   * Runs `work` in a fresh session and closes it. The server's timeout stops a transaction that runs
   * too long, but not a server that does not answer at all: a starting Neo4j holds new transactions
   * until its database is up, a hung one forever. So the whole call (waiting for a connection and
   * retries included) has a deadline, after which it fails with SERVICE_UNAVAILABLE.
   */
  private async withDeadline<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const execution = work(session);
    const closed = execution.then(settle, settle).then(() => session.close());
    let timer: NodeJS.Timeout | undefined;
    let gaveUp = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        gaveUp = true;
        reject(apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database did not answer in time; try again shortly.'));
      }, this.options.transactionTimeoutMs + DEADLINE_GRACE_MS);
    });
    try {
      return await Promise.race([execution, deadline]);
    } finally {
      clearTimeout(timer);
      // After the deadline the session closes whenever the work settles (a write may still commit).
      if (gaveUp) closed.catch(settle);
      else await closed;
    }
  }

  /** Runs one statement and tells the observers how long it took and whether it failed. */
  private async observed<R>(mode: 'READ' | 'WRITE', cypher: string, run: () => Promise<R>): Promise<R> {
    const started = performance.now();
    let failed = true;
    try {
      const value = await run();
      failed = false;
      return value;
    } finally {
      const durationMs = performance.now() - started;
      for (const observer of this.options.observers ?? []) observer.onQuery({ cypher, durationMs, mode, failed });
    }
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Transaction {
    const observed = <R>(cypher: string, run: () => Promise<R>) => this.observed(mode, cypher, run);
    return {
      rows: <T>(cypher: string, parameters: QueryParameters = {}) =>
        observed(cypher, async () => (await managed.run(cypher, parameters)).records.map((record) => recordToObject<T>(record))),
      update: (cypher: string, parameters: QueryParameters = {}) =>
        observed(cypher, async () => {
          const updates = (await managed.run(cypher, parameters)).summary.counters.updates();
          return {
            nodesCreated: updates.nodesCreated ?? 0,
            nodesDeleted: updates.nodesDeleted ?? 0,
            relationshipsCreated: updates.relationshipsCreated ?? 0,
            relationshipsDeleted: updates.relationshipsDeleted ?? 0,
            propertiesSet: updates.propertiesSet ?? 0,
            labelsAdded: updates.labelsAdded ?? 0,
          };
        }),
    };
  }
}
