/**
 * Properties stored as Cypher DATEs (provenance's `asOf`). They are projected as ISO strings
 * (`toString(date)`, "2025-01-31"): that is what the API shows (neo4j/values.ts turns a driver Date
 * into the same string), and the driver's Date decoding does 64-bit Integer arithmetic per value —
 * a visible share of decoding an answer where every requirement and move carries a date.
 */
const DATE_PROPERTIES: ReadonlySet<string> = new Set(['asOf']);

/** The inside of a Cypher map projection (`.a, .b, asOf: toString(node.asOf)`) for a fixed list of property names. */
export function projectedProperties(variable: string, properties: ReadonlyArray<string>): string {
  // Names come from constant lists in model files, never from user input.
  return properties.map((name) => (DATE_PROPERTIES.has(name) ? `${name}: toString(${variable}.${name})` : `.${name}`)).join(', ');
}

/**
 * The same properties as a Cypher list (`[node.a, node.b, toString(node.asOf)]`), for values that
 * come back by the hundred in one answer: a list carries no keys, so the driver decodes no key
 * string per property (fromTuple turns it back into an object).
 */
export function tupleProjection(variable: string, properties: ReadonlyArray<string>): string {
  return `[${properties.map((name) => (DATE_PROPERTIES.has(name) ? `toString(${variable}.${name})` : `${variable}.${name}`)).join(', ')}]`;
}

/** An object with `properties` as keys and a tupleProjection's values, in its order. */
export function fromTuple<T>(properties: ReadonlyArray<string>, values: readonly unknown[]): T {
  const object: Record<string, unknown> = {};
  for (let index = 0; index < properties.length; index += 1) object[properties[index]!] = values[index];
  return object as T;
}

/** Builds a Cypher map projection (`node {.a, .b}`) from a fixed list of property names. */
export function projection(variable: string, properties: ReadonlyArray<string>): string {
  return `${variable} {${projectedProperties(variable, properties)}}`;
}
