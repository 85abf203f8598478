import type { GraphDatabase } from '../neo4j/GraphDatabase.js';

const SERVER_VERSION = `CALL dbms.components() YIELD name, versions, edition
RETURN name + ' ' + versions[0] + ' ' + edition AS version`;

export class MetaRepository {
  constructor(private readonly db: GraphDatabase) {}

  async serverVersion(): Promise<string | null> {
    const [row] = await this.db.readRows<{ version: string }>(SERVER_VERSION);
    return row?.version ?? null;
  }

  /** Readiness: a read transaction on the configured database succeeds. */
  async ping(): Promise<void> {
    await this.db.readRows('RETURN 1 AS ok');
  }
}
