import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';

/**
 * REQUIRES edges a test writes straight to the database (no API mutation, so nothing in the API
 * process hears of them), each carrying the test's `mark`, and their removal.
 */
export function markedRequirements(db: GraphDatabase, mark: string) {
  return {
    /** A requirement of `role` for `skill`, as important as a requirement gets. */
    async write(role: string, skill: string): Promise<void> {
      await db.writeRows(
        `MATCH (role:Role {slug: $role}), (skill:Skill {slug: $skill})
         CREATE (role)-[:REQUIRES {importance: 1.0, level: 0.8, essential: true, source: 'curated', testMark: $mark}]->(skill)`,
        { role, skill, mark },
      );
    },
    /** Deletes every requirement written with this mark. */
    async removeAll(): Promise<void> {
      await db.writeRows('MATCH ()-[req:REQUIRES {testMark: $mark}]->() DELETE req', { mark });
    },
  };
}
