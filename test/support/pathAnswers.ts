import type { PathService } from '../../src/paths/PathService.js';

/**
 * Answers of every paths question on the curated seeds, from one PathService: nextRoles and
 * previousRoles over several hops, careerPaths under every ranking and similarRoles. Tests ask them
 * of services read in different ways (records in parts, memos) and expect the same answers.
 */
export async function curatedPathAnswers(paths: PathService) {
  return {
    next: await paths.progressions({ slug: 'cloud-architect' }, 'NEXT', { maxHops: 2, first: 20 }),
    previous: await paths.progressions({ slug: 'principal-cloud-architect' }, 'PREVIOUS', { maxHops: 3, first: 20 }),
    paths: await Promise.all(
      (['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const).map((rankBy) =>
        paths.careerPaths({ from: 'cloud-engineer', to: 'principal-cloud-architect', maxHops: 4, first: 5, rankBy }),
      ),
    ),
    similar: await paths.similarRoles('curated:role:cloud-architect', 10),
  };
}
