/** Scores similarity candidates with scoring/similarity.ts and keeps the best. */
import { compareSkillVectors } from '../scoring/similarity.js';
import type { Skill } from '../graph/model.js';
import type { RoleSimilarity } from './model.js';
import type { SimilarityRows } from './repository.js';

export function buildSimilarRoles(rows: SimilarityRows, first: number): RoleSimilarity[] {
  const similarities = rows.candidates.map(({ role, requirements }): RoleSimilarity => {
    const skills = new Map<string, Skill>(requirements.map((req) => [req.skill.id, req.skill]));
    const comparison = compareSkillVectors(
      rows.vector,
      requirements.map((req) => ({ skillId: req.skill.id, importance: req.importance })),
    );
    return {
      role,
      score: comparison.score,
      sharedSkills: comparison.shared.map((id) => skills.get(id)!),
      missingSkills: comparison.missing.map((id) => skills.get(id)!),
    };
  });
  return similarities
    .filter((similarity) => similarity.score > 0)
    .sort((a, b) => b.score - a.score || a.role.slug.localeCompare(b.role.slug))
    .slice(0, first);
}
