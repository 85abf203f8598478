/**
 * The GraphQL operations the explorer sends, with the shapes of their results. Selections follow the
 * API contract (schema.graphql); each operation is one request.
 */

import { EXAMPLE_ROLE_SLUGS } from './exampleRoles.js';

export type ProgressionKind = 'PROMOTION' | 'LATERAL' | 'PIVOT';
export type GapStatus = 'MET' | 'PARTIAL' | 'MISSING';
export type PathRanking = 'FEWEST_STEPS' | 'SMALLEST_GAP' | 'HIGHEST_SALARY';

export interface RoleRef {
  slug: string;
  title: string;
}

export interface SalaryChange {
  absoluteUsd: number;
  percent: number;
}

// ---- search (autocomplete) ----

export const SEARCH_ROLES = /* GraphQL */ `
  query ExplorerSearchRoles($text: String!, $first: Int) {
    search(text: $text, kinds: [ROLE], first: $first) {
      score
      matchedOn
      role { slug title }
    }
  }
`;

export interface SearchRolesResult {
  search: { score: number; matchedOn: string | null; role: RoleRef | null }[];
}

export const SEARCH_SKILLS = /* GraphQL */ `
  query ExplorerSearchSkills($text: String!, $first: Int) {
    search(text: $text, kinds: [SKILL], first: $first) {
      score
      matchedOn
      skill { slug name }
    }
  }
`;

export interface SearchSkillsResult {
  search: { score: number; matchedOn: string | null; skill: { slug: string; name: string } | null }[];
}

// ---- gap credit (shared by bridging skills, path steps and the skill gap) ----

/** A held skill counting toward a required one (SkillGapItem.credit). */
const CREDIT = `credit { heldSkill { name } relation share creditedLevel explanation }`;

export type SkillCreditRelation = 'SAME_NAME' | 'EXACT_MATCH' | 'CLOSE_MATCH' | 'NARROWER' | 'RELATED';

export interface SkillCreditRef {
  heldSkill: { name: string };
  relation: SkillCreditRelation;
  share: number;
  creditedLevel: number;
  explanation: string;
}

// ---- next roles (graph + target panel) ----

export const NEXT_ROLES = /* GraphQL */ `
  query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {
    role(slug: $slug) {
      slug
      title
      salary { medianUsd }
      nextRoles(maxHops: $maxHops, first: $first) {
        role { slug title salary { medianUsd } }
        hops
        path { slug title }
        steps { kind typicalYears }
        bridgingSkills { skill { name } importance requiredLevel currentLevel levelGap weight status ${CREDIT} }
        salaryChange { absoluteUsd percent }
        typicalYears
        score
      }
    }
  }
`;

export interface BridgingSkill {
  skill: { name: string };
  importance: number;
  requiredLevel: number;
  currentLevel: number;
  levelGap: number;
  weight: number;
  status: GapStatus;
  credit: SkillCreditRef | null;
}

export interface NextRole {
  role: RoleRef & { salary: { medianUsd: number | null } | null };
  hops: number;
  path: RoleRef[];
  steps: { kind: ProgressionKind; typicalYears: number | null }[];
  bridgingSkills: BridgingSkill[];
  salaryChange: SalaryChange | null;
  typicalYears: number | null;
  score: number;
}

export interface NextRolesResult {
  role: (RoleRef & { salary: { medianUsd: number | null } | null; nextRoles: NextRole[] }) | null;
}

// ---- path finder ----

export const CAREER_PATHS = /* GraphQL */ `
  query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {
      rank
      roles { slug title }
      steps {
        from { title }
        to { title }
        kind
        typicalYears
        bridgingSkills { skill { name } levelGap ${CREDIT} }
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
`;

export interface CareerPath {
  rank: number;
  roles: RoleRef[];
  steps: {
    from: { title: string };
    to: { title: string };
    kind: ProgressionKind;
    typicalYears: number | null;
    bridgingSkills: { skill: { name: string }; levelGap: number; credit: SkillCreditRef | null }[];
  }[];
  totals: {
    hops: number;
    typicalYears: number | null;
    gap: number;
    salaryChange: { absoluteUsd: number } | null;
    score: number;
  };
}

export interface CareerPathsResult {
  careerPaths: CareerPath[];
}

// ---- skill gap checker ----

const GAP_ITEM = `skill { name } importance levelGap requiredLevel currentLevel ${CREDIT}`;

const RECOMMENDATIONS = `
  recommendRoles(profile: $profile, first: 5) {
    role { slug title }
    score
    coverage
  }
  skillLeverage(profile: $profile, first: 1) {
    skill { name }
    rolesUnlocked
    score
  }
`;

/** With a target role: its gap plus the recommendations for the same profile. */
export const SKILL_GAP = /* GraphQL */ `
  query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {
    skillGap(target: $target, profile: $profile) {
      coverage
      gap
      missing { ${GAP_ITEM} }
      partial { ${GAP_ITEM} }
      met { ${GAP_ITEM} }
      unresolvedSkills
    }
    ${RECOMMENDATIONS}
  }
`;

/** Without a target role: only the recommendations. */
export const RECOMMENDATIONS_ONLY = /* GraphQL */ `
  query ExplorerRecommendations($profile: SkillProfileInput!) {
    ${RECOMMENDATIONS}
  }
`;

export interface SkillProfileInput {
  skills: { skill: string; level: number }[];
}

export interface GapItem {
  skill: { name: string };
  importance: number;
  levelGap: number;
  requiredLevel: number;
  currentLevel: number;
  credit: SkillCreditRef | null;
}

export interface SkillGap {
  coverage: number;
  gap: number;
  missing: GapItem[];
  partial: GapItem[];
  met: GapItem[];
  unresolvedSkills: string[];
}

export interface RecommendationsResult {
  recommendRoles: { role: RoleRef; score: number; coverage: number }[];
  skillLeverage: { skill: { name: string }; rolesUnlocked: number; score: number }[];
}

export interface SkillGapResult extends RecommendationsResult {
  skillGap: SkillGap;
}

// ---- role profile ----

export const ROLE_PROFILE = /* GraphQL */ `
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
`;

/** How a fact was obtained, as every explorer view shows it (Provenance in the API). */
export interface FactProvenance {
  sourceTag: string;
  method: 'VERBATIM_FROM_PAGE' | 'DERIVED_FROM_DATASET' | 'CURATED_ESTIMATE';
  asOf: string | null;
  reference: string | null;
  evidence: string | null;
}

export interface ProfileRequirement {
  skill: { name: string };
  importance: number;
  importanceScale: string | null;
  provenance: FactProvenance;
}

export interface ProfileStep {
  order: number;
  title: string;
  description: string;
}

export interface SalaryBand {
  label: string;
  annualUsd: number;
  display: string;
}

export interface RoleProfile extends RoleRef {
  summary: string | null;
  experienceLevel: string | null;
  family: { name: string } | null;
  growth: { rating: string } | null;
  salary: { medianUsd: number | null; estimate: boolean; byExperience: SalaryBand[] } | null;
  typicalDay: ProfileStep[];
  gettingStarted: ProfileStep[];
  faq: { question: string; answer: string }[];
  provenance: FactProvenance;
  requiredSkills: ProfileRequirement[];
}

export interface RoleProfileResult {
  role: RoleProfile | null;
}

// ---- deep links ----

export const ROLE_TITLE = /* GraphQL */ `
  query ExplorerRoleTitle($slug: String!) {
    role(slug: $slug) { slug title }
  }
`;

export interface RoleTitleResult {
  role: RoleRef | null;
}

// ---- first screen ----

/**
 * The first screen's examples in one request: one `role(slug:)` per example, aliased example0,
 * example1, … (a role that is not in the graph answers null). Built from EXAMPLE_ROLE_SLUGS, the one
 * list of examples; the slugs travel as variables.
 */
export const EXAMPLE_ROLES = /* GraphQL */ `
  query ExplorerExampleRoles(${EXAMPLE_ROLE_SLUGS.map((_, index) => `$slug${index}: String!`).join(', ')}) {
    ${EXAMPLE_ROLE_SLUGS.map((_, index) => `example${index}: role(slug: $slug${index}) { ...ExplorerExampleRole }`).join('\n    ')}
  }
  fragment ExplorerExampleRole on Role { slug title family { name } }
`;

export function exampleRolesVariables(): Record<string, string> {
  return Object.fromEntries(EXAMPLE_ROLE_SLUGS.map((slug, index) => [`slug${index}`, slug]));
}

export interface ExampleRole extends RoleRef {
  family: { name: string } | null;
}

export type ExampleRolesResult = Record<string, ExampleRole | null>;

/** The examples the graph holds, in the list's order. */
export function examplesInGraph(data: ExampleRolesResult): ExampleRole[] {
  return EXAMPLE_ROLE_SLUGS.flatMap((_, index) => data[`example${index}`] ?? []);
}
