/**
 * SkillName keys: the lower-cased, trimmed names and aliases a skill is KNOWN_AS. The key is
 * shared across sources (curated, O*NET, ESCO), which is how "Python" from several taxonomies
 * resolves to one lookup node; it must therefore match the seed loader's rule exactly.
 */
export function skillNameKey(text: string): string {
  return text.trim().toLowerCase();
}

export function skillNameKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(skillNameKey))].filter((key) => key.length > 0);
}
