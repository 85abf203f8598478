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

/** An occupation classification a curated role is crosswalked to. */
export type Taxonomy =
  /** ESCO v1.1.1 occupations. */
  | 'ESCO'
  /** O*NET-SOC 2019 (O*NET 29.3). */
  | 'ONET';

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

export type SearchHitsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
}>;


export type SearchHitsQuery = { search: Array<{ kind: SearchKind, score: number, matchedOn: string | null, role: { slug: string, title: string, alternateTitles: Array<string> } | null, skill: { slug: string, name: string, aliases: Array<string> } | null }> };

export type SearchRoleFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRoleFamiliesQuery = { search: Array<{ role: { slug: string, family: { slug: string } | null } | null }> };

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