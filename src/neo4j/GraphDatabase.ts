/**
 * The one way the application talks to Neo4j: managed transactions only (executeRead for reads,
 * executeWrite for writes, so retries on transient failures come for free and a write through a
 * read path fails), the database always named, a per-transaction timeout, values converted at
 * the boundary, driver failures mapped to API errors.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from '../errors.js';
import { recordToObject } from './values.js';

export type QueryParameters = Record<string, unknown>;

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

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    const config = { timeout: this.options.transactionTimeoutMs };
    try {
      const run = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
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
