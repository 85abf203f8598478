/** Role resolvers (`role`, the `roles` listing, Role's fields): map arguments, call the repository or a loader, return models. No Cypher here. */
import { boundedFirst, boundedFraction } from '../requestLimits/limits.js';
import { selectedFields } from '../lookahead/selectedFields.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { listConnection } from '../pagination/KeysetListing.js';
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
  Role: {
    alternateTitles: (role) => role.alternateTitles ?? [],
    provenance: (role) => toProvenance(role),
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
    growth: (role) => (role.growthRating ? { rating: role.growthRating, reason: role.growthReason } : null),
    typicalDay: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.typicalDay ?? [],
    gettingStarted: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.gettingStarted ?? [],
    faq: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.faq ?? [],
    crosswalk: async (role, _args, { loaders }) => (await loaders.roleProfile.load(role))?.crosswalk ?? [],
    requiredSkills: async (role, { minImportance, first }, { loaders }) => {
      const limit = boundedFirst(first);
      const threshold = boundedFraction(minImportance, 'minImportance');
      const requirements = await loaders.requirements.load(role.id);
      return requirements.filter((req) => req.importance >= threshold).slice(0, limit);
    },
  },
  RoleFamily: {
    provenance: (family) => toProvenance(family),
  },
  SkillRequirement: {
    provenance: (requirement) => toProvenance(requirement),
  },
  Skill: {
    aliases: (skill) => skill.aliases ?? [],
    provenance: (skill) => toProvenance(skill),
  },
} satisfies Resolvers;
