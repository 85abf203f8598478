/**
 * Something worked out once per operation of a parsed document (a compiled query, a cache policy):
 * kept as long as the document is. Apollo parses a query text once and hands the same document to
 * every request that sends it (its bounded document store), so a new request with new variables
 * finds what an earlier one worked out, and a document the store drops takes its entries with it.
 */
import type { DocumentNode } from 'graphql';

export type PerOperation<T> = (document: DocumentNode, operationName: string | null | undefined, create: () => T) => T;

export function perOperation<T>(): PerOperation<T> {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, operationName, create) => {
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (byName.has(key)) return byName.get(key)!;
    const value = create();
    byName.set(key, value);
    return value;
  };
}
