/** Compares what is in the database with docs/graph-model.md (labels, types, constraints, indexes). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';

function section(markdown: string, name: string): string {
  const start = markdown.indexOf(`<!-- ${name}:start -->`);
  const end = markdown.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`docs/graph-model.md lacks the ${name} section markers`);
  return markdown.slice(start, end);
}

/** Backticked names in the first column of each table row. */
function firstColumnNames(table: string): Set<string> {
  const names = new Set<string>();
  for (const line of table.split('\n')) {
    const cell = line.split('|')[1];
    for (const match of cell?.matchAll(/`([^`]+)`/g) ?? []) names.add(match[1]!);
  }
  return names;
}

export interface UndocumentedModel {
  labels: string[];
  relationshipTypes: string[];
  schemaNames: string[];
}

export async function findUndocumented(db: GraphDatabase): Promise<UndocumentedModel> {
  const markdown = await readFile(join(PROJECT_ROOT, 'docs/graph-model.md'), 'utf8');
  const labels = firstColumnNames(section(markdown, 'labels'));
  const types = firstColumnNames(section(markdown, 'relationships'));
  const schema = firstColumnNames(section(markdown, 'schema'));
  const [row] = await db.readRows<{ labels: string[]; types: string[] }>(`
    CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
    CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
    RETURN labels, types`);
  // SHOW commands cannot sit in subqueries: one statement each.
  const constraints = await db.readRows<{ name: string }>('SHOW CONSTRAINTS YIELD name');
  const indexes = await db.readRows<{ name: string }>("SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL");
  return {
    // Labels created by tests for their own isolation are not part of the product model.
    labels: row!.labels.filter((label) => !labels.has(label) && !label.startsWith('Test')),
    relationshipTypes: row!.types.filter((type) => !types.has(type) && !type.startsWith('TEST_')),
    schemaNames: [...constraints, ...indexes].map((entry) => entry.name).filter((name) => !schema.has(name)),
  };
}
