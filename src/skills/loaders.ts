/**
 * Per-request DataLoaders for the fields of Skill, so a list of skills costs one statement per
 * field. Loaders for fields with arguments are kept per argument set (skills in one selection
 * share the arguments, so they still batch into one statement).
 */
import DataLoader from 'dataloader';
import type { Skill, SkillDetailProperty } from '../graph/model.js';
import type { LearningResource, RelatedSkill, SkillUsage } from './model.js';
import type { SkillRepository } from './repository.js';

export interface SkillLoaders {
  /** Detail properties of skills a list statement projected without them (graph/details.ts). */
  details: DataLoader<string, Pick<Skill, SkillDetailProperty> | null>;
  roleCount: DataLoader<string, number>;
  learningResources: DataLoader<string, LearningResource[]>;
  usages(options: { first: number; minImportance: number }): DataLoader<string, SkillUsage[]>;
  related(first: number): DataLoader<string, RelatedSkill[]>;
}

function perArguments<K, L>(create: (key: K) => L, keyOf: (key: K) => string): (key: K) => L {
  const loaders = new Map<string, L>();
  return (key) => {
    const cacheKey = keyOf(key);
    let loader = loaders.get(cacheKey);
    if (!loader) loaders.set(cacheKey, (loader = create(key)));
    return loader;
  };
}

export function createSkillLoaders(skills: SkillRepository): SkillLoaders {
  const byIds =
    <V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, missing: () => V) =>
    async (ids: readonly string[]) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? missing());
    };
  return {
    details: new DataLoader(byIds((ids) => skills.loadDetails(ids), () => null)),
    roleCount: new DataLoader(byIds((ids) => skills.loadRoleCounts(ids), () => 0)),
    learningResources: new DataLoader(byIds((ids) => skills.loadResources(ids), () => [])),
    usages: perArguments(
      (options: { first: number; minImportance: number }) =>
        new DataLoader(byIds((ids) => skills.loadUsages(ids, options), () => [])),
      (options) => `${options.first}:${options.minImportance}`,
    ),
    related: perArguments(
      (first: number) => new DataLoader(byIds((ids) => skills.loadRelated(ids, first), () => [])),
      (first) => String(first),
    ),
  };
}
