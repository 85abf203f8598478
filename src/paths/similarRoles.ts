/**
 * Scores similarity candidates with scoring/similarity.ts (skill concepts joined across sources)
 * and keeps the best, each explained: what it was compared on and how the two are linked.
 */
import { buildSkillConcepts, compareRoleProfiles } from '../scoring/similarity.js';
import { invertMatchType, isMatchType } from '../graph/evidence.js';
import type { Skill } from '../graph/model.js';
import type { OccupationLink, RoleSimilarity } from './model.js';
import type { SimilarityRows } from './repository.js';

function explain(comparedSkills: number, acrossSources: boolean, link: OccupationLink | null): string {
  const basis = acrossSources
    ? `Weighted Jaccard over the ${comparedSkills} skill concepts both sources name (shared names or EXACT/CLOSE matches)`
    : `Weighted Jaccard over ${comparedSkills} skill concepts`;
  if (!link) return `${basis}.`;
  const how = [link.matchType, link.confidence === null ? null : `confidence ${link.confidence}`].filter(Boolean).join(', ');
  return `${basis}; linked by ${link.relation}${link.via ? ` through ${link.via}` : ''}${how ? ` (${how})` : ''}.`;
}

export function buildSimilarRoles(rows: SimilarityRows, first: number): RoleSimilarity[] {
  const skillSources = [
    ...rows.candidates.flatMap(({ requirements }) => requirements.map((req) => ({ skillId: req.skill.id, source: req.skill.source }))),
  ];
  const concepts = buildSkillConcepts(skillSources, rows.joins);
  const linkOf = new Map<string, OccupationLink>();
  // A direct link explains better than a two-step one; the rows list direct links first.
  for (const { roleId, outgoing, matchType, ...rest } of rows.links) {
    // Stored match types say the edge's target relative to its start; the API says the similar role's relative to this one.
    const relative = matchType && !outgoing && isMatchType(matchType) ? invertMatchType(matchType) : matchType;
    if (!linkOf.has(roleId) || linkOf.get(roleId)!.via) linkOf.set(roleId, { ...rest, matchType: relative });
  }
  const similarities = rows.candidates.map(({ role, requirements }): RoleSimilarity => {
    const skills = new Map<string, Skill>(requirements.map((req) => [req.skill.id, req.skill]));
    const comparison = compareRoleProfiles(
      { source: rows.source, skills: rows.vector },
      { source: role.source, skills: requirements.map((req) => ({ skillId: req.skill.id, importance: req.importance })) },
      concepts,
    );
    const occupationLink = linkOf.get(role.id) ?? null;
    return {
      role,
      score: comparison.score,
      sharedSkills: comparison.shared.map((id) => skills.get(id)!),
      missingSkills: comparison.missing.map((id) => skills.get(id)!),
      comparedSkills: comparison.compared,
      acrossSources: comparison.acrossSources,
      occupationLink,
      explanation: explain(comparison.compared, comparison.acrossSources, occupationLink),
    };
  });
  return similarities
    .filter((similarity) => similarity.score > 0)
    .sort((a, b) => b.score - a.score || a.role.slug.localeCompare(b.role.slug))
    .slice(0, first);
}
