/**
 * The requirements of roles that answers read recently, remembered by the process for one commit of
 * the graph, so a paths statement returns its routes and roles without their requirements (and a
 * recommendRoles statement its candidates without theirs) and only the roles the memo lacks are read,
 * in one more statement (requirementsAtCommit). Fresh questions (a pair of roles nobody asked about,
 * a profile nobody sent) still cross the same roles: on the O*NET + ESCO graph the requirements of
 * the roles on a careerPaths route set were about two thirds of its statement's time, though other
 * answers had just read them (docs/performance.md, "Ninth pass"), and those of recommendRoles' 100
 * candidates more than half of its candidate statement's ("Twelfth pass").
 *
 * Consistency is CreditLinkMemo's (skills/CreditLinkMemo.ts): every entry was read at one commit,
 * an answer uses them only when its own statement ran at that commit, and the memo starts over at a
 * new commit.
 *
 * An answer gets its roles' requirements as a RoleRequirements, which unpacks a role's when it is first
 * asked for: a careerPaths answer crosses ~60 roles of ~40-150 requirements on O*NET / ESCO pairs but
 * scores only the moves whose gaps no earlier answer remembered (paths/MoveGapMemo.ts), and unpacking
 * them all was a fifth of what a fresh careerPaths answer allocated (docs/performance.md, "Thirteenth
 * pass").
 */
import { LRUCache } from 'lru-cache';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import type { RequirementInput } from '../scoring/skillGap.js';
import { SkillIdentityMemo, type SkillIdentity } from '../skills/SkillIdentityMemo.js';

/** A requirement as the paths statements return it: no keys, so ~150 of them per O*NET role stay small on the wire. */
export type RequirementTuple = [skillId: string, importance: number, level: number | null, essential: boolean];

/**
 * Requirements remembered at most (least recently used roles dropped first): the whole O*NET + ESCO
 * graph (~217,000: 1,016 O*NET occupations with ~91 each, 3,007 ESCO ones with ~41) in ~5.5 MiB of
 * heap, packed. It held 150,000 in the first packing (~6.8 MiB); at that size, with the busiest roles
 * warmed (MemoWarming.ts), 18 of 120 fresh O*NET / ESCO careerPaths pairs still needed a statement for
 * requirements it lacked, against none with the whole graph (docs/performance.md, "Tenth pass").
 * What the memo holds live raises the API's peak memory under load (V8 lets the heap grow in
 * proportion to what survives), against a budget of 250 MiB: hence the packing.
 */
export const REMEMBERED_REQUIREMENTS = 250_000;

/** Weight of an answer's share of missing roles in RequirementMemo.missShare: about the last five answers of a reader count. */
const MISS_SHARE_WEIGHT = 0.2;
/**
 * The recent miss share from which a reader's answers read their requirements in their own statement
 * (readsInStatement): about where the fresh and the repeated headline's measurements at 100k roles
 * cross (docs/performance.md, "Twenty-first pass").
 */
const READ_IN_STATEMENT_MISS_SHARE = 0.3;

/**
 * A role's requirements packed into two typed arrays: ~21 bytes of heap a requirement plus ~200 a
 * role, where RequirementInput objects took ~84 and the first packing (a string array and three
 * typed arrays) ~43 (measured on the O*NET + ESCO graph, docs/performance.md "Tenth pass"). Skills are
 * numbered per memo (`skillIds`); the numbers stay exact (importance and level as Float64, as read).
 * An answer unpacks the roles it uses: a few thousand short-lived objects.
 */
interface PackedRequirements {
  /** Per requirement: the skill's number in the memo's table, and ESSENTIAL_BIT when essential. */
  skills: Uint32Array;
  /** Per requirement: importance at 2i, level at 2i + 1 (NaN where the requirement names no level). */
  numbers: Float64Array;
}

/** The flag in PackedRequirements.skills: fewer than 2^31 skills are ever numbered at one commit. */
const ESSENTIAL_BIT = 0x8000_0000;
const SKILL_NUMBER = 0x7fff_ffff;

function pack(tuples: readonly RequirementTuple[], skillNumber: (skillId: string) => number): PackedRequirements {
  const packed: PackedRequirements = { skills: new Uint32Array(tuples.length), numbers: new Float64Array(tuples.length * 2) };
  tuples.forEach(([skillId, importance, level, essential], index) => {
    packed.skills[index] = (skillNumber(skillId) | (essential ? ESSENTIAL_BIT : 0)) >>> 0;
    packed.numbers[2 * index] = importance;
    packed.numbers[2 * index + 1] = level ?? Number.NaN;
  });
  return packed;
}

function unpack({ skills, numbers }: PackedRequirements, skillIds: readonly string[]): readonly RequirementInput[] {
  const inputs: RequirementInput[] = new Array(skills.length);
  for (let index = 0; index < skills.length; index += 1) {
    const level = numbers[2 * index + 1]!;
    inputs[index] = {
      skillId: skillIds[skills[index]! & SKILL_NUMBER]!,
      importance: numbers[2 * index]!,
      level: Number.isNaN(level) ? null : level,
      essential: (skills[index]! & ESSENTIAL_BIT) !== 0,
    };
  }
  return inputs;
}

/** Requirements by role id, as scoring reads them (a Map of RequirementInput lists will do). */
export type RequirementsByRole = Pick<ReadonlyMap<string, readonly RequirementInput[]>, 'get' | 'has'>;

/** A role's packed requirements and the skill table (RequirementMemo.skillIds at the time) that numbers its skills. */
interface PackedEntry {
  packed: PackedRequirements;
  skillIds: readonly string[];
}

/**
 * The requirements of the roles one answer read, by role id: each unpacked into RequirementInput
 * objects when first asked for, then kept. What it holds does not change when the memo moves on
 * (evicts a role, or starts over at another commit): it keeps the packed lists and their skill table.
 */
export class RoleRequirements implements RequirementsByRole {
  private readonly byRole = new Map<string, PackedEntry | readonly RequirementInput[]>();

  get(roleId: string): readonly RequirementInput[] | undefined {
    const entry = this.byRole.get(roleId);
    if (entry === undefined || Array.isArray(entry)) return entry as readonly RequirementInput[] | undefined;
    const inputs = unpack((entry as PackedEntry).packed, (entry as PackedEntry).skillIds);
    this.byRole.set(roleId, inputs);
    return inputs;
  }

  has(roleId: string): boolean {
    return this.byRole.has(roleId);
  }

  get size(): number {
    return this.byRole.size;
  }

  /** Every role's requirements (unpacking those not asked for yet). */
  *[Symbol.iterator](): IterableIterator<[string, readonly RequirementInput[]]> {
    for (const roleId of this.byRole.keys()) yield [roleId, this.get(roleId)!];
  }

  /** @internal RequirementMemo's: a role's packed requirements, numbered by `skillIds`. */
  addPacked(roleId: string, packed: PackedRequirements, skillIds: readonly string[]): void {
    this.byRole.set(roleId, { packed, skillIds });
  }

  /** Adds (or replaces) the requirements of another answer's roles. */
  addAll(other: RoleRequirements): void {
    for (const [roleId, entry] of other.byRole) this.byRole.set(roleId, entry);
  }
}

export class RequirementMemo {
  private commit: string | null = null;
  private readonly byRole: LRUCache<string, PackedRequirements>;
  /**
   * Skill ids by number, and numbers by id: each id held once, however many roles require the skill.
   * Replaced, not emptied, when the memo starts over: RoleRequirements handed out earlier still
   * unpack with the table their lists were numbered by.
   */
  private skillIds: string[] = [];
  private readonly skillNumbers = new Map<string, number>();
  private ranOutOfRoom = false;
  /** Per reader (a kind of answer), the share of the roles its recent answers needed that the memo lacked (noteNeeded). */
  private readonly missShares = new Map<string, number>();

  constructor(
    /** Requirements held at most (a role counts its requirements + 1). */
    readonly capacity = REMEMBERED_REQUIREMENTS,
  ) {
    this.byRole = new LRUCache({
      maxSize: capacity,
      // + 1: a role without requirements still takes an entry.
      sizeCalculation: (packed) => packed.skills.length + 1,
      dispose: (_packed, _roleId, reason) => {
        if (reason === 'evict') this.ranOutOfRoom = true;
      },
    });
  }

  /**
   * Whether, at its commit, the memo has dropped a role or turned one away for lack of room: the
   * graph's requirements do not all fit (the O*NET + ESCO graph's do; a 100,000-role graph's do not).
   * Readers whose roles are spread over the whole graph (recommendRoles' candidates) then mostly miss,
   * and one more statement for what they miss costs more than reading it in their own statement.
   */
  get outgrown(): boolean {
    return this.ranOutOfRoom;
  }

  /**
   * Notes how many of the roles an answer of `reader` needs the memo holds at `commit` (without
   * touching their recency), into that reader's recent miss share: an exponentially weighted share of
   * the roles its answers needed and the memo lacked, so a reader can tell whether reading
   * requirements after its statement is likely to need one more.
   */
  noteNeeded(reader: string, commit: string, roleIds: Iterable<string>): void {
    let needed = 0;
    let missing = 0;
    for (const id of new Set(roleIds)) {
      needed++;
      if (commit !== this.commit || !this.byRole.has(id)) missing++;
    }
    if (needed === 0) return;
    const share = missing / needed;
    const previous = this.missShares.get(reader);
    this.missShares.set(reader, previous === undefined ? share : previous + MISS_SHARE_WEIGHT * (share - previous));
  }

  /**
   * Whether answers of `reader` read their roles' requirements in their own statement rather than
   * after it from the memo: while the memo is outgrown and lacked at least READ_IN_STATEMENT_MISS_SHARE
   * of the roles that reader's recent answers needed, one more statement for what it lacks costs more
   * than reading them in the answer's own.
   */
  readsInStatement(reader: string): boolean {
    return this.outgrown && this.missShare(reader) >= READ_IN_STATEMENT_MISS_SHARE;
  }

  /** `reader`'s recent miss share (noteNeeded); 0 before its first answer. */
  missShare(reader: string): number {
    return this.missShares.get(reader) ?? 0;
  }

  /** The remembered requirements of these roles if the memo is at `commit`, and the roles it has none for. */
  at(commit: string, roleIds: Iterable<string>): { known: RoleRequirements; missing: string[] } {
    const known = new RoleRequirements();
    const missing: string[] = [];
    for (const id of new Set(roleIds)) {
      const packed = commit === this.commit ? this.byRole.get(id) : undefined;
      if (packed === undefined) missing.push(id);
      else known.addPacked(id, packed, this.skillIds);
    }
    return { known, missing };
  }

  /**
   * Requirements read by a statement that ran at `commit`, remembered and returned as scoring takes
   * them. With `makeRoom: false` a role is remembered only while the memo has room for it, so reads
   * that rarely repeat (recommendRoles' candidates on a graph larger than the memo) never push out
   * the roles warmed for paths answers.
   */
  remember(
    commit: string,
    read: Iterable<readonly [roleId: string, requirements: readonly RequirementTuple[]]>,
    { makeRoom = true }: { makeRoom?: boolean } = {},
  ): RoleRequirements {
    if (commit !== this.commit) {
      this.byRole.clear();
      this.skillIds = [];
      this.skillNumbers.clear();
      this.commit = commit;
      this.ranOutOfRoom = false;
    }
    const remembered = new RoleRequirements();
    for (const [roleId, tuples] of read) {
      const packed = pack(tuples, (skillId) => this.numberOf(skillId));
      if (makeRoom || this.byRole.has(roleId) || this.byRole.calculatedSize + packed.skills.length + 1 <= this.capacity) this.byRole.set(roleId, packed);
      else this.ranOutOfRoom = true;
      remembered.addPacked(roleId, packed, this.skillIds);
    }
    return remembered;
  }

  private numberOf(skillId: string): number {
    let number = this.skillNumbers.get(skillId);
    if (number === undefined) {
      number = this.skillIds.push(skillId) - 1;
      this.skillNumbers.set(skillId, number);
    }
    return number;
  }

  /** Roles remembered. */
  get size(): number {
    return this.byRole.size;
  }
}

/** A role's requirements as RequirementTuples, most important first (the order scoring expects). */
export const requirementTuples = (role: string) => `COLLECT {
      MATCH (${role})-[req:REQUIRES]->(skill:Skill)
      RETURN [skill.id, req.importance, req.level, req.essential] ORDER BY req.importance DESC, skill.id
    }`;

/** The requirements of the roles $ids (those a statement left to read after it), one record per role. */
const REQUIREMENTS_OF_ROLES = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN id AS roleId, ${requirementTuples('role')} AS requirements`;

/**
 * The requirements of `roleIds` as of `commit`, the commit of the statement that returned those
 * roles: the memo's, and the rest read in one more statement (REQUIREMENTS_OF_ROLES), then
 * remembered (`makeRoom`: RequirementMemo.remember). Null when that statement ran at another commit
 * (a write in between): the caller then reads its answer again with the requirements in it, so an
 * answer never mixes two states of the graph.
 */
export async function requirementsAtCommit(
  db: GraphDatabase,
  memo: RequirementMemo,
  commit: string,
  roleIds: Iterable<string>,
  options: { makeRoom?: boolean } = {},
): Promise<RoleRequirements | null> {
  const { known, missing } = memo.at(commit, roleIds);
  if (missing.length === 0) return known;
  const read = await db.readRowsAtCommit<{ roleId: string; requirements: RequirementTuple[] }>(REQUIREMENTS_OF_ROLES, { ids: missing });
  if (read.commit !== commit) return null;
  known.addAll(memo.remember(commit, read.rows.map(({ roleId, requirements }) => [roleId, requirements] as const), options));
  return known;
}

/** A requirement from the memos: its skill's identity instead of its id. */
export type RequirementWithSkill = Omit<RequirementInput, 'skillId'> & { skill: SkillIdentity };

/**
 * Whether an answer of `reader` that shows these properties of a skill may ask
 * requirementsWithSkillsAtCommit for its role's requirements: the skill-identity memo holds every
 * required skill and those properties and was not found behind the graph just now
 * (SkillIdentityMemo.serves), and the requirement memo is not one whose recent answers of `reader`
 * mostly missed (readsInStatement).
 */
export function servesRequirementsWithSkills(memo: RequirementMemo, identities: SkillIdentityMemo, reader: string, skillProperties: readonly string[]): boolean {
  return identities.serves && SkillIdentityMemo.holdsAll(skillProperties) && !memo.readsInStatement(reader);
}

/**
 * One role's requirements with their skills' id, slug and name, as of `commit` (the commit of the
 * statement that found the role): from the requirement memo (one more statement when it lacks the
 * role, remembered while it has room) and the skill-identity memo. Null when the skill-identity memo
 * is not at that commit or a statement ran at another one: the caller then reads them in a statement
 * of its own. For answers that show no more of a requirement than that (skillGap, role lookups).
 */
export async function requirementsWithSkillsAtCommit(
  db: GraphDatabase,
  memo: RequirementMemo,
  identities: SkillIdentityMemo,
  commit: string,
  roleId: string,
): Promise<RequirementWithSkill[] | null> {
  // The graph moved since the warming: reading them in the caller's statement is one statement, not
  // two, and so it is for the next answers until the warming catches up (SkillIdentityMemo.noteBehind).
  if (!identities.isAt(commit)) {
    identities.noteBehind();
    return null;
  }
  const read = await requirementsAtCommit(db, memo, commit, [roleId], { makeRoom: false });
  const inputs = read?.get(roleId);
  if (!inputs) return null;
  const requirements: RequirementWithSkill[] = new Array(inputs.length);
  for (const [index, { skillId, importance, level, essential }] of inputs.entries()) {
    const skill = identities.at(commit, skillId);
    if (!skill) return null;
    requirements[index] = { skill, importance, level, essential };
  }
  return requirements;
}
