/** An expected failure of the project-run Neo4j or its tools whose message is meant for a person; CLIs print it without a stack. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export const PREREQUISITES_HINT = 'Neo4j needs Java 17+ and Maven — or set NEO4J_URI, or use docker compose';
