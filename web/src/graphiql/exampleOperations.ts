/**
 * The operations GraphiQL opens with, one tab per kind of client. The operation name becomes the tab
 * title, so each starts with the client it is for. Each is a graphql() document, so codegen checks it
 * against the schema and types its result (e.g. AnalystGraphStatsQuery) for whoever runs it; except
 * ExplorerNextRoles, whose name is the explorer's own operation (web/src/explorer/operations.ts), which
 * codegen already checks.
 */
import { graphql } from '../generated/gql.js';

export interface ExampleOperation {
  client: 'Explorer UI' | 'Recommendation engine' | 'Analyst';
  query: string;
  variables?: string;
}

const profile = `{
  "skills": [
    { "skill": "kubernetes", "level": 4 },
    { "skill": "terraform", "level": 5 },
    { "skill": "python", "level": 3 }
  ]
}`;

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    client: 'Explorer UI',
    query: `# Explorer UI: where a role leads within $maxHops moves,
# with the skills each move needs.
query ExplorerNextRoles($slug: String!, $maxHops: Int = 2) {
  role(slug: $slug) {
    title
    salary { medianUsd byExperience { label display } }
    nextRoles(maxHops: $maxHops) {
      role { slug title salary { medianUsd } }
      hops
      path { title }
      steps { kind typicalYears }
      bridgingSkills { skill { name } importance levelGap status }
      salaryChange { absoluteUsd percent }
      score
    }
  }
}
`,
    variables: `{ "slug": "cloud-architect-ai-ml", "maxHops": 2 }`,
  },
  {
    client: 'Recommendation engine',
    query: graphql(`# Recommendation engine: roles that fit a skill profile,
# the gap to one target role, the skill to learn next.
query EngineRecommendAndGap($profile: SkillProfileInput!, $target: String!) {
  recommendRoles(profile: $profile, first: 5) {
    role { slug title }
    score
    coverage
    gap { missingCount partialCount metCount }
  }
  skillGap(target: $target, profile: $profile) {
    coverage
    gap
    missing { skill { name } importance levelGap }
    partial { skill { name } importance levelGap }
    effort { estimatedMonths }
  }
  skillLeverage(profile: $profile, first: 3) {
    skill { name }
    rolesUnlocked
    score
  }
}
`).toString(),
    variables: `{
  "target": "cloud-architect-ai-ml",
  "profile": ${profile.replace(/\n/g, '\n  ')}
}`,
  },
  {
    client: 'Recommendation engine',
    query: graphql(`# Recommendation engine: many people in one request
# (one result list per profile, in order).
query EngineRecommendBatch($profiles: [SkillProfileInput!]!) {
  recommendRolesBatch(profiles: $profiles, first: 3) {
    unresolvedSkills
    matches { role { title } score coverage }
  }
}
`).toString(),
    variables: `{
  "profiles": [
    { "skills": [{ "skill": "aws", "level": 5 }, { "skill": "k8s", "level": 4 }] },
    { "skills": [{ "skill": "sql", "level": 5 }, { "skill": "python", "level": 4 }] }
  ]
}`,
  },
  {
    client: 'Analyst',
    query: graphql(`# Analyst: what the graph holds, by source and kind.
query AnalystGraphStats {
  graphStats {
    roles
    skills
    progressions
    requirements
    rolesBySource { source count }
    progressionsByKind { kind count }
    skillsByKind { kind count }
  }
}
`).toString(),
  },
  {
    client: 'Analyst',
    query: graphql(`# Analyst: typo-tolerant search over roles and skills.
query AnalystSearch($text: String!) {
  search(text: $text, first: 10) {
    kind
    score
    matchedOn
    role { slug title }
    skill { slug name }
  }
}
`).toString(),
    variables: `{ "text": "clod architect" }`,
  },
];
