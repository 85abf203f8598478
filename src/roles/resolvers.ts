/** Role resolvers (`role`, the `roles` listing, Role's fields): map arguments, call the repository or a loader, return models. No Cypher here. */
import { boundedFirst, boundedFraction } from '../requestLimits/limits.js';
import { selectedFields } from '../lookahead/selectedFields.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { listConnection } from '../pagination/KeysetListing.js';
import { detailOf } from '../graph/details.js';
import { toProvenance } from '../provenance/toProvenance.js';
import { readRoleFilter } from './readRoleFilter.js';
import { ROLE_LISTING } from './repository.js';

function formatUsd(amount: number, openEnded: boolean): string {
  return `$${amount.toLocaleString('en-US')}${openEnded ? '+' : ''}`;
}

export const roleResolvers = {
  Query: {
    role: async (_parent, { slug, id }, { roleLookup }, info) => {
      if ((slug == null) === (id == null)) throw badInput('Give exactly one of slug or id.', slug == null ? 'slug' : 'id');
      return roleLookup.find(slug != null ? { slug } : { id: id! }, selectedFields(info));
    },
    roles: async (_parent, { filter, orderBy, first, after }, { roles }) =>
      listConnection(ROLE_LISTING, { first: boundedFirst(first), filter: readRoleFilter(filter), orderBy, after }, roles),
  },
  RoleConnection: {
    totalCount: (connection) => connection.countTotal(),
  },
  // Detail properties may be absent from roles a list statement returned (graph/details.ts): these
  // resolvers read them through the per-request loader then, so they are never silently null.
  Role: {
    summary: (role, _args, { loaders }) => detailOf(role, 'summary', loaders.roleDetails),
    description: (role, _args, { loaders }) => detailOf(role, 'description', loaders.roleDetails),
    progressionSummary: (role, _args, { loaders }) => detailOf(role, 'progressionSummary', loaders.roleDetails),
    alternateTitles: async (role, _args, { loaders }) => (await detailOf(role, 'alternateTitles', loaders.roleDetails)) ?? [],
    provenance: async (role, _args, { loaders }) => toProvenance({ ...role, evidence: await detailOf(role, 'evidence', loaders.roleDetails) }),
    family: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.family ?? null,
    salary: async (role, _args, { loaders }) => {
      const bands = (await loaders.roleProfile.load(role))?.salaryBands ?? [];
      if (role.medianSalaryUsd == null && bands.length === 0) return null;
      return {
        medianUsd: role.medianSalaryUsd,
        currency: 'USD',
        estimate: role.salaryBasis !== 'page',
        byExperience: bands.map((band) => ({ ...band, display: formatUsd(band.annualUsd, band.openEnded) })),
      };
    },
    growth: async (role, _args, { loaders }) =>
      role.growthRating ? { rating: role.growthRating, reason: await detailOf(role, 'growthReason', loaders.roleDetails) } : null,
    typicalDay: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.typicalDay ?? [],
    gettingStarted: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.gettingStarted ?? [],
    faq: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.faq ?? [],
    crosswalk: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.crosswalk ?? [],
    requiredSkills: async (role, { minImportance, first }, { loaders }) => {
      const limit = boundedFirst(first);
      const threshold = boundedFraction(minImportance, 'minImportance');
      return loaders.requirements.read(role, threshold, limit);
    },
  },
  RoleFamily: {
    provenance: (family) => toProvenance(family),
  },
  SkillRequirement: {
    provenance: (requirement) => toProvenance(requirement),
  },
  Skill: {
    description: (skill, _args, { skillLoaders }) => detailOf(skill, 'description', skillLoaders.details),
    aliases: async (skill, _args, { skillLoaders }) => (await detailOf(skill, 'aliases', skillLoaders.details)) ?? [],
    provenance: (skill) => toProvenance(skill),
  },
} satisfies Resolvers;
