/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An occupation classification a curated role is crosswalked to. */
export type Taxonomy =
  /** ESCO v1.1.1 occupations. */
  | 'ESCO'
  /** O*NET-SOC 2019 (O*NET 29.3). */
  | 'ONET';

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