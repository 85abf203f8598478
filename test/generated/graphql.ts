/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a whole-graph measure is computed. */
export type AnalyticsEngine =
  /**
   * In the database by Neo4j Graph Data Science 2.13 (an in-memory projection, dropped after use).
   * DEGREE, IN_DEGREE, OUT_DEGREE and BETWEENNESS equal TYPESCRIPT's; PAGERANK is GDS's, rescaled to sum
   * to 1, and differs slightly because GDS does not spread the rank of roles without a next role.
   */
  | 'GRAPH_DATA_SCIENCE'
  /** In the API process, in TypeScript (src/scoring), over the edges read in one statement. Works on every Neo4j server. */
  | 'TYPESCRIPT';

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

/** What ties two roles together when career clusters are detected. */
export type ClusterBasis =
  /** LEADS_TO edges in either direction (a move between two roles ties them), one per pair of roles, unweighted. */
  | 'PROGRESSIONS'
  /**
   * Skill-profile similarity: each role is tied to its 10 most similar roles by the weighted Jaccard of their
   * importance-weighted skills (GDS Node Similarity over REQUIRES; the same formula as similarRoles, on
   * skill nodes, so roles of different sources, which share no skill node, are not tied), weighted by it.
   */
  | 'SKILLS';

/** The kind of entity an audit entry or a curator edit is about. */
export type CuratedEntityType =
  /** A curated career move (key PROGRESSION:<from slug>/<to slug>). */
  | 'PROGRESSION'
  /** A curated role's requirement of a skill (key REQUIREMENT:<role slug>/<skill slug>). */
  | 'REQUIREMENT'
  /** A curated role (key ROLE:<slug>). */
  | 'ROLE'
  /** A curated skill (key SKILL:<slug>). */
  | 'SKILL';

/** Conditions on audit entries; every given condition must hold. */
export type CurationAuditFilter = {
  /** The API key name that made the change. */
  editor?: string | null | undefined;
  /** The entity key, e.g. ROLE:cloud-architect or REQUIREMENT:cloud-architect/python. */
  entity?: string | null | undefined;
  /** The kind of entity. */
  entityType?: CuratedEntityType | null | undefined;
  /** Entries at or after this ISO 8601 date-time (e.g. 2026-12-01T00:00:00Z). */
  since?: string | null | undefined;
  /** Entries strictly before this ISO 8601 date-time. */
  until?: string | null | undefined;
};

/** A stage of a career, as salary bands and RoleFilter.experienceLevel use it. */
export type ExperienceLevel =
  /** Entry level (first years). */
  | 'ENTRY'
  /** Leadership (lead, principal, executive). */
  | 'LEADERSHIP'
  /** Mid-level. */
  | 'MID'
  /** Senior. */
  | 'SENIOR';

/** Whether a required skill is already held at the required level. */
export type GapStatus =
  /** Held at or above the required level. */
  | 'MET'
  /** Not held at all. */
  | 'MISSING'
  /** Held below the required level. */
  | 'PARTIAL';

/** The growth outlook of a role (Role.growth.rating). */
export type GrowthRating =
  /** Fewer jobs expected (Growth.rating "Declining"). */
  | 'DECLINING'
  /** Strong growth ("High"). */
  | 'HIGH'
  /** Some growth ("Moderate"). */
  | 'MODERATE'
  /** About as many jobs ("Stable"). */
  | 'STABLE'
  /** Very strong growth ("Very High"). */
  | 'VERY_HIGH';

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

/**
 * Narrows `roles`. All given conditions must hold; a list matches any of its values. Lists take at
 * most 100 values. A condition on a property a role lacks (salary, job zone, experience level,
 * growth) leaves that role out.
 */
export type RoleFilter = {
  /**
   * Roles whose experience range covers this level: "Entry to Senior" covers ENTRY, MID and SENIOR;
   * "Executive" counts as LEADERSHIP.
   */
  experienceLevel?: ExperienceLevel | null | undefined;
  /** Role family slugs, e.g. cloud-infrastructure. */
  families?: Array<string> | null | undefined;
  /** Growth outlook, any of these. */
  growth?: Array<GrowthRating> | null | undefined;
  /** O*NET Job Zones (1-5). */
  jobZones?: Array<number> | null | undefined;
  /** O*NET Job Zone at most this (1-5). */
  maxJobZone?: number | null | undefined;
  /** Median annual salary at most this (USD). */
  maxSalaryUsd?: number | null | undefined;
  /** Growth outlook at least this (DECLINING < STABLE < MODERATE < HIGH < VERY_HIGH). */
  minGrowth?: GrowthRating | null | undefined;
  /** O*NET Job Zone at least this (1-5). */
  minJobZone?: number | null | undefined;
  /** Median annual salary at least this (USD). */
  minSalaryUsd?: number | null | undefined;
  /**
   * Skills the role must ALL require, each by slug, name or alias, case-insensitive ("k8s",
   * "kubernetes", "Amazon Web Services"). A name matches that skill in every source. An entry that
   * names no skill matches no role.
   */
  requiresSkills?: Array<string> | null | undefined;
  /** Sources the role comes from, any of these (CURATED, ONET, ESCO). */
  sources?: Array<Source> | null | undefined;
  /**
   * Words to find in the title or alternate titles: every word must match, exactly, as a prefix or
   * with a typo or two ("clod architect"). Lucene syntax is not interpreted. Empty or blank: no text
   * condition; only punctuation: no role. At most 200 characters.
   */
  text?: string | null | undefined;
};

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

/** An ordering of roles; equal values are broken by a stable internal key, so paging never repeats or skips a role. */
export type RoleOrder = {
  /** Default: ASC for TITLE and JOB_ZONE, DESC for MEDIAN_SALARY and RELEVANCE. */
  direction?: SortDirection | null | undefined;
  /** What to order by. */
  field: RoleOrderField;
};

/** What roles are ordered by. */
export type RoleOrderField =
  /** O*NET Job Zone; roles without one come last in either direction. */
  | 'JOB_ZONE'
  /** Median annual salary; roles without one come last in either direction. */
  | 'MEDIAN_SALARY'
  /** Fulltext relevance to filter.text, best first by default; without text, TITLE ASC is used. */
  | 'RELEVANCE'
  /** Title, alphabetically. */
  | 'TITLE';

/** What a search hit is. */
export type SearchKind =
  /** A role (one occupation across sources): SearchHit.role is set. */
  | 'ROLE'
  /** A skill: SearchHit.skill is set. */
  | 'SKILL';

/** How resolveSeedConflict settles a conflict. */
export type SeedConflictResolution =
  /** The curator's value stays; the changed seed value becomes the field's baseline. */
  | 'KEEP_CURATED'
  /** The mark is removed: the next seed load writes the seed's value into the field. */
  | 'USE_SEED';

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

/** Narrows `skills`. All given conditions must hold; a list matches any of its values (at most 100). */
export type SkillFilter = {
  /** Category, case-insensitive, e.g. "Cloud platforms & services". */
  category?: string | null | undefined;
  /** Kinds of skill, any of these. */
  kinds?: Array<SkillKind> | null | undefined;
  /** Slug or id of a role: only the skills it requires. */
  requiredByRole?: string | null | undefined;
  /** Sources the skill comes from, any of these (CURATED, ONET, ESCO). */
  sources?: Array<Source> | null | undefined;
  /** Words in the name or aliases, typo-tolerant, every word must match (as RoleFilter.text). */
  text?: string | null | undefined;
};

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

/** An ordering of skills; equal values are broken by a stable internal key, so paging never repeats or skips a skill. */
export type SkillOrder = {
  /** Default: ASC for NAME, DESC for ROLE_COUNT and RELEVANCE. */
  direction?: SortDirection | null | undefined;
  /** What to order by. */
  field: SkillOrderField;
};

/** What skills are ordered by. */
export type SkillOrderField =
  /** Name, alphabetically. */
  | 'NAME'
  /** Fulltext relevance to filter.text, best first by default; without text, NAME ASC is used. */
  | 'RELEVANCE'
  /** Number of roles requiring the skill. */
  | 'ROLE_COUNT';

/** What a person knows. At most 200 skills; duplicates (after resolution) keep the highest level. */
export type SkillProfileInput = {
  /** The skills held, at most 200; an empty list is a valid profile that holds nothing. */
  skills: Array<SkillLevelInput>;
};

/** How a related skill relates to this one. */
export type SkillRelation =
  /** The related skill is broader than this one (this one BROADER-> it). */
  | 'BROADER'
  /** Not linked, but often required by the same roles. */
  | 'CO_REQUIRED'
  /** The related skill is narrower than this one. */
  | 'NARROWER'
  /** A RELATED_SKILL link, in either direction. */
  | 'RELATED';

/** Direction of a listing's ordering. */
export type SortDirection =
  /** Ascending: A to Z, smallest first. */
  | 'ASC'
  /** Descending: Z to A, largest first. */
  | 'DESC';

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

export type CareerPathsCutQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  rankBy?: PathRanking | null | undefined;
}>;


export type CareerPathsCutQuery = { careerPaths: Array<{ rank: number, roles: Array<{ slug: string }>, steps: Array<{ confidence: number | null, from: { slug: string }, to: { slug: string }, bridgingSkills: Array<{ weight: number, status: GapStatus, skill: { id: string } }>, salaryChange: { percent: number } | null }>, totals: { hops: number, typicalYears: number | null, gap: number, averageSalaryUsd: number | null, score: number }, scoreBreakdown: Array<{ name: string, value: number }> }> };

export type CatalogRoleFieldsFragment = { slug: string, title: string, alternateTitles: Array<string>, jobZone: number | null, experienceLevel: string | null, growth: { rating: string } | null, family: { slug: string } | null, salary: { medianUsd: number | null } | null, provenance: { source: Source } };

export type CatalogRolesQueryVariables = Exact<{
  filter?: RoleFilter | null | undefined;
  orderBy?: RoleOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogRolesQuery = { roles: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string, title: string, alternateTitles: Array<string>, jobZone: number | null, experienceLevel: string | null, growth: { rating: string } | null, family: { slug: string } | null, salary: { medianUsd: number | null } | null, provenance: { source: Source } } }>, nodes: Array<{ slug: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CatalogRolePageQueryVariables = Exact<{
  filter?: RoleFilter | null | undefined;
  orderBy?: RoleOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogRolePageQuery = { roles: { edges: Array<{ cursor: string, node: { slug: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CatalogRolesCountedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CatalogRolesCountedQuery = { roles: { totalCount: number, nodes: Array<{ slug: string }> } };

export type CatalogSkillsQueryVariables = Exact<{
  filter?: SkillFilter | null | undefined;
  orderBy?: SkillOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogSkillsQuery = { skills: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, roleCount: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type CatalogSkillQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | null | undefined;
}>;


export type CatalogSkillQuery = { skill: { id: string, slug: string, name: string, aliases: Array<string> } | null };

export type CatalogSkillDetailQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  min?: number | null | undefined;
}>;


export type CatalogSkillDetailQuery = { skill: { slug: string, roleCount: number, roles: Array<{ importance: number, level: number | null, essential: boolean, role: { slug: string }, provenance: { source: Source } }>, relatedSkills: Array<{ relation: SkillRelation, weight: number, sharedRoleCount: number | null, skill: { slug: string }, provenance: { source: Source } }>, learningResources: Array<{ id: string, title: string, kind: ResourceKind, provider: string | null, url: string | null, provenance: { source: Source } }> } | null };

export type CatalogSkillsNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogSkillsNestedQuery = { skills: { nodes: Array<{ slug: string, roleCount: number, roles: Array<{ importance: number, role: { slug: string } }>, relatedSkills: Array<{ relation: SkillRelation, weight: number, skill: { slug: string } }>, learningResources: Array<{ title: string, kind: ResourceKind }> }> } };

export type CreditMemoSkillGapQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
}>;


export type CreditMemoSkillGapQuery = { skillGap: { coverage: number, gap: number, unresolvedSkills: Array<string>, missing: Array<{ levelGap: number, weight: number, status: GapStatus, skill: { slug: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, creditedLevel: number, heldSkill: { slug: string } } | null }>, partial: Array<{ levelGap: number, weight: number, status: GapStatus, skill: { slug: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, creditedLevel: number, heldSkill: { slug: string } } | null }>, met: Array<{ status: GapStatus, skill: { slug: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, creditedLevel: number, heldSkill: { slug: string } } | null }> } };

export type CreditMemoRecommendQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type CreditMemoRecommendQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string }, gap: { gap: number, partial: Array<{ skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }> } }> };

export type CreditMemoNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type CreditMemoNextRolesQuery = { role: { requiredSkills: Array<{ skill: { slug: string } }>, nextRoles: Array<{ gap: number, score: number, role: { slug: string }, bridgingSkills: Array<{ levelGap: number, status: GapStatus, skill: { slug: string }, credit: { relation: SkillCreditRelation, share: number, heldSkill: { slug: string } } | null }> }> } | null };

export type CreditMemoNextRolesAgainQueryVariables = Exact<{
  slug: string;
}>;


export type CreditMemoNextRolesAgainQuery = { again: { requiredSkills: Array<{ skill: { slug: string } }>, nextRoles: Array<{ gap: number, score: number, role: { slug: string }, bridgingSkills: Array<{ levelGap: number, status: GapStatus, skill: { slug: string }, credit: { relation: SkillCreditRelation, share: number, heldSkill: { slug: string } } | null }> }> } | null };

export type CreditMemoCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  rankBy?: PathRanking | null | undefined;
}>;


export type CreditMemoCareerPathsQuery = { careerPaths: Array<{ roles: Array<{ slug: string }>, totals: { gap: number, score: number }, steps: Array<{ bridgingSkills: Array<{ levelGap: number, skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }> }> }> };

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

export type CurationAuditPageQueryVariables = Exact<{
  filter?: CurationAuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CurationAuditPageQuery = { curationAudit: { edges: Array<{ cursor: string, node: { sequence: number, at: string, editor: string, mutation: string, entityType: CuratedEntityType, entity: string, changes: Array<{ field: string, before: string, after: string }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type CurationAuditUpsertRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type CurationAuditUpsertRoleMutation = { upsertRole: { slug: string } };

export type CurationAuditUpsertSkillMutationVariables = Exact<{
  input: SkillInput;
}>;


export type CurationAuditUpsertSkillMutation = { upsertSkill: { slug: string } };

export type CurationAuditSetRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
  importance: number;
  level: number;
}>;


export type CurationAuditSetRequirementMutation = { setRoleSkillRequirement: { importance: number } };

export type CurationAuditRemoveRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
}>;


export type CurationAuditRemoveRequirementMutation = { removeRoleSkillRequirement: boolean };

export type CurationAuditLinkMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type CurationAuditLinkMutation = { linkProgression: { kind: ProgressionKind } };

export type CurationAuditUnlinkMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type CurationAuditUnlinkMutation = { unlinkProgression: boolean };

export type CurationAuditRemoveSkillMutationVariables = Exact<{
  slug: string;
}>;


export type CurationAuditRemoveSkillMutation = { removeSkill: boolean };

export type CurationAuditRemoveRoleMutationVariables = Exact<{
  slug: string;
}>;


export type CurationAuditRemoveRoleMutation = { removeRole: boolean };

export type CurationAuditUpsertRoleTitleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type CurationAuditUpsertRoleTitleMutation = { upsertRole: { title: string } };

export type CurationAuditRoleQueryVariables = Exact<{
  slug: string;
}>;


export type CurationAuditRoleQuery = { role: { slug: string } | null };

export type FirstStartOccupationSearchQueryVariables = Exact<{
  text: string;
}>;


export type FirstStartOccupationSearchQuery = { search: Array<{ role: { id: string, title: string, nextRoles: Array<{ role: { title: string } }>, requiredSkills: Array<{ skill: { name: string } }> } | null }> };

export type FirstStartWarmSearchQueryVariables = Exact<{
  text: string;
}>;


export type FirstStartWarmSearchQuery = { search: Array<{ kind: SearchKind }> };

export type FirstStartRelevanceSearchQueryVariables = Exact<{
  text: string;
}>;


export type FirstStartRelevanceSearchQuery = { search: Array<{ role: { id: string } | null, skill: { id: string } | null }> };

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

export type GapsRecommendRankingQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type GapsRecommendRankingQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string, salary: { medianUsd: number | null } | null }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number } }> };

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

export type GapsEverySkillFieldFragment = { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } };

export type GapsRichItemFragment = { levelGap: number, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, credit: { relation: SkillCreditRelation, heldSkill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } } | null };

export type GapsRichQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
}>;


export type GapsRichQuery = { skillGap: { coverage: number, gap: number, target: { slug: string, title: string, description: string | null, alternateTitles: Array<string>, provenance: { evidence: string | null } }, missing: Array<{ levelGap: number, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, credit: { relation: SkillCreditRelation, heldSkill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } } | null }>, partial: Array<{ levelGap: number, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, credit: { relation: SkillCreditRelation, heldSkill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } } | null }>, met: Array<{ levelGap: number, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, credit: { relation: SkillCreditRelation, heldSkill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } } | null }>, learningResources: Array<{ skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, resources: Array<{ title: string }> }> } };

export type GapsLeanQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
}>;


export type GapsLeanQuery = { skillGap: { coverage: number, gap: number, missing: Array<{ levelGap: number, skill: { slug: string } }>, partial: Array<{ levelGap: number, skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }> } };

export type GapsDirectSkillQueryVariables = Exact<{
  slug: string;
}>;


export type GapsDirectSkillQuery = { skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } | null };

export type GapsDirectRoleQueryVariables = Exact<{
  slug: string;
}>;


export type GapsDirectRoleQuery = { role: { slug: string, title: string, description: string | null, alternateTitles: Array<string>, provenance: { evidence: string | null } } | null };

export type GraphScienceClustersQueryVariables = Exact<{
  basis?: ClusterBasis | null | undefined;
  source?: Source | null | undefined;
  first?: number | null | undefined;
  rolesPerCluster?: number | null | undefined;
}>;


export type GraphScienceClustersQuery = { careerClusters: Array<{ rank: number, size: number, roles: Array<{ slug: string }>, families: Array<{ roles: number, family: { slug: string } }> }> };

export type GraphScienceCentralityQueryVariables = Exact<{
  measure?: CentralityMeasure | null | undefined;
  engine?: AnalyticsEngine | null | undefined;
  source?: Source | null | undefined;
}>;


export type GraphScienceCentralityQuery = { roleCentrality: Array<{ rank: number, score: number, inDegree: number, outDegree: number, role: { slug: string } }> };

export type GraphScienceMissingStatsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GraphScienceMissingStatsQuery = { graphStats: { roles: number }, roleCentrality: Array<{ rank: number }> };

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

export type LookaheadRoleWithProgressionsQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadRoleWithProgressionsQuery = { role: { id: string, slug: string, title: string, nextRoles: Array<{ gap: number, role: { slug: string } }>, previousRoles: Array<{ role: { slug: string, title: string } }> } | null };

export type LookaheadRoleWithProgressionsByIdQueryVariables = Exact<{
  id: string;
}>;


export type LookaheadRoleWithProgressionsByIdQuery = { role: { id: string, slug: string, title: string, nextRoles: Array<{ gap: number, role: { slug: string } }>, previousRoles: Array<{ role: { slug: string, title: string } }> } | null };

export type LookaheadRoleWithSalaryAndProgressionsQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadRoleWithSalaryAndProgressionsQuery = { role: { slug: string, experienceLevel: string | null, nextRoles: Array<{ role: { slug: string } }> } | null };

export type LookaheadEntryRolesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LookaheadEntryRolesQuery = { roles: { edges: Array<{ node: { id: string, slug: string, previousRoles: Array<{ hops: number }> } }> } };

export type LookaheadNextRolesWithinQueryVariables = Exact<{
  slug: string;
  maxHops: number;
}>;


export type LookaheadNextRolesWithinQuery = { role: { title: string, nextRoles: Array<{ hops: number }> } | null };

export type LookaheadEveryRequirementFieldFragment = { requiredSkills: Array<{ importance: number, level: number | null, importanceRaw: number | null, levelRaw: number | null, importanceScale: string | null, levelScale: string | null, essential: boolean, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, reference: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null }, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } }>, top: Array<{ importance: number, skill: { slug: string } }>, none: Array<{ importance: number }> };

export type LookaheadEveryRequirementFieldQueryVariables = Exact<{
  slug: string;
}>;


export type LookaheadEveryRequirementFieldQuery = { role: { slug: string, description: string | null, alternateTitles: Array<string>, progressionSummary: string | null, provenance: { evidence: string | null }, growth: { reason: string | null } | null, requiredSkills: Array<{ importance: number, level: number | null, importanceRaw: number | null, levelRaw: number | null, importanceScale: string | null, levelScale: string | null, essential: boolean, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, reference: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null }, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } }>, top: Array<{ importance: number, skill: { slug: string } }>, none: Array<{ importance: number }> } | null };

export type LookaheadEveryRequirementFieldListedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LookaheadEveryRequirementFieldListedQuery = { roles: { edges: Array<{ node: { slug: string, description: string | null, alternateTitles: Array<string>, progressionSummary: string | null, provenance: { evidence: string | null }, growth: { reason: string | null } | null, requiredSkills: Array<{ importance: number, level: number | null, importanceRaw: number | null, levelRaw: number | null, importanceScale: string | null, levelScale: string | null, essential: boolean, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, reference: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null }, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } }>, top: Array<{ importance: number, skill: { slug: string } }>, none: Array<{ importance: number }> } }> } };

export type LookaheadTopSkillsQueryVariables = Exact<{
  slug: string;
  minImportance: number;
  first: number;
}>;


export type LookaheadTopSkillsQuery = { role: { title: string, requiredSkills: Array<{ importance: number, skill: { slug: string } }> } | null };

export type LookaheadTopSkillsListedQueryVariables = Exact<{
  first?: number | null | undefined;
  minImportance: number;
  top: number;
}>;


export type LookaheadTopSkillsListedQuery = { roles: { edges: Array<{ node: { slug: string, title: string, requiredSkills: Array<{ importance: number, skill: { slug: string } }> } }> } };

export type MemoWarmingCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MemoWarmingCareerPathsQuery = { careerPaths: Array<{ roles: Array<{ slug: string }>, totals: { gap: number, score: number }, steps: Array<{ bridgingSkills: Array<{ levelGap: number, skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }> }> }> };

export type PathsRequirementFragment = { importance: number, level: number | null, skill: { id: string } };

export type PathsGapItemFragment = { importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { id: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { id: string } } | null };

export type PathsStepFragment = { kind: ProgressionKind, typicalYears: number | null, confidence: number | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source } };

export type PathsProgressionFragment = { hops: number, typicalYears: number | null, gap: number, score: number, role: { slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> }, path: Array<{ slug: string }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source } }>, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { id: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { id: string } } | null }>, sharedSkills: Array<{ id: string }>, salaryChange: { absoluteUsd: number, percent: number } | null, scoreBreakdown: Array<{ name: string, value: number, weight: number, contribution: number }> };

export type PathsNextRolesQueryVariables = Exact<{
  slug: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  kinds?: Array<ProgressionKind> | ProgressionKind | null | undefined;
}>;


export type PathsNextRolesQuery = { role: { slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }>, progressions: Array<{ hops: number, typicalYears: number | null, gap: number, score: number, role: { slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> }, path: Array<{ slug: string }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source } }>, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { id: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { id: string } } | null }>, sharedSkills: Array<{ id: string }>, salaryChange: { absoluteUsd: number, percent: number } | null, scoreBreakdown: Array<{ name: string, value: number, weight: number, contribution: number }> }> } | null };

export type PathsPreviousRolesQueryVariables = Exact<{
  slug: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  kinds?: Array<ProgressionKind> | ProgressionKind | null | undefined;
}>;


export type PathsPreviousRolesQuery = { role: { slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }>, progressions: Array<{ hops: number, typicalYears: number | null, gap: number, score: number, role: { slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> }, path: Array<{ slug: string }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source } }>, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { id: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { id: string } } | null }>, sharedSkills: Array<{ id: string }>, salaryChange: { absoluteUsd: number, percent: number } | null, scoreBreakdown: Array<{ name: string, value: number, weight: number, contribution: number }> }> } | null };

export type PathsConfidentRoutesQueryVariables = Exact<{
  slug: string;
}>;


export type PathsConfidentRoutesQuery = { role: { nextRoles: Array<{ hops: number, steps: Array<{ confidence: number | null }>, role: { slug: string, nextRoles: Array<{ role: { slug: string }, steps: Array<{ confidence: number | null }> }> } }> } | null };

export type PathsDefaultsFieldsFragment = { hops: number, score: number, role: { slug: string } };

export type PathsDefaultsOmittedQueryVariables = Exact<{
  slug: string;
}>;


export type PathsDefaultsOmittedQuery = { role: { nextRoles: Array<{ hops: number, score: number, role: { slug: string } }>, far: Array<{ hops: number, score: number, role: { slug: string } }> } | null };

export type PathsDefaultsNullQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type PathsDefaultsNullQuery = { role: { nextRoles: Array<{ hops: number, score: number, role: { slug: string } }>, far: Array<{ hops: number, score: number, role: { slug: string } }> } | null };

export type PathsDefaultsTwentyQueryVariables = Exact<{
  slug: string;
}>;


export type PathsDefaultsTwentyQuery = { role: { far: Array<{ hops: number, score: number, role: { slug: string } }> } | null };

export type PathsStatementsByHopsQueryVariables = Exact<{
  slug: string;
  maxHops?: number | null | undefined;
}>;


export type PathsStatementsByHopsQuery = { role: { nextRoles: Array<{ score: number, role: { slug: string }, path: Array<{ slug: string }>, steps: Array<{ kind: ProgressionKind }>, bridgingSkills: Array<{ skill: { name: string } }>, sharedSkills: Array<{ name: string }> }> } | null };

export type PathsNestedLevelsQueryVariables = Exact<{
  slug: string;
}>;


export type PathsNestedLevelsQuery = { role: { nextRoles: Array<{ role: { slug: string, nextRoles: Array<{ role: { slug: string } }>, similarRoles: Array<{ role: { slug: string } }> } }> } | null };

export type PathsRoleOnlyQueryVariables = Exact<{
  slug: string;
}>;


export type PathsRoleOnlyQuery = { role: { slug: string } | null };

export type PathsEverySkillFieldFragment = { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } };

export type PathsNextRolesLeanQueryVariables = Exact<{
  slug: string;
}>;


export type PathsNextRolesLeanQuery = { role: { nextRoles: Array<{ score: number, role: { slug: string }, bridgingSkills: Array<{ levelGap: number, skill: { slug: string }, credit: { heldSkill: { slug: string } } | null }> }> } | null };

export type PathsNextRolesRichQueryVariables = Exact<{
  slug: string;
}>;


export type PathsNextRolesRichQuery = { role: { nextRoles: Array<{ score: number, role: { slug: string }, bridgingSkills: Array<{ levelGap: number, skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }, credit: { heldSkill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } } | null }>, sharedSkills: Array<{ id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, salaryNote: string | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source, sourceId: string | null, asOf: string | null, reference: string | null, method: ProvenanceMethod, evidence: string | null } }> }> } | null };

export type PathsDirectSkillQueryVariables = Exact<{
  slug: string;
}>;


export type PathsDirectSkillQuery = { skill: { id: string, slug: string, name: string, kind: SkillKind, category: string | null, description: string | null, aliases: Array<string>, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod } } | null };

export type PathsSimilarQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
}>;


export type PathsSimilarQuery = { role: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }>, similarRoles: Array<{ score: number, role: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> }, sharedSkills: Array<{ id: string }>, missingSkills: Array<{ id: string }> }> } | null };

export type PathsRoleRequirementsQueryVariables = Exact<{
  slug: string;
}>;


export type PathsRoleRequirementsQuery = { role: { slug: string, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> } | null };

export type PathsCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  rankBy?: PathRanking | null | undefined;
}>;


export type PathsCareerPathsQuery = { careerPaths: Array<{ rank: number, roles: Array<{ slug: string, salary: { medianUsd: number | null } | null, requiredSkills: Array<{ importance: number, level: number | null, skill: { id: string } }> }>, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { slug: string }, to: { slug: string }, provenance: { source: Source }, bridgingSkills: Array<{ importance: number, requiredLevel: number, currentLevel: number, levelGap: number, weight: number, essential: boolean, status: GapStatus, skill: { id: string, name: string }, credit: { relation: SkillCreditRelation, hops: number, share: number, heldLevel: number, creditedLevel: number, heldSkill: { id: string } } | null }>, salaryChange: { absoluteUsd: number, percent: number } | null }>, totals: { hops: number, typicalYears: number | null, gap: number, averageSalaryUsd: number | null, score: number, salaryChange: { absoluteUsd: number, percent: number } | null }, scoreBreakdown: Array<{ name: string, value: number, weight: number, contribution: number }> }> };

export type PathsCareerPathsLeanQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PathsCareerPathsLeanQuery = { careerPaths: Array<{ roles: Array<{ slug: string }>, steps: Array<{ kind: ProgressionKind, bridgingSkills: Array<{ skill: { name: string } }> }>, totals: { gap: number } }> };

export type PathsWithoutSkillsQueryVariables = Exact<{
  from: string;
  to: string;
  rankBy?: PathRanking | null | undefined;
}>;


export type PathsWithoutSkillsQuery = { careerPaths: Array<{ rank: number, roles: Array<{ slug: string }>, totals: { hops: number, gap: number, score: number } }> };

export type PathsWithSkillsQueryVariables = Exact<{
  from: string;
  to: string;
  rankBy?: PathRanking | null | undefined;
}>;


export type PathsWithSkillsQuery = { careerPaths: Array<{ rank: number, roles: Array<{ slug: string }>, totals: { hops: number, gap: number, score: number }, steps: Array<{ bridgingSkills: Array<{ levelGap: number, skill: { slug: string } }> }> }> };

export type NextRolesWithoutSkillsQueryVariables = Exact<{
  slug: string;
}>;


export type NextRolesWithoutSkillsQuery = { role: { nextRoles: Array<{ hops: number, gap: number, score: number, role: { slug: string } }> } | null };

export type NextRolesWithSkillsQueryVariables = Exact<{
  slug: string;
}>;


export type NextRolesWithSkillsQuery = { role: { nextRoles: Array<{ hops: number, gap: number, score: number, role: { slug: string }, sharedSkills: Array<{ slug: string }>, bridgingSkills: Array<{ skill: { slug: string } }> }> } | null };

export type RequestLimitsFanOutQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type RequestLimitsFanOutQuery = { roles: { nodes: Array<{ requiredSkills: Array<{ skill: { roles: Array<{ role: { title: string } }> } }> }> } };

export type RequirementSkillDetailsQueryVariables = Exact<{
  slug: string;
}>;


export type RequirementSkillDetailsQuery = { role: { requiredSkills: Array<{ skill: { slug: string, name: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } }> } | null };

export type RequirementSkillNamesQueryVariables = Exact<{
  slug: string;
}>;


export type RequirementSkillNamesQuery = { role: { requiredSkills: Array<{ skill: { slug: string, name: string } }> } | null };

export type ListedRequirementSkillDetailsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ListedRequirementSkillDetailsQuery = { roles: { edges: Array<{ node: { slug: string, requiredSkills: Array<{ skill: { slug: string, name: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } }> } }> } };

export type DirectSkillDetailsQueryVariables = Exact<{
  slug: string;
}>;


export type DirectSkillDetailsQuery = { skill: { slug: string, name: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } | null };

export type RequirementMemoNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type RequirementMemoNextRolesQuery = { role: { nextRoles: Array<{ gap: number, score: number, role: { slug: string }, bridgingSkills: Array<{ levelGap: number, status: GapStatus, skill: { slug: string } }> }> } | null };

export type RequirementMemoCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  rankBy?: PathRanking | null | undefined;
}>;


export type RequirementMemoCareerPathsQuery = { careerPaths: Array<{ roles: Array<{ slug: string }>, totals: { gap: number, score: number }, steps: Array<{ bridgingSkills: Array<{ levelGap: number, skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }> }> }> };

export type RequirementMemoRecommendQueryVariables = Exact<{
  p: SkillProfileInput;
}>;


export type RequirementMemoRecommendQuery = { recommendRoles: Array<{ score: number, coverage: number, role: { slug: string }, gap: { gap: number, missingCount: number, partialCount: number, metCount: number, missing: Array<{ levelGap: number, skill: { slug: string }, credit: { relation: SkillCreditRelation, heldSkill: { slug: string } } | null }>, partial: Array<{ levelGap: number, skill: { slug: string } }> } }> };

export type MemoSkillGapQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
  fromRole?: string | null | undefined;
}>;


export type MemoSkillGapQuery = { skillGap: { coverage: number, gap: number, unresolvedSkills: Array<string>, target: { slug: string, title: string }, missing: Array<{ levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, share: number, heldSkill: { slug: string } } | null }>, partial: Array<{ levelGap: number, weight: number, status: GapStatus, skill: { slug: string, name: string }, credit: { relation: SkillCreditRelation, share: number, heldSkill: { slug: string } } | null }>, met: Array<{ status: GapStatus, skill: { id: string, slug: string } }> } };

export type MemoSkillGapKindsQueryVariables = Exact<{
  target: string;
  profile?: SkillProfileInput | null | undefined;
}>;


export type MemoSkillGapKindsQuery = { skillGap: { gap: number, missing: Array<{ levelGap: number, skill: { slug: string, kind: SkillKind } }>, partial: Array<{ levelGap: number, skill: { slug: string, kind: SkillKind } }> } };

export type MemoRoleLookupQueryVariables = Exact<{
  slug: string;
}>;


export type MemoRoleLookupQuery = { role: { slug: string, title: string, requiredSkills: Array<{ importance: number, level: number | null, skill: { slug: string, name: string } }>, top: Array<{ importance: number, skill: { id: string } }> } | null };

export type MemoRoleLookupEssentialQueryVariables = Exact<{
  slug: string;
}>;


export type MemoRoleLookupEssentialQuery = { role: { slug: string, requiredSkills: Array<{ importance: number, essential: boolean, skill: { slug: string } }> } | null };

export type RoleDetailsOfRoleFragment = { slug: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, growth: { rating: string, reason: string | null } | null, provenance: { evidence: string | null, sourceId: string | null, method: ProvenanceMethod } };

export type RoleDetailsOfSkillFragment = { slug: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } };

export type RoleDetailsDirectRoleQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsDirectRoleQuery = { role: { slug: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, growth: { rating: string, reason: string | null } | null, provenance: { evidence: string | null, sourceId: string | null, method: ProvenanceMethod } } | null };

export type RoleDetailsDirectSkillQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsDirectSkillQuery = { skill: { slug: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } | null };

export type RoleDetailsNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsNextRolesQuery = { role: { nextRoles: Array<{ role: { slug: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, growth: { rating: string, reason: string | null } | null, provenance: { evidence: string | null, sourceId: string | null, method: ProvenanceMethod } }, bridgingSkills: Array<{ skill: { slug: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } }> }> } | null };

export type RoleDetailsLeanQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsLeanQuery = { role: { nextRoles: Array<{ role: { slug: string, title: string }, bridgingSkills: Array<{ skill: { slug: string, name: string } }> }> } | null };

export type RoleDetailsDetailedQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsDetailedQuery = { role: { nextRoles: Array<{ role: { slug: string, description: string | null }, bridgingSkills: Array<{ skill: { slug: string, aliases: Array<string> } }> }> } | null };

export type RoleDetailsReachableQueryVariables = Exact<{
  slug: string;
}>;


export type RoleDetailsReachableQuery = { role: { nextRoles: Array<{ hops: number, role: { slug: string } }> } | null };

export type RoleDetailsCareerPathsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RoleDetailsCareerPathsQuery = { careerPaths: Array<{ roles: Array<{ slug: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, growth: { rating: string, reason: string | null } | null, provenance: { evidence: string | null, sourceId: string | null, method: ProvenanceMethod } }> }> };

export type RoleDetailsRecommendedQueryVariables = Exact<{
  profile: SkillProfileInput;
}>;


export type RoleDetailsRecommendedQuery = { recommendRoles: Array<{ role: { slug: string, summary: string | null, description: string | null, progressionSummary: string | null, alternateTitles: Array<string>, growth: { rating: string, reason: string | null } | null, provenance: { evidence: string | null, sourceId: string | null, method: ProvenanceMethod } }, gap: { missing: Array<{ skill: { slug: string, description: string | null, aliases: Array<string>, provenance: { method: ProvenanceMethod, sourceId: string | null } } }> } }> };

export type SearchHitsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type SearchHitsQuery = { search: Array<{ kind: SearchKind, score: number, matchedOn: string | null, role: { slug: string, title: string, alternateTitles: Array<string> } | null, skill: { slug: string, name: string, aliases: Array<string> } | null }> };

export type SearchRoleFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRoleFamiliesQuery = { search: Array<{ role: { slug: string, family: { slug: string } | null } | null }> };

export type HttpRoleTitleQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type HttpRoleTitleQuery = { role: { title: string } | null };

export type HttpRoleEndToEndQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type HttpRoleEndToEndQuery = { role: { slug: string, title: string, salary: { medianUsd: number | null } | null, provenance: { source: Source, asOf: string | null } } | null };

export type ApiReplicasRoleQueryVariables = Exact<{
  slug: string;
}>;


export type ApiReplicasRoleQuery = { role: { slug: string, title: string } | null };

export type ApiReplicasUpsertMutationVariables = Exact<{
  input: RoleInput;
}>;


export type ApiReplicasUpsertMutation = { upsertRole: { slug: string, title: string } };

export type CrosswalkProgressionsStepFragment = { kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { id: string }, to: { id: string }, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null } };

export type CrosswalkProgressionsSkillsFragment = { gap: number, role: { id: string }, bridgingSkills: Array<{ weight: number, status: GapStatus, skill: { id: string } }>, sharedSkills: Array<{ id: string }> };

export type CrosswalkProgressionsNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type CrosswalkProgressionsNextRolesQuery = { role: { nextRoles: Array<{ hops: number, role: { id: string }, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { id: string }, to: { id: string }, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null } }> }> } | null };

export type CrosswalkProgressionsSkillsAcrossQueryVariables = Exact<{
  slug: string;
  onetSlug: string;
}>;


export type CrosswalkProgressionsSkillsAcrossQuery = { esco: { nextRoles: Array<{ gap: number, role: { id: string }, bridgingSkills: Array<{ weight: number, status: GapStatus, skill: { id: string } }>, sharedSkills: Array<{ id: string }> }> } | null, onet: { nextRoles: Array<{ gap: number, role: { id: string }, bridgingSkills: Array<{ weight: number, status: GapStatus, skill: { id: string } }>, sharedSkills: Array<{ id: string }> }> } | null };

export type CrosswalkProgressionsTwoMovesQueryVariables = Exact<{
  slug: string;
  architects: string;
  to: string;
}>;


export type CrosswalkProgressionsTwoMovesQuery = { esco: { nextRoles: Array<{ hops: number, role: { id: string }, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { id: string }, to: { id: string }, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null } }> }> } | null, architects: { previousRoles: Array<{ role: { id: string }, steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { id: string }, to: { id: string }, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null } }> }> } | null, careerPaths: Array<{ steps: Array<{ kind: ProgressionKind, typicalYears: number | null, confidence: number | null, rationale: string | null, from: { id: string }, to: { id: string }, provenance: { source: Source, sourceTag: string, sourceId: string | null, asOf: string | null, method: ProvenanceMethod, confidence: number | null, evidence: string | null } }> }> };

export type CrosswalkProgressionsBySourceQueryVariables = Exact<{ [key: string]: never; }>;


export type CrosswalkProgressionsBySourceQuery = { graphStats: { progressionsBySource: Array<{ source: Source, sourceTag: string, count: number }> } };

export type OccupationCrosswalkNextRolesQueryVariables = Exact<{
  slug: string;
}>;


export type OccupationCrosswalkNextRolesQuery = { role: { nextRoles: Array<{ role: { id: string }, sharedSkills: Array<{ id: string }>, steps: Array<{ provenance: { source: Source, method: ProvenanceMethod, evidence: string | null } }> }> } | null };

export type OccupationCrosswalkSearchQueryVariables = Exact<{
  text: string;
}>;


export type OccupationCrosswalkSearchQuery = { search: Array<{ score: number, matchedOn: string | null, sources: Array<Source>, codes: Array<string>, role: { id: string, title: string } | null, sameOccupation: Array<{ id: string, title: string }> }> };

export type OccupationCrosswalkRecommendQueryVariables = Exact<{
  profile: SkillProfileInput;
  target: string;
}>;


export type OccupationCrosswalkRecommendQuery = { recommendRoles: Array<{ coverage: number, role: { id: string } }>, resolved: { unresolvedSkills: Array<string> } };

export type OccupationCrosswalkSimilarQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
}>;


export type OccupationCrosswalkSimilarQuery = { role: { similarRoles: Array<{ score: number, comparedSkills: number, acrossSources: boolean, explanation: string, role: { id: string, title: string }, sharedSkills: Array<{ id: string }>, occupationLink: { relation: string, matchType: string | null, confidence: number | null, evidence: string | null, via: string | null } | null }> } | null };

export type OnetImportRoleQueryVariables = Exact<{
  slug: string;
}>;


export type OnetImportRoleQuery = { role: { title: string, jobZone: number | null, requiredSkills: Array<{ skill: { name: string } }>, nextRoles: Array<{ hops: number, role: { provenance: { sourceId: string | null } } }> } | null };

export type OnetImportSearchQueryVariables = Exact<{
  text: string;
}>;


export type OnetImportSearchQuery = { search: Array<{ role: { slug: string } | null, sameOccupation: Array<{ slug: string }> }> };

export type SalaryNoteStepsQueryVariables = Exact<{
  slug: string;
}>;


export type SalaryNoteStepsQuery = { role: { nextRoles: Array<{ role: { slug: string }, steps: Array<{ salaryNote: string | null, to: { slug: string } }>, salaryChange: { percent: number } | null }> } | null };

export type SeedReloadUpsertRoleMutationVariables = Exact<{
  input: RoleInput;
}>;


export type SeedReloadUpsertRoleMutation = { upsertRole: { slug: string } };

export type SeedReloadSetRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
  importance: number;
  level: number;
}>;


export type SeedReloadSetRequirementMutation = { setRoleSkillRequirement: { importance: number } };

export type SeedReloadRemoveRequirementMutationVariables = Exact<{
  role: string;
  skill: string;
}>;


export type SeedReloadRemoveRequirementMutation = { removeRoleSkillRequirement: boolean };

export type SeedReloadUnlinkMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type SeedReloadUnlinkMutation = { unlinkProgression: boolean };

export type SeedReloadLinkMutationVariables = Exact<{
  from: string;
  to: string;
  kind: ProgressionKind;
  years: number;
  rationale: string;
}>;


export type SeedReloadLinkMutation = { linkProgression: { kind: ProgressionKind } };

export type SeedReloadUpsertSkillMutationVariables = Exact<{
  input: SkillInput;
}>;


export type SeedReloadUpsertSkillMutation = { upsertSkill: { slug: string } };

export type SeedReloadResolveMutationVariables = Exact<{
  entity: string;
  field: string;
  resolution: SeedConflictResolution;
}>;


export type SeedReloadResolveMutation = { resolveSeedConflict: { entity: string, field: string, value: string, seedValue: string, conflictSeedValue: string | null, editedBy: string } };

export type SeedReloadOpenConflictsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SeedReloadOpenConflictsQuery = { curatedEdits: Array<{ entity: string, field: string, conflictSeedValue: string | null }> };

export type SeedReloadAuditQueryVariables = Exact<{
  filter?: CurationAuditFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SeedReloadAuditQuery = { curationAudit: { nodes: Array<{ mutation: string, changes: Array<{ field: string }> }> } };

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
export const CatalogRoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogRoleFields on Role {
  slug
  title
  alternateTitles
  jobZone
  experienceLevel
  growth {
    rating
  }
  family {
    slug
  }
  salary {
    medianUsd
  }
  provenance {
    source
  }
}
    `, {"fragmentName":"CatalogRoleFields"}) as unknown as TypedDocumentString<CatalogRoleFieldsFragment, unknown>;
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
export const GapsEverySkillFieldFragmentDoc = new TypedDocumentString(`
    fragment GapsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}
    `, {"fragmentName":"GapsEverySkillField"}) as unknown as TypedDocumentString<GapsEverySkillFieldFragment, unknown>;
export const GapsRichItemFragmentDoc = new TypedDocumentString(`
    fragment GapsRichItem on SkillGapItem {
  skill {
    ...GapsEverySkillField
  }
  levelGap
  credit {
    heldSkill {
      ...GapsEverySkillField
    }
    relation
  }
}
    fragment GapsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}`, {"fragmentName":"GapsRichItem"}) as unknown as TypedDocumentString<GapsRichItemFragment, unknown>;
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
export const LookaheadEveryRequirementFieldFragmentDoc = new TypedDocumentString(`
    fragment LookaheadEveryRequirementField on Role {
  requiredSkills {
    importance
    level
    importanceRaw
    levelRaw
    importanceScale
    levelScale
    essential
    provenance {
      source
      sourceTag
      sourceId
      asOf
      reference
      method
      confidence
      evidence
    }
    skill {
      id
      slug
      name
      kind
      category
      description
      aliases
      provenance {
        source
        sourceId
        asOf
        method
      }
    }
  }
  top: requiredSkills(minImportance: 0.7, first: 3) {
    importance
    skill {
      slug
    }
  }
  none: requiredSkills(first: 0) {
    importance
  }
}
    `, {"fragmentName":"LookaheadEveryRequirementField"}) as unknown as TypedDocumentString<LookaheadEveryRequirementFieldFragment, unknown>;
export const PathsRequirementFragmentDoc = new TypedDocumentString(`
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}
    `, {"fragmentName":"PathsRequirement"}) as unknown as TypedDocumentString<PathsRequirementFragment, unknown>;
export const PathsStepFragmentDoc = new TypedDocumentString(`
    fragment PathsStep on ProgressionStep {
  from {
    slug
  }
  to {
    slug
  }
  kind
  typicalYears
  confidence
  provenance {
    source
  }
}
    `, {"fragmentName":"PathsStep"}) as unknown as TypedDocumentString<PathsStepFragment, unknown>;
export const PathsGapItemFragmentDoc = new TypedDocumentString(`
    fragment PathsGapItem on SkillGapItem {
  skill {
    id
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
  credit {
    heldSkill {
      id
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
    `, {"fragmentName":"PathsGapItem"}) as unknown as TypedDocumentString<PathsGapItemFragment, unknown>;
export const PathsProgressionFragmentDoc = new TypedDocumentString(`
    fragment PathsProgression on Progression {
  role {
    slug
    salary {
      medianUsd
    }
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
  }
  hops
  path {
    slug
  }
  steps {
    ...PathsStep
  }
  bridgingSkills {
    ...PathsGapItem
  }
  sharedSkills {
    id
  }
  salaryChange {
    absoluteUsd
    percent
  }
  typicalYears
  gap
  score
  scoreBreakdown {
    name
    value
    weight
    contribution
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}
fragment PathsGapItem on SkillGapItem {
  skill {
    id
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
  credit {
    heldSkill {
      id
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
fragment PathsStep on ProgressionStep {
  from {
    slug
  }
  to {
    slug
  }
  kind
  typicalYears
  confidence
  provenance {
    source
  }
}`, {"fragmentName":"PathsProgression"}) as unknown as TypedDocumentString<PathsProgressionFragment, unknown>;
export const PathsDefaultsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathsDefaultsFields on Progression {
  role {
    slug
  }
  hops
  score
}
    `, {"fragmentName":"PathsDefaultsFields"}) as unknown as TypedDocumentString<PathsDefaultsFieldsFragment, unknown>;
export const PathsEverySkillFieldFragmentDoc = new TypedDocumentString(`
    fragment PathsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}
    `, {"fragmentName":"PathsEverySkillField"}) as unknown as TypedDocumentString<PathsEverySkillFieldFragment, unknown>;
export const RoleDetailsOfRoleFragmentDoc = new TypedDocumentString(`
    fragment RoleDetailsOfRole on Role {
  slug
  summary
  description
  progressionSummary
  alternateTitles
  growth {
    rating
    reason
  }
  provenance {
    evidence
    sourceId
    method
  }
}
    `, {"fragmentName":"RoleDetailsOfRole"}) as unknown as TypedDocumentString<RoleDetailsOfRoleFragment, unknown>;
export const RoleDetailsOfSkillFragmentDoc = new TypedDocumentString(`
    fragment RoleDetailsOfSkill on Skill {
  slug
  description
  aliases
  provenance {
    method
    sourceId
  }
}
    `, {"fragmentName":"RoleDetailsOfSkill"}) as unknown as TypedDocumentString<RoleDetailsOfSkillFragment, unknown>;
export const CrosswalkProgressionsStepFragmentDoc = new TypedDocumentString(`
    fragment CrosswalkProgressionsStep on ProgressionStep {
  from {
    id
  }
  to {
    id
  }
  kind
  typicalYears
  confidence
  rationale
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
    confidence
    evidence
  }
}
    `, {"fragmentName":"CrosswalkProgressionsStep"}) as unknown as TypedDocumentString<CrosswalkProgressionsStepFragment, unknown>;
export const CrosswalkProgressionsSkillsFragmentDoc = new TypedDocumentString(`
    fragment CrosswalkProgressionsSkills on Progression {
  role {
    id
  }
  bridgingSkills {
    skill {
      id
    }
    weight
    status
  }
  sharedSkills {
    id
  }
  gap
}
    `, {"fragmentName":"CrosswalkProgressionsSkills"}) as unknown as TypedDocumentString<CrosswalkProgressionsSkillsFragment, unknown>;
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
export const CareerPathsCutDocument = new TypedDocumentString(`
    query CareerPathsCut($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
  careerPaths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    rankBy: $rankBy
  ) {
    rank
    roles {
      slug
    }
    steps {
      from {
        slug
      }
      to {
        slug
      }
      confidence
      bridgingSkills {
        skill {
          id
        }
        weight
        status
      }
      salaryChange {
        percent
      }
    }
    totals {
      hops
      typicalYears
      gap
      averageSalaryUsd
      score
    }
    scoreBreakdown {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<CareerPathsCutQuery, CareerPathsCutQueryVariables>;
export const CatalogRolesDocument = new TypedDocumentString(`
    query CatalogRoles($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {
  roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...CatalogRoleFields
      }
    }
    nodes {
      slug
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    totalCount
  }
}
    fragment CatalogRoleFields on Role {
  slug
  title
  alternateTitles
  jobZone
  experienceLevel
  growth {
    rating
  }
  family {
    slug
  }
  salary {
    medianUsd
  }
  provenance {
    source
  }
}`) as unknown as TypedDocumentString<CatalogRolesQuery, CatalogRolesQueryVariables>;
export const CatalogRolePageDocument = new TypedDocumentString(`
    query CatalogRolePage($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {
  roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges {
      cursor
      node {
        slug
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogRolePageQuery, CatalogRolePageQueryVariables>;
export const CatalogRolesCountedDocument = new TypedDocumentString(`
    query CatalogRolesCounted($first: Int) {
  roles(first: $first) {
    totalCount
    nodes {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogRolesCountedQuery, CatalogRolesCountedQueryVariables>;
export const CatalogSkillsDocument = new TypedDocumentString(`
    query CatalogSkills($filter: SkillFilter, $orderBy: SkillOrder, $first: Int, $after: String) {
  skills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        slug
        name
        kind
        category
        roleCount
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CatalogSkillsQuery, CatalogSkillsQueryVariables>;
export const CatalogSkillDocument = new TypedDocumentString(`
    query CatalogSkill($slug: String, $id: ID) {
  skill(slug: $slug, id: $id) {
    id
    slug
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<CatalogSkillQuery, CatalogSkillQueryVariables>;
export const CatalogSkillDetailDocument = new TypedDocumentString(`
    query CatalogSkillDetail($slug: String!, $first: Int, $min: Float) {
  skill(slug: $slug) {
    slug
    roleCount
    roles(first: $first, minImportance: $min) {
      role {
        slug
      }
      importance
      level
      essential
      provenance {
        source
      }
    }
    relatedSkills(first: 100) {
      skill {
        slug
      }
      relation
      weight
      sharedRoleCount
      provenance {
        source
      }
    }
    learningResources {
      id
      title
      kind
      provider
      url
      provenance {
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogSkillDetailQuery, CatalogSkillDetailQueryVariables>;
export const CatalogSkillsNestedDocument = new TypedDocumentString(`
    query CatalogSkillsNested {
  skills(first: 40, filter: {sources: [CURATED]}, orderBy: {field: ROLE_COUNT}) {
    nodes {
      slug
      roleCount
      roles(first: 3) {
        role {
          slug
        }
        importance
      }
      relatedSkills(first: 3) {
        skill {
          slug
        }
        relation
        weight
      }
      learningResources {
        title
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogSkillsNestedQuery, CatalogSkillsNestedQueryVariables>;
export const CreditMemoSkillGapDocument = new TypedDocumentString(`
    query CreditMemoSkillGap($target: String!, $profile: SkillProfileInput) {
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    unresolvedSkills
    missing {
      skill {
        slug
      }
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
        creditedLevel
      }
    }
    partial {
      skill {
        slug
      }
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
        creditedLevel
      }
    }
    met {
      skill {
        slug
      }
      status
      credit {
        heldSkill {
          slug
        }
        relation
        hops
        share
        creditedLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditMemoSkillGapQuery, CreditMemoSkillGapQueryVariables>;
export const CreditMemoRecommendDocument = new TypedDocumentString(`
    query CreditMemoRecommend($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 10) {
    role {
      slug
    }
    score
    coverage
    gap {
      gap
      partial {
        skill {
          slug
        }
        credit {
          heldSkill {
            slug
          }
          relation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditMemoRecommendQuery, CreditMemoRecommendQueryVariables>;
export const CreditMemoNextRolesDocument = new TypedDocumentString(`
    query CreditMemoNextRoles($slug: String!) {
  role(slug: $slug) {
    requiredSkills {
      skill {
        slug
      }
    }
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      gap
      score
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        status
        credit {
          heldSkill {
            slug
          }
          relation
          share
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditMemoNextRolesQuery, CreditMemoNextRolesQueryVariables>;
export const CreditMemoNextRolesAgainDocument = new TypedDocumentString(`
    query CreditMemoNextRolesAgain($slug: String!) {
  again: role(slug: $slug) {
    requiredSkills {
      skill {
        slug
      }
    }
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      gap
      score
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        status
        credit {
          heldSkill {
            slug
          }
          relation
          share
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditMemoNextRolesAgainQuery, CreditMemoNextRolesAgainQueryVariables>;
export const CreditMemoCareerPathsDocument = new TypedDocumentString(`
    query CreditMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {
  careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {
    roles {
      slug
    }
    totals {
      gap
      score
    }
    steps {
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        credit {
          heldSkill {
            slug
          }
          relation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditMemoCareerPathsQuery, CreditMemoCareerPathsQueryVariables>;
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
export const CurationAuditPageDocument = new TypedDocumentString(`
    query CurationAuditPage($filter: CurationAuditFilter, $first: Int, $after: String) {
  curationAudit(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        sequence
        at
        editor
        mutation
        entityType
        entity
        changes {
          field
          before
          after
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CurationAuditPageQuery, CurationAuditPageQueryVariables>;
export const CurationAuditUpsertRoleDocument = new TypedDocumentString(`
    mutation CurationAuditUpsertRole($input: RoleInput!) {
  upsertRole(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationAuditUpsertRoleMutation, CurationAuditUpsertRoleMutationVariables>;
export const CurationAuditUpsertSkillDocument = new TypedDocumentString(`
    mutation CurationAuditUpsertSkill($input: SkillInput!) {
  upsertSkill(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationAuditUpsertSkillMutation, CurationAuditUpsertSkillMutationVariables>;
export const CurationAuditSetRequirementDocument = new TypedDocumentString(`
    mutation CurationAuditSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {
  setRoleSkillRequirement(
    role: $role
    skill: $skill
    importance: $importance
    level: $level
  ) {
    importance
  }
}
    `) as unknown as TypedDocumentString<CurationAuditSetRequirementMutation, CurationAuditSetRequirementMutationVariables>;
export const CurationAuditRemoveRequirementDocument = new TypedDocumentString(`
    mutation CurationAuditRemoveRequirement($role: String!, $skill: String!) {
  removeRoleSkillRequirement(role: $role, skill: $skill)
}
    `) as unknown as TypedDocumentString<CurationAuditRemoveRequirementMutation, CurationAuditRemoveRequirementMutationVariables>;
export const CurationAuditLinkDocument = new TypedDocumentString(`
    mutation CurationAuditLink($from: String!, $to: String!) {
  linkProgression(
    from: $from
    to: $to
    kind: PROMOTION
    typicalYears: 2
    rationale: "Audit move."
    confidence: 0.5
  ) {
    kind
  }
}
    `) as unknown as TypedDocumentString<CurationAuditLinkMutation, CurationAuditLinkMutationVariables>;
export const CurationAuditUnlinkDocument = new TypedDocumentString(`
    mutation CurationAuditUnlink($from: String!, $to: String!) {
  unlinkProgression(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<CurationAuditUnlinkMutation, CurationAuditUnlinkMutationVariables>;
export const CurationAuditRemoveSkillDocument = new TypedDocumentString(`
    mutation CurationAuditRemoveSkill($slug: String!) {
  removeSkill(slug: $slug)
}
    `) as unknown as TypedDocumentString<CurationAuditRemoveSkillMutation, CurationAuditRemoveSkillMutationVariables>;
export const CurationAuditRemoveRoleDocument = new TypedDocumentString(`
    mutation CurationAuditRemoveRole($slug: String!) {
  removeRole(slug: $slug)
}
    `) as unknown as TypedDocumentString<CurationAuditRemoveRoleMutation, CurationAuditRemoveRoleMutationVariables>;
export const CurationAuditUpsertRoleTitleDocument = new TypedDocumentString(`
    mutation CurationAuditUpsertRoleTitle($input: RoleInput!) {
  upsertRole(input: $input) {
    title
  }
}
    `) as unknown as TypedDocumentString<CurationAuditUpsertRoleTitleMutation, CurationAuditUpsertRoleTitleMutationVariables>;
export const CurationAuditRoleDocument = new TypedDocumentString(`
    query CurationAuditRole($slug: String!) {
  role(slug: $slug) {
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationAuditRoleQuery, CurationAuditRoleQueryVariables>;
export const FirstStartOccupationSearchDocument = new TypedDocumentString(`
    query FirstStartOccupationSearch($text: String!) {
  search(text: $text, first: 5, kinds: [ROLE]) {
    role {
      id
      title
      nextRoles(first: 5) {
        role {
          title
        }
      }
      requiredSkills(first: 5) {
        skill {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstStartOccupationSearchQuery, FirstStartOccupationSearchQueryVariables>;
export const FirstStartWarmSearchDocument = new TypedDocumentString(`
    query FirstStartWarmSearch($text: String!) {
  search(text: $text, first: 1) {
    kind
  }
}
    `) as unknown as TypedDocumentString<FirstStartWarmSearchQuery, FirstStartWarmSearchQueryVariables>;
export const FirstStartRelevanceSearchDocument = new TypedDocumentString(`
    query FirstStartRelevanceSearch($text: String!) {
  search(text: $text, first: 10) {
    role {
      id
    }
    skill {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FirstStartRelevanceSearchQuery, FirstStartRelevanceSearchQueryVariables>;
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
export const GapsRecommendRankingDocument = new TypedDocumentString(`
    query GapsRecommendRanking($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 30) {
    role {
      slug
      salary {
        medianUsd
      }
    }
    score
    coverage
    gap {
      gap
      missingCount
      partialCount
      metCount
    }
  }
}
    `) as unknown as TypedDocumentString<GapsRecommendRankingQuery, GapsRecommendRankingQueryVariables>;
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
export const GapsRichDocument = new TypedDocumentString(`
    query GapsRich($target: String!, $profile: SkillProfileInput) {
  skillGap(target: $target, profile: $profile) {
    target {
      slug
      title
      description
      alternateTitles
      provenance {
        evidence
      }
    }
    coverage
    gap
    missing {
      ...GapsRichItem
    }
    partial {
      ...GapsRichItem
    }
    met {
      ...GapsRichItem
    }
    learningResources {
      skill {
        ...GapsEverySkillField
      }
      resources {
        title
      }
    }
  }
}
    fragment GapsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}
fragment GapsRichItem on SkillGapItem {
  skill {
    ...GapsEverySkillField
  }
  levelGap
  credit {
    heldSkill {
      ...GapsEverySkillField
    }
    relation
  }
}`) as unknown as TypedDocumentString<GapsRichQuery, GapsRichQueryVariables>;
export const GapsLeanDocument = new TypedDocumentString(`
    query GapsLean($target: String!, $profile: SkillProfileInput) {
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    missing {
      skill {
        slug
      }
      levelGap
    }
    partial {
      skill {
        slug
      }
      levelGap
      credit {
        heldSkill {
          slug
        }
        relation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapsLeanQuery, GapsLeanQueryVariables>;
export const GapsDirectSkillDocument = new TypedDocumentString(`
    query GapsDirectSkill($slug: String!) {
  skill(slug: $slug) {
    ...GapsEverySkillField
  }
}
    fragment GapsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}`) as unknown as TypedDocumentString<GapsDirectSkillQuery, GapsDirectSkillQueryVariables>;
export const GapsDirectRoleDocument = new TypedDocumentString(`
    query GapsDirectRole($slug: String!) {
  role(slug: $slug) {
    slug
    title
    description
    alternateTitles
    provenance {
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<GapsDirectRoleQuery, GapsDirectRoleQueryVariables>;
export const GraphScienceClustersDocument = new TypedDocumentString(`
    query GraphScienceClusters($basis: ClusterBasis, $source: Source, $first: Int, $rolesPerCluster: Int) {
  careerClusters(
    basis: $basis
    source: $source
    first: $first
    rolesPerCluster: $rolesPerCluster
  ) {
    rank
    size
    roles {
      slug
    }
    families {
      family {
        slug
      }
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<GraphScienceClustersQuery, GraphScienceClustersQueryVariables>;
export const GraphScienceCentralityDocument = new TypedDocumentString(`
    query GraphScienceCentrality($measure: CentralityMeasure, $engine: AnalyticsEngine, $source: Source) {
  roleCentrality(measure: $measure, engine: $engine, source: $source, first: 100) {
    rank
    role {
      slug
    }
    score
    inDegree
    outDegree
  }
}
    `) as unknown as TypedDocumentString<GraphScienceCentralityQuery, GraphScienceCentralityQueryVariables>;
export const GraphScienceMissingStatsDocument = new TypedDocumentString(`
    query GraphScienceMissingStats($first: Int) {
  graphStats {
    roles
  }
  roleCentrality(first: $first) {
    rank
  }
}
    `) as unknown as TypedDocumentString<GraphScienceMissingStatsQuery, GraphScienceMissingStatsQueryVariables>;
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
export const LookaheadRoleWithProgressionsDocument = new TypedDocumentString(`
    query LookaheadRoleWithProgressions($slug: String!) {
  role(slug: $slug) {
    id
    slug
    title
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      gap
    }
    previousRoles(first: 3) {
      role {
        slug
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadRoleWithProgressionsQuery, LookaheadRoleWithProgressionsQueryVariables>;
export const LookaheadRoleWithProgressionsByIdDocument = new TypedDocumentString(`
    query LookaheadRoleWithProgressionsById($id: ID!) {
  role(id: $id) {
    id
    slug
    title
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      gap
    }
    previousRoles(first: 3) {
      role {
        slug
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadRoleWithProgressionsByIdQuery, LookaheadRoleWithProgressionsByIdQueryVariables>;
export const LookaheadRoleWithSalaryAndProgressionsDocument = new TypedDocumentString(`
    query LookaheadRoleWithSalaryAndProgressions($slug: String!) {
  role(slug: $slug) {
    slug
    experienceLevel
    nextRoles(maxHops: 1) {
      role {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadRoleWithSalaryAndProgressionsQuery, LookaheadRoleWithSalaryAndProgressionsQueryVariables>;
export const LookaheadEntryRolesDocument = new TypedDocumentString(`
    query LookaheadEntryRoles($first: Int) {
  roles(first: $first) {
    edges {
      node {
        id
        slug
        previousRoles(first: 1) {
          hops
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadEntryRolesQuery, LookaheadEntryRolesQueryVariables>;
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
export const LookaheadEveryRequirementFieldDocument = new TypedDocumentString(`
    query LookaheadEveryRequirementField($slug: String!) {
  role(slug: $slug) {
    slug
    description
    alternateTitles
    progressionSummary
    provenance {
      evidence
    }
    growth {
      reason
    }
    ...LookaheadEveryRequirementField
  }
}
    fragment LookaheadEveryRequirementField on Role {
  requiredSkills {
    importance
    level
    importanceRaw
    levelRaw
    importanceScale
    levelScale
    essential
    provenance {
      source
      sourceTag
      sourceId
      asOf
      reference
      method
      confidence
      evidence
    }
    skill {
      id
      slug
      name
      kind
      category
      description
      aliases
      provenance {
        source
        sourceId
        asOf
        method
      }
    }
  }
  top: requiredSkills(minImportance: 0.7, first: 3) {
    importance
    skill {
      slug
    }
  }
  none: requiredSkills(first: 0) {
    importance
  }
}`) as unknown as TypedDocumentString<LookaheadEveryRequirementFieldQuery, LookaheadEveryRequirementFieldQueryVariables>;
export const LookaheadEveryRequirementFieldListedDocument = new TypedDocumentString(`
    query LookaheadEveryRequirementFieldListed($first: Int) {
  roles(first: $first) {
    edges {
      node {
        slug
        description
        alternateTitles
        progressionSummary
        provenance {
          evidence
        }
        growth {
          reason
        }
        ...LookaheadEveryRequirementField
      }
    }
  }
}
    fragment LookaheadEveryRequirementField on Role {
  requiredSkills {
    importance
    level
    importanceRaw
    levelRaw
    importanceScale
    levelScale
    essential
    provenance {
      source
      sourceTag
      sourceId
      asOf
      reference
      method
      confidence
      evidence
    }
    skill {
      id
      slug
      name
      kind
      category
      description
      aliases
      provenance {
        source
        sourceId
        asOf
        method
      }
    }
  }
  top: requiredSkills(minImportance: 0.7, first: 3) {
    importance
    skill {
      slug
    }
  }
  none: requiredSkills(first: 0) {
    importance
  }
}`) as unknown as TypedDocumentString<LookaheadEveryRequirementFieldListedQuery, LookaheadEveryRequirementFieldListedQueryVariables>;
export const LookaheadTopSkillsDocument = new TypedDocumentString(`
    query LookaheadTopSkills($slug: String!, $minImportance: Float!, $first: Int!) {
  role(slug: $slug) {
    title
    requiredSkills(minImportance: $minImportance, first: $first) {
      importance
      skill {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadTopSkillsQuery, LookaheadTopSkillsQueryVariables>;
export const LookaheadTopSkillsListedDocument = new TypedDocumentString(`
    query LookaheadTopSkillsListed($first: Int, $minImportance: Float!, $top: Int!) {
  roles(first: $first) {
    edges {
      node {
        slug
        title
        requiredSkills(minImportance: $minImportance, first: $top) {
          importance
          skill {
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookaheadTopSkillsListedQuery, LookaheadTopSkillsListedQueryVariables>;
export const MemoWarmingCareerPathsDocument = new TypedDocumentString(`
    query MemoWarmingCareerPaths($from: String!, $to: String!) {
  careerPaths(from: $from, to: $to, first: 5) {
    roles {
      slug
    }
    totals {
      gap
      score
    }
    steps {
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        credit {
          heldSkill {
            slug
          }
          relation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemoWarmingCareerPathsQuery, MemoWarmingCareerPathsQueryVariables>;
export const PathsNextRolesDocument = new TypedDocumentString(`
    query PathsNextRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {
  role(slug: $slug) {
    slug
    salary {
      medianUsd
    }
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
    progressions: nextRoles(maxHops: $maxHops, first: $first, kinds: $kinds) {
      ...PathsProgression
    }
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}
fragment PathsGapItem on SkillGapItem {
  skill {
    id
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
  credit {
    heldSkill {
      id
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
fragment PathsStep on ProgressionStep {
  from {
    slug
  }
  to {
    slug
  }
  kind
  typicalYears
  confidence
  provenance {
    source
  }
}
fragment PathsProgression on Progression {
  role {
    slug
    salary {
      medianUsd
    }
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
  }
  hops
  path {
    slug
  }
  steps {
    ...PathsStep
  }
  bridgingSkills {
    ...PathsGapItem
  }
  sharedSkills {
    id
  }
  salaryChange {
    absoluteUsd
    percent
  }
  typicalYears
  gap
  score
  scoreBreakdown {
    name
    value
    weight
    contribution
  }
}`) as unknown as TypedDocumentString<PathsNextRolesQuery, PathsNextRolesQueryVariables>;
export const PathsPreviousRolesDocument = new TypedDocumentString(`
    query PathsPreviousRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {
  role(slug: $slug) {
    slug
    salary {
      medianUsd
    }
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
    progressions: previousRoles(maxHops: $maxHops, first: $first, kinds: $kinds) {
      ...PathsProgression
    }
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}
fragment PathsGapItem on SkillGapItem {
  skill {
    id
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
  credit {
    heldSkill {
      id
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}
fragment PathsStep on ProgressionStep {
  from {
    slug
  }
  to {
    slug
  }
  kind
  typicalYears
  confidence
  provenance {
    source
  }
}
fragment PathsProgression on Progression {
  role {
    slug
    salary {
      medianUsd
    }
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
  }
  hops
  path {
    slug
  }
  steps {
    ...PathsStep
  }
  bridgingSkills {
    ...PathsGapItem
  }
  sharedSkills {
    id
  }
  salaryChange {
    absoluteUsd
    percent
  }
  typicalYears
  gap
  score
  scoreBreakdown {
    name
    value
    weight
    contribution
  }
}`) as unknown as TypedDocumentString<PathsPreviousRolesQuery, PathsPreviousRolesQueryVariables>;
export const PathsConfidentRoutesDocument = new TypedDocumentString(`
    query PathsConfidentRoutes($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2, first: 100) {
      hops
      steps {
        confidence
      }
      role {
        slug
        nextRoles(maxHops: 1, first: 100) {
          role {
            slug
          }
          steps {
            confidence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathsConfidentRoutesQuery, PathsConfidentRoutesQueryVariables>;
export const PathsDefaultsOmittedDocument = new TypedDocumentString(`
    query PathsDefaultsOmitted($slug: String!) {
  role(slug: $slug) {
    nextRoles {
      ...PathsDefaultsFields
    }
    far: nextRoles(maxHops: 4) {
      ...PathsDefaultsFields
    }
  }
}
    fragment PathsDefaultsFields on Progression {
  role {
    slug
  }
  hops
  score
}`) as unknown as TypedDocumentString<PathsDefaultsOmittedQuery, PathsDefaultsOmittedQueryVariables>;
export const PathsDefaultsNullDocument = new TypedDocumentString(`
    query PathsDefaultsNull($slug: String!, $first: Int, $maxHops: Int) {
  role(slug: $slug) {
    nextRoles(first: $first, maxHops: $maxHops) {
      ...PathsDefaultsFields
    }
    far: nextRoles(maxHops: 4, first: null) {
      ...PathsDefaultsFields
    }
  }
}
    fragment PathsDefaultsFields on Progression {
  role {
    slug
  }
  hops
  score
}`) as unknown as TypedDocumentString<PathsDefaultsNullQuery, PathsDefaultsNullQueryVariables>;
export const PathsDefaultsTwentyDocument = new TypedDocumentString(`
    query PathsDefaultsTwenty($slug: String!) {
  role(slug: $slug) {
    far: nextRoles(maxHops: 4, first: 20) {
      ...PathsDefaultsFields
    }
  }
}
    fragment PathsDefaultsFields on Progression {
  role {
    slug
  }
  hops
  score
}`) as unknown as TypedDocumentString<PathsDefaultsTwentyQuery, PathsDefaultsTwentyQueryVariables>;
export const PathsStatementsByHopsDocument = new TypedDocumentString(`
    query PathsStatementsByHops($slug: String!, $maxHops: Int) {
  role(slug: $slug) {
    nextRoles(maxHops: $maxHops) {
      role {
        slug
      }
      path {
        slug
      }
      steps {
        kind
      }
      bridgingSkills {
        skill {
          name
        }
      }
      sharedSkills {
        name
      }
      score
    }
  }
}
    `) as unknown as TypedDocumentString<PathsStatementsByHopsQuery, PathsStatementsByHopsQueryVariables>;
export const PathsNestedLevelsDocument = new TypedDocumentString(`
    query PathsNestedLevels($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
        nextRoles {
          role {
            slug
          }
        }
        similarRoles(first: 3) {
          role {
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathsNestedLevelsQuery, PathsNestedLevelsQueryVariables>;
export const PathsRoleOnlyDocument = new TypedDocumentString(`
    query PathsRoleOnly($slug: String!) {
  role(slug: $slug) {
    slug
  }
}
    `) as unknown as TypedDocumentString<PathsRoleOnlyQuery, PathsRoleOnlyQueryVariables>;
export const PathsNextRolesLeanDocument = new TypedDocumentString(`
    query PathsNextRolesLean($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        credit {
          heldSkill {
            slug
          }
        }
      }
      score
    }
  }
}
    `) as unknown as TypedDocumentString<PathsNextRolesLeanQuery, PathsNextRolesLeanQueryVariables>;
export const PathsNextRolesRichDocument = new TypedDocumentString(`
    query PathsNextRolesRich($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      bridgingSkills {
        skill {
          ...PathsEverySkillField
        }
        levelGap
        credit {
          heldSkill {
            ...PathsEverySkillField
          }
        }
      }
      sharedSkills {
        ...PathsEverySkillField
      }
      steps {
        from {
          slug
        }
        to {
          slug
        }
        kind
        typicalYears
        confidence
        rationale
        salaryNote
        provenance {
          source
          sourceId
          asOf
          reference
          method
          evidence
        }
      }
      score
    }
  }
}
    fragment PathsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}`) as unknown as TypedDocumentString<PathsNextRolesRichQuery, PathsNextRolesRichQueryVariables>;
export const PathsDirectSkillDocument = new TypedDocumentString(`
    query PathsDirectSkill($slug: String!) {
  skill(slug: $slug) {
    ...PathsEverySkillField
  }
}
    fragment PathsEverySkillField on Skill {
  id
  slug
  name
  kind
  category
  description
  aliases
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
  }
}`) as unknown as TypedDocumentString<PathsDirectSkillQuery, PathsDirectSkillQueryVariables>;
export const PathsSimilarDocument = new TypedDocumentString(`
    query PathsSimilar($slug: String!, $first: Int) {
  role(slug: $slug) {
    slug
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
    similarRoles(first: $first) {
      role {
        slug
        requiredSkills(first: 100) {
          ...PathsRequirement
        }
      }
      score
      sharedSkills {
        id
      }
      missingSkills {
        id
      }
    }
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}`) as unknown as TypedDocumentString<PathsSimilarQuery, PathsSimilarQueryVariables>;
export const PathsRoleRequirementsDocument = new TypedDocumentString(`
    query PathsRoleRequirements($slug: String!) {
  role(slug: $slug) {
    slug
    requiredSkills(first: 100) {
      ...PathsRequirement
    }
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}`) as unknown as TypedDocumentString<PathsRoleRequirementsQuery, PathsRoleRequirementsQueryVariables>;
export const PathsCareerPathsDocument = new TypedDocumentString(`
    query PathsCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
  careerPaths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    rankBy: $rankBy
  ) {
    rank
    roles {
      slug
      salary {
        medianUsd
      }
      requiredSkills(first: 100) {
        ...PathsRequirement
      }
    }
    steps {
      from {
        slug
      }
      to {
        slug
      }
      kind
      typicalYears
      confidence
      provenance {
        source
      }
      rationale
      bridgingSkills {
        ...PathsGapItem
      }
      salaryChange {
        absoluteUsd
        percent
      }
    }
    totals {
      hops
      typicalYears
      gap
      salaryChange {
        absoluteUsd
        percent
      }
      averageSalaryUsd
      score
    }
    scoreBreakdown {
      name
      value
      weight
      contribution
    }
  }
}
    fragment PathsRequirement on SkillRequirement {
  skill {
    id
  }
  importance
  level
}
fragment PathsGapItem on SkillGapItem {
  skill {
    id
    name
  }
  importance
  requiredLevel
  currentLevel
  levelGap
  weight
  essential
  status
  credit {
    heldSkill {
      id
    }
    relation
    hops
    share
    heldLevel
    creditedLevel
  }
}`) as unknown as TypedDocumentString<PathsCareerPathsQuery, PathsCareerPathsQueryVariables>;
export const PathsCareerPathsLeanDocument = new TypedDocumentString(`
    query PathsCareerPathsLean($from: String!, $to: String!) {
  careerPaths(from: $from, to: $to, first: 20) {
    roles {
      slug
    }
    steps {
      kind
      bridgingSkills {
        skill {
          name
        }
      }
    }
    totals {
      gap
    }
  }
}
    `) as unknown as TypedDocumentString<PathsCareerPathsLeanQuery, PathsCareerPathsLeanQueryVariables>;
export const PathsWithoutSkillsDocument = new TypedDocumentString(`
    query PathsWithoutSkills($from: String!, $to: String!, $rankBy: PathRanking) {
  careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {
    rank
    roles {
      slug
    }
    totals {
      hops
      gap
      score
    }
  }
}
    `) as unknown as TypedDocumentString<PathsWithoutSkillsQuery, PathsWithoutSkillsQueryVariables>;
export const PathsWithSkillsDocument = new TypedDocumentString(`
    query PathsWithSkills($from: String!, $to: String!, $rankBy: PathRanking) {
  careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {
    rank
    roles {
      slug
    }
    totals {
      hops
      gap
      score
    }
    steps {
      bridgingSkills {
        skill {
          slug
        }
        levelGap
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathsWithSkillsQuery, PathsWithSkillsQueryVariables>;
export const NextRolesWithoutSkillsDocument = new TypedDocumentString(`
    query NextRolesWithoutSkills($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2, first: 15) {
      role {
        slug
      }
      hops
      gap
      score
    }
  }
}
    `) as unknown as TypedDocumentString<NextRolesWithoutSkillsQuery, NextRolesWithoutSkillsQueryVariables>;
export const NextRolesWithSkillsDocument = new TypedDocumentString(`
    query NextRolesWithSkills($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2, first: 15) {
      role {
        slug
      }
      hops
      gap
      score
      sharedSkills {
        slug
      }
      bridgingSkills {
        skill {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NextRolesWithSkillsQuery, NextRolesWithSkillsQueryVariables>;
export const RequestLimitsFanOutDocument = new TypedDocumentString(`
    query RequestLimitsFanOut($n: Int) {
  roles(first: $n) {
    nodes {
      requiredSkills(first: $n) {
        skill {
          roles(first: $n) {
            role {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestLimitsFanOutQuery, RequestLimitsFanOutQueryVariables>;
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
export const ListedRequirementSkillDetailsDocument = new TypedDocumentString(`
    query ListedRequirementSkillDetails($first: Int) {
  roles(first: $first) {
    edges {
      node {
        slug
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
  }
}
    `) as unknown as TypedDocumentString<ListedRequirementSkillDetailsQuery, ListedRequirementSkillDetailsQueryVariables>;
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
export const RequirementMemoNextRolesDocument = new TypedDocumentString(`
    query RequirementMemoNextRoles($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
      }
      gap
      score
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequirementMemoNextRolesQuery, RequirementMemoNextRolesQueryVariables>;
export const RequirementMemoCareerPathsDocument = new TypedDocumentString(`
    query RequirementMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {
  careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {
    roles {
      slug
    }
    totals {
      gap
      score
    }
    steps {
      bridgingSkills {
        skill {
          slug
        }
        levelGap
        credit {
          heldSkill {
            slug
          }
          relation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequirementMemoCareerPathsQuery, RequirementMemoCareerPathsQueryVariables>;
export const RequirementMemoRecommendDocument = new TypedDocumentString(`
    query RequirementMemoRecommend($p: SkillProfileInput!) {
  recommendRoles(profile: $p, first: 10) {
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
        skill {
          slug
        }
        levelGap
        credit {
          heldSkill {
            slug
          }
          relation
        }
      }
      partial {
        skill {
          slug
        }
        levelGap
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequirementMemoRecommendQuery, RequirementMemoRecommendQueryVariables>;
export const MemoSkillGapDocument = new TypedDocumentString(`
    query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {
  skillGap(target: $target, profile: $profile, fromRole: $fromRole) {
    coverage
    gap
    unresolvedSkills
    target {
      slug
      title
    }
    missing {
      skill {
        slug
        name
      }
      levelGap
      weight
      status
      credit {
        heldSkill {
          slug
        }
        relation
        share
      }
    }
    partial {
      skill {
        slug
        name
      }
      levelGap
      weight
      status
      credit {
        heldSkill {
          slug
        }
        relation
        share
      }
    }
    met {
      skill {
        id
        slug
      }
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MemoSkillGapQuery, MemoSkillGapQueryVariables>;
export const MemoSkillGapKindsDocument = new TypedDocumentString(`
    query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {
  skillGap(target: $target, profile: $profile) {
    gap
    missing {
      skill {
        slug
        kind
      }
      levelGap
    }
    partial {
      skill {
        slug
        kind
      }
      levelGap
    }
  }
}
    `) as unknown as TypedDocumentString<MemoSkillGapKindsQuery, MemoSkillGapKindsQueryVariables>;
export const MemoRoleLookupDocument = new TypedDocumentString(`
    query MemoRoleLookup($slug: String!) {
  role(slug: $slug) {
    slug
    title
    requiredSkills {
      skill {
        slug
        name
      }
      importance
      level
    }
    top: requiredSkills(minImportance: 0.5, first: 3) {
      skill {
        id
      }
      importance
    }
  }
}
    `) as unknown as TypedDocumentString<MemoRoleLookupQuery, MemoRoleLookupQueryVariables>;
export const MemoRoleLookupEssentialDocument = new TypedDocumentString(`
    query MemoRoleLookupEssential($slug: String!) {
  role(slug: $slug) {
    slug
    requiredSkills {
      skill {
        slug
      }
      importance
      essential
    }
  }
}
    `) as unknown as TypedDocumentString<MemoRoleLookupEssentialQuery, MemoRoleLookupEssentialQueryVariables>;
export const RoleDetailsDirectRoleDocument = new TypedDocumentString(`
    query RoleDetailsDirectRole($slug: String!) {
  role(slug: $slug) {
    ...RoleDetailsOfRole
  }
}
    fragment RoleDetailsOfRole on Role {
  slug
  summary
  description
  progressionSummary
  alternateTitles
  growth {
    rating
    reason
  }
  provenance {
    evidence
    sourceId
    method
  }
}`) as unknown as TypedDocumentString<RoleDetailsDirectRoleQuery, RoleDetailsDirectRoleQueryVariables>;
export const RoleDetailsDirectSkillDocument = new TypedDocumentString(`
    query RoleDetailsDirectSkill($slug: String!) {
  skill(slug: $slug) {
    ...RoleDetailsOfSkill
  }
}
    fragment RoleDetailsOfSkill on Skill {
  slug
  description
  aliases
  provenance {
    method
    sourceId
  }
}`) as unknown as TypedDocumentString<RoleDetailsDirectSkillQuery, RoleDetailsDirectSkillQueryVariables>;
export const RoleDetailsNextRolesDocument = new TypedDocumentString(`
    query RoleDetailsNextRoles($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        ...RoleDetailsOfRole
      }
      bridgingSkills {
        skill {
          ...RoleDetailsOfSkill
        }
      }
    }
  }
}
    fragment RoleDetailsOfRole on Role {
  slug
  summary
  description
  progressionSummary
  alternateTitles
  growth {
    rating
    reason
  }
  provenance {
    evidence
    sourceId
    method
  }
}
fragment RoleDetailsOfSkill on Skill {
  slug
  description
  aliases
  provenance {
    method
    sourceId
  }
}`) as unknown as TypedDocumentString<RoleDetailsNextRolesQuery, RoleDetailsNextRolesQueryVariables>;
export const RoleDetailsLeanDocument = new TypedDocumentString(`
    query RoleDetailsLean($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
        title
      }
      bridgingSkills {
        skill {
          slug
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleDetailsLeanQuery, RoleDetailsLeanQueryVariables>;
export const RoleDetailsDetailedDocument = new TypedDocumentString(`
    query RoleDetailsDetailed($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        slug
        description
      }
      bridgingSkills {
        skill {
          slug
          aliases
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleDetailsDetailedQuery, RoleDetailsDetailedQueryVariables>;
export const RoleDetailsReachableDocument = new TypedDocumentString(`
    query RoleDetailsReachable($slug: String!) {
  role(slug: $slug) {
    nextRoles(maxHops: 3) {
      role {
        slug
      }
      hops
    }
  }
}
    `) as unknown as TypedDocumentString<RoleDetailsReachableQuery, RoleDetailsReachableQueryVariables>;
export const RoleDetailsCareerPathsDocument = new TypedDocumentString(`
    query RoleDetailsCareerPaths($from: String!, $to: String!) {
  careerPaths(from: $from, to: $to, first: 3) {
    roles {
      ...RoleDetailsOfRole
    }
  }
}
    fragment RoleDetailsOfRole on Role {
  slug
  summary
  description
  progressionSummary
  alternateTitles
  growth {
    rating
    reason
  }
  provenance {
    evidence
    sourceId
    method
  }
}`) as unknown as TypedDocumentString<RoleDetailsCareerPathsQuery, RoleDetailsCareerPathsQueryVariables>;
export const RoleDetailsRecommendedDocument = new TypedDocumentString(`
    query RoleDetailsRecommended($profile: SkillProfileInput!) {
  recommendRoles(profile: $profile, first: 5) {
    role {
      ...RoleDetailsOfRole
    }
    gap {
      missing {
        skill {
          ...RoleDetailsOfSkill
        }
      }
    }
  }
}
    fragment RoleDetailsOfRole on Role {
  slug
  summary
  description
  progressionSummary
  alternateTitles
  growth {
    rating
    reason
  }
  provenance {
    evidence
    sourceId
    method
  }
}
fragment RoleDetailsOfSkill on Skill {
  slug
  description
  aliases
  provenance {
    method
    sourceId
  }
}`) as unknown as TypedDocumentString<RoleDetailsRecommendedQuery, RoleDetailsRecommendedQueryVariables>;
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
export const HttpRoleTitleDocument = new TypedDocumentString(`
    query HttpRoleTitle($slug: String) {
  role(slug: $slug) {
    title
  }
}
    `) as unknown as TypedDocumentString<HttpRoleTitleQuery, HttpRoleTitleQueryVariables>;
export const HttpRoleEndToEndDocument = new TypedDocumentString(`
    query HttpRoleEndToEnd($slug: String) {
  role(slug: $slug) {
    slug
    title
    salary {
      medianUsd
    }
    provenance {
      source
      asOf
    }
  }
}
    `) as unknown as TypedDocumentString<HttpRoleEndToEndQuery, HttpRoleEndToEndQueryVariables>;
export const ApiReplicasRoleDocument = new TypedDocumentString(`
    query ApiReplicasRole($slug: String!) {
  role(slug: $slug) {
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<ApiReplicasRoleQuery, ApiReplicasRoleQueryVariables>;
export const ApiReplicasUpsertDocument = new TypedDocumentString(`
    mutation ApiReplicasUpsert($input: RoleInput!) {
  upsertRole(input: $input) {
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<ApiReplicasUpsertMutation, ApiReplicasUpsertMutationVariables>;
export const CrosswalkProgressionsNextRolesDocument = new TypedDocumentString(`
    query CrosswalkProgressionsNextRoles($slug: String!) {
  role(slug: $slug) {
    nextRoles {
      role {
        id
      }
      hops
      steps {
        ...CrosswalkProgressionsStep
      }
    }
  }
}
    fragment CrosswalkProgressionsStep on ProgressionStep {
  from {
    id
  }
  to {
    id
  }
  kind
  typicalYears
  confidence
  rationale
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
    confidence
    evidence
  }
}`) as unknown as TypedDocumentString<CrosswalkProgressionsNextRolesQuery, CrosswalkProgressionsNextRolesQueryVariables>;
export const CrosswalkProgressionsSkillsAcrossDocument = new TypedDocumentString(`
    query CrosswalkProgressionsSkillsAcross($slug: String!, $onetSlug: String!) {
  esco: role(slug: $slug) {
    nextRoles {
      ...CrosswalkProgressionsSkills
    }
  }
  onet: role(slug: $onetSlug) {
    nextRoles {
      ...CrosswalkProgressionsSkills
    }
  }
}
    fragment CrosswalkProgressionsSkills on Progression {
  role {
    id
  }
  bridgingSkills {
    skill {
      id
    }
    weight
    status
  }
  sharedSkills {
    id
  }
  gap
}`) as unknown as TypedDocumentString<CrosswalkProgressionsSkillsAcrossQuery, CrosswalkProgressionsSkillsAcrossQueryVariables>;
export const CrosswalkProgressionsTwoMovesDocument = new TypedDocumentString(`
    query CrosswalkProgressionsTwoMoves($slug: String!, $architects: String!, $to: String!) {
  esco: role(slug: $slug) {
    nextRoles(maxHops: 2) {
      role {
        id
      }
      hops
      steps {
        ...CrosswalkProgressionsStep
      }
    }
  }
  architects: role(slug: $architects) {
    previousRoles {
      role {
        id
      }
      steps {
        ...CrosswalkProgressionsStep
      }
    }
  }
  careerPaths(from: $slug, to: $to) {
    steps {
      from {
        id
      }
      to {
        id
      }
      kind
      typicalYears
      confidence
      rationale
      provenance {
        source
        sourceTag
        sourceId
        asOf
        method
        confidence
        evidence
      }
    }
  }
}
    fragment CrosswalkProgressionsStep on ProgressionStep {
  from {
    id
  }
  to {
    id
  }
  kind
  typicalYears
  confidence
  rationale
  provenance {
    source
    sourceTag
    sourceId
    asOf
    method
    confidence
    evidence
  }
}`) as unknown as TypedDocumentString<CrosswalkProgressionsTwoMovesQuery, CrosswalkProgressionsTwoMovesQueryVariables>;
export const CrosswalkProgressionsBySourceDocument = new TypedDocumentString(`
    query CrosswalkProgressionsBySource {
  graphStats {
    progressionsBySource {
      source
      sourceTag
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CrosswalkProgressionsBySourceQuery, CrosswalkProgressionsBySourceQueryVariables>;
export const OccupationCrosswalkNextRolesDocument = new TypedDocumentString(`
    query OccupationCrosswalkNextRoles($slug: String!) {
  role(slug: $slug) {
    nextRoles {
      role {
        id
      }
      sharedSkills {
        id
      }
      steps {
        provenance {
          source
          method
          evidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OccupationCrosswalkNextRolesQuery, OccupationCrosswalkNextRolesQueryVariables>;
export const OccupationCrosswalkSearchDocument = new TypedDocumentString(`
    query OccupationCrosswalkSearch($text: String!) {
  search(text: $text, first: 20, kinds: [ROLE]) {
    score
    matchedOn
    sources
    codes
    role {
      id
      title
    }
    sameOccupation {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<OccupationCrosswalkSearchQuery, OccupationCrosswalkSearchQueryVariables>;
export const OccupationCrosswalkRecommendDocument = new TypedDocumentString(`
    query OccupationCrosswalkRecommend($profile: SkillProfileInput!, $target: String!) {
  recommendRoles(profile: $profile, first: 10, filter: {sources: [CURATED]}) {
    role {
      id
    }
    coverage
  }
  resolved: skillGap(target: $target, profile: $profile) {
    unresolvedSkills
  }
}
    `) as unknown as TypedDocumentString<OccupationCrosswalkRecommendQuery, OccupationCrosswalkRecommendQueryVariables>;
export const OccupationCrosswalkSimilarDocument = new TypedDocumentString(`
    query OccupationCrosswalkSimilar($slug: String!, $first: Int) {
  role(slug: $slug) {
    similarRoles(first: $first) {
      score
      comparedSkills
      acrossSources
      explanation
      role {
        id
        title
      }
      sharedSkills {
        id
      }
      occupationLink {
        relation
        matchType
        confidence
        evidence
        via
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OccupationCrosswalkSimilarQuery, OccupationCrosswalkSimilarQueryVariables>;
export const OnetImportRoleDocument = new TypedDocumentString(`
    query OnetImportRole($slug: String!) {
  role(slug: $slug) {
    title
    jobZone
    requiredSkills(first: 100) {
      skill {
        name
      }
    }
    nextRoles(maxHops: 1, first: 50) {
      hops
      role {
        provenance {
          sourceId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnetImportRoleQuery, OnetImportRoleQueryVariables>;
export const OnetImportSearchDocument = new TypedDocumentString(`
    query OnetImportSearch($text: String!) {
  search(text: $text, kinds: [ROLE], first: 5) {
    role {
      slug
    }
    sameOccupation {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<OnetImportSearchQuery, OnetImportSearchQueryVariables>;
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
export const SeedReloadUpsertRoleDocument = new TypedDocumentString(`
    mutation SeedReloadUpsertRole($input: RoleInput!) {
  upsertRole(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<SeedReloadUpsertRoleMutation, SeedReloadUpsertRoleMutationVariables>;
export const SeedReloadSetRequirementDocument = new TypedDocumentString(`
    mutation SeedReloadSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {
  setRoleSkillRequirement(
    role: $role
    skill: $skill
    importance: $importance
    level: $level
  ) {
    importance
  }
}
    `) as unknown as TypedDocumentString<SeedReloadSetRequirementMutation, SeedReloadSetRequirementMutationVariables>;
export const SeedReloadRemoveRequirementDocument = new TypedDocumentString(`
    mutation SeedReloadRemoveRequirement($role: String!, $skill: String!) {
  removeRoleSkillRequirement(role: $role, skill: $skill)
}
    `) as unknown as TypedDocumentString<SeedReloadRemoveRequirementMutation, SeedReloadRemoveRequirementMutationVariables>;
export const SeedReloadUnlinkDocument = new TypedDocumentString(`
    mutation SeedReloadUnlink($from: String!, $to: String!) {
  unlinkProgression(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<SeedReloadUnlinkMutation, SeedReloadUnlinkMutationVariables>;
export const SeedReloadLinkDocument = new TypedDocumentString(`
    mutation SeedReloadLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!) {
  linkProgression(
    from: $from
    to: $to
    kind: $kind
    typicalYears: $years
    rationale: $rationale
  ) {
    kind
  }
}
    `) as unknown as TypedDocumentString<SeedReloadLinkMutation, SeedReloadLinkMutationVariables>;
export const SeedReloadUpsertSkillDocument = new TypedDocumentString(`
    mutation SeedReloadUpsertSkill($input: SkillInput!) {
  upsertSkill(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<SeedReloadUpsertSkillMutation, SeedReloadUpsertSkillMutationVariables>;
export const SeedReloadResolveDocument = new TypedDocumentString(`
    mutation SeedReloadResolve($entity: String!, $field: String!, $resolution: SeedConflictResolution!) {
  resolveSeedConflict(entity: $entity, field: $field, resolution: $resolution) {
    entity
    field
    value
    seedValue
    conflictSeedValue
    editedBy
  }
}
    `) as unknown as TypedDocumentString<SeedReloadResolveMutation, SeedReloadResolveMutationVariables>;
export const SeedReloadOpenConflictsDocument = new TypedDocumentString(`
    query SeedReloadOpenConflicts($first: Int) {
  curatedEdits(conflictsOnly: true, first: $first) {
    entity
    field
    conflictSeedValue
  }
}
    `) as unknown as TypedDocumentString<SeedReloadOpenConflictsQuery, SeedReloadOpenConflictsQueryVariables>;
export const SeedReloadAuditDocument = new TypedDocumentString(`
    query SeedReloadAudit($filter: CurationAuditFilter, $first: Int) {
  curationAudit(filter: $filter, first: $first) {
    nodes {
      mutation
      changes {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedReloadAuditQuery, SeedReloadAuditQueryVariables>;
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