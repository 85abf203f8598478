/**
 * The identity properties (id, slug, name: SKILL_PROPERTY_GROUPS.identity) of the skills roles
 * require, remembered by the process for one commit of the graph, so a skillGap statement can leave
 * its target's requirements to the requirement memo (roles/RequirementMemo.ts) and still show the
 * skills of the items it returns; a role lookup its requiredSkills likewise
 * (requirementsWithSkillsAtCommit). By slug, it also resolves the profile skills a skillGap names by
 * slug, so that statement can be left with only finding the target (gaps/repository.ts heldFromMemos). On the O*NET + ESCO graph a target has ~40-150 requirements;
 * in-process, the statement took 1.35-1.89 ms with them and 0.93-1.25 ms without, and Neo4j's CPU
 * per statement fell by a quarter to a third (docs/performance.md, "Twenty-third pass").
 *
 * Consistency is CreditLinkMemo's (skills/CreditLinkMemo.ts): every entry was read at one commit, an
 * answer uses them only when its own statement ran at that commit, and the memo starts over at a new
 * commit. It is filled only by MemoWarming (server.ts, warmMemos), every required skill at once, so
 * it either holds every required skill of its commit or says it does not (`complete`).
 *
 * After a write, until the warming of the new version has read them again (1-7 s, the larger the
 * graph the longer), an answer that takes the memo's route finds it at an older commit than its
 * statement's and reads its answer again with the requirements in it: two statements where one would
 * do. So a reader that finds it behind says so (`noteBehind`), and for BEHIND_RETRY_MS the memo serves
 * no one (`serves`); then one answer tries it again, so a memo found behind by a statement that ran
 * at an older commit than its own (reads racing the warming) is not set aside for long.
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { SKILL_PROPERTY_GROUPS } from '../graph/selectedProperties.js';
import type { Skill } from '../graph/model.js';

/** The properties held: what lists of skills show most (a slug to link, a name to read). */
export const SKILL_IDENTITY_PROPERTIES: readonly string[] = SKILL_PROPERTY_GROUPS.identity;

/**
 * Skills held at most: every skill some role requires on the O*NET + ESCO graph (22,249) in ~5.2 MiB
 * of heap, and ~0.8 MiB more for the index by slug. A graph with more is not held at all (the statements read their skills themselves).
 */
export const REMEMBERED_SKILL_IDENTITIES = 40_000;

/** Every skill some role requires, [id, slug, name], one more than `$limit` at most (to tell a graph with too many). */
const REQUIRED_SKILL_IDENTITIES = `
MATCH (skill:Skill) WHERE EXISTS { (skill)<-[:REQUIRES]-(:Role) }
RETURN [skill.id, skill.slug, skill.name] AS skill
LIMIT $limit`;

/**
 * How long the memo serves no one after a reader found it behind the graph (noteBehind): about one
 * poll of the graph's version and the start of the warming it sets off (GRAPH_CHANGE_POLL_MS, 1 s by
 * default), so in the rest of the warming one answer a second pays the two statements, not every one.
 */
export const BEHIND_RETRY_MS = 1_000;

export type SkillIdentity = Pick<Skill, 'id' | 'slug' | 'name'>;

export class SkillIdentityMemo {
  private readAt: string | null = null;
  private byId = new Map<string, SkillIdentity>();
  /**
   * The same skills by slug (unique: graphSchema.ts), so a profile that names skills by slug is
   * resolved here as its statement would (slug first: gaps/repository.ts RESOLVE_ENTRIES).
   */
  private bySlug = new Map<string, SkillIdentity>();
  /** When a reader last found the memo behind its statement's commit (clock's time), or null. */
  private behindSince: number | null = null;

  constructor(
    /** Skills held at most. */
    readonly capacity = REMEMBERED_SKILL_IDENTITIES,
    /** Milliseconds, for BEHIND_RETRY_MS (tests pass their own). */
    readonly clock: () => number = () => performance.now(),
  ) {}

  /** Whether `properties` are all identity properties, so a skill showing only them can come from here. */
  static holdsAll(properties: readonly string[]): boolean {
    return properties.every((name) => SKILL_IDENTITY_PROPERTIES.includes(name));
  }

  /** Whether the memo holds every required skill at some commit (the one a statement must have run at to use it). */
  get complete(): boolean {
    return this.readAt !== null;
  }

  /** The commit its skills were read at; null while it holds none. */
  get commit(): string | null {
    return this.readAt;
  }

  /**
   * Whether readers should take the memo's route: it holds every required skill at some commit, and
   * no reader found it behind the graph in the last BEHIND_RETRY_MS (noteBehind).
   */
  get serves(): boolean {
    return this.readAt !== null && (this.behindSince === null || this.clock() - this.behindSince >= BEHIND_RETRY_MS);
  }

  /** A reader's statement ran at another commit than the memo's: it serves no one for BEHIND_RETRY_MS. */
  noteBehind(): void {
    if (this.readAt !== null) this.behindSince = this.clock();
  }

  /** Whether the memo holds the required skills of `commit`. */
  isAt(commit: string): boolean {
    return commit === this.readAt;
  }

  /** The skill with this id, if the memo is at `commit` and some role required it then. */
  at(commit: string, skillId: string): SkillIdentity | undefined {
    return commit === this.readAt ? this.byId.get(skillId) : undefined;
  }

  /**
   * The skill with this slug, if the memo is at `commit` and some role required it then. A slug it
   * lacks may still be a skill no role requires: only a hit is an answer.
   */
  withSlug(commit: string, slug: string): SkillIdentity | undefined {
    return commit === this.readAt ? this.bySlug.get(slug) : undefined;
  }

  /** Every required skill as read at `commit`; more than `capacity` of them: nothing is held. */
  remember(commit: string, skills: ReadonlyArray<readonly [id: string, slug: string, name: string]>): void {
    this.readAt = null;
    this.byId = new Map();
    this.bySlug = new Map();
    this.behindSince = null;
    if (skills.length > this.capacity) return;
    for (const [id, slug, name] of skills) {
      const skill = { id, slug, name };
      this.byId.set(id, skill);
      this.bySlug.set(slug, skill);
    }
    this.readAt = commit;
  }

  /** Skills held. */
  get size(): number {
    return this.byId.size;
  }
}

/**
 * Reads every required skill's identity into the memo, at `commit` (the warming's): false when the
 * statement ran at another commit (the graph moved; the memo is left as it was).
 */
export async function rememberSkillIdentities(db: GraphDatabase, memo: SkillIdentityMemo, commit: string): Promise<boolean> {
  const read = await db.readRowsAtCommit<{ skill: [string, string, string] }>(REQUIRED_SKILL_IDENTITIES, { limit: neo4j.int(memo.capacity + 1) });
  if (read.commit !== commit) return false;
  memo.remember(commit, read.rows.map(({ skill }) => skill));
  return true;
}
