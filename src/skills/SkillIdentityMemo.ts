/**
 * The identity properties (id, slug, name: SKILL_PROPERTY_GROUPS.identity) of the skills roles
 * require, remembered by the process for one commit of the graph, so a skillGap statement can leave
 * its target's requirements to the requirement memo (roles/RequirementMemo.ts) and still show the
 * skills of the items it returns; a role lookup its requiredSkills likewise
 * (requirementsWithSkillsAtCommit). On the O*NET + ESCO graph a target has ~40-150 requirements;
 * in-process, the statement took 1.35-1.89 ms with them and 0.93-1.25 ms without, and Neo4j's CPU
 * per statement fell by a quarter to a third (docs/performance.md, "Twenty-third pass").
 *
 * Consistency is CreditLinkMemo's (skills/CreditLinkMemo.ts): every entry was read at one commit, an
 * answer uses them only when its own statement ran at that commit, and the memo starts over at a new
 * commit. It is filled only by MemoWarming (server.ts, warmMemos), every required skill at once, so
 * it either holds every required skill of its commit or says it does not (`complete`).
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { SKILL_PROPERTY_GROUPS } from '../graph/selectedProperties.js';
import type { Skill } from '../graph/model.js';

/** The properties held: what lists of skills show most (a slug to link, a name to read). */
export const SKILL_IDENTITY_PROPERTIES: readonly string[] = SKILL_PROPERTY_GROUPS.identity;

/**
 * Skills held at most: every skill some role requires on the O*NET + ESCO graph (22,249) in ~5.2 MiB
 * of heap. A graph with more is not held at all (the statements read their skills themselves).
 */
export const REMEMBERED_SKILL_IDENTITIES = 40_000;

/** Every skill some role requires, [id, slug, name], one more than `$limit` at most (to tell a graph with too many). */
const REQUIRED_SKILL_IDENTITIES = `
MATCH (skill:Skill) WHERE EXISTS { (skill)<-[:REQUIRES]-(:Role) }
RETURN [skill.id, skill.slug, skill.name] AS skill
LIMIT $limit`;

export type SkillIdentity = Pick<Skill, 'id' | 'slug' | 'name'>;

export class SkillIdentityMemo {
  private commit: string | null = null;
  private byId = new Map<string, SkillIdentity>();

  constructor(
    /** Skills held at most. */
    readonly capacity = REMEMBERED_SKILL_IDENTITIES,
  ) {}

  /** Whether `properties` are all identity properties, so a skill showing only them can come from here. */
  static holdsAll(properties: readonly string[]): boolean {
    return properties.every((name) => SKILL_IDENTITY_PROPERTIES.includes(name));
  }

  /** Whether the memo holds every required skill at some commit (the one a statement must have run at to use it). */
  get complete(): boolean {
    return this.commit !== null;
  }

  /** Whether the memo holds the required skills of `commit`. */
  isAt(commit: string): boolean {
    return commit === this.commit;
  }

  /** The skill with this id, if the memo is at `commit` and some role required it then. */
  at(commit: string, skillId: string): SkillIdentity | undefined {
    return commit === this.commit ? this.byId.get(skillId) : undefined;
  }

  /** Every required skill as read at `commit`; more than `capacity` of them: nothing is held. */
  remember(commit: string, skills: ReadonlyArray<readonly [id: string, slug: string, name: string]>): void {
    this.commit = null;
    this.byId = new Map();
    if (skills.length > this.capacity) return;
    for (const [id, slug, name] of skills) this.byId.set(id, { id, slug, name });
    this.commit = commit;
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
