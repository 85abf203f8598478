/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an API key allows. */
export type ApiKeyRole =
  /** Queries and curation mutations. */
  | 'EDITOR'
  /** Queries only. */
  | 'READER';

/** How bridgeSkills ranks skills. */
export type BridgeSkillOrder =
  /** Most edges bridged first (ties: total weight). */
  | 'PROGRESSIONS'
  /** Largest Σ importance × level gap first (ties: edges). */
  | 'WEIGHT';

/** The measure roleCentrality ranks roles by; all are computed over LEADS_TO edges as a directed graph. */
export type CentralityMeasure =
  /** Share of shortest career paths between other roles that pass through the role (Brandes, normalised 0..1). */
  | 'BETWEENNESS'
  /** In-degree + out-degree (distinct neighbours). */
  | 'DEGREE'
  /** Roles many roles lead to. */
  | 'IN_DEGREE'
  /** Roles that open many next steps. */
  | 'OUT_DEGREE'
  /** PageRank (damping 0.85): where careers flow to; scores sum to 1. */
  | 'PAGERANK';

/** Whether a required skill is already held at the required level. */
export type GapStatus =
  /** Held at or above the required level. */
  | 'MET'
  /** Not held at all. */
  | 'MISSING'
  /** Held below the required level. */
  | 'PARTIAL';

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

/** Narrows recommended roles. Each filter keeps only roles known to satisfy it. */
export type RecommendFilter = {
  /** Role slugs never to recommend (e.g. the person's current role). */
  excludeRoles?: Array<string> | null | undefined;
  /** Role family slugs; a role must be in one of them. */
  families?: Array<string> | null | undefined;
  /** Maximum O*NET Job Zone (1-5); roles without a job zone are left out. */
  maxJobZone?: number | null | undefined;
  /** Minimum median annual salary; roles without a salary are left out. */
  minSalaryUsd?: number | null | undefined;
  /** Where the role comes from (curated roles, O*NET or ESCO occupations). */
  sources?: Array<Source> | null | undefined;
};

/** What sort of learning resource it is. */
export type ResourceKind =
  /** A book. */
  | 'BOOK'
  /** A certification exam and its preparation. */
  | 'CERTIFICATION'
  /** A course (online or in person). */
  | 'COURSE'
  /** Official documentation or guides. */
  | 'DOCUMENTATION'
  /** Hands-on practice: labs, projects, exercises. */
  | 'PRACTICE';

/** A curated role's own properties (salary bands, typical day, FAQ are seeded, not edited here). */
export type RoleInput = {
  /** Other titles the role is known and found by (at most 50, each 1-200 characters); null clears them. */
  alternateTitles?: Array<string> | null | undefined;
  /** Longer description, at most 5,000 characters; null clears it. */
  description?: string | null | undefined;
  /** ESCO occupation URIs (the crosswalk), at most 50; null clears them. */
  escoUris?: Array<string> | null | undefined;
  /** Experience range as a person reads it, e.g. "Entry to Leadership" (RoleFilter.experienceLevel reads it); null clears it. */
  experienceLevel?: string | null | undefined;
  /** Slug of an existing role family; null removes the role from its family. */
  family?: string | null | undefined;
  /** Growth outlook: Declining, Stable, Moderate, High or Very High; null clears it. */
  growthRating?: string | null | undefined;
  /** Why the outlook is what it is, at most 5,000 characters; null clears it. */
  growthReason?: string | null | undefined;
  /** Median annual base salary in USD (a positive integer); null clears it. */
  medianSalaryUsd?: number | null | undefined;
  /** O*NET-SOC codes like 15-1241.00 (the crosswalk), at most 50; null clears them. */
  onetCodes?: Array<string> | null | undefined;
  /** A sentence on where people in this role usually go next; null clears it. */
  progressionSummary?: string | null | undefined;
  /** Lower-case slug (a-z, 0-9, single dashes); identifies the role (id curated:role:<slug>). */
  slug: string;
  /** One or two sentences on the role, 1-5,000 characters. */
  summary: string;
  /** The role's title, 1-200 characters. */
  title: string;
};

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

/** A curated skill's own properties (learning resources are seeded, not edited here). */
export type SkillInput = {
  /** Other names the skill is found by ("k8s" for Kubernetes), at most 50; null clears them. */
  aliases?: Array<string> | null | undefined;
  /** The group it is listed under, e.g. "Cloud platforms & services" (1-200 characters). */
  category: string;
  /** What the skill covers, at most 5,000 characters; null clears it. */
  description?: string | null | undefined;
  /** What kind of skill it is. */
  kind: SkillKind;
  /** The skill's name, 1-200 characters. */
  name: string;
  /** Lower-case slug (a-z, 0-9, single dashes); identifies the skill (id curated:skill:<slug>). */
  slug: string;
};

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

/** An occupation classification a curated role is crosswalked to. */
export type Taxonomy =
  /** ESCO v1.1.1 occupations. */
  | 'ESCO'
  /** O*NET-SOC 2019 (O*NET 29.3). */
  | 'ONET';

export type AnalyticsGraphStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsGraphStatsQuery = { graphStats: { roles: number, skills: number, families: number, skillNames: number, learningResources: number, requirements: number, progressions: number, rolesWithoutSkills: number, rolesWithoutProgressions: number, averageSkillsPerRole: number, averageSkillsPerRoleWithSkills: number, rolesBySource: Array<{ source: Source, sourceTag: string, count: number }>, skillsBySource: Array<{ sourceTag: string, count: number }>, familiesBySource: Array<{ sourceTag: string, count: number }>, requirementsBySource: Array<{ sourceTag: string, count: number }>, progressionsBySource: Array<{ sourceTag: string, count: number }>, skillsByKind: Array<{ kind: SkillKind, count: number }>, progressionsByKind: Array<{ kind: ProgressionKind, count: number }>, relationships: Array<{ type: string, count: number }>, curation: { revision: number, lastChangeAt: string | null, lastChangeBy: string | null } } };

export type AnalyticsCentralityQueryVariables = Exact<{
  measure?: CentralityMeasure | null | undefined;
  first?: number | null | undefined;
  source?: Source | null | undefined;
}>;


export type AnalyticsCentralityQuery = { roleCentrality: Array<{ rank: number, score: number, inDegree: number, outDegree: number, role: { slug: string } }> };

export type AnalyticsBridgeSkillsQueryVariables = Exact<{
  first?: number | null | undefined;
  source?: Source | null | undefined;
  orderBy?: BridgeSkillOrder | null | undefined;
}>;


export type AnalyticsBridgeSkillsQuery = { bridgeSkills: Array<{ progressions: number, missingInSource: number, totalWeight: number, averageGap: number, skill: { id: string, slug: string } }> };

export type AnalyticsFamilyMobilityQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsFamilyMobilityQuery = { familyMobility: Array<{ progressions: number, promotions: number, laterals: number, pivots: number, averageTypicalYears: number | null, from: { slug: string }, to: { slug: string } }> };

export type CurationUpsertRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type CurationUpsertRoleMutation = { upsertRole: { slug: string, title: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, family: { slug: string } | null, salary: { medianUsd: number | null } | null, growth: { rating: string, reason: string | null } | null, provenance: { source: Source, sourceTag: string, asOf: string | null } } };

export type CurationUpsertSkillMutationVariables = Exact<{
  input: SkillInput;
}>;


export type CurationUpsertSkillMutation = { upsertSkill: { slug: string, name: string, kind: SkillKind, category: string | null, aliases: Array<string>, provenance: { source: Source, asOf: string | null } } };

export type CurationSetRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
  importance: number;
  level: number;
  essential?: boolean | null | undefined;
}>;


export type CurationSetRequirementMutation = { setRoleSkillRequirement: { importance: number, level: number | null, importanceRaw: number | null, levelRaw: number | null, importanceScale: string | null, levelScale: string | null, essential: boolean, skill: { slug: string }, provenance: { source: Source, asOf: string | null, method: ProvenanceMethod } } };

export type CurationRemoveRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
}>;


export type CurationRemoveRequirementMutation = { removeRoleSkillRequirement: boolean };

export type CurationLinkMutationVariables = Exact<{
  from: string;
  to: string;
  kind: ProgressionKind;
  years: number;
  rationale: string;
  confidence?: number | null | undefined;
}>;


export type CurationLinkMutation = { linkProgression: { kind: ProgressionKind, typicalYears: number | null, rationale: string | null, confidence: number | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source, asOf: string | null } } };

export type CurationUnlinkMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type CurationUnlinkMutation = { unlinkProgression: boolean };

export type CurationRemoveRoleMutationVariables = Exact<{
  slug: string;
}>;


export type CurationRemoveRoleMutation = { removeRole: boolean };

export type CurationRemoveSkillMutationVariables = Exact<{
  slug: string;
}>;


export type CurationRemoveSkillMutation = { removeSkill: boolean };

export type CurationViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationViewerQuery = { viewer: { authenticated: boolean, name: string | null, role: ApiKeyRole | null, canEdit: boolean } };

export type CurationChiefArchitectQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationChiefArchitectQuery = { role: { slug: string } | null };

export type CurationRoleAsCuratedQueryVariables = Exact<{
  slug: string;
}>;


export type CurationRoleAsCuratedQuery = { role: { slug: string, title: string, summary: string | null, alternateTitles: Array<string>, progressionSummary: string | null, family: { slug: string } | null, salary: { medianUsd: number | null } | null, growth: { rating: string, reason: string | null } | null, provenance: { source: Source, sourceTag: string, asOf: string | null } } | null };

export type CurationSkillByNameQueryVariables = Exact<{
  q: string;
}>;


export type CurationSkillByNameQuery = { skill: { slug: string } | null };

export type CurationRoleSlugQueryVariables = Exact<{
  slug: string;
}>;


export type CurationRoleSlugQuery = { role: { slug: string } | null };

export type CurationRoleRequirementsQueryVariables = Exact<{
  slug: string;
}>;


export type CurationRoleRequirementsQuery = { role: { requiredSkills: Array<{ importance: number, level: number | null, skill: { slug: string } }> } | null };

export type CurationSkillByIdQueryVariables = Exact<{
  id: string;
}>;


export type CurationSkillByIdQuery = { skill: { slug: string } | null };

export type CurationRevisionQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationRevisionQuery = { graphStats: { curation: { revision: number, lastChangeBy: string | null } } };

export type GapCreditItemFragment = { importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null };

export type GapCreditNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type GapCreditNextRolesQuery = { role: { nextRoles: Array<{ gap: number, role: { slug: string }, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }> }> } | null };

export type GapCreditSkillGapQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
}>;


export type GapCreditSkillGapQuery = { skillGap: { coverage: number, gap: number, unresolvedSkills: Array<string>, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }>, met: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }> } };

export type GapCreditRecommendWithItemsQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type GapCreditRecommendWithItemsQuery = { recommendRoles: Array<{ coverage: number, role: { slug: string }, gap: { partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }>, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, explanation: string, heldSkill: { slug: string } } | null }> } }> };

export type GapCreditRecommendGapsQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type GapCreditRecommendGapsQuery = { recommendRoles: Array<{ coverage: number, role: { slug: string }, gap: { gap: number } }> };

export type GapsItemFieldsFragment = { importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } };

export type GapsItemFragment = { importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } };

export type GapsSkillGapQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
  fromRole?: string | null | undefined;
}>;


export type GapsSkillGapQuery = { skillGap: { coverage: number, gap: number, unresolvedSkills: Array<string>, target: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, essential: boolean, skill: { slug: string } }> }, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }>, met: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }>, effort: { estimatedMonths: number, levelsToGain: number, missingCount: number, partialCount: number, metCount: number, essentialMissingCount: number }, learningResources: Array<{ status: GapStatus, weight: number, skill: { slug: string }, resources: Array<{ title: string, kind: ResourceKind, url: string | null }> }> } };

export type GapsMatchFragment = { score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }> } };

export type GapsLeanMatchFragment = { score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }> } };

export type GapsRecommendQueryVariables = Exact<{
  profile: SkillProfileInput;
  first?: number | null | undefined;
  filter?: RecommendFilter | null | undefined;
}>;


export type GapsRecommendQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { slug: string } } | null, skill: { slug: string } }> } }> };

export type GapsRecommendLeanQueryVariables = Exact<{
  profile: SkillProfileInput;
  first?: number | null | undefined;
  filter?: RecommendFilter | null | undefined;
}>;


export type GapsRecommendLeanQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }> } }> };

export type GapsRecommendBatchQueryVariables = Exact<{
  profiles: Array<SkillProfileInput> | SkillProfileInput;
  first?: number | null | undefined;
  filter?: RecommendFilter | null | undefined;
}>;


export type GapsRecommendBatchQuery = { recommendRolesBatch: Array<{ unresolvedSkills: Array<string>, matches: Array<{ score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }>, partial: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { slug: string } }> } }> }> };

export type GapsLeverageQueryVariables = Exact<{
  profile: SkillProfileInput;
  first?: number | null | undefined;
  filter?: RecommendFilter | null | undefined;
}>;


export type GapsLeverageQuery = { skillLeverage: Array<{ rolesUnlocked: number, gapClosed: number, score: number, skill: { slug: string }, unlocks: Array<{ slug: string }> }> };

export type GapsResourceProvenanceQueryVariables = Exact<{
  p?: SkillProfileInput | null | undefined;
}>;


export type GapsResourceProvenanceQuery = { skillGap: { learningResources: Array<{ resources: Array<{ title: string, provenance: { source: Source } }> }> } };

export type GapsGapAloneQueryVariables = Exact<{
  p?: SkillProfileInput | null | undefined;
}>;


export type GapsGapAloneQuery = { skillGap: { coverage: number, unresolvedSkills: Array<string>, missing: Array<{ skill: { slug: string } }>, learningResources: Array<{ resources: Array<{ title: string }> }> } };

export type GapsRecommendedRolesQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type GapsRecommendedRolesQuery = { recommendRoles: Array<{ role: { slug: string, family: { slug: string } | null, salary: { medianUsd: number | null } | null } }> };

export type GapsRecommendedFamiliesQueryVariables = Exact<{
  p: SkillProfileInput;
  f?: RecommendFilter | null | undefined;
}>;


export type GapsRecommendedFamiliesQuery = { recommendRoles: Array<{ role: { family: { slug: string } | null } }> };

export type GapsRecommendedSalariesQueryVariables = Exact<{
  p: SkillProfileInput;
  f?: RecommendFilter | null | undefined;
}>;


export type GapsRecommendedSalariesQuery = { recommendRoles: Array<{ role: { salary: { medianUsd: number | null } | null } }> };

export type GapsRequiredSkillsQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type GapsRequiredSkillsQuery = { role: { requiredSkills: Array<{ skill: { slug: string } }> } | null };

export type GapsOriginLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type GapsOriginLevelsQuery = { role: { requiredSkills: Array<{ level: number | null, skill: { slug: string } }> } | null };

export type LookaheadRolePageFragment = { requiredSkills: Array<{ importance: number, level: number | null, essential: boolean, skill: { slug: string, name: string } }>, salary: { medianUsd: number | null, byExperience: Array<{ label: string, annualUsd: number }> } | null, family: { slug: string } | null, typicalDay: Array<{ title: string }>, faq: Array<{ question: string }>, crosswalk: Array<{ taxonomy: Taxonomy, code: string }> };

export type LookaheadRolePageBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadRolePageBySlugQuery = { role: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, essential: boolean, skill: { slug: string, name: string } }>, salary: { medianUsd: number | null, byExperience: Array<{ label: string, annualUsd: number }> } | null, family: { slug: string } | null, typicalDay: Array<{ title: string }>, faq: Array<{ question: string }>, crosswalk: Array<{ taxonomy: Taxonomy, code: string }> } | null };

export type LookaheadRolePageByIdQueryVariables = Exact<{
  id: string;
}>;


export type LookaheadRolePageByIdQuery = { role: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, essential: boolean, skill: { slug: string, name: string } }>, salary: { medianUsd: number | null, byExperience: Array<{ label: string, annualUsd: number }> } | null, family: { slug: string } | null, typicalDay: Array<{ title: string }>, faq: Array<{ question: string }>, crosswalk: Array<{ taxonomy: Taxonomy, code: string }> } | null };

export type LookaheadRolePagesListedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LookaheadRolePagesListedQuery = { roles: { edges: Array<{ node: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, essential: boolean, skill: { slug: string, name: string } }>, salary: { medianUsd: number | null, byExperience: Array<{ label: string, annualUsd: number }> } | null, family: { slug: string } | null, typicalDay: Array<{ title: string }>, faq: Array<{ question: string }>, crosswalk: Array<{ taxonomy: Taxonomy, code: string }> } }> } };

export type LookaheadRoleIdQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadRoleIdQuery = { role: { id: string } | null };

export type LookaheadRoleTitleQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadRoleTitleQuery = { role: { title: string } | null };

export type LookaheadRoleSkillsUnlessQueryVariables = Exact<{
  slug: string;
  skip: boolean;
}>;


export type LookaheadRoleSkillsUnlessQuery = { role: { title: string } & { requiredSkills?: Array<{ skill: { slug: string } }> } | null };

export type LookaheadSkillsFragment = { requiredSkills: Array<{ skill: { slug: string } }> };

export type LookaheadProgressionsFragment = { nextRoles: Array<{ hops: number, score: number, role: { slug: string }, salaryChange: { absoluteUsd: number } | null, bridgingSkills: Array<{ levelGap: number, skill: { slug: string } }>, path: Array<{ slug: string }> }>, previousRoles: Array<{ score: number, role: { slug: string } }>, soon: Array<{ role: { slug: string } }> };

export type LookaheadProgressionsBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadProgressionsBySlugQuery = { role: { nextRoles: Array<{ hops: number, score: number, role: { slug: string }, salaryChange: { absoluteUsd: number } | null, bridgingSkills: Array<{ levelGap: number, skill: { slug: string } }>, path: Array<{ slug: string }> }>, previousRoles: Array<{ score: number, role: { slug: string } }>, soon: Array<{ role: { slug: string } }> } | null };

export type LookaheadProgressionsByIdQueryVariables = Exact<{
  id: string;
}>;


export type LookaheadProgressionsByIdQuery = { role: { nextRoles: Array<{ hops: number, score: number, role: { slug: string }, salaryChange: { absoluteUsd: number } | null, bridgingSkills: Array<{ levelGap: number, skill: { slug: string } }>, path: Array<{ slug: string }> }>, previousRoles: Array<{ score: number, role: { slug: string } }>, soon: Array<{ role: { slug: string } }> } | null };

export type LookaheadEverythingOfQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadEverythingOfQuery = { role: { title: string, nextRoles: Array<{ role: { slug: string } }>, requiredSkills: Array<{ importance: number }> } | null };

export type LookaheadNextRolesWithinQueryVariables = Exact<{
  slug: string;
  maxHops: number;
}>;


export type LookaheadNextRolesWithinQuery = { role: { title: string, nextRoles: Array<{ hops: number }> } | null };

export type RequirementSkillDetailsQueryVariables = Exact<{
  slug: string;
}>;


export type RequirementSkillDetailsQuery = { role: { requiredSkills: Array<{ skill: { slug: string, name: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } }> } | null };

export type RequirementSkillNamesQueryVariables = Exact<{
  slug: string;
}>;


export type RequirementSkillNamesQuery = { role: { requiredSkills: Array<{ skill: { slug: string, name: string } }> } | null };

export type DirectSkillDetailsQueryVariables = Exact<{
  slug: string;
}>;


export type DirectSkillDetailsQuery = { skill: { slug: string, name: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } | null };

export type SearchHitsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type SearchHitsQuery = { search: Array<{ kind: SearchKind, score: number, matchedOn: string | null, role: { slug: string, title: string, alternateTitles: Array<string> } | null, skill: { slug: string, name: string, aliases: Array<string> } | null }> };

export type SearchRoleFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRoleFamiliesQuery = { search: Array<{ role: { slug: string, family: { slug: string } | null } | null }> };

export type SalaryNoteStepsQueryVariables = Exact<{
  slug: string;
}>;


export type SalaryNoteStepsQuery = { role: { nextRoles: Array<{ role: { slug: string }, steps: Array<{ salaryNote: string | null, to: { slug: string } }>, salaryChange: { percent: number } | null }> } | null };

export type SourcePageRoleQueryVariables = Exact<{
  slug: string;
}>;


export type SourcePageRoleQuery = { role: { title: string, summary: string | null, description: string | null, experienceLevel: string | null, progressionSummary: string | null, provenance: { source: Source, asOf: string | null, reference: string | null, method: ProvenanceMethod, evidence: string | null }, growth: { rating: string, reason: string | null } | null, salary: { medianUsd: number | null, estimate: boolean, byExperience: Array<{ label: string, annualUsd: number, openEnded: boolean, display: string, yearsMin: number | null, yearsMax: number | null }> } | null, typicalDay: Array<{ order: number, title: string, description: string }>, gettingStarted: Array<{ order: number, title: string, description: string }>, faq: Array<{ order: number, question: string, answer: string }>, requiredSkills: Array<{ importance: number, essential: boolean, importanceScale: string | null, skill: { name: string }, provenance: { method: ProvenanceMethod, asOf: string | null, reference: string | null, evidence: string | null } }>, nextRoles: Array<{ hops: number, role: { slug: string, title: string }, steps: Array<{ kind: ProgressionKind, provenance: { method: ProvenanceMethod, asOf: string | null, reference: string | null, evidence: string | null } }> }> } | null };

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
export const GapCreditItemFragmentDoc = new TypedDocumentString(`
    fragment GapCreditItem on SkillGapItem {
  skill {
    slug
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  status
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
    explanation
  }
}
    `, {"fragmentName":"GapCreditItem"}) as unknown as TypedDocumentString<GapCreditItemFragment, unknown>;
export const GapsItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
    `, {"fragmentName":"GapsItemFields"}) as unknown as TypedDocumentString<GapsItemFieldsFragment, unknown>;
export const GapsItemFragmentDoc = new TypedDocumentString(`
    fragment GapsItem on SkillGapItem {
  ...GapsItemFields
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}`, {"fragmentName":"GapsItem"}) as unknown as TypedDocumentString<GapsItemFragment, unknown>;
export const GapsMatchFragmentDoc = new TypedDocumentString(`
    fragment GapsMatch on RoleMatch {
  role {
    slug
  }
  score
  coverage
  gap {
    gap
    missingCount
    partialCount
    metCount
    missing {
      ...GapsItem
    }
    partial {
      ...GapsItem
    }
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
fragment GapsItem on SkillGapItem {
  ...GapsItemFields
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}`, {"fragmentName":"GapsMatch"}) as unknown as TypedDocumentString<GapsMatchFragment, unknown>;
export const GapsLeanMatchFragmentDoc = new TypedDocumentString(`
    fragment GapsLeanMatch on RoleMatch {
  role {
    slug
  }
  score
  coverage
  gap {
    gap
    missingCount
    partialCount
    metCount
    missing {
      ...GapsItemFields
    }
    partial {
      ...GapsItemFields
    }
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}`, {"fragmentName":"GapsLeanMatch"}) as unknown as TypedDocumentString<GapsLeanMatchFragment, unknown>;
export const LookaheadRolePageFragmentDoc = new TypedDocumentString(`
    fragment LookaheadRolePage on Role {
  requiredSkills {
    skill {
      slug
      name
    }
    importance
    level
    essential
  }
  salary {
    medianUsd
    byExperience {
      label
      annualUsd
    }
  }
  family {
    slug
  }
  typicalDay {
    title
  }
  faq {
    question
  }
  crosswalk {
    taxonomy
    code
  }
}
    `, {"fragmentName":"LookaheadRolePage"}) as unknown as TypedDocumentString<LookaheadRolePageFragment, unknown>;
export const LookaheadSkillsFragmentDoc = new TypedDocumentString(`
    fragment LookaheadSkills on Role {
  requiredSkills {
    skill {
      slug
    }
  }
}
    `, {"fragmentName":"LookaheadSkills"}) as unknown as TypedDocumentString<LookaheadSkillsFragment, unknown>;
export const LookaheadProgressionsFragmentDoc = new TypedDocumentString(`
    fragment LookaheadProgressions on Role {
  nextRoles(maxHops: 2) {
    role {
      slug
    }
    hops
    score
    salaryChange {
      absoluteUsd
    }
    bridgingSkills {
      skill {
        slug
      }
      levelGap
    }
    path {
      slug
    }
  }
  previousRoles {
    role {
      slug
    }
    score
  }
  soon: nextRoles(maxHops: 1, first: 3) {
    role {
      slug
    }
  }
}
    `, {"fragmentName":"LookaheadProgressions"}) as unknown as TypedDocumentString<LookaheadProgressionsFragment, unknown>;
export const AnalyticsGraphStatsDocument = new TypedDocumentString(`
    query AnalyticsGraphStats {
  graphStats {
    roles
    skills
    families
    skillNames
    learningResources
    requirements
    progressions
    rolesWithoutSkills
    rolesWithoutProgressions
    averageSkillsPerRole
    averageSkillsPerRoleWithSkills
    rolesBySource {
      source
      sourceTag
      count
    }
    skillsBySource {
      sourceTag
      count
    }
    familiesBySource {
      sourceTag
      count
    }
    requirementsBySource {
      sourceTag
      count
    }
    progressionsBySource {
      sourceTag
      count
    }
    skillsByKind {
      kind
      count
    }
    progressionsByKind {
      kind
      count
    }
    relationships {
      type
      count
    }
    curation {
      revision
      lastChangeAt
      lastChangeBy
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsGraphStatsQuery, AnalyticsGraphStatsQueryVariables>;
export const AnalyticsCentralityDocument = new TypedDocumentString(`
    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {
  roleCentrality(measure: $measure, first: $first, source: $source) {
    rank
    role {
      slug
    }
    score
    inDegree
    outDegree
  }
}
    `) as unknown as TypedDocumentString<AnalyticsCentralityQuery, AnalyticsCentralityQueryVariables>;
export const AnalyticsBridgeSkillsDocument = new TypedDocumentString(`
    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {
  bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {
    skill {
      id
      slug
    }
    progressions
    missingInSource
    totalWeight
    averageGap
  }
}
    `) as unknown as TypedDocumentString<AnalyticsBridgeSkillsQuery, AnalyticsBridgeSkillsQueryVariables>;
export const AnalyticsFamilyMobilityDocument = new TypedDocumentString(`
    query AnalyticsFamilyMobility {
  familyMobility(first: 100) {
    from {
      slug
    }
    to {
      slug
    }
    progressions
    promotions
    laterals
    pivots
    averageTypicalYears
  }
}
    `) as unknown as TypedDocumentString<AnalyticsFamilyMobilityQuery, AnalyticsFamilyMobilityQueryVariables>;
export const CurationUpsertRoleDocument = new TypedDocumentString(`
    mutation CurationUpsertRole($input: RoleInput!) {
  upsertRole(input: $input) {
    slug
    title
    summary
    description
    progressionSummary
    alternateTitles
    family {
      slug
    }
    salary {
      medianUsd
    }
    growth {
      rating
      reason
    }
    provenance {
      source
      sourceTag
      asOf
    }
  }
}
    `) as unknown as TypedDocumentString<CurationUpsertRoleMutation, CurationUpsertRoleMutationVariables>;
export const CurationUpsertSkillDocument = new TypedDocumentString(`
    mutation CurationUpsertSkill($input: SkillInput!) {
  upsertSkill(input: $input) {
    slug
    name
    kind
    category
    aliases
    provenance {
      source
      asOf
    }
  }
}
    `) as unknown as TypedDocumentString<CurationUpsertSkillMutation, CurationUpsertSkillMutationVariables>;
export const CurationSetRequirementDocument = new TypedDocumentString(`
    mutation CurationSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!, $essential: Boolean) {
  setRoleSkillRequirement(
    role: $role
    skill: $skill
    importance: $importance
    level: $level
    essential: $essential
  ) {
    skill {
      slug
    }
    importance
    level
    importanceRaw
    levelRaw
    importanceScale
    levelScale
    essential
    provenance {
      source
      asOf
      method
    }
  }
}
    `) as unknown as TypedDocumentString<CurationSetRequirementMutation, CurationSetRequirementMutationVariables>;
export const CurationRemoveRequirementDocument = new TypedDocumentString(`
    mutation CurationRemoveRequirement($role: String!, $skill: String!) {
  removeRoleSkillRequirement(role: $role, skill: $skill)
}
    `) as unknown as TypedDocumentString<CurationRemoveRequirementMutation, CurationRemoveRequirementMutationVariables>;
export const CurationLinkDocument = new TypedDocumentString(`
    mutation CurationLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!, $confidence: Float) {
  linkProgression(
    from: $from
    to: $to
    kind: $kind
    typicalYears: $years
    rationale: $rationale
    confidence: $confidence
  ) {
    from {
      slug
    }
    to {
      slug
    }
    kind
    typicalYears
    rationale
    confidence
    provenance {
      source
      asOf
    }
  }
}
    `) as unknown as TypedDocumentString<CurationLinkMutation, CurationLinkMutationVariables>;
export const CurationUnlinkDocument = new TypedDocumentString(`
    mutation CurationUnlink($from: String!, $to: String!) {
  unlinkProgression(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<CurationUnlinkMutation, CurationUnlinkMutationVariables>;
export const CurationRemoveRoleDocument = new TypedDocumentString(`
    mutation CurationRemoveRole($slug: String!) {
  removeRole(slug: $slug)
}
    `) as unknown as TypedDocumentString<CurationRemoveRoleMutation, CurationRemoveRoleMutationVariables>;
export const CurationRemoveSkillDocument = new TypedDocumentString(`
    mutation CurationRemoveSkill($slug: String!) {
  removeSkill(slug: $slug)
}
    `) as unknown as TypedDocumentString<CurationRemoveSkillMutation, CurationRemoveSkillMutationVariables>;
export const CurationViewerDocument = new TypedDocumentString(`
    query CurationViewer {
  viewer {
    authenticated
    name
    role
    canEdit
  }
}
    `) as unknown as TypedDocumentString<CurationViewerQuery, CurationViewerQueryVariables>;
export const CurationChiefArchitectDocument = new TypedDocumentString(`
    query CurationChiefArchitect {
  role(slug: "chief-architect") {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationChiefArchitectQuery, CurationChiefArchitectQueryVariables>;
export const CurationRoleAsCuratedDocument = new TypedDocumentString(`
    query CurationRoleAsCurated($slug: String!) {
  role(slug: $slug) {
    slug
    title
    summary
    alternateTitles
    family {
      slug
    }
    salary {
      medianUsd
    }
    growth {
      rating
      reason
    }
    progressionSummary
    provenance {
      source
      sourceTag
      asOf
    }
  }
}
    `) as unknown as TypedDocumentString<CurationRoleAsCuratedQuery, CurationRoleAsCuratedQueryVariables>;
export const CurationSkillByNameDocument = new TypedDocumentString(`
    query CurationSkillByName($q: String!) {
  skill(slug: $q) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationSkillByNameQuery, CurationSkillByNameQueryVariables>;
export const CurationRoleSlugDocument = new TypedDocumentString(`
    query CurationRoleSlug($slug: String!) {
  role(slug: $slug) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationRoleSlugQuery, CurationRoleSlugQueryVariables>;
export const CurationRoleRequirementsDocument = new TypedDocumentString(`
    query CurationRoleRequirements($slug: String!) {
  role(slug: $slug) {
    requiredSkills {
      skill {
        slug
      }
      importance
      level
    }
  }
}
    `) as unknown as TypedDocumentString<CurationRoleRequirementsQuery, CurationRoleRequirementsQueryVariables>;
export const CurationSkillByIdDocument = new TypedDocumentString(`
    query CurationSkillById($id: ID!) {
  skill(id: $id) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationSkillByIdQuery, CurationSkillByIdQueryVariables>;
export const CurationRevisionDocument = new TypedDocumentString(`
    query CurationRevision {
  graphStats {
    curation {
      revision
      lastChangeBy
    }
  }
}
    `) as unknown as TypedDocumentString<CurationRevisionQuery, CurationRevisionQueryVariables>;
export const GapCreditNextRolesDocument = new TypedDocumentString(`
    query GapCreditNextRoles($slug: String!) {
  role(slug: $slug) {
    nextRoles(first: 50) {
      role {
        slug
      }
      bridgingSkills {
        ...GapCreditItem
      }
      gap
    }
  }
}
    fragment GapCreditItem on SkillGapItem {
  skill {
    slug
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  status
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
    explanation
  }
}`) as unknown as TypedDocumentString<GapCreditNextRolesQuery, GapCreditNextRolesQueryVariables>;
export const GapCreditSkillGapDocument = new TypedDocumentString(`
    query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    missing {
      ...GapCreditItem
    }
    partial {
      ...GapCreditItem
    }
    met {
      ...GapCreditItem
    }
    unresolvedSkills
  }
}
    fragment GapCreditItem on SkillGapItem {
  skill {
    slug
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  status
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
    explanation
  }
}`) as unknown as TypedDocumentString<GapCreditSkillGapQuery, GapCreditSkillGapQueryVariables>;
export const GapCreditRecommendWithItemsDocument = new TypedDocumentString(`
    query GapCreditRecommendWithItems($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 10) {
    role {
      slug
    }
    coverage
    gap {
      partial {
        ...GapCreditItem
      }
      missing {
        ...GapCreditItem
      }
    }
  }
}
    fragment GapCreditItem on SkillGapItem {
  skill {
    slug
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  status
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
    explanation
  }
}`) as unknown as TypedDocumentString<GapCreditRecommendWithItemsQuery, GapCreditRecommendWithItemsQueryVariables>;
export const GapCreditRecommendGapsDocument = new TypedDocumentString(`
    query GapCreditRecommendGaps($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 5) {
    role {
      slug
    }
    coverage
    gap {
      gap
    }
  }
}
    `) as unknown as TypedDocumentString<GapCreditRecommendGapsQuery, GapCreditRecommendGapsQueryVariables>;
export const GapsSkillGapDocument = new TypedDocumentString(`
    query GapsSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {
  skillGap(target: $target, profile: $profile, fromRole: $fromRole) {
    target {
      slug
      requiredSkills(first: 100) {
        skill {
          slug
        }
        importance
        level
        essential
      }
    }
    coverage
    gap
    missing {
      ...GapsItem
    }
    partial {
      ...GapsItem
    }
    met {
      ...GapsItem
    }
    effort {
      estimatedMonths
      levelsToGain
      missingCount
      partialCount
      metCount
      essentialMissingCount
    }
    learningResources {
      skill {
        slug
      }
      status
      weight
      resources {
        title
        kind
        url
      }
    }
    unresolvedSkills
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
fragment GapsItem on SkillGapItem {
  ...GapsItemFields
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}`) as unknown as TypedDocumentString<GapsSkillGapQuery, GapsSkillGapQueryVariables>;
export const GapsRecommendDocument = new TypedDocumentString(`
    query GapsRecommend($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
  recommendRoles(profile: $profile, first: $first, filter: $filter) {
    ...GapsMatch
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
fragment GapsItem on SkillGapItem {
  ...GapsItemFields
  credit {
    heldSkill {
      slug
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
fragment GapsMatch on RoleMatch {
  role {
    slug
  }
  score
  coverage
  gap {
    gap
    missingCount
    partialCount
    metCount
    missing {
      ...GapsItem
    }
    partial {
      ...GapsItem
    }
  }
}`) as unknown as TypedDocumentString<GapsRecommendQuery, GapsRecommendQueryVariables>;
export const GapsRecommendLeanDocument = new TypedDocumentString(`
    query GapsRecommendLean($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
  recommendRoles(profile: $profile, first: $first, filter: $filter) {
    ...GapsLeanMatch
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
fragment GapsLeanMatch on RoleMatch {
  role {
    slug
  }
  score
  coverage
  gap {
    gap
    missingCount
    partialCount
    metCount
    missing {
      ...GapsItemFields
    }
    partial {
      ...GapsItemFields
    }
  }
}`) as unknown as TypedDocumentString<GapsRecommendLeanQuery, GapsRecommendLeanQueryVariables>;
export const GapsRecommendBatchDocument = new TypedDocumentString(`
    query GapsRecommendBatch($profiles: [SkillProfileInput!]!, $first: Int, $filter: RecommendFilter) {
  recommendRolesBatch(profiles: $profiles, first: $first, filter: $filter) {
    matches {
      ...GapsLeanMatch
    }
    unresolvedSkills
  }
}
    fragment GapsItemFields on SkillGapItem {
  skill {
    slug
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
}
fragment GapsLeanMatch on RoleMatch {
  role {
    slug
  }
  score
  coverage
  gap {
    gap
    missingCount
    partialCount
    metCount
    missing {
      ...GapsItemFields
    }
    partial {
      ...GapsItemFields
    }
  }
}`) as unknown as TypedDocumentString<GapsRecommendBatchQuery, GapsRecommendBatchQueryVariables>;
export const GapsLeverageDocument = new TypedDocumentString(`
    query GapsLeverage($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
  skillLeverage(profile: $profile, first: $first, filter: $filter) {
    skill {
      slug
    }
    rolesUnlocked
    gapClosed
    score
    unlocks {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<GapsLeverageQuery, GapsLeverageQueryVariables>;
export const GapsResourceProvenanceDocument = new TypedDocumentString(`
    query GapsResourceProvenance($p: SkillProfileInput) {
  skillGap(target: "cloud-architect-ai-ml", profile: $p) {
    learningResources {
      resources {
        title
        provenance {
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsResourceProvenanceQuery, GapsResourceProvenanceQueryVariables>;
export const GapsGapAloneDocument = new TypedDocumentString(`
    query GapsGapAlone($p: SkillProfileInput) {
  skillGap(target: "cloud-architect-ai-ml", profile: $p) {
    coverage
    missing {
      skill {
        slug
      }
    }
    learningResources {
      resources {
        title
      }
    }
    unresolvedSkills
  }
}
    `) as unknown as TypedDocumentString<GapsGapAloneQuery, GapsGapAloneQueryVariables>;
export const GapsRecommendedRolesDocument = new TypedDocumentString(`
    query GapsRecommendedRoles($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 30) {
    role {
      slug
      family {
        slug
      }
      salary {
        medianUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsRecommendedRolesQuery, GapsRecommendedRolesQueryVariables>;
export const GapsRecommendedFamiliesDocument = new TypedDocumentString(`
    query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) {
  recommendRoles(profile: $p, first: 30, filter: $f) {
    role {
      family {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsRecommendedFamiliesQuery, GapsRecommendedFamiliesQueryVariables>;
export const GapsRecommendedSalariesDocument = new TypedDocumentString(`
    query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) {
  recommendRoles(profile: $p, first: 30, filter: $f) {
    role {
      salary {
        medianUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsRecommendedSalariesQuery, GapsRecommendedSalariesQueryVariables>;
export const GapsRequiredSkillsDocument = new TypedDocumentString(`
    query GapsRequiredSkills($slug: String) {
  role(slug: $slug) {
    requiredSkills(first: 100) {
      skill {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsRequiredSkillsQuery, GapsRequiredSkillsQueryVariables>;
export const GapsOriginLevelsDocument = new TypedDocumentString(`
    query GapsOriginLevels {
  role(slug: "cloud-architect-ai-ml") {
    requiredSkills(first: 100) {
      skill {
        slug
      }
      level
    }
  }
}
    `) as unknown as TypedDocumentString<GapsOriginLevelsQuery, GapsOriginLevelsQueryVariables>;
export const LookaheadRolePageBySlugDocument = new TypedDocumentString(`
    query LookaheadRolePageBySlug($slug: String!) {
  role(slug: $slug) {
    slug
    ...LookaheadRolePage
  }
}
    fragment LookaheadRolePage on Role {
  requiredSkills {
    skill {
      slug
      name
    }
    importance
    level
    essential
  }
  salary {
    medianUsd
    byExperience {
      label
      annualUsd
    }
  }
  family {
    slug
  }
  typicalDay {
    title
  }
  faq {
    question
  }
  crosswalk {
    taxonomy
    code
  }
}`) as unknown as TypedDocumentString<LookaheadRolePageBySlugQuery, LookaheadRolePageBySlugQueryVariables>;
export const LookaheadRolePageByIdDocument = new TypedDocumentString(`
    query LookaheadRolePageById($id: ID!) {
  role(id: $id) {
    slug
    ...LookaheadRolePage
  }
}
    fragment LookaheadRolePage on Role {
  requiredSkills {
    skill {
      slug
      name
    }
    importance
    level
    essential
  }
  salary {
    medianUsd
    byExperience {
      label
      annualUsd
    }
  }
  family {
    slug
  }
  typicalDay {
    title
  }
  faq {
    question
  }
  crosswalk {
    taxonomy
    code
  }
}`) as unknown as TypedDocumentString<LookaheadRolePageByIdQuery, LookaheadRolePageByIdQueryVariables>;
export const LookaheadRolePagesListedDocument = new TypedDocumentString(`
    query LookaheadRolePagesListed($first: Int) {
  roles(first: $first) {
    edges {
      node {
        slug
        ...LookaheadRolePage
      }
    }
  }
}
    fragment LookaheadRolePage on Role {
  requiredSkills {
    skill {
      slug
      name
    }
    importance
    level
    essential
  }
  salary {
    medianUsd
    byExperience {
      label
      annualUsd
    }
  }
  family {
    slug
  }
  typicalDay {
    title
  }
  faq {
    question
  }
  crosswalk {
    taxonomy
    code
  }
}`) as unknown as TypedDocumentString<LookaheadRolePagesListedQuery, LookaheadRolePagesListedQueryVariables>;
export const LookaheadRoleIdDocument = new TypedDocumentString(`
    query LookaheadRoleId($slug: String!) {
  role(slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<LookaheadRoleIdQuery, LookaheadRoleIdQueryVariables>;
export const LookaheadRoleTitleDocument = new TypedDocumentString(`
    query LookaheadRoleTitle($slug: String!) {
  role(slug: $slug) {
    title
  }
}
    `) as unknown as TypedDocumentString<LookaheadRoleTitleQuery, LookaheadRoleTitleQueryVariables>;
export const LookaheadRoleSkillsUnlessDocument = new TypedDocumentString(`
    query LookaheadRoleSkillsUnless($slug: String!, $skip: Boolean!) {
  role(slug: $slug) {
    title
    ...LookaheadSkills @skip(if: $skip)
  }
}
    fragment LookaheadSkills on Role {
  requiredSkills {
    skill {
      slug
    }
  }
}`) as unknown as TypedDocumentString<LookaheadRoleSkillsUnlessQuery, LookaheadRoleSkillsUnlessQueryVariables>;
export const LookaheadProgressionsBySlugDocument = new TypedDocumentString(`
    query LookaheadProgressionsBySlug($slug: String!) {
  role(slug: $slug) {
    ...LookaheadProgressions
  }
}
    fragment LookaheadProgressions on Role {
  nextRoles(maxHops: 2) {
    role {
      slug
    }
    hops
    score
    salaryChange {
      absoluteUsd
    }
    bridgingSkills {
      skill {
        slug
      }
      levelGap
    }
    path {
      slug
    }
  }
  previousRoles {
    role {
      slug
    }
    score
  }
  soon: nextRoles(maxHops: 1, first: 3) {
    role {
      slug
    }
  }
}`) as unknown as TypedDocumentString<LookaheadProgressionsBySlugQuery, LookaheadProgressionsBySlugQueryVariables>;
export const LookaheadProgressionsByIdDocument = new TypedDocumentString(`
    query LookaheadProgressionsById($id: ID!) {
  role(id: $id) {
    ...LookaheadProgressions
  }
}
    fragment LookaheadProgressions on Role {
  nextRoles(maxHops: 2) {
    role {
      slug
    }
    hops
    score
    salaryChange {
      absoluteUsd
    }
    bridgingSkills {
      skill {
        slug
      }
      levelGap
    }
    path {
      slug
    }
  }
  previousRoles {
    role {
      slug
    }
    score
  }
  soon: nextRoles(maxHops: 1, first: 3) {
    role {
      slug
    }
  }
}`) as unknown as TypedDocumentString<LookaheadProgressionsByIdQuery, LookaheadProgressionsByIdQueryVariables>;
export const LookaheadEverythingOfDocument = new TypedDocumentString(`
    query LookaheadEverythingOf($slug: String!) {
  role(slug: $slug) {
    title
    nextRoles(maxHops: 2) {
      role {
        slug
      }
    }
    requiredSkills {
      importance
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadEverythingOfQuery, LookaheadEverythingOfQueryVariables>;
export const LookaheadNextRolesWithinDocument = new TypedDocumentString(`
    query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) {
  role(slug: $slug) {
    title
    nextRoles(maxHops: $maxHops) {
      hops
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadNextRolesWithinQuery, LookaheadNextRolesWithinQueryVariables>;
export const RequirementSkillDetailsDocument = new TypedDocumentString(`
    query RequirementSkillDetails($slug: String!) {
  role(slug: $slug) {
    requiredSkills {
      skill {
        slug
        name
        description
        aliases
        provenance {
          method
          sourceId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequirementSkillDetailsQuery, RequirementSkillDetailsQueryVariables>;
export const RequirementSkillNamesDocument = new TypedDocumentString(`
    query RequirementSkillNames($slug: String!) {
  role(slug: $slug) {
    requiredSkills {
      skill {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequirementSkillNamesQuery, RequirementSkillNamesQueryVariables>;
export const DirectSkillDetailsDocument = new TypedDocumentString(`
    query DirectSkillDetails($slug: String!) {
  skill(slug: $slug) {
    slug
    name
    description
    aliases
    provenance {
      method
      sourceId
    }
  }
}
    `) as unknown as TypedDocumentString<DirectSkillDetailsQuery, DirectSkillDetailsQueryVariables>;
export const SearchHitsDocument = new TypedDocumentString(`
    query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {
  search(text: $text, first: $first, kinds: $kinds) {
    kind
    score
    matchedOn
    role {
      slug
      title
      alternateTitles
    }
    skill {
      slug
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<SearchHitsQuery, SearchHitsQueryVariables>;
export const SearchRoleFamiliesDocument = new TypedDocumentString(`
    query SearchRoleFamilies {
  search(text: "engineer", first: 10, kinds: [ROLE]) {
    role {
      slug
      family {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchRoleFamiliesQuery, SearchRoleFamiliesQueryVariables>;
export const SalaryNoteStepsDocument = new TypedDocumentString(`
    query SalaryNoteSteps($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 1, first: 50) {
      role {
        slug
      }
      steps {
        to {
          slug
        }
        salaryNote
      }
      salaryChange {
        percent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SalaryNoteStepsQuery, SalaryNoteStepsQueryVariables>;
export const SourcePageRoleDocument = new TypedDocumentString(`
    query SourcePageRole($slug: String!) {
  role(slug: $slug) {
    title
    summary
    description
    experienceLevel
    progressionSummary
    provenance {
      source
      asOf
      reference
    }
    growth {
      rating
      reason
    }
    salary {
      medianUsd
      estimate
      byExperience {
        label
        annualUsd
        openEnded
        display
        yearsMin
        yearsMax
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
      order
      question
      answer
    }
    provenance {
      method
      evidence
    }
    requiredSkills(first: 100) {
      skill {
        name
      }
      importance
      essential
      importanceScale
      provenance {
        method
        asOf
        reference
        evidence
      }
    }
    nextRoles(maxHops: 1) {
      role {
        slug
        title
      }
      hops
      steps {
        kind
        provenance {
          method
          asOf
          reference
          evidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourcePageRoleQuery, SourcePageRoleQueryVariables>;