/** Skill resolvers: `skill`, the `skills` connection and Skill's catalog fields (batched by loaders). */
import { boundedFirst, boundedFraction } from '../api/limits.js';
import { readOrdering, readSkillFilter } from '../catalog/arguments.js';
import { emptyConnection, toConnection } from '../catalog/connection.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { toProvenance } from '../provenance/toProvenance.js';
import { round } from '../scoring/normalise.js';
import { SKILL_SORT_KEYS, skillTieBreak } from './repository.js';

export const skillResolvers = {
  Query: {
    skill: async (_parent, { slug, id }, { catalog }) => {
      if ((slug == null) === (id == null)) throw badInput('Give exactly one of slug or id.', slug == null ? 'slug' : 'id');
      return slug != null ? catalog.skills.findBySlugOrName(slug) : catalog.skills.findById(id!);
    },
    skills: async (_parent, { filter, orderBy, first, after }, { catalog }) => {
      const limit = boundedFirst(first);
      const { params, matchesNothing } = readSkillFilter(filter);
      const order = readOrdering('skill', orderBy, {
        hasText: params.textQuery !== null,
        fallback: 'NAME',
        relevance: 'RELEVANCE',
        sortKeys: SKILL_SORT_KEYS,
        defaultDirections: { NAME: 'ASC', ROLE_COUNT: 'DESC', RELEVANCE: 'DESC' },
        tieBreak: (field) => skillTieBreak(params, field),
      }, after);
      if (matchesNothing) return emptyConnection(after != null);
      const rows = await catalog.skills.skillPage(params, { field: order.field, direction: order.direction, first: limit, after: order.cursor });
      return toConnection(rows, { first: limit, ordering: order.ordering, hasAfter: after != null }, () => catalog.skills.skillCount(params));
    },
  },
  SkillConnection: {
    totalCount: (connection) => connection.countTotal(),
  },
  Skill: {
    roles: async (skill, { first, minImportance }, { catalog }) => {
      const options = { first: boundedFirst(first), minImportance: boundedFraction(minImportance, 'minImportance') };
      return catalog.skillLoaders.usages(options).load(skill.id);
    },
    relatedSkills: async (skill, { first }, { catalog }) => catalog.skillLoaders.related(boundedFirst(first)).load(skill.id),
    learningResources: async (skill, _args, { catalog }) => catalog.skillLoaders.learningResources.load(skill.id),
    roleCount: async (skill, _args, { catalog }) => catalog.skillLoaders.roleCount.load(skill.id),
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
