/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GapCreditItem on SkillGapItem {\n    skill { slug name } importance requiredLevel currentLevel levelGap weight status\n    credit { heldSkill { slug } relation hops share heldLevel creditedLevel explanation }\n  }\n": typeof types.GapCreditItemFragmentDoc,
    "\n  query GapCreditNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(first: 50) { role { slug } bridgingSkills { ...GapCreditItem } gap } }\n  }\n": typeof types.GapCreditNextRolesDocument,
    "\n  query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { ...GapCreditItem } partial { ...GapCreditItem } met { ...GapCreditItem } unresolvedSkills }\n  }\n": typeof types.GapCreditSkillGapDocument,
    "\n  query GapCreditRecommendWithItems($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } coverage gap { partial { ...GapCreditItem } missing { ...GapCreditItem } } }\n  }\n": typeof types.GapCreditRecommendWithItemsDocument,
    "\n  query GapCreditRecommendGaps($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 5) { role { slug } coverage gap { gap } } }\n": typeof types.GapCreditRecommendGapsDocument,
    "\n  fragment LookaheadRolePage on Role {\n    requiredSkills { skill { slug name } importance level essential }\n    salary { medianUsd byExperience { label annualUsd } } family { slug } typicalDay { title } faq { question } crosswalk { taxonomy code }\n  }\n": typeof types.LookaheadRolePageFragmentDoc,
    "\n  query LookaheadRolePageBySlug($slug: String!) { role(slug: $slug) { slug ...LookaheadRolePage } }\n": typeof types.LookaheadRolePageBySlugDocument,
    "\n  query LookaheadRolePageById($id: ID!) { role(id: $id) { slug ...LookaheadRolePage } }\n": typeof types.LookaheadRolePageByIdDocument,
    "\n  query LookaheadRolePagesListed($first: Int) { roles(first: $first) { edges { node { slug ...LookaheadRolePage } } } }\n": typeof types.LookaheadRolePagesListedDocument,
    "\n  query LookaheadRoleId($slug: String!) { role(slug: $slug) { id } }\n": typeof types.LookaheadRoleIdDocument,
    "\n  query LookaheadRoleTitle($slug: String!) { role(slug: $slug) { title } }\n": typeof types.LookaheadRoleTitleDocument,
    "\n  query LookaheadRoleSkillsUnless($slug: String!, $skip: Boolean!) { role(slug: $slug) { title ...LookaheadSkills @skip(if: $skip) } }\n  fragment LookaheadSkills on Role { requiredSkills { skill { slug } } }\n": typeof types.LookaheadRoleSkillsUnlessDocument,
    "\n  fragment LookaheadProgressions on Role {\n    nextRoles(maxHops: 2) { role { slug } hops score salaryChange { absoluteUsd } bridgingSkills { skill { slug } levelGap } path { slug } }\n    previousRoles { role { slug } score }\n    soon: nextRoles(maxHops: 1, first: 3) { role { slug } }\n  }\n": typeof types.LookaheadProgressionsFragmentDoc,
    "\n  query LookaheadProgressionsBySlug($slug: String!) { role(slug: $slug) { ...LookaheadProgressions } }\n": typeof types.LookaheadProgressionsBySlugDocument,
    "\n  query LookaheadProgressionsById($id: ID!) { role(id: $id) { ...LookaheadProgressions } }\n": typeof types.LookaheadProgressionsByIdDocument,
    "\n  query LookaheadEverythingOf($slug: String!) { role(slug: $slug) { title nextRoles(maxHops: 2) { role { slug } } requiredSkills { importance } } }\n": typeof types.LookaheadEverythingOfDocument,
    "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n": typeof types.LookaheadNextRolesWithinDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": typeof types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": typeof types.SearchRoleFamiliesDocument,
};
const documents: Documents = {
    "\n  fragment GapCreditItem on SkillGapItem {\n    skill { slug name } importance requiredLevel currentLevel levelGap weight status\n    credit { heldSkill { slug } relation hops share heldLevel creditedLevel explanation }\n  }\n": types.GapCreditItemFragmentDoc,
    "\n  query GapCreditNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(first: 50) { role { slug } bridgingSkills { ...GapCreditItem } gap } }\n  }\n": types.GapCreditNextRolesDocument,
    "\n  query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { ...GapCreditItem } partial { ...GapCreditItem } met { ...GapCreditItem } unresolvedSkills }\n  }\n": types.GapCreditSkillGapDocument,
    "\n  query GapCreditRecommendWithItems($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } coverage gap { partial { ...GapCreditItem } missing { ...GapCreditItem } } }\n  }\n": types.GapCreditRecommendWithItemsDocument,
    "\n  query GapCreditRecommendGaps($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 5) { role { slug } coverage gap { gap } } }\n": types.GapCreditRecommendGapsDocument,
    "\n  fragment LookaheadRolePage on Role {\n    requiredSkills { skill { slug name } importance level essential }\n    salary { medianUsd byExperience { label annualUsd } } family { slug } typicalDay { title } faq { question } crosswalk { taxonomy code }\n  }\n": types.LookaheadRolePageFragmentDoc,
    "\n  query LookaheadRolePageBySlug($slug: String!) { role(slug: $slug) { slug ...LookaheadRolePage } }\n": types.LookaheadRolePageBySlugDocument,
    "\n  query LookaheadRolePageById($id: ID!) { role(id: $id) { slug ...LookaheadRolePage } }\n": types.LookaheadRolePageByIdDocument,
    "\n  query LookaheadRolePagesListed($first: Int) { roles(first: $first) { edges { node { slug ...LookaheadRolePage } } } }\n": types.LookaheadRolePagesListedDocument,
    "\n  query LookaheadRoleId($slug: String!) { role(slug: $slug) { id } }\n": types.LookaheadRoleIdDocument,
    "\n  query LookaheadRoleTitle($slug: String!) { role(slug: $slug) { title } }\n": types.LookaheadRoleTitleDocument,
    "\n  query LookaheadRoleSkillsUnless($slug: String!, $skip: Boolean!) { role(slug: $slug) { title ...LookaheadSkills @skip(if: $skip) } }\n  fragment LookaheadSkills on Role { requiredSkills { skill { slug } } }\n": types.LookaheadRoleSkillsUnlessDocument,
    "\n  fragment LookaheadProgressions on Role {\n    nextRoles(maxHops: 2) { role { slug } hops score salaryChange { absoluteUsd } bridgingSkills { skill { slug } levelGap } path { slug } }\n    previousRoles { role { slug } score }\n    soon: nextRoles(maxHops: 1, first: 3) { role { slug } }\n  }\n": types.LookaheadProgressionsFragmentDoc,
    "\n  query LookaheadProgressionsBySlug($slug: String!) { role(slug: $slug) { ...LookaheadProgressions } }\n": types.LookaheadProgressionsBySlugDocument,
    "\n  query LookaheadProgressionsById($id: ID!) { role(id: $id) { ...LookaheadProgressions } }\n": types.LookaheadProgressionsByIdDocument,
    "\n  query LookaheadEverythingOf($slug: String!) { role(slug: $slug) { title nextRoles(maxHops: 2) { role { slug } } requiredSkills { importance } } }\n": types.LookaheadEverythingOfDocument,
    "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n": types.LookaheadNextRolesWithinDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": types.SearchRoleFamiliesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapCreditItem on SkillGapItem {\n    skill { slug name } importance requiredLevel currentLevel levelGap weight status\n    credit { heldSkill { slug } relation hops share heldLevel creditedLevel explanation }\n  }\n"): typeof import('./graphql.js').GapCreditItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCreditNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(first: 50) { role { slug } bridgingSkills { ...GapCreditItem } gap } }\n  }\n"): typeof import('./graphql.js').GapCreditNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { ...GapCreditItem } partial { ...GapCreditItem } met { ...GapCreditItem } unresolvedSkills }\n  }\n"): typeof import('./graphql.js').GapCreditSkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCreditRecommendWithItems($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } coverage gap { partial { ...GapCreditItem } missing { ...GapCreditItem } } }\n  }\n"): typeof import('./graphql.js').GapCreditRecommendWithItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapCreditRecommendGaps($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 5) { role { slug } coverage gap { gap } } }\n"): typeof import('./graphql.js').GapCreditRecommendGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookaheadRolePage on Role {\n    requiredSkills { skill { slug name } importance level essential }\n    salary { medianUsd byExperience { label annualUsd } } family { slug } typicalDay { title } faq { question } crosswalk { taxonomy code }\n  }\n"): typeof import('./graphql.js').LookaheadRolePageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRolePageBySlug($slug: String!) { role(slug: $slug) { slug ...LookaheadRolePage } }\n"): typeof import('./graphql.js').LookaheadRolePageBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRolePageById($id: ID!) { role(id: $id) { slug ...LookaheadRolePage } }\n"): typeof import('./graphql.js').LookaheadRolePageByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRolePagesListed($first: Int) { roles(first: $first) { edges { node { slug ...LookaheadRolePage } } } }\n"): typeof import('./graphql.js').LookaheadRolePagesListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRoleId($slug: String!) { role(slug: $slug) { id } }\n"): typeof import('./graphql.js').LookaheadRoleIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRoleTitle($slug: String!) { role(slug: $slug) { title } }\n"): typeof import('./graphql.js').LookaheadRoleTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRoleSkillsUnless($slug: String!, $skip: Boolean!) { role(slug: $slug) { title ...LookaheadSkills @skip(if: $skip) } }\n  fragment LookaheadSkills on Role { requiredSkills { skill { slug } } }\n"): typeof import('./graphql.js').LookaheadRoleSkillsUnlessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookaheadProgressions on Role {\n    nextRoles(maxHops: 2) { role { slug } hops score salaryChange { absoluteUsd } bridgingSkills { skill { slug } levelGap } path { slug } }\n    previousRoles { role { slug } score }\n    soon: nextRoles(maxHops: 1, first: 3) { role { slug } }\n  }\n"): typeof import('./graphql.js').LookaheadProgressionsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadProgressionsBySlug($slug: String!) { role(slug: $slug) { ...LookaheadProgressions } }\n"): typeof import('./graphql.js').LookaheadProgressionsBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadProgressionsById($id: ID!) { role(id: $id) { ...LookaheadProgressions } }\n"): typeof import('./graphql.js').LookaheadProgressionsByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadEverythingOf($slug: String!) { role(slug: $slug) { title nextRoles(maxHops: 2) { role { slug } } requiredSkills { importance } } }\n"): typeof import('./graphql.js').LookaheadEverythingOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n"): typeof import('./graphql.js').LookaheadNextRolesWithinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n"): typeof import('./graphql.js').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n"): typeof import('./graphql.js').SearchRoleFamiliesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
