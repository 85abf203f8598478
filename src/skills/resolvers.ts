/** Skill resolvers: `skill`, the `skills` connection and Skill's catalog fields (batched by loaders). */
import { boundedFirst, boundedFraction } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { listConnection } from '../pagination/KeysetListing.js';
import { toProvenance } from '../provenance/toProvenance.js';
import { round } from '../scoring/normalise.js';
import { readSkillFilter } from './readSkillFilter.js';
import { SKILL_LISTING } from './repository.js';

export const skillResolvers = {
  Query: {
    skill: async (_parent, { slug, id }, { skills }) => {
      if ((slug == null) === (id == null)) throw badInput('Give exactly one of slug or id.', slug == null ? 'slug' : 'id');
      return slug != null ? skills.findBySlugOrName(slug) : skills.findById(id!);
    },
    skills: async (_parent, { filter, orderBy, first, after }, { skills }) =>
      listConnection(SKILL_LISTING, { first: boundedFirst(first), filter: readSkillFilter(filter), orderBy, after }, skills),
  },
  SkillConnection: {
    totalCount: (connection) => connection.countTotal(),
  },
  Skill: {
    roles: async (skill, { first, minImportance }, { skillLoaders }) => {
      const options = { first: boundedFirst(first), minImportance: boundedFraction(minImportance, 'minImportance') };
      return skillLoaders.usages(options).load(skill.id);
    },
    relatedSkills: async (skill, { first }, { skillLoaders }) => skillLoaders.related(boundedFirst(first)).load(skill.id),
    learningResources: async (skill, _args, { skillLoaders }) => skillLoaders.learningResources.load(skill.id),
    roleCount: async (skill, _args, { skillLoaders }) => skillLoaders.roleCount.load(skill.id),
  },
  SkillUsage: {
    provenance: (usage) => toProvenance(usage),
  },
  LearningResource: {
    provenance: (resource) => toProvenance(resource),
  },
  RelatedSkill: {
    weight: (related) => round(related.weight),
    provenance: (related) => toProvenance(related),
  },
} satisfies Resolvers;
