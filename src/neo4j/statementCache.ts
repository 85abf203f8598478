/**
 * Statements assembled from fixed fragments per shape (a hop count, the property groups a query
 * selects), built on first use and kept: the shapes are few (they vary only by fixed groups, never by
 * values, which are always $parameters), and a text built once is one entry in Neo4j's query cache.
 */
export type StatementCache = (shape: string, build: () => string) => string;

export function statementCache(): StatementCache {
  const statements = new Map<string, string>();
  return (shape, build) => {
    let statement = statements.get(shape);
    if (statement === undefined) statements.set(shape, (statement = build()));
    return statement;
  };
}
