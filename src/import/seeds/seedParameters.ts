/**
 * What the seed loader writes, computed from the validated seed files: one parameter object per
 * family, skill and role, with ids, derived properties and per-fact provenance. Pure; loadSeeds.ts
 * writes it, after keepCuratorEdits.ts has taken out what curators changed.
 */
import { curatedFamilyId, curatedRoleId, curatedSkillId, ownedNodeId } from '../../graph/ids.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import { effectiveSkillMatches, storedSkillMatches } from '../skillMatches.js';
import { NO_DERIVED_SEEDS } from './derivedSeeds.js';
import { derivedRequirement, progressionEvidence, progressionFacts, requirementFacts, roleFacts } from './factProvenance.js';
import type { SeedData } from './readSeeds.js';
import type { SkillMatchSeed } from './seedSchema.js';

export function seedParameters(data: SeedData) {
  const matchesBySkill = new Map<string, SkillMatchSeed[]>();
  for (const match of effectiveSkillMatches(data.matches ?? [])) matchesBySkill.set(match.skill, [...(matchesBySkill.get(match.skill) ?? []), match]);
  const nameOf = new Map(data.skills.map((skill) => [skill.slug, skill.name]));
  const families = data.families.map((family) => ({ ...family, id: curatedFamilyId(family.slug) }));
  const skills = data.skills.map((skill) => {
    const id = curatedSkillId(skill.slug);
    return {
      id,
      slug: skill.slug,
      name: skill.name,
      kind: skill.kind,
      category: skill.category,
      description: skill.description ?? null,
      aliases: skill.aliases,
      properties: {
        slug: skill.slug,
        sourceId: skill.slug,
        name: skill.name,
        nameSort: skill.name.toLowerCase(),
        kind: skill.kind,
        category: skill.category,
        description: skill.description ?? null,
        aliases: skill.aliases,
        aliasesText: skill.aliases.join(' | '),
      },
      keepProvenance: false,
      keys: skillNameKeys(skill.name, skill.aliases),
      broaderId: skill.broader ? curatedSkillId(skill.broader) : null,
      relatedIds: skill.related.map(curatedSkillId),
      equivalents: [
        ...skill.sameAs.map((other) => ({ id: curatedSkillId(other), matchType: 'EXACT', evidence: `Curated: "${skill.name}" and "${nameOf.get(other)}" name the same skill` })),
        ...skill.close.map((other) => ({ id: curatedSkillId(other), matchType: 'CLOSE', evidence: `Curated: "${nameOf.get(other)}" stands in for "${skill.name}" in most roles` })),
      ],
      matches: storedSkillMatches(matchesBySkill.get(skill.slug) ?? []),
      resources: skill.resources.map((resource, index) => ({ ...resource, url: resource.url ?? null, id: ownedNodeId(id, 'resource', index + 1) })),
    };
  });
  const derived = data.derived ?? NO_DERIVED_SEEDS;
  const roles = data.roles.map((role) => {
    const id = curatedRoleId(role.slug);
    const facts = roleFacts(role);
    const steps = (list: { title: string; description: string }[], kind: 'day' | 'start') =>
      list.map((step, index) => ({ ...step, order: index + 1, id: ownedNodeId(id, kind, index + 1) }));
    return {
      id,
      family: role.family,
      familyId: curatedFamilyId(role.family) as string | null,
      keepProvenance: false,
      keptRequirements: [] as string[],
      keptProgressions: [] as string[],
      asOf: facts.role.asOf,
      method: facts.role.method,
      salaryEstimate: role.salaryBasis === 'estimate',
      properties: {
        slug: role.slug,
        sourceId: role.slug,
        title: role.title,
        titleSort: role.title.toLowerCase(),
        summary: role.summary,
        description: role.description ?? null,
        alternateTitles: role.alternateTitles,
        alternateTitlesText: role.alternateTitles.join(' | '),
        medianSalaryUsd: role.medianSalaryUsd,
        salaryBasis: role.salaryBasis,
        growthRating: role.growth.rating,
        growthReason: role.growth.reason,
        experienceLevel: role.experienceLevel,
        progressionSummary: role.progressionSummary ?? null,
        onetCodes: role.crosswalk.onet.map((entry) => entry.code),
        escoUris: role.crosswalk.esco.map((entry) => entry.code),
        // Parallel to onetCodes / escoUris: LINK_CROSSWALKS reads them when it links (after seeding or an
        // import). '' for a code given without a match type: a stored list may not hold null.
        onetMatchTypes: role.crosswalk.onet.map((entry) => entry.matchType ?? ''),
        escoMatchTypes: role.crosswalk.esco.map((entry) => entry.matchType ?? ''),
        reference: facts.role.reference,
        evidence: facts.role.evidence,
      },
      salary: role.salary.map((band, index) => ({
        ...band,
        yearsMin: band.yearsMin ?? null,
        yearsMax: band.yearsMax ?? null,
        order: index + 1,
        id: ownedNodeId(id, 'salary', band.level),
      })),
      typicalDay: steps(role.typicalDay, 'day'),
      gettingStarted: steps(role.gettingStarted, 'start'),
      faq: role.faq.map((item, index) => ({ ...item, order: index + 1, id: ownedNodeId(id, 'faq', index + 1) })),
      requirements: role.skills.map((req) => {
        const { asOf, ...values } = requirementFacts(facts, req, derivedRequirement(derived, role.slug, req.skill));
        return {
          skill: req.skill,
          skillId: curatedSkillId(req.skill),
          importanceRaw: values.importanceRaw,
          levelRaw: values.levelRaw,
          essential: req.essential,
          asOf,
          keepProvenance: false,
          properties: { ...values, essential: req.essential } as Record<string, unknown>,
        };
      }),
      nextRoles: role.nextRoles.map((next) => {
        const { asOf, ...provenance } = progressionFacts(facts, next, progressionEvidence(derived, role.slug, next.role));
        const values = { kind: next.kind, typicalYears: next.typicalYears, rationale: next.rationale, confidence: next.confidence };
        return {
          role: next.role,
          roleId: curatedRoleId(next.role),
          ...values,
          asOf,
          keepProvenance: false,
          properties: { ...values, salaryNote: next.salaryNote ?? null, ...provenance } as Record<string, unknown>,
        };
      }),
    };
  });
  return { families, skills, roles };
}

export type SeedParameters = ReturnType<typeof seedParameters>;
