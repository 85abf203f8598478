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

/** Builds a Cypher map projection (`node {.a, .b}`) from a fixed list of property names. */
export function projection(variable: string, properties: ReadonlyArray<string>): string {
  return `${variable} {${projectedProperties(variable, properties)}}`;
}
