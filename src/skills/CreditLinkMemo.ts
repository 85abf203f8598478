/**
 * The gap-credit links (creditNeighbours.ts: six subqueries per held skill) of skills that profiles
 * held recently, remembered by the process for one commit of the graph, so a skillGap or
 * recommendRoles statement skips the subqueries for the skills it names that an earlier statement
 * already read. Profiles repeat their skills far more than they repeat whole (a recommendation
 * engine sends new profiles of familiar skills), so this helps where the response cache cannot.
 *
 * Consistency comes from the statement, not from a clock: every entry was read at one commit (the
 * bookmark GraphDatabase.readRowsAtCommit reports), and an answer uses remembered links only when its
 * own statement ran at that same commit. When it did not (a write since, by any process), the
 * statement runs again reading every link itself and the memo starts over at the new commit. So an
 * answer never mixes links from another state of the graph than the one it was computed on; the
 * price is one extra statement for the first request after a write that relied on the memo.
 */
import { LRUCache } from 'lru-cache';
import type { GraphDatabase, QueryParameters } from '../neo4j/GraphDatabase.js';
import type { CreditLink, CreditLinks } from '../scoring/skillCredit.js';
import { CREDIT_LINKS_OF_SKILLS } from './creditNeighbours.js';

/**
 * Skills whose links are remembered at most (least recently used dropped first): about every skill a
 * role requires on the O*NET + ESCO graph (~22,000). A skill's links are a few short tuples on
 * average (ESCO 1.6, O*NET none: most entries are an empty list) and 72 at most (12 per relation),
 * so this bounds the memo to a few MiB.
 */
export const REMEMBERED_SKILLS = 20_000;

/** What a statement was told it may skip, and at which commit that holds. */
export interface RememberedLinks {
  /** Skills whose links the statement need not read (their ids are parameter `$linksKnown`). */
  links: Map<string, readonly CreditLink[]>;
  commit: string | null;
  /**
   * Every profile key resolved to a skill whose links are here, so the statement would skip every
   * held skill's links (when it runs at `commit`).
   */
  everyKey: boolean;
}

export class CreditLinkMemo {
  /** Skills whose links are held at most. */
  readonly capacity = REMEMBERED_SKILLS;
  private commit: string | null = null;
  private readonly links = new LRUCache<string, readonly CreditLink[]>({ max: REMEMBERED_SKILLS });
  /** Profile keys (slug, name or alias as sent) to the skill they resolved to at `commit`. */
  private readonly skillOfKey = new LRUCache<string, string>({ max: REMEMBERED_SKILLS });

  /** The remembered skills among those these profile keys resolved to, and whether that is every key's. */
  knownFor(keys: Iterable<string>): RememberedLinks {
    // Taken now, not when the statement returns: a concurrent request may start the memo over meanwhile.
    const links = new Map<string, readonly CreditLink[]>();
    let everyKey = true;
    for (const key of keys) {
      const id = this.skillOfKey.get(key);
      const list = id === undefined ? undefined : this.links.get(id);
      if (id !== undefined && list !== undefined) links.set(id, list);
      else everyKey = false;
    }
    return { links, commit: this.commit, everyKey };
  }

  /** The remembered links of these skills if the memo is at `commit`, and the skills it has none for. */
  linksAt(commit: string, skillIds: Iterable<string>): { known: Map<string, readonly CreditLink[]>; missing: string[] } {
    const known = new Map<string, readonly CreditLink[]>();
    const missing: string[] = [];
    for (const id of skillIds) {
      const list = commit === this.commit ? this.links.get(id) : undefined;
      if (list === undefined) missing.push(id);
      else known.set(id, list);
    }
    return { known, missing };
  }

  /** The skill this profile key resolved to at `commit`, if a statement at that commit resolved it. */
  skillOfKeyAt(commit: string, key: string): string | undefined {
    return commit === this.commit ? this.skillOfKey.get(key) : undefined;
  }

  /** Links read by a statement that ran at `commit`, and the skills its profile keys resolved to. */
  remember(commit: string, links: Iterable<readonly [skillId: string, links: readonly CreditLink[]]>, resolved: Iterable<readonly [key: string, skillId: string]>): void {
    if (commit !== this.commit) {
      this.links.clear();
      this.skillOfKey.clear();
      this.commit = commit;
    }
    for (const [skillId, list] of links) this.links.set(skillId, list);
    for (const [key, skillId] of resolved) this.skillOfKey.set(key, skillId);
  }

  get size(): number {
    return this.links.size;
  }
}

/** What a statement that reads credit links for held skills returns besides its own rows. */
export interface LinkedRead<Row> {
  rows: Row[];
  /** Every held skill's links: read by the statement or remembered at the commit it ran at. */
  credits: CreditLinks;
  /** The commit the statement ran at (GraphDatabase.readRowsAtCommit), for other memos keyed by commit. */
  commit: string;
}

export interface CreditLinkReadSpec<Row> {
  /** Profile keys (ProfileEntry.key) the statement resolves. */
  keys: readonly string[];
  /** Links the statement read itself: [skillId, links], links null where `$linksKnown` let it skip them. */
  linksIn(rows: Row[]): Iterable<readonly [skillId: string, links: readonly CreditLink[] | null]>;
  /** Which skill each profile key resolved to, to remember for later profiles. */
  resolvedIn(rows: Row[]): Iterable<readonly [key: string, skillId: string]>;
  /**
   * The same statement without the credit-link subqueries (every held skill's links null), run
   * instead when the memo knows every key's skill and links: a shorter text for Neo4j to parse and
   * look up in its query cache, and no `IN $linksKnown` test per held skill (docs/performance.md,
   * "Nineteenth pass"). Only for statements whose held skills are the profile's alone.
   */
  withoutLinks?: string;
  /** The statement's records as rows, for a statement that returns an answer over several (neo4j/recordParts.ts); the records by default. */
  rowsOf?(records: Row[]): Row[];
  /**
   * The commit an earlier statement of the same answer ran at, if any: links remembered at another
   * commit are not offered, since the statement would run at this one or later and then again
   * reading them all (one statement saved on the first answer after a write).
   */
  seenCommit?: string;
}

/**
 * Runs `statement` (which takes `$linksKnown`: skill ids whose credit links it returns as null) with
 * the memo's skills for these keys, and returns its rows with every held skill's links (module comment).
 */
export async function readWithCreditLinkMemo<Row>(
  db: GraphDatabase,
  memo: CreditLinkMemo,
  statement: string,
  parameters: QueryParameters,
  spec: CreditLinkReadSpec<Row>,
): Promise<LinkedRead<Row>> {
  const remembered = memo.knownFor(spec.keys);
  const known = spec.seenCommit === undefined || remembered.commit === spec.seenCommit ? remembered : { links: new Map<string, readonly CreditLink[]>(), commit: null, everyKey: false };
  const first = spec.withoutLinks !== undefined && known.links.size > 0 && known.everyKey ? spec.withoutLinks : statement;
  let { rows, commit } = await db.readRowsAtCommit<Row>(first, { ...parameters, linksKnown: [...known.links.keys()] });
  if (known.links.size > 0 && commit !== known.commit) {
    // The graph moved since those links were read: this answer reads its own.
    ({ rows, commit } = await db.readRowsAtCommit<Row>(statement, { ...parameters, linksKnown: [] }));
  }
  if (spec.rowsOf) rows = spec.rowsOf(rows);
  const read: Array<readonly [string, readonly CreditLink[]]> = [];
  const credits = new Map<string, readonly CreditLink[]>();
  for (const [skillId, links] of spec.linksIn(rows)) {
    if (links) {
      read.push([skillId, links]);
      credits.set(skillId, links);
    } else {
      const remembered = known.links.get(skillId);
      // Unreachable: the statement skips only the ids it was given.
      if (!remembered) throw new Error(`No credit links for skill ${skillId}, neither read nor remembered`);
      credits.set(skillId, remembered);
    }
  }
  memo.remember(commit, read, spec.resolvedIn(rows));
  return { rows, credits, commit };
}

/**
 * The credit links of `skillIds` as of `commit`, the commit of the statement that returned those
 * skills (paths: the skills held at the start of each move): the memo's, and the rest read in one
 * more statement (CREDIT_LINKS_OF_SKILLS), then remembered. Null when that statement ran at another
 * commit (a write in between): the caller then reads its answer again with the links in it, so an
 * answer never mixes two states of the graph.
 */
export async function creditLinksAtCommit(db: GraphDatabase, memo: CreditLinkMemo, commit: string, skillIds: Iterable<string>): Promise<CreditLinks | null> {
  const { known, missing } = memo.linksAt(commit, skillIds);
  if (missing.length === 0) return known;
  const read = await db.readRowsAtCommit<{ skillId: string; links: CreditLink[] }>(CREDIT_LINKS_OF_SKILLS, { ids: missing });
  if (read.commit !== commit) return null;
  // A skill deleted at this commit has no row: it credits nothing, and is not remembered.
  const links = read.rows.map(({ skillId, links }) => [skillId, links] as const);
  memo.remember(commit, links, []);
  for (const [skillId, list] of links) known.set(skillId, list);
  return known;
}
