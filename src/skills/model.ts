/** Skills as the repository returns them: plain objects, Neo4j values already converted. */
import type { StoredProvenance } from '../provenance/model.js';

export interface Skill extends StoredProvenance {
  id: string;
  slug: string;
  name: string;
  kind: 'SKILL' | 'KNOWLEDGE' | 'TECHNOLOGY' | 'ABILITY';
  category: string | null;
  description: string | null;
  aliases: string[] | null;
}

export interface SkillRequirement extends StoredProvenance {
  skill: Skill;
  importance: number;
  level: number | null;
  importanceRaw: number | null;
  levelRaw: number | null;
  importanceScale: string | null;
  levelScale: string | null;
  essential: boolean;
}

export const SKILL_PROPERTY_NAMES = [
  'id', 'slug', 'name', 'kind', 'category', 'description', 'aliases', 'source', 'sourceId', 'asOf',
] as const satisfies ReadonlyArray<keyof Skill>;
