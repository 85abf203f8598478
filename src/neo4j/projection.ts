/** Builds a Cypher map projection (`node {.a, .b}`) from a fixed list of property names. */
export function projection(variable: string, properties: ReadonlyArray<string>): string {
  // Names come from constant lists in model files, never from user input.
  return `${variable} {${properties.map((name) => `.${name}`).join(', ')}}`;
}
