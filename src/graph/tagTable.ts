/**
 * The reverse of a table from API enum values to the tags stored in the graph (sources.ts,
 * evidence.ts): a stored tag back to its enum value, undefined for a tag the table does not know.
 */
export function enumOfTag<Name extends string>(table: Readonly<Record<Name, string>>): (tag: string) => Name | undefined {
  const byTag = new Map<string, Name>((Object.entries(table) as [Name, string][]).map(([name, tag]) => [tag, name]));
  return (tag) => byTag.get(tag);
}
