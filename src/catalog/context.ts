/** The catalog's part of the per-request context: its repositories and the Skill field loaders. */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { SearchRepository } from '../search/repository.js';
import { createSkillLoaders, type SkillLoaders } from '../skills/loaders.js';
import { SkillRepository } from '../skills/repository.js';
import { CatalogRepository } from './repository.js';

export interface CatalogContext {
  roles: CatalogRepository;
  skills: SkillRepository;
  search: SearchRepository;
  skillLoaders: SkillLoaders;
}

/** `db` is the request's database view (it counts the request's statements). */
export function createCatalogContext(db: GraphDatabase): CatalogContext {
  const skills = new SkillRepository(db);
  return { roles: new CatalogRepository(db), skills, search: new SearchRepository(db), skillLoaders: createSkillLoaders(skills) };
}
