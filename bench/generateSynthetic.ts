/**
 * Synthetic career graphs for the benchmark's larger scales, shaped like the real data: ~10k skills
 * whose popularity is Zipf-skewed (a few skills such as "communication" are required by most roles,
 * most by a handful), ~20 requirements per role, ~3 LEADS_TO per role (mostly promotions to a more
 * senior role of the same family, some lateral moves and pivots), role families and salary bands.
 * Deterministic (seeded PRNG), so every run benchmarks the same graph.
 *
 * The nodes carry the curated seeds' properties (source CURATED, slugs prefixed "syn-") so the API
 * serves them exactly like curated data; they are loaded with UNWIND batches, one transaction each.
 */
import { normaliseImportance, normaliseLevel, IMPORTANCE_SCALE, LEVEL_SCALE } from '../src/scoring/normalise.js';
import { curatedFamilyId, curatedRoleId, curatedSkillId, ownedNodeId } from '../src/graph/ids.js';
import { FAMILY_KINDS, SKILL_KINDS } from '../src/graph/kinds.js';
import { skillNameKeyCypher } from '../src/graph/skillNameKey.js';
import { CURATED_AS_OF, CURATED_SOURCE } from '../src/graph/sources.js';
import type { GraphDatabase } from '../src/neo4j/GraphDatabase.js';

export interface SyntheticOptions {
  roles: number;
  skills: number;
  requirementsPerRole: number;
  progressionsPerRole: number;
  families: number;
  seed: number;
}

export const SYNTHETIC_DEFAULTS: Omit<SyntheticOptions, 'roles'> = {
  skills: 10_000,
  requirementsPerRole: 20,
  progressionsPerRole: 3,
  families: 40,
  seed: 42,
};

export interface SyntheticGraph {
  families: Array<{ id: string; slug: string; name: string }>;
  skills: Array<{ id: string; slug: string; name: string; kind: string; category: string }>;
  roles: Array<{
    id: string;
    familyId: string;
    properties: Record<string, unknown>;
    salary: Array<{ id: string; level: string; label: string; order: number; annualUsd: number }>;
    requirements: Array<{ skillId: string; importance: number; level: number; importanceRaw: number; levelRaw: number; essential: boolean }>;
    nextRoles: Array<{ roleId: string; kind: string; typicalYears: number; confidence: number }>;
  }>;
}

/** mulberry32: small, fast, seedable. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s, by binary search over the cumulative weights. */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const WORDS = ['data', 'cloud', 'platform', 'security', 'product', 'network', 'systems', 'research', 'quality', 'design', 'analytics', 'mobile', 'ml', 'devops', 'support'];
const SENIORITY = ['Junior', 'Associate', '', 'Senior', 'Staff', 'Principal', 'Lead', 'Head of'];
const LEVELS = ['ENTRY', 'MID', 'SENIOR', 'LEADERSHIP'] as const;

export function generateSynthetic(options: SyntheticOptions): SyntheticGraph {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const families = Array.from({ length: options.families }, (_, i) => {
    const slug = `syn-family-${i + 1}`;
    return { id: curatedFamilyId(slug), slug, name: `Synthetic family ${i + 1} (${WORDS[i % WORDS.length]})` };
  });
  const skills = Array.from({ length: options.skills }, (_, i) => {
    const slug = `syn-skill-${i + 1}`;
    return { id: curatedSkillId(slug), slug, name: `${pick(WORDS)} skill ${i + 1}`, kind: pick(SKILL_KINDS), category: `Synthetic ${i % 25}` };
  });
  const skillRank = zipfSampler(options.skills, 1.0, random);

  // Roles are laid out family by family in ladders of increasing seniority, so promotions go to the
  // next rung of the same ladder; lateral moves and pivots go to a random role of similar seniority.
  const roles: SyntheticGraph['roles'] = [];
  for (let i = 0; i < options.roles; i++) {
    const slug = `syn-role-${i + 1}`;
    const family = families[i % families.length];
    const rung = Math.floor(i / families.length) % SENIORITY.length;
    const title = `${SENIORITY[rung]} ${pick(WORDS)} ${pick(WORDS)} engineer ${i + 1}`.trim();
    const median = Math.round(60_000 + rung * 25_000 + random() * 40_000);
    const chosen = new Set<number>();
    while (chosen.size < options.requirementsPerRole) chosen.add(skillRank());
    roles.push({
      id: curatedRoleId(slug),
      familyId: family.id,
      properties: {
        slug, sourceId: slug, title, titleSort: title.toLowerCase(), summary: `Synthetic role ${i + 1} for benchmarks.`,
        description: null, alternateTitles: [], alternateTitlesText: '', medianSalaryUsd: median, salaryBasis: 'estimate',
        growthRating: 'Stable', growthReason: 'Synthetic', experienceLevel: LEVELS[Math.min(3, Math.floor(rung / 2))],
        progressionSummary: null, onetCodes: [], escoUris: [], reference: null,
      },
      salary: LEVELS.map((level, order) => ({ id: ownedNodeId(curatedRoleId(slug), 'salary', level), level, label: level, order: order + 1, annualUsd: Math.round(median * (0.75 + order * 0.2)) })),
      requirements: [...chosen].map((rank) => {
        const importanceRaw = 1 + Math.floor(random() * 5);
        const levelRaw = Math.floor(random() * 8);
        return { skillId: skills[rank].id, importance: normaliseImportance(importanceRaw), level: normaliseLevel(levelRaw), importanceRaw, levelRaw, essential: random() < 0.6 };
      }),
      nextRoles: [],
    });
  }
  for (let i = 0; i < roles.length; i++) {
    const targets = new Set<number>();
    const promotion = i + families.length; // the next rung of the same ladder
    if (promotion < roles.length) targets.add(promotion);
    while (targets.size < Math.min(options.progressionsPerRole, roles.length - 1)) {
      const other = Math.floor(random() * roles.length);
      if (other !== i) targets.add(other);
    }
    roles[i].nextRoles = [...targets].map((target) => ({
      roleId: roles[target].id,
      kind: target === promotion ? 'PROMOTION' : pick(['LATERAL', 'PIVOT'] as const),
      typicalYears: 1 + Math.floor(random() * 4),
      confidence: 0.8,
    }));
  }
  return { families, skills, roles };
}

/** Synthetic roles stand in for curated ones: the same source tag, kinds and ids as the seed loader's. */
const SOURCE = { source: CURATED_SOURCE, asOf: CURATED_AS_OF, familyKind: FAMILY_KINDS.CURATED };

const LOAD_FAMILIES = `
UNWIND $batch AS f
MERGE (family:RoleFamily {id: f.id})
SET family.slug = f.slug, family.name = f.name, family.kind = $familyKind, family.source = $source, family.asOf = date($asOf)`;
const LOAD_SKILLS = `
UNWIND $batch AS s
MERGE (skill:Skill {id: s.id})
SET skill.slug = s.slug, skill.name = s.name, skill.nameSort = toLower(s.name), skill.kind = s.kind, skill.category = s.category,
    skill.aliases = [], skill.aliasesText = '', skill.source = $source, skill.sourceId = s.slug, skill.asOf = date($asOf)
MERGE (name:SkillName {key: ${skillNameKeyCypher('s.name')}})
MERGE (skill)-[:KNOWN_AS]->(name)`;
const LOAD_ROLES = `
UNWIND $batch AS r
MERGE (role:Role {id: r.id})
SET role += r.properties, role.asOf = date($asOf), role.source = $source
WITH role, r
MATCH (family:RoleFamily {id: r.familyId})
MERGE (role)-[:IN_FAMILY {source: $source}]->(family)
WITH role, r
UNWIND r.salary AS band
CREATE (role)-[:HAS_SALARY_BAND]->(:SalaryBand {id: band.id, level: band.level, label: band.label, order: band.order,
  annualUsd: band.annualUsd, openEnded: false, estimate: true, currency: 'USD', source: $source, asOf: date($asOf)})`;
const LOAD_REQUIREMENTS = `
UNWIND $batch AS r
MATCH (role:Role {id: r.id})
UNWIND r.requirements AS req
MATCH (skill:Skill {id: req.skillId})
CREATE (role)-[:REQUIRES {importance: req.importance, level: req.level, importanceRaw: req.importanceRaw, levelRaw: req.levelRaw,
  importanceScale: $importanceScale, levelScale: $levelScale, essential: req.essential, source: $source, asOf: date($asOf)}]->(skill)`;
const LOAD_PROGRESSIONS = `
UNWIND $batch AS r
MATCH (role:Role {id: r.id})
UNWIND r.nextRoles AS next
MATCH (target:Role {id: next.roleId})
CREATE (role)-[:LEADS_TO {kind: next.kind, typicalYears: next.typicalYears, rationale: 'Synthetic', confidence: next.confidence,
  source: $source, asOf: date($asOf)}]->(target)`;

const BATCH = 1_000;

/** Loads the graph in UNWIND batches; returns the rows written (nodes + relationships it describes). */
export async function loadSynthetic(db: GraphDatabase, graph: SyntheticGraph): Promise<number> {
  const run = async (statement: string, items: readonly unknown[], size = BATCH) => {
    for (let start = 0; start < items.length; start += size) {
      const batch = items.slice(start, start + size);
      await db.write((tx) => tx.update(statement, { ...SOURCE, batch, importanceScale: IMPORTANCE_SCALE, levelScale: LEVEL_SCALE }));
    }
  };
  await run(LOAD_FAMILIES, graph.families);
  await run(LOAD_SKILLS, graph.skills);
  await run(LOAD_ROLES, graph.roles);
  // All roles exist before any edge between them is written.
  await run(LOAD_REQUIREMENTS, graph.roles.map(({ id, requirements }) => ({ id, requirements })), 500);
  await run(LOAD_PROGRESSIONS, graph.roles.map(({ id, nextRoles }) => ({ id, nextRoles })));
  return graph.families.length + graph.skills.length + graph.roles.reduce(
    (sum, role) => sum + 1 + role.salary.length + role.requirements.length + role.nextRoles.length, 0);
}
