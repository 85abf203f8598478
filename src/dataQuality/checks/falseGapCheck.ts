/**
 * False gaps on curated moves (issue 12): a bridging skill the target role requires that is the same
 * concept as (sameAs / close) or broader than (via `broader`, 1-2 hops) a skill the source role
 * already holds, yet earns no credit. The gap is computed by the one definition the API uses
 * (scoring/skillGap.ts with scoring/skillCredit.ts), fed with the links the seeds themselves state,
 * so the lint sees the curated moves exactly as `nextRoles { bridgingSkills }` does on the curated graph.
 */
import type { SeedData } from '../../import/seeds/readSeeds.js';
import { normaliseImportance, normaliseLevel } from '../../scoring/normalise.js';
import { MAX_NARROWER_HOPS, NO_CREDIT_LINKS, type CreditLink, type CreditLinks } from '../../scoring/skillCredit.js';
import { bridgingSkills, type RequirementInput } from '../../scoring/skillGap.js';
import type { LintCheck, LintFinding } from '../model.js';

const CHECK = 'false-gap';

/** What each curated skill can credit, from the seeds' sameAs / close / broader / related. */
export function seedCreditLinks(seeds: SeedData): CreditLinks {
  const links = new Map<string, CreditLink[]>();
  const add = (held: string, credited: string, relation: string, hops = 1) => links.set(held, [...(links.get(held) ?? []), [credited, relation, hops]]);
  const broaderOf = new Map(seeds.skills.map((skill) => [skill.slug, skill.broader]));
  for (const skill of seeds.skills) {
    for (const other of skill.sameAs) (add(skill.slug, other, 'EXACT_MATCH'), add(other, skill.slug, 'EXACT_MATCH'));
    for (const other of skill.close) (add(skill.slug, other, 'CLOSE_MATCH'), add(other, skill.slug, 'CLOSE_MATCH'));
    for (const other of skill.related) (add(skill.slug, other, 'RELATED'), add(other, skill.slug, 'RELATED'));
    let ancestor = skill.broader;
    for (let hops = 1; ancestor && hops <= MAX_NARROWER_HOPS; hops++, ancestor = broaderOf.get(ancestor)) add(skill.slug, ancestor, 'NARROWER', hops);
  }
  return links;
}

/** Relations that make a required skill "already known" to its holder: the same concept, or broader than a held one. */
const KNOWN_CONCEPT_RELATIONS = new Set(['EXACT_MATCH', 'CLOSE_MATCH', 'NARROWER']);

const toInputs = (requirements: SeedData['roles'][number]['skills']): RequirementInput[] =>
  requirements.map((req) => ({ skillId: req.skill, importance: normaliseImportance(req.importance), level: normaliseLevel(req.level), essential: req.essential }));

/**
 * The false gaps of every curated move. With `credit: false` the gap matches skill ids only, as the
 * API did before gap credit: that count is the "before" figure of docs/data-quality.md.
 */
export function findFalseGaps(seeds: SeedData, { credit }: { credit: boolean }): LintFinding[] {
  const links = seedCreditLinks(seeds);
  const roles = new Map(seeds.roles.map((role) => [role.slug, role]));
  const findings: LintFinding[] = [];
  for (const role of seeds.roles) {
    for (const move of role.nextRoles) {
      const target = roles.get(move.role);
      if (!target) continue;
      const held = new Set(role.skills.map((req) => req.skill));
      const gap = bridgingSkills(toInputs(role.skills), toInputs(target.skills), credit ? links : NO_CREDIT_LINKS);
      for (const item of gap.missing) {
        const knownBy = [...held].find((skill) => (links.get(skill) ?? []).some(([credited, relation]) => credited === item.skillId && KNOWN_CONCEPT_RELATIONS.has(relation)));
        if (knownBy) {
          findings.push({ check: CHECK, subject: `${role.slug} -> ${target.slug}`, message: `"${item.skillId}" is a full gap although the source holds "${knownBy}" (same concept or narrower)` });
        }
      }
    }
  }
  return findings;
}

export const falseGapCheck: LintCheck = {
  name: CHECK,
  description: 'A bridging skill on a curated move that is the same concept as, or broader than, a skill the source role holds, with no credit.',
  run({ seeds }) {
    return { findings: findFalseGaps(seeds, { credit: true }) };
  },
};
