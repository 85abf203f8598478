/**
 * The GraphQL operations the explorer sends. Selections follow the API contract (schema.graphql);
 * each operation is one request. Result and variable types are generated from these documents by
 * `npm run codegen` (web/src/generated/); the names below only pick parts of them for the views.
 */

import { graphql } from '../generated/gql.js';
import type {
  ExplorerCareerPathsQuery,
  ExplorerCreditFragment,
  ExplorerExampleRoleFragment,
  ExplorerGapItemFragment,
  ExplorerNextRolesQuery,
  ExplorerProvenanceFragment,
  ExplorerRecommendationsQuery,
  ExplorerRoleProfileQuery,
  ExplorerRoleRefFragment,
  ExplorerSkillGapQuery,
} from '../generated/graphql.js';
import { EXAMPLE_ROLE_SLUGS } from './exampleRoles.js';

export type { GapStatus, PathRanking, ProgressionKind, SkillCreditRelation, SkillProfileInput } from '../generated/graphql.js';

/** A role as lists and links show it. */
export type RoleRef = ExplorerRoleRefFragment;

graphql(`
  fragment ExplorerRoleRef on Role {
    slug
    title
  }
`);

// ---- search (autocomplete) ----

export const SEARCH_ROLES = graphql(`
  query ExplorerSearchRoles($text: String!, $first: Int) {
    search(text: $text, kinds: [ROLE], first: $first) {
      score
      matchedOn
      role { ...ExplorerRoleRef }
    }
  }
`);

export const SEARCH_SKILLS = graphql(`
  query ExplorerSearchSkills($text: String!, $first: Int) {
    search(text: $text, kinds: [SKILL], first: $first) {
      score
      matchedOn
      skill { slug name }
    }
  }
`);

// ---- gap credit (shared by bridging skills, path steps and the skill gap) ----

/** A held skill counting toward a required one (SkillGapItem.credit). */
export type SkillCreditRef = ExplorerCreditFragment;

graphql(`
  fragment ExplorerCredit on SkillCredit {
    heldSkill { name }
    relation
    share
    creditedLevel
    explanation
  }
`);

// ---- next roles (graph + target panel) ----

export const NEXT_ROLES = graphql(`
  query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {
    role(slug: $slug) {
      slug
      title
      salary { medianUsd }
      nextRoles(maxHops: $maxHops, first: $first) {
        role { slug title salary { medianUsd } }
        hops
        path { ...ExplorerRoleRef }
        steps { kind typicalYears }
        bridgingSkills { skill { name } importance requiredLevel currentLevel levelGap weight status credit { ...ExplorerCredit } }
        salaryChange { absoluteUsd percent }
        typicalYears
        score
      }
    }
  }
`);

export type NextRolesResult = ExplorerNextRolesQuery;
export type NextRole = NonNullable<ExplorerNextRolesQuery['role']>['nextRoles'][number];
export type BridgingSkill = NextRole['bridgingSkills'][number];
export type SalaryChange = NonNullable<NextRole['salaryChange']>;

// ---- path finder ----

export const CAREER_PATHS = graphql(`
  query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {
      rank
      roles { ...ExplorerRoleRef }
      steps {
        from { title }
        to { title }
        kind
        typicalYears
        bridgingSkills { skill { name } levelGap credit { ...ExplorerCredit } }
      }
      totals {
        hops
        typicalYears
        gap
        salaryChange { absoluteUsd }
        score
      }
    }
  }
`);

export type CareerPathsResult = ExplorerCareerPathsQuery;
export type CareerPath = ExplorerCareerPathsQuery['careerPaths'][number];

// ---- skill gap checker ----

graphql(`
  fragment ExplorerGapItem on SkillGapItem {
    skill { name }
    importance
    levelGap
    requiredLevel
    currentLevel
    credit { ...ExplorerCredit }
  }
`);

graphql(`
  fragment ExplorerRecommendations on Query {
    recommendRoles(profile: $profile, first: 5) {
      role { ...ExplorerRoleRef }
      score
      coverage
    }
    skillLeverage(profile: $profile, first: 1) {
      skill { name }
      rolesUnlocked
      score
    }
  }
`);

/** With a target role: its gap plus the recommendations for the same profile. */
export const SKILL_GAP = graphql(`
  query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {
    skillGap(target: $target, profile: $profile) {
      coverage
      gap
      missing { ...ExplorerGapItem }
      partial { ...ExplorerGapItem }
      met { ...ExplorerGapItem }
      unresolvedSkills
    }
    ...ExplorerRecommendations
  }
`);

/** Without a target role: only the recommendations. */
export const RECOMMENDATIONS_ONLY = graphql(`
  query ExplorerRecommendations($profile: SkillProfileInput!) {
    ...ExplorerRecommendations
  }
`);

export type GapItem = ExplorerGapItemFragment;
export type SkillGap = ExplorerSkillGapQuery['skillGap'];
export type RecommendationsResult = ExplorerRecommendationsQuery;
export type SkillGapResult = ExplorerSkillGapQuery;

// ---- role profile ----

export const ROLE_PROFILE = graphql(`
  query ExplorerRoleProfile($slug: String!) {
    role(slug: $slug) {
      slug
      title
      summary
      experienceLevel
      family { name }
      growth { rating }
      salary {
        medianUsd
        estimate
        byExperience { label annualUsd display }
      }
      typicalDay { order title description }
      gettingStarted { order title description }
      faq { question answer }
      provenance { ...ExplorerProvenance }
      requiredSkills(first: 60) { skill { name } importance importanceScale provenance { ...ExplorerProvenance } }
    }
  }
  fragment ExplorerProvenance on Provenance { sourceTag method asOf reference evidence }
`);

/** How a fact was obtained, as every explorer view shows it (Provenance in the API). */
export type FactProvenance = ExplorerProvenanceFragment;
export type RoleProfileResult = ExplorerRoleProfileQuery;
export type RoleProfile = NonNullable<ExplorerRoleProfileQuery['role']>;
export type ProfileRequirement = RoleProfile['requiredSkills'][number];
export type ProfileStep = RoleProfile['typicalDay'][number];
export type SalaryBand = NonNullable<RoleProfile['salary']>['byExperience'][number];

// ---- deep links ----

export const ROLE_TITLE = graphql(`
  query ExplorerRoleTitle($slug: String!) {
    role(slug: $slug) { ...ExplorerRoleRef }
  }
`);

// ---- first screen ----

/** One example role on the first screen. */
export type ExampleRole = ExplorerExampleRoleFragment;

const EXAMPLE_ROLE = graphql(`
  fragment ExplorerExampleRole on Role { slug title family { name } }
`);

/**
 * The first screen's examples in one request: one `role(slug:)` per example, aliased example0,
 * example1, … (a role that is not in the graph answers null). Built from EXAMPLE_ROLE_SLUGS, the one
 * list of examples, so it is composed here rather than written out; each alias selects the
 * generated ExplorerExampleRole fragment, whose type the answer has. The slugs travel as variables.
 */
export const EXAMPLE_ROLES = `
  query ExplorerExampleRoles(${EXAMPLE_ROLE_SLUGS.map((_, index) => `$slug${index}: String!`).join(', ')}) {
    ${EXAMPLE_ROLE_SLUGS.map((_, index) => `example${index}: role(slug: $slug${index}) { ...ExplorerExampleRole }`).join('\n    ')}
  }
  ${EXAMPLE_ROLE.toString()}
`;

export type ExampleRolesResult = Record<string, ExampleRole | null>;

export function exampleRolesVariables(): Record<string, string> {
  return Object.fromEntries(EXAMPLE_ROLE_SLUGS.map((slug, index) => [`slug${index}`, slug]));
}

/** The examples the graph holds, in the list's order. */
export function examplesInGraph(data: ExampleRolesResult): ExampleRole[] {
  return EXAMPLE_ROLE_SLUGS.flatMap((_, index) => data[`example${index}`] ?? []);
}
