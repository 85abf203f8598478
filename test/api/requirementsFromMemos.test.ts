/**
 * skillGap's target's requirements and a role lookup's requiredSkills from the requirement memo, with
 * their skills from the skill-identity memo (src/gaps/repository.ts loadSkillGap, src/roles/repository.ts
 * findOne, src/skills/SkillIdentityMemo.ts), against the real Neo4j and the curated seeds: answers
 * equal those of the statements that read the requirements themselves, those statements are sent
 * without them, an answer showing more of a requirement or a skill reads them itself, a role the memo
 * lacks is read in one more statement, a write made straight to the database shows in the next
 * answer, and until the memos are warmed again the answers after it take one statement, not two. The
 * response cache is off.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { GapRepository } from '../../src/gaps/repository.js';
import { GapService } from '../../src/gaps/GapService.js';
import { gapSelection } from '../../src/gaps/gapSelection.js';
import { readProfile } from '../../src/gaps/profile.js';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { PathRepository } from '../../src/paths/repository.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { RequirementMemo, requirementsAtCommit } from '../../src/roles/RequirementMemo.js';
import { CreditLinkMemo } from '../../src/skills/CreditLinkMemo.js';
import { BEHIND_RETRY_MS, rememberSkillIdentities, SkillIdentityMemo } from '../../src/skills/SkillIdentityMemo.js';
import { graphql } from '../generated/index.js';
import { markedRequirements } from '../support/markedRequirements.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
let requirements: ReturnType<typeof markedRequirements>;
const cleanUp = () => requirements?.removeAll();

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
  requirements = markedRequirements(api.database.db, 'skill-gap-from-memos-test');
});
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

const SKILL_GAP = graphql(`
  query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {
    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {
      coverage gap unresolvedSkills target { slug title }
      missing { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }
      partial { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }
      met { skill { id slug } status }
    }
  }
`);
// A skill's kind is not an identity property: this answer's statement reads the requirements itself.
const SKILL_GAP_WITH_KINDS = graphql(`
  query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {
    skillGap(target: $target, profile: $profile) { gap missing { skill { slug kind } levelGap } partial { skill { slug kind } levelGap } }
  }
`);

const PROFILE = { skills: [{ skill: 'python', level: 5 }, { skill: 'Kubernetes', level: 4 }, { skill: 'cloud-platforms', level: 3 }, { skill: 'no-such-skill', level: 2 }] };
const QUESTIONS = [
  { target: 'cloud-architect', profile: PROFILE },
  { target: 'principal-cloud-architect', profile: PROFILE, fromRole: 'cloud-engineer' },
  { target: 'data-engineer', profile: { skills: [{ skill: 'sql', level: 6 }] } },
];

/** Warms the memos as MemoWarming does (server.ts warmMemos), without the moves. */
async function warm(): Promise<void> {
  const { caches } = api.server;
  const warmed = await new PathRepository(api.database.db, caches.creditLinks, REQUIREMENTS_PER_RECORD, caches.requirements).rememberBusiestRoles();
  expect(warmed).not.toBeNull();
  expect(await rememberSkillIdentities(api.database.db, caches.skillIdentities, warmed!.commit)).toBe(true);
}

/**
 * A requirement memo with room for about one role, outgrown by reading four targets (it keeps the
 * last one read), and a skill-identity memo, both at the graph's commit.
 */
async function outgrownRequirementMemo() {
  const db = api.database.db;
  const commit = await db.latestCommit();
  const targets = await db.readRows<{ id: string; slug: string }>(
    'MATCH (role:Role) WHERE EXISTS { (role)-[:REQUIRES]->() } RETURN role.id AS id, role.slug AS slug ORDER BY role.slug LIMIT 4',
  );
  expect(targets).toHaveLength(4);
  const memo = new RequirementMemo(25);
  expect(await requirementsAtCommit(db, memo, commit, targets.map(({ id }) => id))).not.toBeNull();
  expect(memo.outgrown).toBe(true);
  const identities = new SkillIdentityMemo();
  expect(await rememberSkillIdentities(db, identities, commit)).toBe(true);
  return { commit, targets, memo, identities };
}

/** The statements one answer sends, and whether each read the target's requirements. */
async function withStatements<T>(answer: () => Promise<T>): Promise<{ result: T; readsRequirements: boolean[] }> {
  const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit');
  try {
    const result = await answer();
    return { result, readsRequirements: statements.mock.calls.map(([cypher]) => cypher.includes('MATCH (target)-[req:REQUIRES]->(skill:Skill)')) };
  } finally {
    statements.mockRestore();
  }
}

describe('skillGap with its requirements from the memos', () => {
  it('answers as the statement that reads the requirements does, with a statement that reads none', async () => {
    expect(api.server.caches.skillIdentities.complete).toBe(false);
    const expected = [];
    for (const question of QUESTIONS) {
      const { result, readsRequirements } = await withStatements(() => api.data(SKILL_GAP, question));
      expect(readsRequirements).toEqual([true]); // nothing warmed yet: the statement reads them
      expected.push(result);
    }
    expect(expected[0]!.skillGap.missing.length).toBeGreaterThan(0);
    expect(expected[0]!.skillGap.unresolvedSkills).toEqual(['no-such-skill']);
    await warm();
    expect(api.server.caches.skillIdentities.size).toBeGreaterThan(0);
    for (const [index, question] of QUESTIONS.entries()) {
      const { result, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, question));
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(expected[index]);
      expect(readsRequirements[0]).toBe(false);
    }
  });

  it('reads the requirements in its statement when the answer shows more of a skill than its identity', async () => {
    await warm();
    const { result, readsRequirements } = await withStatements(() => api.data(SKILL_GAP_WITH_KINDS, QUESTIONS[0]!));
    expect(readsRequirements).toEqual([true]);
    expect(result.skillGap.missing.every((item) => item.skill.kind !== null)).toBe(true);
  });

  it('reads the requirements of a target the memo lacks in one more statement, and remembers them', async () => {
    await warm();
    const question = QUESTIONS[0]!;
    const expected = await api.data(SKILL_GAP, question);
    // The requirement memo at another commit (so it lacks every role), the skill identities at this one.
    const { requirements: memo, skillIdentities } = api.server.caches;
    memo.remember('another commit', []);
    expect(await rememberSkillIdentities(api.database.db, skillIdentities, await api.database.db.latestCommit())).toBe(true);
    const { result: first, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, question));
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBe(2);
    expect(readsRequirements).toEqual([false, false]); // the statement, then the target's requirements (REQUIREMENTS_OF_ROLES)
    expect(first.data).toEqual(expected);
    const again = await api.execute(SKILL_GAP, question);
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(expected);
  });

  it('shows a write made straight to the database in the next answer', async () => {
    await warm();
    const before = await api.data(SKILL_GAP, QUESTIONS[0]!);
    expect([...before.skillGap.missing, ...before.skillGap.partial].map((item) => item.skill.slug)).not.toContain('terraform');
    await requirements.write('cloud-architect', 'terraform');
    const { result: after, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, QUESTIONS[0]!));
    expect(after.errors).toBeUndefined();
    // The statement ran at a newer commit than the memos: once more for the held skills' credit links
    // (CreditLinkMemo), then with the requirements in it.
    expect(readsRequirements).toEqual([false, false, true]);
    const terraform = [...after.data!.skillGap.missing, ...after.data!.skillGap.partial].find((item) => item.skill.slug === 'terraform');
    expect(terraform).toMatchObject({ skill: { slug: 'terraform', name: expect.any(String) }, levelGap: expect.any(Number) });
    expect(after.data!.skillGap.gap).toBeGreaterThan(before.skillGap.gap);
  });

  it('takes the statement route alone while the memos are behind a write, tries them again after a while, and is back on them once warmed', async () => {
    await warm();
    await requirements.write('cloud-architect', 'terraform');
    const { skillIdentities } = api.server.caches;
    let now = 0;
    const clock = vi.spyOn(skillIdentities, 'clock').mockImplementation(() => now);
    try {
      const expected = await api.data(SKILL_GAP, QUESTIONS[0]!); // finds the memos behind the write
      expect(skillIdentities.serves).toBe(false);
      const next = await withStatements(() => api.execute(SKILL_GAP, QUESTIONS[0]!));
      expect(next.readsRequirements).toEqual([true]); // one statement, not the memo's route and then that one
      expect(next.result.data).toEqual(expected);
      now += BEHIND_RETRY_MS;
      const retry = await withStatements(() => api.execute(SKILL_GAP, QUESTIONS[0]!));
      expect(retry.readsRequirements).toEqual([false, true]); // the memo's route again, still behind
      expect(retry.result.data).toEqual(expected);
      await warm();
      const warmed = await withStatements(() => api.execute(SKILL_GAP, QUESTIONS[0]!));
      expect(warmed.readsRequirements).toEqual([false]);
      expect(warmed.result.data).toEqual(expected);
    } finally {
      clock.mockRestore();
    }
  });

  it('reads them in its statement while an outgrown requirement memo lacked most recent targets, and goes back when it holds them', async () => {
    const db = api.database.db;
    let statements = 0;
    const counted = db.withObserver({ onQuery: () => void (statements += 1) });
    const { commit, targets, memo, identities } = await outgrownRequirementMemo();
    const gaps = new GapService(new GapRepository(counted, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, memo, identities));
    const reference = new GapService(new GapRepository(db, new CreditLinkMemo()));
    const selection = gapSelection([{ name: 'gap', args: {} }, { name: 'missing', args: {}, selections: [{ name: 'skill', args: {}, selections: [{ name: 'slug', args: {} }] }] }]);
    const profile = readProfile(PROFILE);
    const ask = async (slug: string) => {
      const before = statements;
      const answer = await gaps.skillGap(profile, slug, null, selection);
      expect(answer).toEqual(await reference.skillGap(profile, slug, null, selection));
      return statements - before;
    };
    const held = targets.find(({ id }) => memo.at(commit, [id]).missing.length === 0)!;
    const lacked = targets.filter(({ id }) => memo.at(commit, [id]).missing.length > 0);
    expect(held).toBeDefined();
    expect(lacked.length).toBeGreaterThan(1);
    // The first lacked target: the statement, then its requirements.
    expect(await ask(lacked[0]!.slug)).toBe(2);
    expect(memo.missShare('skillGap')).toBe(1);
    // Since then the statement reads them: one statement, whichever target.
    expect(await ask(lacked[1]!.slug)).toBe(1);
    expect(await ask(held.slug)).toBe(1);
    // Answers about targets the memo holds bring the share down, until the memos serve again.
    while (memo.readsInStatement('skillGap')) await ask(held.slug);
    expect(await ask(held.slug)).toBe(1);
    expect(memo.missShare('skillGap')).toBeLessThan(0.3);
  });
});

/** Whether a statement only finds the skillGap target (GapRepository.skillGapFromMemos), resolving no profile. */
const findsTargetOnly = (cypher: string) => cypher.includes('OPTIONAL MATCH (target:Role {slug: $target})') && !cypher.includes('$entries');

/**
 * Each statement one answer sends: 'target' when it only finds the target, 'target+requirements' when
 * it finds the target and reads its requirements, 'profile' when it resolves the profile, else 'other'.
 */
async function statementKinds<T>(answer: () => Promise<T>): Promise<{ result: T; kinds: string[] }> {
  const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit');
  try {
    const result = await answer();
    const kindOf = (cypher: string) =>
      findsTargetOnly(cypher)
        ? cypher.includes('MATCH (target)-[req:REQUIRES]->(skill:Skill)')
          ? 'target+requirements'
          : 'target'
        : cypher.includes('$entries')
          ? 'profile'
          : 'other';
    return { result, kinds: statements.mock.calls.map(([cypher]) => kindOf(cypher)) };
  } finally {
    statements.mockRestore();
  }
}

// Skills by slug and by alias ("k8s" is kubernetes's), and a close match that credits cloud architecture.
const KNOWN_PROFILE = { skills: [{ skill: 'python', level: 5 }, { skill: 'k8s', level: 4 }, { skill: 'cloud-platforms', level: 6 }] };
const KNOWN_QUESTIONS = ['cloud-architect', 'data-engineer', 'principal-cloud-architect', 'ml-engineer'].map((target) => ({ target, profile: KNOWN_PROFILE }));

describe('skillGap from the memos with a statement that finds only its target', () => {
  /** The answers with every memo at another commit: each from the statement that reads everything. */
  async function answersFromStatements() {
    const { skillIdentities, creditLinks } = api.server.caches;
    skillIdentities.remember('another commit', []);
    creditLinks.remember('another commit', [], []);
    const answers = [];
    for (const question of KNOWN_QUESTIONS) {
      const { result, kinds } = await statementKinds(() => api.data(SKILL_GAP, question));
      expect(kinds).toContain('profile');
      expect(kinds).not.toContain('target');
      answers.push(result);
    }
    return answers;
  }

  it('answers as the statement that reads everything does, when the memos know every key, link and requirement', async () => {
    const expected = await answersFromStatements(); // these also leave each key's skill and links in the memo
    const items = expected.flatMap(({ skillGap }) => [...skillGap.missing, ...skillGap.partial]);
    expect(items.some((item) => item.credit !== null)).toBe(true); // credits come from the memo too
    expect(expected.some(({ skillGap }) => skillGap.met.length > 0)).toBe(true);
    await warm();
    for (const [index, question] of KNOWN_QUESTIONS.entries()) {
      const { result, kinds } = await statementKinds(() => api.execute(SKILL_GAP, question));
      expect(result.errors).toBeUndefined();
      expect(kinds).toEqual(['target']);
      expect(result.data).toEqual(expected[index]);
    }
  });

  it('resolves in the full statement a name no statement resolved at this commit, an unknown key, or a fromRole, then the name from the memo', async () => {
    await warm();
    api.server.caches.creditLinks.remember('another commit', [], []);
    const question = KNOWN_QUESTIONS[0]!;
    const first = await statementKinds(() => api.execute(SKILL_GAP, question));
    expect(first.kinds).toEqual(['profile']); // "k8s" is no slug: only a statement at this commit can say what it names
    const again = await statementKinds(() => api.execute(SKILL_GAP, question));
    expect(again.kinds).toEqual(['target']);
    expect(again.result.data).toEqual(first.result.data);

    const unknown = { target: question.target, profile: { skills: [...KNOWN_PROFILE.skills, { skill: 'no-such-skill', level: 2 }] } };
    const withUnknown = await statementKinds(() => api.data(SKILL_GAP, unknown));
    expect(withUnknown.kinds).toEqual(['profile']);
    expect(withUnknown.result.skillGap.unresolvedSkills).toEqual(['no-such-skill']);
    const fromRole = await statementKinds(() => api.data(SKILL_GAP, { ...question, fromRole: 'cloud-engineer' }));
    expect(fromRole.kinds).toEqual(['profile']); // the origin's skills are held too, and no memo resolves them
  });

  it('reads a held skill whose credit links it lacks in the full statement', async () => {
    const expected = await api.data(SKILL_GAP, KNOWN_QUESTIONS[1]!);
    await warm();
    const { creditLinks } = api.server.caches;
    const commit = api.server.caches.skillIdentities.commit!;
    // Only python's key and links at this commit: kubernetes's and cloud platforms' links are unknown.
    const python = api.server.caches.skillIdentities.withSlug(commit, 'python')!;
    creditLinks.remember('another commit', [], []);
    creditLinks.remember(commit, [[python.id, []]], [['python', python.id]]);
    const { result, kinds } = await statementKinds(() => api.execute(SKILL_GAP, KNOWN_QUESTIONS[1]!));
    expect(kinds).toEqual(['profile']);
    expect(result.data).toEqual(expected);
  });

  it('reads the requirements in the statement that finds the target while an outgrown requirement memo lacked recent targets', async () => {
    const db = api.database.db;
    const { commit, targets, memo, identities } = await outgrownRequirementMemo();
    const gaps = new GapService(new GapRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, memo, identities));
    const reference = new GapService(new GapRepository(db, new CreditLinkMemo()));
    const selection = gapSelection([
      { name: 'gap', args: {} },
      { name: 'missing', args: {}, selections: [{ name: 'skill', args: {}, type: 'Skill', selections: [{ name: 'slug', args: {} }] }] },
    ]);
    const profile = readProfile(KNOWN_PROFILE);
    const lacked = targets.filter(({ id }) => memo.at(commit, [id]).missing.length > 0);
    expect(lacked.length).toBeGreaterThan(1);
    const ask = async (slug: string) => {
      const { result, kinds } = await statementKinds(() => gaps.skillGap(profile, slug, null, selection));
      expect(result).toEqual(await reference.skillGap(profile, slug, null, selection));
      return kinds;
    };
    // No links remembered yet: the full statement resolves the profile, then the target's requirements.
    expect(await ask(lacked[0]!.slug)).toEqual(['profile', 'other']);
    expect(memo.readsInStatement('skillGap')).toBe(true);
    // Now the memos know the profile; the requirement memo would miss, so the one statement reads them.
    expect(await ask(lacked[1]!.slug)).toEqual(['target+requirements']);
  });

  it('says the target does not exist after a statement that looks only for it', async () => {
    await api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!);
    await warm();
    const { result, kinds } = await statementKinds(() => api.execute(SKILL_GAP, { ...KNOWN_QUESTIONS[0]!, target: 'no-such-role' }));
    expect(kinds).toEqual(['target']);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a write made straight to the database in the next answer, then answers in one statement until warmed, then from the memos', async () => {
    await api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!);
    await warm();
    const before = await statementKinds(() => api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!));
    expect(before.kinds).toEqual(['target']);
    const shown = (answer: typeof before.result) => [...answer.skillGap.missing, ...answer.skillGap.partial].map((item) => item.skill.slug);
    expect(shown(before.result)).not.toContain('terraform');
    await requirements.write('cloud-architect', 'terraform');
    const clock = vi.spyOn(api.server.caches.skillIdentities, 'clock').mockReturnValue(0);
    onTestFinished(() => clock.mockRestore());
    const after = await statementKinds(() => api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!));
    // The target found at a newer commit than the memos': then the full statement, which reads the
    // requirements and the held skills' credit links (those remembered are of the older commit).
    expect(after.kinds).toEqual(['target', 'profile']);
    expect(shown(after.result)).toContain('terraform');
    expect(after.result.skillGap.gap).toBeGreaterThan(before.result.skillGap.gap);
    const next = await statementKinds(() => api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!));
    expect(next.kinds).toEqual(['profile']); // the memos serve no one until warmed again
    expect(next.result).toEqual(after.result);
    await warm();
    const warmed = await statementKinds(() => api.data(SKILL_GAP, KNOWN_QUESTIONS[0]!));
    expect(warmed.kinds).toEqual(['target']);
    expect(warmed.result).toEqual(after.result);
  });
});

const ROLE_LOOKUP = graphql(`
  query MemoRoleLookup($slug: String!) {
    role(slug: $slug) {
      slug title
      requiredSkills { skill { slug name } importance level }
      top: requiredSkills(minImportance: 0.5, first: 3) { skill { id } importance }
    }
  }
`);
// essential is not a rating: this lookup's statement reads the requirements itself.
const ROLE_LOOKUP_ESSENTIAL = graphql(`
  query MemoRoleLookupEssential($slug: String!) {
    role(slug: $slug) { slug requiredSkills { skill { slug } importance essential } }
  }
`);
/** Whether a statement reads a looked-up role's requirements. */
const readsRoleRequirements = (cypher: string) => cypher.includes('MATCH (role)-[req:REQUIRES]->(skill:Skill)');

describe('role lookups with their requirements from the memos', () => {
  it('answer as the statement that reads the requirements does, in the same order, with a statement that reads none', async () => {
    // The roles with the most requirements: the most ties on importance and level for the order to cut.
    const roles = await api.database.db.readRows<{ slug: string }>(
      'MATCH (role:Role) RETURN role.slug AS slug ORDER BY COUNT { (role)-[:REQUIRES]->() } DESC, role.slug LIMIT 40',
    );
    // A memo at another commit: every lookup reads its requirements in its statement.
    api.server.caches.skillIdentities.remember('another commit', []);
    const expected = [];
    for (const { slug } of roles) expected.push(await api.data(ROLE_LOOKUP, { slug }));
    expect(expected[0]!.role!.requiredSkills.length).toBeGreaterThan(3);
    await warm();
    for (const [index, { slug }] of roles.entries()) {
      const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit');
      try {
        const answer = await api.execute(ROLE_LOOKUP, { slug });
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(expected[index]);
        expect(statements.mock.calls.map(([cypher]) => readsRoleRequirements(cypher))[0]).toBe(false);
      } finally {
        statements.mockRestore();
      }
    }
  });

  it('reads them in its statement when the answer shows more of a requirement than its ratings', async () => {
    await warm();
    const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit');
    try {
      const answer = await api.data(ROLE_LOOKUP_ESSENTIAL, { slug: 'cloud-architect' });
      expect(answer.role!.requiredSkills.length).toBeGreaterThan(0);
      expect(statements.mock.calls.map(([cypher]) => readsRoleRequirements(cypher))).toEqual([true]);
    } finally {
      statements.mockRestore();
    }
  });

  it('shows a write made straight to the database in the next lookup', async () => {
    await warm();
    const before = await api.data(ROLE_LOOKUP, { slug: 'cloud-architect' });
    expect(before.role!.requiredSkills.map((req) => req.skill.slug)).not.toContain('terraform');
    await requirements.write('cloud-architect', 'terraform'); // as important as a requirement gets
    // The memo's clock stands still: the next lookup comes within BEHIND_RETRY_MS however slow the machine.
    const clock = vi.spyOn(api.server.caches.skillIdentities, 'clock').mockReturnValue(0);
    onTestFinished(() => clock.mockRestore());
    const after = await api.execute(ROLE_LOOKUP, { slug: 'cloud-architect' });
    expect(after.errors).toBeUndefined();
    expect(after.statements).toBe(2); // the lookup at the new commit, then the one that reads them
    expect(after.data!.role!.requiredSkills).toHaveLength(before.role!.requiredSkills.length + 1);
    expect(after.data!.role!.requiredSkills.find((req) => req.skill.slug === 'terraform')).toMatchObject({ importance: 1, level: 0.8 });
    // Until the warming catches up (SkillIdentityMemo.noteBehind), the next lookup reads them in its one statement.
    const next = await api.execute(ROLE_LOOKUP, { slug: 'cloud-architect' });
    expect(next.statements).toBe(1);
    expect(next.data).toEqual(after.data);
  });
});

