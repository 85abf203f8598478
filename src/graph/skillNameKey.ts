/**
 * SkillName keys: the lower-cased, trimmed names and aliases a skill is KNOWN_AS. The key is
 * shared across sources (curated, O*NET, ESCO), which is how "Python" from several taxonomies
 * resolves to one lookup node. Every writer (seeds, importers, curation) and every lookup (API
 * arguments) computes it here; Cypher that must key a value inside a statement uses
 * skillNameKeyCypher, the same rule in Cypher's words.
 */
export function skillNameKey(text: string): string {
  return text.trim().toLowerCase();
}

export function skillNameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(skillNameKey))].filter((key) => key.length > 0);
}

/** skillNameKey as a Cypher expression over `expression` (a variable, not user input). */
export function skillNameKeyCypher(expression: string): string {
  return `toLower(trim(${expression}))`;
}
