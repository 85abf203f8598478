/**
 * The one way the application talks to Neo4j: managed transactions only (executeRead for reads,
 * executeWrite for writes, so retries on transient failures come for free and a write through a
 * read path fails), the database always named, a per-transaction timeout (and a deadline for a
 * server that does not answer), values converted at the boundary, driver failures mapped to API errors.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
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

  read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** One read statement in its own transaction. */
  readRows<T>(cypher: string, parameters: QueryParameters = {}): Promise<T[]> {
    return this.read((tx) => tx.rows<T>(cypher, parameters));
  }

  /** One write statement in its own transaction. */
  writeRows<T>(cypher: string, parameters: QueryParameters = {}): Promise<T[]> {
    return this.write((tx) => tx.rows<T>(cypher, parameters));
  }

  /**
   * The bookmark of the newest transaction committed on the database, as a read transaction sees
   * it: it changes with every write, by any process (API, importer, cypher-shell). The response
   * cache keys on it. Bounded by the same deadline as any transaction.
   */
  async latestCommit(): Promise<string> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database did not answer in time; try again shortly.')),
        this.options.transactionTimeoutMs + DEADLINE_GRACE_MS,
      );
    });
    try {
      await Promise.race([session.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.options.transactionTimeoutMs }), deadline]);
      return session.lastBookmarks().join(',');
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      clearTimeout(timer);
      session.close().catch(settle);
    }
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    const config = { timeout: this.options.transactionTimeoutMs };
    const run = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
    const execution = mode === 'READ' ? session.executeRead(run, config) : session.executeWrite(run, config);
    const closed = execution.then(settle, settle).then(() => session.close());
    // The server's timeout stops a transaction that runs too long, but not a server that does not
    // answer at all: a starting Neo4j holds new transactions until its database is up, a hung one
    // forever. So the whole call (waiting for a connection and retries included) has a deadline.
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
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      clearTimeout(timer);
      // After the deadline the session closes whenever the work settles (a write may still commit).
      if (gaveUp) closed.catch(settle);
      else await closed;
    }
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Transaction {
    const observers = this.options.observers ?? [];
    const observed = async <R>(cypher: string, run: () => Promise<R>): Promise<R> => {
      const started = performance.now();
      let failed = true;
      try {
        const value = await run();
        failed = false;
        return value;
      } finally {
        const durationMs = performance.now() - started;
        for (const observer of observers) observer.onQuery({ cypher, durationMs, mode, failed });
      }
    };
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
