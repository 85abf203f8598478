/**
 * Lazily completed nodes. Statements about many roles or skills at once project their summary
 * properties only (model.ts: ROLE_DETAIL_PROPERTY_NAMES, SKILL_DETAIL_PROPERTY_NAMES); a resolver
 * asking for a detail of such a node reads it through a per-request DataLoader by id, so a list costs
 * one more statement per response level, and only when a query selects a detail.
 */
export interface DetailLoader<D> {
  load(id: string): Promise<D | null>;
}

/** `node[name]` when the statement projected it, else the loaded details' value; null when the node has none. */
export async function detailOf<N extends { id: string }, K extends keyof N>(
  node: N,
  name: K,
  details: DetailLoader<Pick<N, K>>,
): Promise<Exclude<N[K], undefined> | null> {
  const value = node[name];
  if (value !== undefined) return value as Exclude<N[K], undefined>;
  const loaded = await details.load(node.id);
  return (loaded?.[name] ?? null) as Exclude<N[K], undefined> | null;
}
