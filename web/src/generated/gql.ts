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
    "\n  fragment ExplorerRoleRef on Role {\n    slug\n    title\n  }\n": typeof types.ExplorerRoleRefFragmentDoc,
    "\n  query ExplorerSearchRoles($text: String!, $first: Int) {\n    search(text: $text, kinds: [ROLE], first: $first) {\n      score\n      matchedOn\n      role { ...ExplorerRoleRef }\n    }\n  }\n": typeof types.ExplorerSearchRolesDocument,
    "\n  query ExplorerSearchSkills($text: String!, $first: Int) {\n    search(text: $text, kinds: [SKILL], first: $first) {\n      score\n      matchedOn\n      skill { slug name }\n    }\n  }\n": typeof types.ExplorerSearchSkillsDocument,
    "\n  fragment ExplorerCredit on SkillCredit {\n    heldSkill { name }\n    relation\n    share\n    creditedLevel\n    explanation\n  }\n": typeof types.ExplorerCreditFragmentDoc,
    "\n  query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {\n    role(slug: $slug) {\n      slug\n      title\n      salary { medianUsd }\n      nextRoles(maxHops: $maxHops, first: $first) {\n        role { slug title salary { medianUsd } }\n        hops\n        path { ...ExplorerRoleRef }\n        steps { kind typicalYears }\n        bridgingSkills { skill { name } importance requiredLevel currentLevel levelGap weight status credit { ...ExplorerCredit } }\n        salaryChange { absoluteUsd percent }\n        typicalYears\n        score\n      }\n    }\n  }\n": typeof types.ExplorerNextRolesDocument,
    "\n  query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { ...ExplorerRoleRef }\n      steps {\n        from { title }\n        to { title }\n        kind\n        typicalYears\n        bridgingSkills { skill { name } levelGap credit { ...ExplorerCredit } }\n      }\n      totals {\n        hops\n        typicalYears\n        gap\n        salaryChange { absoluteUsd }\n        score\n      }\n    }\n  }\n": typeof types.ExplorerCareerPathsDocument,
    "\n  fragment ExplorerGapItem on SkillGapItem {\n    skill { name }\n    importance\n    levelGap\n    requiredLevel\n    currentLevel\n    credit { ...ExplorerCredit }\n  }\n": typeof types.ExplorerGapItemFragmentDoc,
    "\n  fragment ExplorerRecommendations on Query {\n    recommendRoles(profile: $profile, first: 5) {\n      role { ...ExplorerRoleRef }\n      score\n      coverage\n    }\n    skillLeverage(profile: $profile, first: 1) {\n      skill { name }\n      rolesUnlocked\n      score\n    }\n  }\n": typeof types.ExplorerRecommendationsFragmentDoc,
    "\n  query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {\n    skillGap(target: $target, profile: $profile) {\n      coverage\n      gap\n      missing { ...ExplorerGapItem }\n      partial { ...ExplorerGapItem }\n      met { ...ExplorerGapItem }\n      unresolvedSkills\n    }\n    ...ExplorerRecommendations\n  }\n": typeof types.ExplorerSkillGapDocument,
    "\n  query ExplorerRecommendations($profile: SkillProfileInput!) {\n    ...ExplorerRecommendations\n  }\n": typeof types.ExplorerRecommendationsDocument,
    "\n  query ExplorerRoleProfile($slug: String!) {\n    role(slug: $slug) {\n      slug\n      title\n      summary\n      experienceLevel\n      family { name }\n      growth { rating }\n      salary {\n        medianUsd\n        estimate\n        byExperience { label annualUsd display }\n      }\n      typicalDay { order title description }\n      gettingStarted { order title description }\n      faq { question answer }\n      provenance { ...ExplorerProvenance }\n      requiredSkills(first: 60) { skill { name } importance importanceScale provenance { ...ExplorerProvenance } }\n    }\n  }\n  fragment ExplorerProvenance on Provenance { sourceTag method asOf reference evidence }\n": typeof types.ExplorerRoleProfileDocument,
    "\n  query ExplorerRoleTitle($slug: String!) {\n    role(slug: $slug) { ...ExplorerRoleRef }\n  }\n": typeof types.ExplorerRoleTitleDocument,
    "\n  fragment ExplorerExampleRole on Role { slug title family { name } }\n": typeof types.ExplorerExampleRoleFragmentDoc,
    "# Recommendation engine: roles that fit a skill profile,\n# the gap to one target role, the skill to learn next.\nquery EngineRecommendAndGap($profile: SkillProfileInput!, $target: String!) {\n  recommendRoles(profile: $profile, first: 5) {\n    role { slug title }\n    score\n    coverage\n    gap { missingCount partialCount metCount }\n  }\n  skillGap(target: $target, profile: $profile) {\n    coverage\n    gap\n    missing { skill { name } importance levelGap }\n    partial { skill { name } importance levelGap }\n    effort { estimatedMonths }\n  }\n  skillLeverage(profile: $profile, first: 3) {\n    skill { name }\n    rolesUnlocked\n    score\n  }\n}\n": typeof types.EngineRecommendAndGapDocument,
    "# Recommendation engine: many people in one request\n# (one result list per profile, in order).\nquery EngineRecommendBatch($profiles: [SkillProfileInput!]!) {\n  recommendRolesBatch(profiles: $profiles, first: 3) {\n    unresolvedSkills\n    matches { role { title } score coverage }\n  }\n}\n": typeof types.EngineRecommendBatchDocument,
    "# Analyst: what the graph holds, by source and kind.\nquery AnalystGraphStats {\n  graphStats {\n    roles\n    skills\n    progressions\n    requirements\n    rolesBySource { source count }\n    progressionsByKind { kind count }\n    skillsByKind { kind count }\n  }\n}\n": typeof types.AnalystGraphStatsDocument,
    "# Analyst: typo-tolerant search over roles and skills.\nquery AnalystSearch($text: String!) {\n  search(text: $text, first: 10) {\n    kind\n    score\n    matchedOn\n    role { slug title }\n    skill { slug name }\n  }\n}\n": typeof types.AnalystSearchDocument,
};
const documents: Documents = {
    "\n  fragment ExplorerRoleRef on Role {\n    slug\n    title\n  }\n": types.ExplorerRoleRefFragmentDoc,
    "\n  query ExplorerSearchRoles($text: String!, $first: Int) {\n    search(text: $text, kinds: [ROLE], first: $first) {\n      score\n      matchedOn\n      role { ...ExplorerRoleRef }\n    }\n  }\n": types.ExplorerSearchRolesDocument,
    "\n  query ExplorerSearchSkills($text: String!, $first: Int) {\n    search(text: $text, kinds: [SKILL], first: $first) {\n      score\n      matchedOn\n      skill { slug name }\n    }\n  }\n": types.ExplorerSearchSkillsDocument,
    "\n  fragment ExplorerCredit on SkillCredit {\n    heldSkill { name }\n    relation\n    share\n    creditedLevel\n    explanation\n  }\n": types.ExplorerCreditFragmentDoc,
    "\n  query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {\n    role(slug: $slug) {\n      slug\n      title\n      salary { medianUsd }\n      nextRoles(maxHops: $maxHops, first: $first) {\n        role { slug title salary { medianUsd } }\n        hops\n        path { ...ExplorerRoleRef }\n        steps { kind typicalYears }\n        bridgingSkills { skill { name } importance requiredLevel currentLevel levelGap weight status credit { ...ExplorerCredit } }\n        salaryChange { absoluteUsd percent }\n        typicalYears\n        score\n      }\n    }\n  }\n": types.ExplorerNextRolesDocument,
    "\n  query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { ...ExplorerRoleRef }\n      steps {\n        from { title }\n        to { title }\n        kind\n        typicalYears\n        bridgingSkills { skill { name } levelGap credit { ...ExplorerCredit } }\n      }\n      totals {\n        hops\n        typicalYears\n        gap\n        salaryChange { absoluteUsd }\n        score\n      }\n    }\n  }\n": types.ExplorerCareerPathsDocument,
    "\n  fragment ExplorerGapItem on SkillGapItem {\n    skill { name }\n    importance\n    levelGap\n    requiredLevel\n    currentLevel\n    credit { ...ExplorerCredit }\n  }\n": types.ExplorerGapItemFragmentDoc,
    "\n  fragment ExplorerRecommendations on Query {\n    recommendRoles(profile: $profile, first: 5) {\n      role { ...ExplorerRoleRef }\n      score\n      coverage\n    }\n    skillLeverage(profile: $profile, first: 1) {\n      skill { name }\n      rolesUnlocked\n      score\n    }\n  }\n": types.ExplorerRecommendationsFragmentDoc,
    "\n  query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {\n    skillGap(target: $target, profile: $profile) {\n      coverage\n      gap\n      missing { ...ExplorerGapItem }\n      partial { ...ExplorerGapItem }\n      met { ...ExplorerGapItem }\n      unresolvedSkills\n    }\n    ...ExplorerRecommendations\n  }\n": types.ExplorerSkillGapDocument,
    "\n  query ExplorerRecommendations($profile: SkillProfileInput!) {\n    ...ExplorerRecommendations\n  }\n": types.ExplorerRecommendationsDocument,
    "\n  query ExplorerRoleProfile($slug: String!) {\n    role(slug: $slug) {\n      slug\n      title\n      summary\n      experienceLevel\n      family { name }\n      growth { rating }\n      salary {\n        medianUsd\n        estimate\n        byExperience { label annualUsd display }\n      }\n      typicalDay { order title description }\n      gettingStarted { order title description }\n      faq { question answer }\n      provenance { ...ExplorerProvenance }\n      requiredSkills(first: 60) { skill { name } importance importanceScale provenance { ...ExplorerProvenance } }\n    }\n  }\n  fragment ExplorerProvenance on Provenance { sourceTag method asOf reference evidence }\n": types.ExplorerRoleProfileDocument,
    "\n  query ExplorerRoleTitle($slug: String!) {\n    role(slug: $slug) { ...ExplorerRoleRef }\n  }\n": types.ExplorerRoleTitleDocument,
    "\n  fragment ExplorerExampleRole on Role { slug title family { name } }\n": types.ExplorerExampleRoleFragmentDoc,
    "# Recommendation engine: roles that fit a skill profile,\n# the gap to one target role, the skill to learn next.\nquery EngineRecommendAndGap($profile: SkillProfileInput!, $target: String!) {\n  recommendRoles(profile: $profile, first: 5) {\n    role { slug title }\n    score\n    coverage\n    gap { missingCount partialCount metCount }\n  }\n  skillGap(target: $target, profile: $profile) {\n    coverage\n    gap\n    missing { skill { name } importance levelGap }\n    partial { skill { name } importance levelGap }\n    effort { estimatedMonths }\n  }\n  skillLeverage(profile: $profile, first: 3) {\n    skill { name }\n    rolesUnlocked\n    score\n  }\n}\n": types.EngineRecommendAndGapDocument,
    "# Recommendation engine: many people in one request\n# (one result list per profile, in order).\nquery EngineRecommendBatch($profiles: [SkillProfileInput!]!) {\n  recommendRolesBatch(profiles: $profiles, first: 3) {\n    unresolvedSkills\n    matches { role { title } score coverage }\n  }\n}\n": types.EngineRecommendBatchDocument,
    "# Analyst: what the graph holds, by source and kind.\nquery AnalystGraphStats {\n  graphStats {\n    roles\n    skills\n    progressions\n    requirements\n    rolesBySource { source count }\n    progressionsByKind { kind count }\n    skillsByKind { kind count }\n  }\n}\n": types.AnalystGraphStatsDocument,
    "# Analyst: typo-tolerant search over roles and skills.\nquery AnalystSearch($text: String!) {\n  search(text: $text, first: 10) {\n    kind\n    score\n    matchedOn\n    role { slug title }\n    skill { slug name }\n  }\n}\n": types.AnalystSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerRoleRef on Role {\n    slug\n    title\n  }\n"): typeof import('./graphql.js').ExplorerRoleRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearchRoles($text: String!, $first: Int) {\n    search(text: $text, kinds: [ROLE], first: $first) {\n      score\n      matchedOn\n      role { ...ExplorerRoleRef }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearchSkills($text: String!, $first: Int) {\n    search(text: $text, kinds: [SKILL], first: $first) {\n      score\n      matchedOn\n      skill { slug name }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerCredit on SkillCredit {\n    heldSkill { name }\n    relation\n    share\n    creditedLevel\n    explanation\n  }\n"): typeof import('./graphql.js').ExplorerCreditFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNextRoles($slug: String!, $maxHops: Int!, $first: Int) {\n    role(slug: $slug) {\n      slug\n      title\n      salary { medianUsd }\n      nextRoles(maxHops: $maxHops, first: $first) {\n        role { slug title salary { medianUsd } }\n        hops\n        path { ...ExplorerRoleRef }\n        steps { kind typicalYears }\n        bridgingSkills { skill { name } importance requiredLevel currentLevel levelGap weight status credit { ...ExplorerCredit } }\n        salaryChange { absoluteUsd percent }\n        typicalYears\n        score\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { ...ExplorerRoleRef }\n      steps {\n        from { title }\n        to { title }\n        kind\n        typicalYears\n        bridgingSkills { skill { name } levelGap credit { ...ExplorerCredit } }\n      }\n      totals {\n        hops\n        typicalYears\n        gap\n        salaryChange { absoluteUsd }\n        score\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerGapItem on SkillGapItem {\n    skill { name }\n    importance\n    levelGap\n    requiredLevel\n    currentLevel\n    credit { ...ExplorerCredit }\n  }\n"): typeof import('./graphql.js').ExplorerGapItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerRecommendations on Query {\n    recommendRoles(profile: $profile, first: 5) {\n      role { ...ExplorerRoleRef }\n      score\n      coverage\n    }\n    skillLeverage(profile: $profile, first: 1) {\n      skill { name }\n      rolesUnlocked\n      score\n    }\n  }\n"): typeof import('./graphql.js').ExplorerRecommendationsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSkillGap($target: String!, $profile: SkillProfileInput!) {\n    skillGap(target: $target, profile: $profile) {\n      coverage\n      gap\n      missing { ...ExplorerGapItem }\n      partial { ...ExplorerGapItem }\n      met { ...ExplorerGapItem }\n      unresolvedSkills\n    }\n    ...ExplorerRecommendations\n  }\n"): typeof import('./graphql.js').ExplorerSkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRecommendations($profile: SkillProfileInput!) {\n    ...ExplorerRecommendations\n  }\n"): typeof import('./graphql.js').ExplorerRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRoleProfile($slug: String!) {\n    role(slug: $slug) {\n      slug\n      title\n      summary\n      experienceLevel\n      family { name }\n      growth { rating }\n      salary {\n        medianUsd\n        estimate\n        byExperience { label annualUsd display }\n      }\n      typicalDay { order title description }\n      gettingStarted { order title description }\n      faq { question answer }\n      provenance { ...ExplorerProvenance }\n      requiredSkills(first: 60) { skill { name } importance importanceScale provenance { ...ExplorerProvenance } }\n    }\n  }\n  fragment ExplorerProvenance on Provenance { sourceTag method asOf reference evidence }\n"): typeof import('./graphql.js').ExplorerRoleProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRoleTitle($slug: String!) {\n    role(slug: $slug) { ...ExplorerRoleRef }\n  }\n"): typeof import('./graphql.js').ExplorerRoleTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerExampleRole on Role { slug title family { name } }\n"): typeof import('./graphql.js').ExplorerExampleRoleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Recommendation engine: roles that fit a skill profile,\n# the gap to one target role, the skill to learn next.\nquery EngineRecommendAndGap($profile: SkillProfileInput!, $target: String!) {\n  recommendRoles(profile: $profile, first: 5) {\n    role { slug title }\n    score\n    coverage\n    gap { missingCount partialCount metCount }\n  }\n  skillGap(target: $target, profile: $profile) {\n    coverage\n    gap\n    missing { skill { name } importance levelGap }\n    partial { skill { name } importance levelGap }\n    effort { estimatedMonths }\n  }\n  skillLeverage(profile: $profile, first: 3) {\n    skill { name }\n    rolesUnlocked\n    score\n  }\n}\n"): typeof import('./graphql.js').EngineRecommendAndGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Recommendation engine: many people in one request\n# (one result list per profile, in order).\nquery EngineRecommendBatch($profiles: [SkillProfileInput!]!) {\n  recommendRolesBatch(profiles: $profiles, first: 3) {\n    unresolvedSkills\n    matches { role { title } score coverage }\n  }\n}\n"): typeof import('./graphql.js').EngineRecommendBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Analyst: what the graph holds, by source and kind.\nquery AnalystGraphStats {\n  graphStats {\n    roles\n    skills\n    progressions\n    requirements\n    rolesBySource { source count }\n    progressionsByKind { kind count }\n    skillsByKind { kind count }\n  }\n}\n"): typeof import('./graphql.js').AnalystGraphStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Analyst: typo-tolerant search over roles and skills.\nquery AnalystSearch($text: String!) {\n  search(text: $text, first: 10) {\n    kind\n    score\n    matchedOn\n    role { slug title }\n    skill { slug name }\n  }\n}\n"): typeof import('./graphql.js').AnalystSearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
