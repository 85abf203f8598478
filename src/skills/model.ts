/** Skills as the repository returns them: plain objects, Neo4j values already converted. */
import type { ResourceKind } from '../graph/kinds.js';
import type { Role, Skill, StoredProvenance } from '../graph/model.js';
import type { Connection } from '../pagination/model.js';
import type { SkillRelation } from '../scoring/relatedSkills.js';
import type { SkillCredit } from '../scoring/skillCredit.js';
import type { GapItem } from '../scoring/skillGap.js';

/** Somewhere to learn a skill (GraphQL LearningResource). */
export interface LearningResource extends StoredProvenance {
  id: string;
  title: string;
  kind: ResourceKind;
  provider: string | null;
  url: string | null;
}

/** A role's requirement seen from the skill (GraphQL SkillUsage); provenance is the REQUIRES edge's. */
export interface SkillUsage extends StoredProvenance {
  role: Role;
  importance: number;
  level: number | null;
  essential: boolean;
}

/** A skill related to another (GraphQL RelatedSkill); provenance is the edge's, or computed. */
export interface RelatedSkill extends StoredProvenance {
  skill: Skill;
  relation: SkillRelation;
  weight: number;
  /** For CO_REQUIRED: roles (of the sample) requiring both skills. */
  sharedRoleCount: number | null;
}

/** Gap credit with its held skill resolved and explained (the API's SkillCredit). */
export interface SkillCreditModel extends Omit<SkillCredit, 'heldSkillId'> {
  heldSkill: Skill;
  explanation: string;
}

/** One requirement compared with what someone holds, its skill (and any credit's held skill) resolved (the API's SkillGapItem). */
export interface SkillGapItem extends Omit<GapItem, 'skillId' | 'credit'> {
  skill: Skill;
  credit: SkillCreditModel | null;
}

export type SkillConnectionModel = Connection<Skill>;

/** SkillFilter after validation, as query parameters. */
export interface SkillFilterParams {
  kinds: string[] | null;
  sources: string[] | null;
  /** Lower-cased. */
  category: string | null;
  textQuery: string | null;
  /** Slug or id of a role. */
  requiredByRole: string | null;
}
