/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a required skill is already held at the required level. */
export type GapStatus =
  /** Held at or above the required level. */
  | 'MET'
  /** Not held at all. */
  | 'MISSING'
  /** Held below the required level. */
  | 'PARTIAL';

/** How careerPaths orders routes (ties are broken by score). */
export type PathRanking =
  /** Fewest moves first. */
  | 'FEWEST_STEPS'
  /** Highest average median salary of the roles held along the way (after the start) first. */
  | 'HIGHEST_SALARY'
  /** Smallest total skill gap (Σ of the steps' gaps) first. */
  | 'SMALLEST_GAP';

/** The kind of career move a LEADS_TO edge describes. */
export type ProgressionKind =
  /** Sideways into a neighbouring role at about the same level. */
  | 'LATERAL'
  /** A change of direction into another family that needs new skills. */
  | 'PIVOT'
  /** Up the same ladder (more scope, seniority or pay). */
  | 'PROMOTION';

/** How a fact was obtained (stored as the tag in parentheses). */
export type ProvenanceMethod =
  /** Written by a curator (curated): a judgement, not a measurement. */
  | 'CURATED_ESTIMATE'
  /** Computed from a named dataset release by a script in this repository (derived); re-running it reproduces the fact. */
  | 'DERIVED_FROM_DATASET'
  /** Copied word for word from a published page (verbatim); the provenance reference names the page. */
  | 'VERBATIM_FROM_PAGE';

/** What a search hit is. */
export type SearchKind =
  /** A role (one occupation across sources): SearchHit.role is set. */
  | 'ROLE'
  /** A skill: SearchHit.skill is set. */
  | 'SKILL';

/** Why a held skill counts toward a required skill it is not (gap credit, docs/scoring.md). */
export type SkillCreditRelation =
  /** Linked as interchangeable in most contexts (MATCHES CLOSE). 75 %. */
  | 'CLOSE_MATCH'
  /** Linked as the same concept (MATCHES EXACT). Full credit. */
  | 'EXACT_MATCH'
  /** The held skill is narrower than the required one (AWS toward Cloud platforms). 50 % per level of the hierarchy, at most two levels. */
  | 'NARROWER'
  /** The two skills are related (RELATED_SKILL). 20 %. */
  | 'RELATED'
  /** The same skill under another name or source: the two share a name or alias (e.g. O*NET's and the curated Kubernetes). Full credit. */
  | 'SAME_NAME';

/** What sort of thing a skill is (O*NET's content model distinctions). */
export type SkillKind =
  /** An enduring personal attribute, e.g. Deductive Reasoning (O*NET Abilities). */
  | 'ABILITY'
  /** A body of knowledge, e.g. Mathematics. */
  | 'KNOWLEDGE'
  /** A developed capacity, e.g. Critical Thinking or Kubernetes administration. */
  | 'SKILL'
  /** A tool or technology used on the job (O*NET Technology Skills), e.g. Amazon Web Services. */
  | 'TECHNOLOGY';

/**
 * One skill a person holds. `skill` is a skill slug, name or alias, case-insensitive ("k8s", "AWS",
 * "Amazon Web Services", "kubernetes"). `level` is on the O*NET LV 0-7 scale (0 none, 2 basic,
 * 4 intermediate, 6 expert, 7 top); without a level the skill counts as held at whatever level a role
 * requires. Unknown skills are reported back in unresolvedSkills, not as an error.
 */
export type SkillLevelInput = {
  /** Level held on the O*NET LV scale, 0..7; null or omitted: held at whatever level a role requires. */
  level?: number | null | undefined;
  /** A skill slug, name or alias, case-insensitive. */
  skill: string;
};

/** What a person knows. At most 200 skills; duplicates (after resolution) keep the highest level. */
export type SkillProfileInput = {
  /** The skills held, at most 200; an empty list is a valid profile that holds nothing. */
  skills: Array<SkillLevelInput>;
};

/** Where a fact comes from. */
export type Source =
  /** Derived by Career Graph from other facts. */
  | 'COMPUTED'
  /** Curated by the Career Graph team (seeds/). */
  | 'CURATED'
  /** ESCO v1.1.1 classification (European Commission). */
  | 'ESCO'
  /** Nesta's ESCO→O*NET occupation crosswalk (Nov 2020, MIT), resolved to O*NET 29.3 codes through O*NET's 2010→2019 crosswalk. */
  | 'ESCO_ONET_CROSSWALK'
  /** O*NET 29.3 Database (USDOL/ETA, CC BY 4.0). */
  | 'ONET';

export type ExplorerRoleRefFragment = { slug: string, title: string };

export type ExplorerSearchRolesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchRolesQuery = { search: Array<{ score: number, matchedOn: string | null, role: { slug: string, title: string } | null }> };

export type ExplorerSearchSkillsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchSkillsQuery = { search: Array<{ score: number, matchedOn: string | null, skill: { slug: string, name: string } | null }> };

export type ExplorerCreditFragment = { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } };

export type ExplorerNextRolesQueryVariables = Exact<{
  slug: string;
  maxHops: number;
  first?: number | null | undefined;
}>;


export type ExplorerNextRolesQuery = { role: { slug: string, title: string, salary: { medianUsd: number | null } | null, nextRoles: Array<{ hops: number, typicalYears: number | null, score: number, role: { slug: string, title: string, salary: { medianUsd: number | null } | null }, path: Array<{ slug: string, title: string }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null }>, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null }>, salaryChange: { absoluteUsd: number, percent: number } | null }> } | null };

export type ExplorerCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  rankBy?: PathRanking | null | undefined;
}>;


export type ExplorerCareerPathsQuery = { careerPaths: Array<{ rank: number, roles: Array<{ slug: string, title: string }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, from: { title: string }, to: { title: string }, bridgingSkills: Array<{ levelGap: number, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null }> }>, totals: { hops: number, typicalYears: number | null, gap: number, score: number, salaryChange: { absoluteUsd: number } | null } }> };

export type ExplorerGapItemFragment = { importance: number, levelGap: number, requiredLevel: number, currentLevel: number, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null };

export type ExplorerRecommendationsFragment = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string, title: string } }>, skillLeverage: Array<{ rolesUnlocked: number, score: number, skill: { name: string } }> };

export type ExplorerSkillGapQueryVariables = Exact<{
  target: string;
  profile: SkillProfileInput;
}>;


export type ExplorerSkillGapQuery = { skillGap: { coverage: number, gap: number, unresolvedSkills: Array<string>, missing: Array<{ importance: number, levelGap: number, requiredLevel: number, currentLevel: number, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null }>, partial: Array<{ importance: number, levelGap: number, requiredLevel: number, currentLevel: number, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null }>, met: Array<{ importance: number, levelGap: number, requiredLevel: number, currentLevel: number, skill: { name: string }, credit: { relation: SkillCreditRelation, share: number, creditedLevel: number, explanation: string, heldSkill: { name: string } } | null }> }, recommendRoles: Array<{ score: number, coverage: number, role: { slug: string, title: string } }>, skillLeverage: Array<{ rolesUnlocked: number, score: number, skill: { name: string } }> };

export type ExplorerRecommendationsQueryVariables = Exact<{
  profile: SkillProfileInput;
}>;


export type ExplorerRecommendationsQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string, title: string } }>, skillLeverage: Array<{ rolesUnlocked: number, score: number, skill: { name: string } }> };

export type ExplorerRoleProfileQueryVariables = Exact<{
  slug: string;
}>;


export type ExplorerRoleProfileQuery = { role: { slug: string, title: string, summary: string | null, experienceLevel: string | null, family: { name: string } | null, growth: { rating: string } | null, salary: { medianUsd: number | null, estimate: boolean, byExperience: Array<{ label: string, annualUsd: number, display: string }> } | null, typicalDay: Array<{ order: number, title: string, description: string }>, gettingStarted: Array<{ order: number, title: string, description: string }>, faq: Array<{ question: string, answer: string }>, provenance: { sourceTag: string, method: ProvenanceMethod, asOf: string | null, reference: string | null, evidence: string | null }, requiredSkills: Array<{ importance: number, importanceScale: string | null, skill: { name: string }, provenance: { sourceTag: string, method: ProvenanceMethod, asOf: string | null, reference: string | null, evidence: string | null } }> } | null };

export type ExplorerProvenanceFragment = { sourceTag: string, method: ProvenanceMethod, asOf: string | null, reference: string | null, evidence: string | null };

export type ExplorerRoleTitleQueryVariables = Exact<{
  slug: string;
}>;


export type ExplorerRoleTitleQuery = { role: { slug: string, title: string } | null };

export type ExplorerExampleRoleFragment = { slug: string, title: string, family: { name: string } | null };

export type EngineRecommendAndGapQueryVariables = Exact<{
  profile: SkillProfileInput;
  target: string;
}>;


export type EngineRecommendAndGapQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string, title: string }, gap: { missingCount: number, partialCount: number, metCount: number } }>, skillGap: { coverage: number, gap: number, missing: Array<{ importance: number, levelGap: number, skill: { name: string } }>, partial: Array<{ importance: number, levelGap: number, skill: { name: string } }>, effort: { estimatedMonths: number } }, skillLeverage: Array<{ rolesUnlocked: number, score: number, skill: { name: string } }> };

export type EngineRecommendBatchQueryVariables = Exact<{
  profiles: Array<SkillProfileInput> | SkillProfileInput;
}>;


export type EngineRecommendBatchQuery = { recommendRolesBatch: Array<{ unresolvedSkills: Array<string>, matches: Array<{ score: number, coverage: number, role: { title: string } }> }> };

export type AnalystGraphStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystGraphStatsQuery = { graphStats: { roles: number, skills: number, progressions: number, requirements: number, rolesBySource: Array<{ source: Source, count: number }>, progressionsByKind: Array<{ kind: ProgressionKind, count: number }>, skillsByKind: Array<{ kind: SkillKind, count: number }> } };

export type AnalystSearchQueryVariables = Exact<{
  text: string;
}>;


export type AnalystSearchQuery = { search: Array<{ kind: SearchKind, score: number, matchedOn: string | null, role: { slug: string, title: string } | null, skill: { slug: string, name: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerCreditFragmentDoc = new TypedDocumentString(`
    fragment ExplorerCredit on SkillCredit {
  heldSkill {
    name
  }
  relation
  share
  creditedLevel
  explanation
}
    `, {"fragmentName":"ExplorerCredit"}) as unknown as TypedDocumentString<ExplorerCreditFragment, unknown>;
export const ExplorerGapItemFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGapItem on SkillGapItem {
  skill {
    name
  }
  importance
  levelGap
  requiredLevel
  currentLevel
  credit {
    ...ExplorerCredit
  }
}
    fragment ExplorerCredit on SkillCredit {
  heldSkill {
    name
  }
  relation
  share
  creditedLevel
  explanation
}`, {"fragmentName":"ExplorerGapItem"}) as unknown as TypedDocumentString<ExplorerGapItemFragment, unknown>;
export const ExplorerRoleRefFragmentDoc = new TypedDocumentString(`
    fragment ExplorerRoleRef on Role {
  slug
  title
}
    `, {"fragmentName":"ExplorerRoleRef"}) as unknown as TypedDocumentString<ExplorerRoleRefFragment, unknown>;
export const ExplorerRecommendationsFragmentDoc = new TypedDocumentString(`
    fragment ExplorerRecommendations on Query {
  recommendRoles(profile: $profile, first: 5) {
    role {
      ...ExplorerRoleRef
    }
    score
    coverage
  }
  skillLeverage(profile: $profile, first: 1) {
    skill {
      name
    }
    rolesUnlocked
    score
  }
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}`, {"fragmentName":"ExplorerRecommendations"}) as unknown as TypedDocumentString<ExplorerRecommendationsFragment, unknown>;
export const ExplorerProvenanceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerProvenance on Provenance {
  sourceTag
  method
  asOf
  reference
  evidence
}
    `, {"fragmentName":"ExplorerProvenance"}) as unknown as TypedDocumentString<ExplorerProvenanceFragment, unknown>;
export const ExplorerExampleRoleFragmentDoc = new TypedDocumentString(`
    fragment ExplorerExampleRole on Role {
  slug
  title
  family {
    name
  }
}
    `, {"fragmentName":"ExplorerExampleRole"}) as unknown as TypedDocumentString<ExplorerExampleRoleFragment, unknown>;
export const ExplorerSearchRolesDocument = new TypedDocumentString(`
    query ExplorerSearchRoles($text: String!, $first: Int) {
  search(text: $text, kinds: [ROLE], first: $first) {
    score
    matchedOn
    role {
      ...ExplorerRoleRef
    }
  }
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}`) as unknown as TypedDocumentString<ExplorerSearchRolesQuery, ExplorerSearchRolesQueryVariables>;
export const ExplorerSearchSkillsDocument = new TypedDocumentString(`
    query ExplorerSearchSkills($text: String!, $first: Int) {
  search(text: $text, kinds: [SKILL], first: $first) {
    score
    matchedOn
    skill {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchSkillsQuery, ExplorerSearchSkillsQueryVariables>;
export const ExplorerNextRolesDocument = new TypedDocumentString(`
    query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {
  role(slug: $slug) {
    slug
    title
    salary {
      medianUsd
    }
    nextRoles(maxHops: $maxHops, first: $first) {
      role {
        slug
        title
        salary {
          medianUsd
        }
      }
      hops
      path {
        ...ExplorerRoleRef
      }
      steps {
        kind
        typicalYears
      }
      bridgingSkills {
        skill {
          name
        }
        importance
        requiredLevel
        currentLevel
        levelGap
        weight
        status
        credit {
          ...ExplorerCredit
        }
      }
      salaryChange {
        absoluteUsd
        percent
      }
      typicalYears
      score
    }
  }
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}
fragment ExplorerCredit on SkillCredit {
  heldSkill {
    name
  }
  relation
  share
  creditedLevel
  explanation
}`) as unknown as TypedDocumentString<ExplorerNextRolesQuery, ExplorerNextRolesQueryVariables>;
export const ExplorerCareerPathsDocument = new TypedDocumentString(`
    query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
  careerPaths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    rankBy: $rankBy
  ) {
    rank
    roles {
      ...ExplorerRoleRef
    }
    steps {
      from {
        title
      }
      to {
        title
      }
      kind
      typicalYears
      bridgingSkills {
        skill {
          name
        }
        levelGap
        credit {
          ...ExplorerCredit
        }
      }
    }
    totals {
      hops
      typicalYears
      gap
      salaryChange {
        absoluteUsd
      }
      score
    }
  }
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}
fragment ExplorerCredit on SkillCredit {
  heldSkill {
    name
  }
  relation
  share
  creditedLevel
  explanation
}`) as unknown as TypedDocumentString<ExplorerCareerPathsQuery, ExplorerCareerPathsQueryVariables>;
export const ExplorerSkillGapDocument = new TypedDocumentString(`
    query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    missing {
      ...ExplorerGapItem
    }
    partial {
      ...ExplorerGapItem
    }
    met {
      ...ExplorerGapItem
    }
    unresolvedSkills
  }
  ...ExplorerRecommendations
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}
fragment ExplorerCredit on SkillCredit {
  heldSkill {
    name
  }
  relation
  share
  creditedLevel
  explanation
}
fragment ExplorerGapItem on SkillGapItem {
  skill {
    name
  }
  importance
  levelGap
  requiredLevel
  currentLevel
  credit {
    ...ExplorerCredit
  }
}
fragment ExplorerRecommendations on Query {
  recommendRoles(profile: $profile, first: 5) {
    role {
      ...ExplorerRoleRef
    }
    score
    coverage
  }
  skillLeverage(profile: $profile, first: 1) {
    skill {
      name
    }
    rolesUnlocked
    score
  }
}`) as unknown as TypedDocumentString<ExplorerSkillGapQuery, ExplorerSkillGapQueryVariables>;
export const ExplorerRecommendationsDocument = new TypedDocumentString(`
    query ExplorerRecommendations($profile: SkillProfileInput!) {
  ...ExplorerRecommendations
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}
fragment ExplorerRecommendations on Query {
  recommendRoles(profile: $profile, first: 5) {
    role {
      ...ExplorerRoleRef
    }
    score
    coverage
  }
  skillLeverage(profile: $profile, first: 1) {
    skill {
      name
    }
    rolesUnlocked
    score
  }
}`) as unknown as TypedDocumentString<ExplorerRecommendationsQuery, ExplorerRecommendationsQueryVariables>;
export const ExplorerRoleProfileDocument = new TypedDocumentString(`
    query ExplorerRoleProfile($slug: String!) {
  role(slug: $slug) {
    slug
    title
    summary
    experienceLevel
    family {
      name
    }
    growth {
      rating
    }
    salary {
      medianUsd
      estimate
      byExperience {
        label
        annualUsd
        display
      }
    }
    typicalDay {
      order
      title
      description
    }
    gettingStarted {
      order
      title
      description
    }
    faq {
      question
      answer
    }
    provenance {
      ...ExplorerProvenance
    }
    requiredSkills(first: 60) {
      skill {
        name
      }
      importance
      importanceScale
      provenance {
        ...ExplorerProvenance
      }
    }
  }
}
    fragment ExplorerProvenance on Provenance {
  sourceTag
  method
  asOf
  reference
  evidence
}`) as unknown as TypedDocumentString<ExplorerRoleProfileQuery, ExplorerRoleProfileQueryVariables>;
export const ExplorerRoleTitleDocument = new TypedDocumentString(`
    query ExplorerRoleTitle($slug: String!) {
  role(slug: $slug) {
    ...ExplorerRoleRef
  }
}
    fragment ExplorerRoleRef on Role {
  slug
  title
}`) as unknown as TypedDocumentString<ExplorerRoleTitleQuery, ExplorerRoleTitleQueryVariables>;
export const EngineRecommendAndGapDocument = new TypedDocumentString(`
    query EngineRecommendAndGap($profile: SkillProfileInput!, $target: String!) {
  recommendRoles(profile: $profile, first: 5) {
    role {
      slug
      title
    }
    score
    coverage
    gap {
      missingCount
      partialCount
      metCount
    }
  }
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    missing {
      skill {
        name
      }
      importance
      levelGap
    }
    partial {
      skill {
        name
      }
      importance
      levelGap
    }
    effort {
      estimatedMonths
    }
  }
  skillLeverage(profile: $profile, first: 3) {
    skill {
      name
    }
    rolesUnlocked
    score
  }
}
    `) as unknown as TypedDocumentString<EngineRecommendAndGapQuery, EngineRecommendAndGapQueryVariables>;
export const EngineRecommendBatchDocument = new TypedDocumentString(`
    query EngineRecommendBatch($profiles: [SkillProfileInput!]!) {
  recommendRolesBatch(profiles: $profiles, first: 3) {
    unresolvedSkills
    matches {
      role {
        title
      }
      score
      coverage
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRecommendBatchQuery, EngineRecommendBatchQueryVariables>;
export const AnalystGraphStatsDocument = new TypedDocumentString(`
    query AnalystGraphStats {
  graphStats {
    roles
    skills
    progressions
    requirements
    rolesBySource {
      source
      count
    }
    progressionsByKind {
      kind
      count
    }
    skillsByKind {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<AnalystGraphStatsQuery, AnalystGraphStatsQueryVariables>;
export const AnalystSearchDocument = new TypedDocumentString(`
    query AnalystSearch($text: String!) {
  search(text: $text, first: 10) {
    kind
    score
    matchedOn
    role {
      slug
      title
    }
    skill {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnalystSearchQuery, AnalystSearchQueryVariables>;