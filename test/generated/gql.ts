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
    "\n    query AnalyticsGraphStats { graphStats {\n      roles skills families skillNames learningResources requirements progressions rolesWithoutSkills rolesWithoutProgressions\n      averageSkillsPerRole averageSkillsPerRoleWithSkills\n      rolesBySource { source sourceTag count } skillsBySource { sourceTag count } familiesBySource { sourceTag count }\n      requirementsBySource { sourceTag count } progressionsBySource { sourceTag count }\n      skillsByKind { kind count } progressionsByKind { kind count } relationships { type count }\n      curation { revision lastChangeAt lastChangeBy }\n    } }\n  ": typeof types.AnalyticsGraphStatsDocument,
    "\n    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {\n      roleCentrality(measure: $measure, first: $first, source: $source) { rank role { slug } score inDegree outDegree }\n    }\n  ": typeof types.AnalyticsCentralityDocument,
    "\n    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {\n      bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {\n        skill { id slug } progressions missingInSource totalWeight averageGap\n      }\n    }\n  ": typeof types.AnalyticsBridgeSkillsDocument,
    "\n    query AnalyticsFamilyMobility { familyMobility(first: 100) { from { slug } to { slug } progressions promotions laterals pivots averageTypicalYears } }\n  ": typeof types.AnalyticsFamilyMobilityDocument,
    "\n  query CareerPathsCut($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      steps { from { slug } to { slug } confidence bridgingSkills { skill { id } weight status } salaryChange { percent } }\n      totals { hops typicalYears gap averageSalaryUsd score }\n      scoreBreakdown { name value }\n    }\n  }\n": typeof types.CareerPathsCutDocument,
    "\n  fragment CatalogRoleFields on Role {\n    slug title alternateTitles jobZone experienceLevel growth { rating } family { slug } salary { medianUsd } provenance { source }\n  }\n": typeof types.CatalogRoleFieldsFragmentDoc,
    "\n  query CatalogRoles($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { ...CatalogRoleFields } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      totalCount\n    }\n  }\n": typeof types.CatalogRolesDocument,
    "\n  query CatalogRolePage($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CatalogRolePageDocument,
    "\n  query CatalogRolesCounted($first: Int) { roles(first: $first) { totalCount nodes { slug } } }\n": typeof types.CatalogRolesCountedDocument,
    "\n  query CatalogSkills($filter: SkillFilter, $orderBy: SkillOrder, $first: Int, $after: String) {\n    skills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { id slug name kind category roleCount } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.CatalogSkillsDocument,
    "\n    query CatalogSkill($slug: String, $id: ID) { skill(slug: $slug, id: $id) { id slug name aliases } }\n  ": typeof types.CatalogSkillDocument,
    "\n    query CatalogSkillDetail($slug: String!, $first: Int, $min: Float) {\n      skill(slug: $slug) {\n        slug roleCount\n        roles(first: $first, minImportance: $min) { role { slug } importance level essential provenance { source } }\n        relatedSkills(first: 100) { skill { slug } relation weight sharedRoleCount provenance { source } }\n        learningResources { id title kind provider url provenance { source } }\n      }\n    }\n  ": typeof types.CatalogSkillDetailDocument,
    "\n    query CatalogSkillsNested {\n      skills(first: 40, filter: { sources: [CURATED] }, orderBy: { field: ROLE_COUNT }) {\n        nodes { slug roleCount roles(first: 3) { role { slug } importance } relatedSkills(first: 3) { skill { slug } relation weight }\n                learningResources { title kind } }\n      }\n    }\n  ": typeof types.CatalogSkillsNestedDocument,
    "\n  query CreditMemoSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      coverage gap unresolvedSkills\n      missing { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      partial { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      met { skill { slug } status credit { heldSkill { slug } relation hops share creditedLevel } }\n    }\n  }\n": typeof types.CreditMemoSkillGapDocument,
    "\n  query CreditMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } score coverage gap { gap partial { skill { slug } credit { heldSkill { slug } relation } } } }\n  }\n": typeof types.CreditMemoRecommendDocument,
    "\n  query CreditMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n": typeof types.CreditMemoNextRolesDocument,
    "\n  query CreditMemoNextRolesAgain($slug: String!) {\n    again: role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n": typeof types.CreditMemoNextRolesAgainDocument,
    "\n  query CreditMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": typeof types.CreditMemoCareerPathsDocument,
    "\n  mutation CurationUpsertRole($input: RoleInput!) {\n    upsertRole(input: $input) { slug title summary description progressionSummary alternateTitles family { slug }\n      salary { medianUsd } growth { rating reason } provenance { source sourceTag asOf } }\n  }\n": typeof types.CurationUpsertRoleDocument,
    "\n  mutation CurationUpsertSkill($input: SkillInput!) {\n    upsertSkill(input: $input) { slug name kind category aliases provenance { source asOf } }\n  }\n": typeof types.CurationUpsertSkillDocument,
    "\n  mutation CurationSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!, $essential: Boolean) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level, essential: $essential) {\n      skill { slug } importance level importanceRaw levelRaw importanceScale levelScale essential provenance { source asOf method }\n    }\n  }\n": typeof types.CurationSetRequirementDocument,
    "\n  mutation CurationRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": typeof types.CurationRemoveRequirementDocument,
    "\n  mutation CurationLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!, $confidence: Float) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale, confidence: $confidence) {\n      from { slug } to { slug } kind typicalYears rationale confidence provenance { source asOf }\n    }\n  }\n": typeof types.CurationLinkDocument,
    "\n  mutation CurationUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": typeof types.CurationUnlinkDocument,
    "\n  mutation CurationRemoveRole($slug: String!) { removeRole(slug: $slug) }\n": typeof types.CurationRemoveRoleDocument,
    "\n  mutation CurationRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n": typeof types.CurationRemoveSkillDocument,
    "\n  query CurationViewer { viewer { authenticated name role canEdit } }\n": typeof types.CurationViewerDocument,
    "\n  query CurationChiefArchitect { role(slug: \"chief-architect\") { slug } }\n": typeof types.CurationChiefArchitectDocument,
    "\n  query CurationRoleAsCurated($slug: String!) {\n    role(slug: $slug) { slug title summary alternateTitles family { slug } salary { medianUsd } growth { rating reason }\n      progressionSummary provenance { source sourceTag asOf } }\n  }\n": typeof types.CurationRoleAsCuratedDocument,
    "\n  query CurationSkillByName($q: String!) { skill(slug: $q) { slug } }\n": typeof types.CurationSkillByNameDocument,
    "\n  query CurationRoleSlug($slug: String!) { role(slug: $slug) { slug } }\n": typeof types.CurationRoleSlugDocument,
    "\n  query CurationRoleRequirements($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug } importance level } } }\n": typeof types.CurationRoleRequirementsDocument,
    "\n  query CurationSkillById($id: ID!) { skill(id: $id) { slug } }\n": typeof types.CurationSkillByIdDocument,
    "\n  query CurationRevision { graphStats { curation { revision lastChangeBy } } }\n": typeof types.CurationRevisionDocument,
    "\n  query CurationAuditPage($filter: CurationAuditFilter, $first: Int, $after: String) {\n    curationAudit(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { sequence at editor mutation entityType entity changes { field before after } } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.CurationAuditPageDocument,
    "\n  mutation CurationAuditUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n": typeof types.CurationAuditUpsertRoleDocument,
    "\n  mutation CurationAuditUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n": typeof types.CurationAuditUpsertSkillDocument,
    "\n  mutation CurationAuditSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n": typeof types.CurationAuditSetRequirementDocument,
    "\n  mutation CurationAuditRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": typeof types.CurationAuditRemoveRequirementDocument,
    "\n  mutation CurationAuditLink($from: String!, $to: String!) {\n    linkProgression(from: $from, to: $to, kind: PROMOTION, typicalYears: 2, rationale: \"Audit move.\", confidence: 0.5) { kind }\n  }\n": typeof types.CurationAuditLinkDocument,
    "\n  mutation CurationAuditUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": typeof types.CurationAuditUnlinkDocument,
    "\n  mutation CurationAuditRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n": typeof types.CurationAuditRemoveSkillDocument,
    "\n  mutation CurationAuditRemoveRole($slug: String!) { removeRole(slug: $slug) }\n": typeof types.CurationAuditRemoveRoleDocument,
    "\n  mutation CurationAuditUpsertRoleTitle($input: RoleInput!) { upsertRole(input: $input) { title } }\n": typeof types.CurationAuditUpsertRoleTitleDocument,
    "\n  query CurationAuditRole($slug: String!) { role(slug: $slug) { slug } }\n": typeof types.CurationAuditRoleDocument,
    "\n  query FirstStartOccupationSearch($text: String!) {\n    search(text: $text, first: 5, kinds: [ROLE]) { role { id title nextRoles(first: 5) { role { title } } requiredSkills(first: 5) { skill { name } } } }\n  }\n": typeof types.FirstStartOccupationSearchDocument,
    "\n  query FirstStartWarmSearch($text: String!) { search(text: $text, first: 1) { kind } }\n": typeof types.FirstStartWarmSearchDocument,
    "\n  query FirstStartRelevanceSearch($text: String!) { search(text: $text, first: 10) { role { id } skill { id } } }\n": typeof types.FirstStartRelevanceSearchDocument,
    "\n  fragment GapCreditItem on SkillGapItem {\n    skill { slug name } importance requiredLevel currentLevel levelGap weight status\n    credit { heldSkill { slug } relation hops share heldLevel creditedLevel explanation }\n  }\n": typeof types.GapCreditItemFragmentDoc,
    "\n  query GapCreditNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(first: 50) { role { slug } bridgingSkills { ...GapCreditItem } gap } }\n  }\n": typeof types.GapCreditNextRolesDocument,
    "\n  query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { ...GapCreditItem } partial { ...GapCreditItem } met { ...GapCreditItem } unresolvedSkills }\n  }\n": typeof types.GapCreditSkillGapDocument,
    "\n  query GapCreditRecommendWithItems($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } coverage gap { partial { ...GapCreditItem } missing { ...GapCreditItem } } }\n  }\n": typeof types.GapCreditRecommendWithItemsDocument,
    "\n  query GapCreditRecommendGaps($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 5) { role { slug } coverage gap { gap } } }\n": typeof types.GapCreditRecommendGapsDocument,
    "\n  fragment GapsItemFields on SkillGapItem { skill { slug } importance requiredLevel currentLevel levelGap weight essential status }\n": typeof types.GapsItemFieldsFragmentDoc,
    "\n  fragment GapsItem on SkillGapItem { ...GapsItemFields credit { heldSkill { slug } relation hops share heldLevel creditedLevel } }\n": typeof types.GapsItemFragmentDoc,
    "\n  query GapsSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      target { slug requiredSkills(first: 100) { skill { slug } importance level essential } }\n      coverage gap\n      missing { ...GapsItem } partial { ...GapsItem } met { ...GapsItem }\n      effort { estimatedMonths levelsToGain missingCount partialCount metCount essentialMissingCount }\n      learningResources { skill { slug } status weight resources { title kind url } }\n      unresolvedSkills\n    }\n  }\n": typeof types.GapsSkillGapDocument,
    "\n  fragment GapsMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItem } partial { ...GapsItem } } }\n": typeof types.GapsMatchFragmentDoc,
    "\n  fragment GapsLeanMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItemFields } partial { ...GapsItemFields } } }\n": typeof types.GapsLeanMatchFragmentDoc,
    "\n  query GapsRecommend($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsMatch }\n  }\n": typeof types.GapsRecommendDocument,
    "\n  query GapsRecommendLean($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsLeanMatch }\n  }\n": typeof types.GapsRecommendLeanDocument,
    "\n  query GapsRecommendBatch($profiles: [SkillProfileInput!]!, $first: Int, $filter: RecommendFilter) {\n    recommendRolesBatch(profiles: $profiles, first: $first, filter: $filter) { matches { ...GapsLeanMatch } unresolvedSkills }\n  }\n": typeof types.GapsRecommendBatchDocument,
    "\n  query GapsLeverage($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    skillLeverage(profile: $profile, first: $first, filter: $filter) { skill { slug } rolesUnlocked gapClosed score unlocks { slug } }\n  }\n": typeof types.GapsLeverageDocument,
    "\n  query GapsResourceProvenance($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { learningResources { resources { title provenance { source } } } }\n  }\n": typeof types.GapsResourceProvenanceDocument,
    "\n  query GapsGapAlone($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { coverage missing { skill { slug } } learningResources { resources { title } } unresolvedSkills }\n  }\n": typeof types.GapsGapAloneDocument,
    "\n  query GapsRecommendedRoles($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 30) { role { slug family { slug } salary { medianUsd } } } }\n": typeof types.GapsRecommendedRolesDocument,
    "\n  query GapsRecommendRanking($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 30) { role { slug salary { medianUsd } } score coverage gap { gap missingCount partialCount metCount } }\n  }\n": typeof types.GapsRecommendRankingDocument,
    "\n  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }\n": typeof types.GapsRecommendedFamiliesDocument,
    "\n  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }\n": typeof types.GapsRecommendedSalariesDocument,
    "\n  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }\n": typeof types.GapsRequiredSkillsDocument,
    "\n  query GapsOriginLevels { role(slug: \"cloud-architect-ai-ml\") { requiredSkills(first: 100) { skill { slug } level } } }\n": typeof types.GapsOriginLevelsDocument,
    "\n  fragment GapsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n": typeof types.GapsEverySkillFieldFragmentDoc,
    "\n  fragment GapsRichItem on SkillGapItem { skill { ...GapsEverySkillField } levelGap credit { heldSkill { ...GapsEverySkillField } relation } }\n": typeof types.GapsRichItemFragmentDoc,
    "\n  query GapsRich($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      target { slug title description alternateTitles provenance { evidence } }\n      coverage gap missing { ...GapsRichItem } partial { ...GapsRichItem } met { ...GapsRichItem }\n      learningResources { skill { ...GapsEverySkillField } resources { title } }\n    }\n  }\n": typeof types.GapsRichDocument,
    "\n  query GapsLean($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { skill { slug } levelGap } partial { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n  }\n": typeof types.GapsLeanDocument,
    "\n  query GapsDirectSkill($slug: String!) { skill(slug: $slug) { ...GapsEverySkillField } }\n": typeof types.GapsDirectSkillDocument,
    "\n  query GapsDirectRole($slug: String!) { role(slug: $slug) { slug title description alternateTitles provenance { evidence } } }\n": typeof types.GapsDirectRoleDocument,
    "\n  query GraphScienceClusters($basis: ClusterBasis, $source: Source, $first: Int, $rolesPerCluster: Int) {\n    careerClusters(basis: $basis, source: $source, first: $first, rolesPerCluster: $rolesPerCluster) {\n      rank size roles { slug } families { family { slug } roles }\n    }\n  }\n": typeof types.GraphScienceClustersDocument,
    "\n  query GraphScienceCentrality($measure: CentralityMeasure, $engine: AnalyticsEngine, $source: Source) {\n    roleCentrality(measure: $measure, engine: $engine, source: $source, first: 100) { rank role { slug } score inDegree outDegree }\n  }\n": typeof types.GraphScienceCentralityDocument,
    "\n  query GraphScienceMissingStats($first: Int) { graphStats { roles } roleCentrality(first: $first) { rank } }\n": typeof types.GraphScienceMissingStatsDocument,
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
    "\n  query LookaheadRoleWithProgressions($slug: String!) {\n    role(slug: $slug) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n": typeof types.LookaheadRoleWithProgressionsDocument,
    "\n  query LookaheadRoleWithProgressionsById($id: ID!) {\n    role(id: $id) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n": typeof types.LookaheadRoleWithProgressionsByIdDocument,
    "\n  query LookaheadRoleWithSalaryAndProgressions($slug: String!) {\n    role(slug: $slug) { slug experienceLevel nextRoles(maxHops: 1) { role { slug } } }\n  }\n": typeof types.LookaheadRoleWithSalaryAndProgressionsDocument,
    "\n  query LookaheadEntryRoles($first: Int) { roles(first: $first) { edges { node { id slug previousRoles(first: 1) { hops } } } } }\n": typeof types.LookaheadEntryRolesDocument,
    "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n": typeof types.LookaheadNextRolesWithinDocument,
    "\n  fragment LookaheadEveryRequirementField on Role {\n    requiredSkills {\n      importance level importanceRaw levelRaw importanceScale levelScale essential\n      provenance { source sourceTag sourceId asOf reference method confidence evidence }\n      skill { id slug name kind category description aliases provenance { source sourceId asOf method } }\n    }\n    top: requiredSkills(minImportance: 0.7, first: 3) { importance skill { slug } }\n    none: requiredSkills(first: 0) { importance }\n  }\n": typeof types.LookaheadEveryRequirementFieldFragmentDoc,
    "\n  query LookaheadEveryRequirementField($slug: String!) {\n    role(slug: $slug) { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField }\n  }\n": typeof types.LookaheadEveryRequirementFieldDocument,
    "\n  query LookaheadEveryRequirementFieldListed($first: Int) {\n    roles(first: $first) {\n      edges { node { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField } }\n    }\n  }\n": typeof types.LookaheadEveryRequirementFieldListedDocument,
    "\n  query LookaheadTopSkills($slug: String!, $minImportance: Float!, $first: Int!) {\n    role(slug: $slug) { title requiredSkills(minImportance: $minImportance, first: $first) { importance skill { slug } } }\n  }\n": typeof types.LookaheadTopSkillsDocument,
    "\n  query LookaheadTopSkillsListed($first: Int, $minImportance: Float!, $top: Int!) {\n    roles(first: $first) { edges { node { slug title requiredSkills(minImportance: $minImportance, first: $top) { importance skill { slug } } } } }\n  }\n": typeof types.LookaheadTopSkillsListedDocument,
    "\n  query MemoWarmingCareerPaths($from: String!, $to: String!) {\n    careerPaths(from: $from, to: $to, first: 5) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": typeof types.MemoWarmingCareerPathsDocument,
    "\n  fragment PathsRequirement on SkillRequirement { skill { id } importance level }\n": typeof types.PathsRequirementFragmentDoc,
    "\n  fragment PathsGapItem on SkillGapItem {\n    skill { id name } importance requiredLevel currentLevel levelGap weight essential status\n    credit { heldSkill { id } relation hops share heldLevel creditedLevel }\n  }\n": typeof types.PathsGapItemFragmentDoc,
    "\n  fragment PathsStep on ProgressionStep { from { slug } to { slug } kind typicalYears confidence provenance { source } }\n": typeof types.PathsStepFragmentDoc,
    "\n  fragment PathsProgression on Progression {\n    role { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n    hops path { slug } steps { ...PathsStep }\n    bridgingSkills { ...PathsGapItem } sharedSkills { id }\n    salaryChange { absoluteUsd percent } typicalYears gap score scoreBreakdown { name value weight contribution }\n  }\n": typeof types.PathsProgressionFragmentDoc,
    "\n    query PathsNextRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: nextRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  ": typeof types.PathsNextRolesDocument,
    "\n    query PathsPreviousRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: previousRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  ": typeof types.PathsPreviousRolesDocument,
    "\n  query PathsConfidentRoutes($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2, first: 100) {\n        hops steps { confidence }\n        role { slug nextRoles(maxHops: 1, first: 100) { role { slug } steps { confidence } } }\n      }\n    }\n  }\n": typeof types.PathsConfidentRoutesDocument,
    "\n  fragment PathsDefaultsFields on Progression { role { slug } hops score }\n": typeof types.PathsDefaultsFieldsFragmentDoc,
    "\n  query PathsDefaultsOmitted($slug: String!) {\n    role(slug: $slug) { nextRoles { ...PathsDefaultsFields } far: nextRoles(maxHops: 4) { ...PathsDefaultsFields } }\n  }\n": typeof types.PathsDefaultsOmittedDocument,
    "\n  query PathsDefaultsNull($slug: String!, $first: Int, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(first: $first, maxHops: $maxHops) { ...PathsDefaultsFields }\n      far: nextRoles(maxHops: 4, first: null) { ...PathsDefaultsFields }\n    }\n  }\n": typeof types.PathsDefaultsNullDocument,
    "\n  query PathsDefaultsTwenty($slug: String!) { role(slug: $slug) { far: nextRoles(maxHops: 4, first: 20) { ...PathsDefaultsFields } } }\n": typeof types.PathsDefaultsTwentyDocument,
    "\n  query PathsStatementsByHops($slug: String!, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(maxHops: $maxHops) { role { slug } path { slug } steps { kind } bridgingSkills { skill { name } } sharedSkills { name } score }\n    }\n  }\n": typeof types.PathsStatementsByHopsDocument,
    "\n  query PathsNestedLevels($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug nextRoles { role { slug } } similarRoles(first: 3) { role { slug } } } } }\n  }\n": typeof types.PathsNestedLevelsDocument,
    "\n  query PathsRoleOnly($slug: String!) { role(slug: $slug) { slug } }\n": typeof types.PathsRoleOnlyDocument,
    "\n  fragment PathsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n": typeof types.PathsEverySkillFieldFragmentDoc,
    "\n  query PathsNextRolesLean($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug } bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } } } score } }\n  }\n": typeof types.PathsNextRolesLeanDocument,
    "\n  query PathsNextRolesRich($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) {\n        role { slug }\n        bridgingSkills { skill { ...PathsEverySkillField } levelGap credit { heldSkill { ...PathsEverySkillField } } }\n        sharedSkills { ...PathsEverySkillField }\n        steps { from { slug } to { slug } kind typicalYears confidence rationale salaryNote provenance { source sourceId asOf reference method evidence } }\n        score\n      }\n    }\n  }\n": typeof types.PathsNextRolesRichDocument,
    "\n  query PathsDirectSkill($slug: String!) { skill(slug: $slug) { ...PathsEverySkillField } }\n": typeof types.PathsDirectSkillDocument,
    "\n    query PathsSimilar($slug: String!, $first: Int) {\n      role(slug: $slug) {\n        slug requiredSkills(first: 100) { ...PathsRequirement }\n        similarRoles(first: $first) { role { slug requiredSkills(first: 100) { ...PathsRequirement } } score sharedSkills { id } missingSkills { id } }\n      }\n    }\n  ": typeof types.PathsSimilarDocument,
    "\n    query PathsRoleRequirements($slug: String!) { role(slug: $slug) { slug requiredSkills(first: 100) { ...PathsRequirement } } }\n  ": typeof types.PathsRoleRequirementsDocument,
    "\n    query PathsCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n      careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n        rank\n        roles { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n        steps {\n          from { slug } to { slug } kind typicalYears confidence provenance { source }\n          rationale bridgingSkills { ...PathsGapItem } salaryChange { absoluteUsd percent }\n        }\n        totals { hops typicalYears gap salaryChange { absoluteUsd percent } averageSalaryUsd score }\n        scoreBreakdown { name value weight contribution }\n      }\n    }\n  ": typeof types.PathsCareerPathsDocument,
    "\n    query PathsCareerPathsLean($from: String!, $to: String!) {\n      careerPaths(from: $from, to: $to, first: 20) { roles { slug } steps { kind bridgingSkills { skill { name } } } totals { gap } }\n    }\n  ": typeof types.PathsCareerPathsLeanDocument,
    "\n  query PathsWithoutSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n    }\n  }\n": typeof types.PathsWithoutSkillsDocument,
    "\n  query PathsWithSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n      steps { bridgingSkills { skill { slug } levelGap } }\n    }\n  }\n": typeof types.PathsWithSkillsDocument,
    "\n  query NextRolesWithoutSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score } }\n  }\n": typeof types.NextRolesWithoutSkillsDocument,
    "\n  query NextRolesWithSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score sharedSkills { slug } bridgingSkills { skill { slug } } } }\n  }\n": typeof types.NextRolesWithSkillsDocument,
    "\n  query RequestLimitsFanOut($n: Int) { roles(first: $n) { nodes { requiredSkills(first: $n) { skill { roles(first: $n) { role { title } } } } } } }\n": typeof types.RequestLimitsFanOutDocument,
    "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n": typeof types.RequirementSkillDetailsDocument,
    "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n": typeof types.RequirementSkillNamesDocument,
    "\n  query ListedRequirementSkillDetails($first: Int) {\n    roles(first: $first) { edges { node { slug requiredSkills { skill { slug name description aliases provenance { method sourceId } } } } } }\n  }\n": typeof types.ListedRequirementSkillDetailsDocument,
    "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n": typeof types.DirectSkillDetailsDocument,
    "\n  query RequirementMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status } }\n    }\n  }\n": typeof types.RequirementMemoNextRolesDocument,
    "\n  query RequirementMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": typeof types.RequirementMemoCareerPathsDocument,
    "\n  query RequirementMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) {\n      role { slug } score coverage\n      gap { gap missingCount partialCount metCount missing { skill { slug } levelGap credit { heldSkill { slug } relation } } partial { skill { slug } levelGap } }\n    }\n  }\n": typeof types.RequirementMemoRecommendDocument,
    "\n  query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      coverage gap unresolvedSkills target { slug title }\n      missing { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      partial { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      met { skill { id slug } status }\n    }\n  }\n": typeof types.MemoSkillGapDocument,
    "\n  query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { gap missing { skill { slug kind } levelGap } partial { skill { slug kind } levelGap } }\n  }\n": typeof types.MemoSkillGapKindsDocument,
    "\n  query MemoRoleLookup($slug: String!) {\n    role(slug: $slug) {\n      slug title\n      requiredSkills { skill { slug name } importance level }\n      top: requiredSkills(minImportance: 0.5, first: 3) { skill { id } importance }\n    }\n  }\n": typeof types.MemoRoleLookupDocument,
    "\n  query MemoRoleLookupEssential($slug: String!) {\n    role(slug: $slug) { slug requiredSkills { skill { slug } importance essential } }\n  }\n": typeof types.MemoRoleLookupEssentialDocument,
    "\n  fragment RoleDetailsOfRole on Role {\n    slug summary description progressionSummary alternateTitles growth { rating reason } provenance { evidence sourceId method }\n  }\n": typeof types.RoleDetailsOfRoleFragmentDoc,
    "\n  fragment RoleDetailsOfSkill on Skill { slug description aliases provenance { method sourceId } }\n": typeof types.RoleDetailsOfSkillFragmentDoc,
    "\n  query RoleDetailsDirectRole($slug: String!) { role(slug: $slug) { ...RoleDetailsOfRole } }\n": typeof types.RoleDetailsDirectRoleDocument,
    "\n  query RoleDetailsDirectSkill($slug: String!) { skill(slug: $slug) { ...RoleDetailsOfSkill } }\n": typeof types.RoleDetailsDirectSkillDocument,
    "\n  query RoleDetailsNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { ...RoleDetailsOfRole } bridgingSkills { skill { ...RoleDetailsOfSkill } } } }\n  }\n": typeof types.RoleDetailsNextRolesDocument,
    "\n  query RoleDetailsLean($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 2) { role { slug title } bridgingSkills { skill { slug name } } } } }\n": typeof types.RoleDetailsLeanDocument,
    "\n  query RoleDetailsDetailed($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug description } bridgingSkills { skill { slug aliases } } } }\n  }\n": typeof types.RoleDetailsDetailedDocument,
    "\n  query RoleDetailsReachable($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 3) { role { slug } hops } } }\n": typeof types.RoleDetailsReachableDocument,
    "\n  query RoleDetailsCareerPaths($from: String!, $to: String!) { careerPaths(from: $from, to: $to, first: 3) { roles { ...RoleDetailsOfRole } } }\n": typeof types.RoleDetailsCareerPathsDocument,
    "\n  query RoleDetailsRecommended($profile: SkillProfileInput!) {\n    recommendRoles(profile: $profile, first: 5) { role { ...RoleDetailsOfRole } gap { missing { skill { ...RoleDetailsOfSkill } } } }\n  }\n": typeof types.RoleDetailsRecommendedDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": typeof types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": typeof types.SearchRoleFamiliesDocument,
    "\n  query HttpRoleTitle($slug: String) { role(slug: $slug) { title } }\n": typeof types.HttpRoleTitleDocument,
    "\n  query HttpRoleEndToEnd($slug: String) { role(slug: $slug) { slug title salary { medianUsd } provenance { source asOf } } }\n": typeof types.HttpRoleEndToEndDocument,
    "\n  query ApiReplicasRole($slug: String!) { role(slug: $slug) { slug title } }\n": typeof types.ApiReplicasRoleDocument,
    "\n  mutation ApiReplicasUpsert($input: RoleInput!) { upsertRole(input: $input) { slug title } }\n": typeof types.ApiReplicasUpsertDocument,
    "\n  fragment CrosswalkProgressionsStep on ProgressionStep {\n    from { id } to { id } kind typicalYears confidence rationale\n    provenance { source sourceTag sourceId asOf method confidence evidence }\n  }\n": typeof types.CrosswalkProgressionsStepFragmentDoc,
    "\n  fragment CrosswalkProgressionsSkills on Progression { role { id } bridgingSkills { skill { id } weight status } sharedSkills { id } gap }\n": typeof types.CrosswalkProgressionsSkillsFragmentDoc,
    "\n  query CrosswalkProgressionsNextRoles($slug: String!) { role(slug: $slug) { nextRoles { role { id } hops steps { ...CrosswalkProgressionsStep } } } }\n": typeof types.CrosswalkProgressionsNextRolesDocument,
    "\n  query CrosswalkProgressionsSkillsAcross($slug: String!, $onetSlug: String!) {\n    esco: role(slug: $slug) { nextRoles { ...CrosswalkProgressionsSkills } }\n    onet: role(slug: $onetSlug) { nextRoles { ...CrosswalkProgressionsSkills } }\n  }\n": typeof types.CrosswalkProgressionsSkillsAcrossDocument,
    "\n  query CrosswalkProgressionsTwoMoves($slug: String!, $architects: String!, $to: String!) {\n    esco: role(slug: $slug) { nextRoles(maxHops: 2) { role { id } hops steps { ...CrosswalkProgressionsStep } } }\n    architects: role(slug: $architects) { previousRoles { role { id } steps { ...CrosswalkProgressionsStep } } }\n    careerPaths(from: $slug, to: $to) {\n      steps {\n        from { id } to { id } kind typicalYears confidence rationale\n        provenance { source sourceTag sourceId asOf method confidence evidence }\n      }\n    }\n  }\n": typeof types.CrosswalkProgressionsTwoMovesDocument,
    "\n  query CrosswalkProgressionsBySource { graphStats { progressionsBySource { source sourceTag count } } }\n": typeof types.CrosswalkProgressionsBySourceDocument,
    "\n  query OccupationCrosswalkNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles { role { id } sharedSkills { id } steps { provenance { source method evidence } } } }\n  }\n": typeof types.OccupationCrosswalkNextRolesDocument,
    "\n  query OccupationCrosswalkSearch($text: String!) {\n    search(text: $text, first: 20, kinds: [ROLE]) {\n      score matchedOn sources codes\n      role { id title }\n      sameOccupation { id title }\n    }\n  }\n": typeof types.OccupationCrosswalkSearchDocument,
    "\n  query OccupationCrosswalkRecommend($profile: SkillProfileInput!, $target: String!) {\n    recommendRoles(profile: $profile, first: 10, filter: { sources: [CURATED] }) { role { id } coverage }\n    resolved: skillGap(target: $target, profile: $profile) { unresolvedSkills }\n  }\n": typeof types.OccupationCrosswalkRecommendDocument,
    "\n  query OccupationCrosswalkSimilar($slug: String!, $first: Int) {\n    role(slug: $slug) {\n      similarRoles(first: $first) {\n        score comparedSkills acrossSources explanation\n        role { id title }\n        sharedSkills { id }\n        occupationLink { relation matchType confidence evidence via }\n      }\n    }\n  }\n": typeof types.OccupationCrosswalkSimilarDocument,
    "\n  query OnetImportRole($slug: String!) {\n    role(slug: $slug) {\n      title jobZone requiredSkills(first: 100) { skill { name } }\n      nextRoles(maxHops: 1, first: 50) { hops role { provenance { sourceId } } }\n    }\n  }\n": typeof types.OnetImportRoleDocument,
    "\n  query OnetImportSearch($text: String!) { search(text: $text, kinds: [ROLE], first: 5) { role { slug } sameOccupation { slug } } }\n": typeof types.OnetImportSearchDocument,
    "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  ": typeof types.SalaryNoteStepsDocument,
    "\n  mutation SeedReloadUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n": typeof types.SeedReloadUpsertRoleDocument,
    "\n  mutation SeedReloadSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n": typeof types.SeedReloadSetRequirementDocument,
    "\n  mutation SeedReloadRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": typeof types.SeedReloadRemoveRequirementDocument,
    "\n  mutation SeedReloadUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": typeof types.SeedReloadUnlinkDocument,
    "\n  mutation SeedReloadLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale) { kind }\n  }\n": typeof types.SeedReloadLinkDocument,
    "\n  mutation SeedReloadUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n": typeof types.SeedReloadUpsertSkillDocument,
    "\n  mutation SeedReloadResolve($entity: String!, $field: String!, $resolution: SeedConflictResolution!) {\n    resolveSeedConflict(entity: $entity, field: $field, resolution: $resolution) { entity field value seedValue conflictSeedValue editedBy }\n  }\n": typeof types.SeedReloadResolveDocument,
    "\n  query SeedReloadOpenConflicts($first: Int) { curatedEdits(conflictsOnly: true, first: $first) { entity field conflictSeedValue } }\n": typeof types.SeedReloadOpenConflictsDocument,
    "\n  query SeedReloadAudit($filter: CurationAuditFilter, $first: Int) { curationAudit(filter: $filter, first: $first) { nodes { mutation changes { field } } } }\n": typeof types.SeedReloadAuditDocument,
    "\n  query SourcePageRole($slug: String!) {\n  role(slug: $slug) {\n    title summary description experienceLevel progressionSummary\n    provenance { source asOf reference }\n    growth { rating reason }\n    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }\n    typicalDay { order title description }\n    gettingStarted { order title description }\n    faq { order question answer }\n    provenance { method evidence }\n    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }\n    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }\n  }\n}\n": typeof types.SourcePageRoleDocument,
};
const documents: Documents = {
    "\n    query AnalyticsGraphStats { graphStats {\n      roles skills families skillNames learningResources requirements progressions rolesWithoutSkills rolesWithoutProgressions\n      averageSkillsPerRole averageSkillsPerRoleWithSkills\n      rolesBySource { source sourceTag count } skillsBySource { sourceTag count } familiesBySource { sourceTag count }\n      requirementsBySource { sourceTag count } progressionsBySource { sourceTag count }\n      skillsByKind { kind count } progressionsByKind { kind count } relationships { type count }\n      curation { revision lastChangeAt lastChangeBy }\n    } }\n  ": types.AnalyticsGraphStatsDocument,
    "\n    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {\n      roleCentrality(measure: $measure, first: $first, source: $source) { rank role { slug } score inDegree outDegree }\n    }\n  ": types.AnalyticsCentralityDocument,
    "\n    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {\n      bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {\n        skill { id slug } progressions missingInSource totalWeight averageGap\n      }\n    }\n  ": types.AnalyticsBridgeSkillsDocument,
    "\n    query AnalyticsFamilyMobility { familyMobility(first: 100) { from { slug } to { slug } progressions promotions laterals pivots averageTypicalYears } }\n  ": types.AnalyticsFamilyMobilityDocument,
    "\n  query CareerPathsCut($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      steps { from { slug } to { slug } confidence bridgingSkills { skill { id } weight status } salaryChange { percent } }\n      totals { hops typicalYears gap averageSalaryUsd score }\n      scoreBreakdown { name value }\n    }\n  }\n": types.CareerPathsCutDocument,
    "\n  fragment CatalogRoleFields on Role {\n    slug title alternateTitles jobZone experienceLevel growth { rating } family { slug } salary { medianUsd } provenance { source }\n  }\n": types.CatalogRoleFieldsFragmentDoc,
    "\n  query CatalogRoles($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { ...CatalogRoleFields } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      totalCount\n    }\n  }\n": types.CatalogRolesDocument,
    "\n  query CatalogRolePage($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CatalogRolePageDocument,
    "\n  query CatalogRolesCounted($first: Int) { roles(first: $first) { totalCount nodes { slug } } }\n": types.CatalogRolesCountedDocument,
    "\n  query CatalogSkills($filter: SkillFilter, $orderBy: SkillOrder, $first: Int, $after: String) {\n    skills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { id slug name kind category roleCount } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      totalCount\n    }\n  }\n": types.CatalogSkillsDocument,
    "\n    query CatalogSkill($slug: String, $id: ID) { skill(slug: $slug, id: $id) { id slug name aliases } }\n  ": types.CatalogSkillDocument,
    "\n    query CatalogSkillDetail($slug: String!, $first: Int, $min: Float) {\n      skill(slug: $slug) {\n        slug roleCount\n        roles(first: $first, minImportance: $min) { role { slug } importance level essential provenance { source } }\n        relatedSkills(first: 100) { skill { slug } relation weight sharedRoleCount provenance { source } }\n        learningResources { id title kind provider url provenance { source } }\n      }\n    }\n  ": types.CatalogSkillDetailDocument,
    "\n    query CatalogSkillsNested {\n      skills(first: 40, filter: { sources: [CURATED] }, orderBy: { field: ROLE_COUNT }) {\n        nodes { slug roleCount roles(first: 3) { role { slug } importance } relatedSkills(first: 3) { skill { slug } relation weight }\n                learningResources { title kind } }\n      }\n    }\n  ": types.CatalogSkillsNestedDocument,
    "\n  query CreditMemoSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      coverage gap unresolvedSkills\n      missing { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      partial { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      met { skill { slug } status credit { heldSkill { slug } relation hops share creditedLevel } }\n    }\n  }\n": types.CreditMemoSkillGapDocument,
    "\n  query CreditMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } score coverage gap { gap partial { skill { slug } credit { heldSkill { slug } relation } } } }\n  }\n": types.CreditMemoRecommendDocument,
    "\n  query CreditMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n": types.CreditMemoNextRolesDocument,
    "\n  query CreditMemoNextRolesAgain($slug: String!) {\n    again: role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n": types.CreditMemoNextRolesAgainDocument,
    "\n  query CreditMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": types.CreditMemoCareerPathsDocument,
    "\n  mutation CurationUpsertRole($input: RoleInput!) {\n    upsertRole(input: $input) { slug title summary description progressionSummary alternateTitles family { slug }\n      salary { medianUsd } growth { rating reason } provenance { source sourceTag asOf } }\n  }\n": types.CurationUpsertRoleDocument,
    "\n  mutation CurationUpsertSkill($input: SkillInput!) {\n    upsertSkill(input: $input) { slug name kind category aliases provenance { source asOf } }\n  }\n": types.CurationUpsertSkillDocument,
    "\n  mutation CurationSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!, $essential: Boolean) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level, essential: $essential) {\n      skill { slug } importance level importanceRaw levelRaw importanceScale levelScale essential provenance { source asOf method }\n    }\n  }\n": types.CurationSetRequirementDocument,
    "\n  mutation CurationRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": types.CurationRemoveRequirementDocument,
    "\n  mutation CurationLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!, $confidence: Float) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale, confidence: $confidence) {\n      from { slug } to { slug } kind typicalYears rationale confidence provenance { source asOf }\n    }\n  }\n": types.CurationLinkDocument,
    "\n  mutation CurationUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": types.CurationUnlinkDocument,
    "\n  mutation CurationRemoveRole($slug: String!) { removeRole(slug: $slug) }\n": types.CurationRemoveRoleDocument,
    "\n  mutation CurationRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n": types.CurationRemoveSkillDocument,
    "\n  query CurationViewer { viewer { authenticated name role canEdit } }\n": types.CurationViewerDocument,
    "\n  query CurationChiefArchitect { role(slug: \"chief-architect\") { slug } }\n": types.CurationChiefArchitectDocument,
    "\n  query CurationRoleAsCurated($slug: String!) {\n    role(slug: $slug) { slug title summary alternateTitles family { slug } salary { medianUsd } growth { rating reason }\n      progressionSummary provenance { source sourceTag asOf } }\n  }\n": types.CurationRoleAsCuratedDocument,
    "\n  query CurationSkillByName($q: String!) { skill(slug: $q) { slug } }\n": types.CurationSkillByNameDocument,
    "\n  query CurationRoleSlug($slug: String!) { role(slug: $slug) { slug } }\n": types.CurationRoleSlugDocument,
    "\n  query CurationRoleRequirements($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug } importance level } } }\n": types.CurationRoleRequirementsDocument,
    "\n  query CurationSkillById($id: ID!) { skill(id: $id) { slug } }\n": types.CurationSkillByIdDocument,
    "\n  query CurationRevision { graphStats { curation { revision lastChangeBy } } }\n": types.CurationRevisionDocument,
    "\n  query CurationAuditPage($filter: CurationAuditFilter, $first: Int, $after: String) {\n    curationAudit(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { sequence at editor mutation entityType entity changes { field before after } } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.CurationAuditPageDocument,
    "\n  mutation CurationAuditUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n": types.CurationAuditUpsertRoleDocument,
    "\n  mutation CurationAuditUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n": types.CurationAuditUpsertSkillDocument,
    "\n  mutation CurationAuditSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n": types.CurationAuditSetRequirementDocument,
    "\n  mutation CurationAuditRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": types.CurationAuditRemoveRequirementDocument,
    "\n  mutation CurationAuditLink($from: String!, $to: String!) {\n    linkProgression(from: $from, to: $to, kind: PROMOTION, typicalYears: 2, rationale: \"Audit move.\", confidence: 0.5) { kind }\n  }\n": types.CurationAuditLinkDocument,
    "\n  mutation CurationAuditUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": types.CurationAuditUnlinkDocument,
    "\n  mutation CurationAuditRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n": types.CurationAuditRemoveSkillDocument,
    "\n  mutation CurationAuditRemoveRole($slug: String!) { removeRole(slug: $slug) }\n": types.CurationAuditRemoveRoleDocument,
    "\n  mutation CurationAuditUpsertRoleTitle($input: RoleInput!) { upsertRole(input: $input) { title } }\n": types.CurationAuditUpsertRoleTitleDocument,
    "\n  query CurationAuditRole($slug: String!) { role(slug: $slug) { slug } }\n": types.CurationAuditRoleDocument,
    "\n  query FirstStartOccupationSearch($text: String!) {\n    search(text: $text, first: 5, kinds: [ROLE]) { role { id title nextRoles(first: 5) { role { title } } requiredSkills(first: 5) { skill { name } } } }\n  }\n": types.FirstStartOccupationSearchDocument,
    "\n  query FirstStartWarmSearch($text: String!) { search(text: $text, first: 1) { kind } }\n": types.FirstStartWarmSearchDocument,
    "\n  query FirstStartRelevanceSearch($text: String!) { search(text: $text, first: 10) { role { id } skill { id } } }\n": types.FirstStartRelevanceSearchDocument,
    "\n  fragment GapCreditItem on SkillGapItem {\n    skill { slug name } importance requiredLevel currentLevel levelGap weight status\n    credit { heldSkill { slug } relation hops share heldLevel creditedLevel explanation }\n  }\n": types.GapCreditItemFragmentDoc,
    "\n  query GapCreditNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(first: 50) { role { slug } bridgingSkills { ...GapCreditItem } gap } }\n  }\n": types.GapCreditNextRolesDocument,
    "\n  query GapCreditSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { ...GapCreditItem } partial { ...GapCreditItem } met { ...GapCreditItem } unresolvedSkills }\n  }\n": types.GapCreditSkillGapDocument,
    "\n  query GapCreditRecommendWithItems($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } coverage gap { partial { ...GapCreditItem } missing { ...GapCreditItem } } }\n  }\n": types.GapCreditRecommendWithItemsDocument,
    "\n  query GapCreditRecommendGaps($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 5) { role { slug } coverage gap { gap } } }\n": types.GapCreditRecommendGapsDocument,
    "\n  fragment GapsItemFields on SkillGapItem { skill { slug } importance requiredLevel currentLevel levelGap weight essential status }\n": types.GapsItemFieldsFragmentDoc,
    "\n  fragment GapsItem on SkillGapItem { ...GapsItemFields credit { heldSkill { slug } relation hops share heldLevel creditedLevel } }\n": types.GapsItemFragmentDoc,
    "\n  query GapsSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      target { slug requiredSkills(first: 100) { skill { slug } importance level essential } }\n      coverage gap\n      missing { ...GapsItem } partial { ...GapsItem } met { ...GapsItem }\n      effort { estimatedMonths levelsToGain missingCount partialCount metCount essentialMissingCount }\n      learningResources { skill { slug } status weight resources { title kind url } }\n      unresolvedSkills\n    }\n  }\n": types.GapsSkillGapDocument,
    "\n  fragment GapsMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItem } partial { ...GapsItem } } }\n": types.GapsMatchFragmentDoc,
    "\n  fragment GapsLeanMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItemFields } partial { ...GapsItemFields } } }\n": types.GapsLeanMatchFragmentDoc,
    "\n  query GapsRecommend($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsMatch }\n  }\n": types.GapsRecommendDocument,
    "\n  query GapsRecommendLean($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsLeanMatch }\n  }\n": types.GapsRecommendLeanDocument,
    "\n  query GapsRecommendBatch($profiles: [SkillProfileInput!]!, $first: Int, $filter: RecommendFilter) {\n    recommendRolesBatch(profiles: $profiles, first: $first, filter: $filter) { matches { ...GapsLeanMatch } unresolvedSkills }\n  }\n": types.GapsRecommendBatchDocument,
    "\n  query GapsLeverage($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    skillLeverage(profile: $profile, first: $first, filter: $filter) { skill { slug } rolesUnlocked gapClosed score unlocks { slug } }\n  }\n": types.GapsLeverageDocument,
    "\n  query GapsResourceProvenance($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { learningResources { resources { title provenance { source } } } }\n  }\n": types.GapsResourceProvenanceDocument,
    "\n  query GapsGapAlone($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { coverage missing { skill { slug } } learningResources { resources { title } } unresolvedSkills }\n  }\n": types.GapsGapAloneDocument,
    "\n  query GapsRecommendedRoles($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 30) { role { slug family { slug } salary { medianUsd } } } }\n": types.GapsRecommendedRolesDocument,
    "\n  query GapsRecommendRanking($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 30) { role { slug salary { medianUsd } } score coverage gap { gap missingCount partialCount metCount } }\n  }\n": types.GapsRecommendRankingDocument,
    "\n  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }\n": types.GapsRecommendedFamiliesDocument,
    "\n  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }\n": types.GapsRecommendedSalariesDocument,
    "\n  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }\n": types.GapsRequiredSkillsDocument,
    "\n  query GapsOriginLevels { role(slug: \"cloud-architect-ai-ml\") { requiredSkills(first: 100) { skill { slug } level } } }\n": types.GapsOriginLevelsDocument,
    "\n  fragment GapsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n": types.GapsEverySkillFieldFragmentDoc,
    "\n  fragment GapsRichItem on SkillGapItem { skill { ...GapsEverySkillField } levelGap credit { heldSkill { ...GapsEverySkillField } relation } }\n": types.GapsRichItemFragmentDoc,
    "\n  query GapsRich($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      target { slug title description alternateTitles provenance { evidence } }\n      coverage gap missing { ...GapsRichItem } partial { ...GapsRichItem } met { ...GapsRichItem }\n      learningResources { skill { ...GapsEverySkillField } resources { title } }\n    }\n  }\n": types.GapsRichDocument,
    "\n  query GapsLean($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { skill { slug } levelGap } partial { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n  }\n": types.GapsLeanDocument,
    "\n  query GapsDirectSkill($slug: String!) { skill(slug: $slug) { ...GapsEverySkillField } }\n": types.GapsDirectSkillDocument,
    "\n  query GapsDirectRole($slug: String!) { role(slug: $slug) { slug title description alternateTitles provenance { evidence } } }\n": types.GapsDirectRoleDocument,
    "\n  query GraphScienceClusters($basis: ClusterBasis, $source: Source, $first: Int, $rolesPerCluster: Int) {\n    careerClusters(basis: $basis, source: $source, first: $first, rolesPerCluster: $rolesPerCluster) {\n      rank size roles { slug } families { family { slug } roles }\n    }\n  }\n": types.GraphScienceClustersDocument,
    "\n  query GraphScienceCentrality($measure: CentralityMeasure, $engine: AnalyticsEngine, $source: Source) {\n    roleCentrality(measure: $measure, engine: $engine, source: $source, first: 100) { rank role { slug } score inDegree outDegree }\n  }\n": types.GraphScienceCentralityDocument,
    "\n  query GraphScienceMissingStats($first: Int) { graphStats { roles } roleCentrality(first: $first) { rank } }\n": types.GraphScienceMissingStatsDocument,
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
    "\n  query LookaheadRoleWithProgressions($slug: String!) {\n    role(slug: $slug) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n": types.LookaheadRoleWithProgressionsDocument,
    "\n  query LookaheadRoleWithProgressionsById($id: ID!) {\n    role(id: $id) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n": types.LookaheadRoleWithProgressionsByIdDocument,
    "\n  query LookaheadRoleWithSalaryAndProgressions($slug: String!) {\n    role(slug: $slug) { slug experienceLevel nextRoles(maxHops: 1) { role { slug } } }\n  }\n": types.LookaheadRoleWithSalaryAndProgressionsDocument,
    "\n  query LookaheadEntryRoles($first: Int) { roles(first: $first) { edges { node { id slug previousRoles(first: 1) { hops } } } } }\n": types.LookaheadEntryRolesDocument,
    "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n": types.LookaheadNextRolesWithinDocument,
    "\n  fragment LookaheadEveryRequirementField on Role {\n    requiredSkills {\n      importance level importanceRaw levelRaw importanceScale levelScale essential\n      provenance { source sourceTag sourceId asOf reference method confidence evidence }\n      skill { id slug name kind category description aliases provenance { source sourceId asOf method } }\n    }\n    top: requiredSkills(minImportance: 0.7, first: 3) { importance skill { slug } }\n    none: requiredSkills(first: 0) { importance }\n  }\n": types.LookaheadEveryRequirementFieldFragmentDoc,
    "\n  query LookaheadEveryRequirementField($slug: String!) {\n    role(slug: $slug) { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField }\n  }\n": types.LookaheadEveryRequirementFieldDocument,
    "\n  query LookaheadEveryRequirementFieldListed($first: Int) {\n    roles(first: $first) {\n      edges { node { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField } }\n    }\n  }\n": types.LookaheadEveryRequirementFieldListedDocument,
    "\n  query LookaheadTopSkills($slug: String!, $minImportance: Float!, $first: Int!) {\n    role(slug: $slug) { title requiredSkills(minImportance: $minImportance, first: $first) { importance skill { slug } } }\n  }\n": types.LookaheadTopSkillsDocument,
    "\n  query LookaheadTopSkillsListed($first: Int, $minImportance: Float!, $top: Int!) {\n    roles(first: $first) { edges { node { slug title requiredSkills(minImportance: $minImportance, first: $top) { importance skill { slug } } } } }\n  }\n": types.LookaheadTopSkillsListedDocument,
    "\n  query MemoWarmingCareerPaths($from: String!, $to: String!) {\n    careerPaths(from: $from, to: $to, first: 5) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": types.MemoWarmingCareerPathsDocument,
    "\n  fragment PathsRequirement on SkillRequirement { skill { id } importance level }\n": types.PathsRequirementFragmentDoc,
    "\n  fragment PathsGapItem on SkillGapItem {\n    skill { id name } importance requiredLevel currentLevel levelGap weight essential status\n    credit { heldSkill { id } relation hops share heldLevel creditedLevel }\n  }\n": types.PathsGapItemFragmentDoc,
    "\n  fragment PathsStep on ProgressionStep { from { slug } to { slug } kind typicalYears confidence provenance { source } }\n": types.PathsStepFragmentDoc,
    "\n  fragment PathsProgression on Progression {\n    role { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n    hops path { slug } steps { ...PathsStep }\n    bridgingSkills { ...PathsGapItem } sharedSkills { id }\n    salaryChange { absoluteUsd percent } typicalYears gap score scoreBreakdown { name value weight contribution }\n  }\n": types.PathsProgressionFragmentDoc,
    "\n    query PathsNextRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: nextRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  ": types.PathsNextRolesDocument,
    "\n    query PathsPreviousRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: previousRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  ": types.PathsPreviousRolesDocument,
    "\n  query PathsConfidentRoutes($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2, first: 100) {\n        hops steps { confidence }\n        role { slug nextRoles(maxHops: 1, first: 100) { role { slug } steps { confidence } } }\n      }\n    }\n  }\n": types.PathsConfidentRoutesDocument,
    "\n  fragment PathsDefaultsFields on Progression { role { slug } hops score }\n": types.PathsDefaultsFieldsFragmentDoc,
    "\n  query PathsDefaultsOmitted($slug: String!) {\n    role(slug: $slug) { nextRoles { ...PathsDefaultsFields } far: nextRoles(maxHops: 4) { ...PathsDefaultsFields } }\n  }\n": types.PathsDefaultsOmittedDocument,
    "\n  query PathsDefaultsNull($slug: String!, $first: Int, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(first: $first, maxHops: $maxHops) { ...PathsDefaultsFields }\n      far: nextRoles(maxHops: 4, first: null) { ...PathsDefaultsFields }\n    }\n  }\n": types.PathsDefaultsNullDocument,
    "\n  query PathsDefaultsTwenty($slug: String!) { role(slug: $slug) { far: nextRoles(maxHops: 4, first: 20) { ...PathsDefaultsFields } } }\n": types.PathsDefaultsTwentyDocument,
    "\n  query PathsStatementsByHops($slug: String!, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(maxHops: $maxHops) { role { slug } path { slug } steps { kind } bridgingSkills { skill { name } } sharedSkills { name } score }\n    }\n  }\n": types.PathsStatementsByHopsDocument,
    "\n  query PathsNestedLevels($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug nextRoles { role { slug } } similarRoles(first: 3) { role { slug } } } } }\n  }\n": types.PathsNestedLevelsDocument,
    "\n  query PathsRoleOnly($slug: String!) { role(slug: $slug) { slug } }\n": types.PathsRoleOnlyDocument,
    "\n  fragment PathsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n": types.PathsEverySkillFieldFragmentDoc,
    "\n  query PathsNextRolesLean($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug } bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } } } score } }\n  }\n": types.PathsNextRolesLeanDocument,
    "\n  query PathsNextRolesRich($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) {\n        role { slug }\n        bridgingSkills { skill { ...PathsEverySkillField } levelGap credit { heldSkill { ...PathsEverySkillField } } }\n        sharedSkills { ...PathsEverySkillField }\n        steps { from { slug } to { slug } kind typicalYears confidence rationale salaryNote provenance { source sourceId asOf reference method evidence } }\n        score\n      }\n    }\n  }\n": types.PathsNextRolesRichDocument,
    "\n  query PathsDirectSkill($slug: String!) { skill(slug: $slug) { ...PathsEverySkillField } }\n": types.PathsDirectSkillDocument,
    "\n    query PathsSimilar($slug: String!, $first: Int) {\n      role(slug: $slug) {\n        slug requiredSkills(first: 100) { ...PathsRequirement }\n        similarRoles(first: $first) { role { slug requiredSkills(first: 100) { ...PathsRequirement } } score sharedSkills { id } missingSkills { id } }\n      }\n    }\n  ": types.PathsSimilarDocument,
    "\n    query PathsRoleRequirements($slug: String!) { role(slug: $slug) { slug requiredSkills(first: 100) { ...PathsRequirement } } }\n  ": types.PathsRoleRequirementsDocument,
    "\n    query PathsCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n      careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n        rank\n        roles { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n        steps {\n          from { slug } to { slug } kind typicalYears confidence provenance { source }\n          rationale bridgingSkills { ...PathsGapItem } salaryChange { absoluteUsd percent }\n        }\n        totals { hops typicalYears gap salaryChange { absoluteUsd percent } averageSalaryUsd score }\n        scoreBreakdown { name value weight contribution }\n      }\n    }\n  ": types.PathsCareerPathsDocument,
    "\n    query PathsCareerPathsLean($from: String!, $to: String!) {\n      careerPaths(from: $from, to: $to, first: 20) { roles { slug } steps { kind bridgingSkills { skill { name } } } totals { gap } }\n    }\n  ": types.PathsCareerPathsLeanDocument,
    "\n  query PathsWithoutSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n    }\n  }\n": types.PathsWithoutSkillsDocument,
    "\n  query PathsWithSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n      steps { bridgingSkills { skill { slug } levelGap } }\n    }\n  }\n": types.PathsWithSkillsDocument,
    "\n  query NextRolesWithoutSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score } }\n  }\n": types.NextRolesWithoutSkillsDocument,
    "\n  query NextRolesWithSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score sharedSkills { slug } bridgingSkills { skill { slug } } } }\n  }\n": types.NextRolesWithSkillsDocument,
    "\n  query RequestLimitsFanOut($n: Int) { roles(first: $n) { nodes { requiredSkills(first: $n) { skill { roles(first: $n) { role { title } } } } } } }\n": types.RequestLimitsFanOutDocument,
    "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n": types.RequirementSkillDetailsDocument,
    "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n": types.RequirementSkillNamesDocument,
    "\n  query ListedRequirementSkillDetails($first: Int) {\n    roles(first: $first) { edges { node { slug requiredSkills { skill { slug name description aliases provenance { method sourceId } } } } } }\n  }\n": types.ListedRequirementSkillDetailsDocument,
    "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n": types.DirectSkillDetailsDocument,
    "\n  query RequirementMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status } }\n    }\n  }\n": types.RequirementMemoNextRolesDocument,
    "\n  query RequirementMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n": types.RequirementMemoCareerPathsDocument,
    "\n  query RequirementMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) {\n      role { slug } score coverage\n      gap { gap missingCount partialCount metCount missing { skill { slug } levelGap credit { heldSkill { slug } relation } } partial { skill { slug } levelGap } }\n    }\n  }\n": types.RequirementMemoRecommendDocument,
    "\n  query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      coverage gap unresolvedSkills target { slug title }\n      missing { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      partial { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      met { skill { id slug } status }\n    }\n  }\n": types.MemoSkillGapDocument,
    "\n  query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { gap missing { skill { slug kind } levelGap } partial { skill { slug kind } levelGap } }\n  }\n": types.MemoSkillGapKindsDocument,
    "\n  query MemoRoleLookup($slug: String!) {\n    role(slug: $slug) {\n      slug title\n      requiredSkills { skill { slug name } importance level }\n      top: requiredSkills(minImportance: 0.5, first: 3) { skill { id } importance }\n    }\n  }\n": types.MemoRoleLookupDocument,
    "\n  query MemoRoleLookupEssential($slug: String!) {\n    role(slug: $slug) { slug requiredSkills { skill { slug } importance essential } }\n  }\n": types.MemoRoleLookupEssentialDocument,
    "\n  fragment RoleDetailsOfRole on Role {\n    slug summary description progressionSummary alternateTitles growth { rating reason } provenance { evidence sourceId method }\n  }\n": types.RoleDetailsOfRoleFragmentDoc,
    "\n  fragment RoleDetailsOfSkill on Skill { slug description aliases provenance { method sourceId } }\n": types.RoleDetailsOfSkillFragmentDoc,
    "\n  query RoleDetailsDirectRole($slug: String!) { role(slug: $slug) { ...RoleDetailsOfRole } }\n": types.RoleDetailsDirectRoleDocument,
    "\n  query RoleDetailsDirectSkill($slug: String!) { skill(slug: $slug) { ...RoleDetailsOfSkill } }\n": types.RoleDetailsDirectSkillDocument,
    "\n  query RoleDetailsNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { ...RoleDetailsOfRole } bridgingSkills { skill { ...RoleDetailsOfSkill } } } }\n  }\n": types.RoleDetailsNextRolesDocument,
    "\n  query RoleDetailsLean($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 2) { role { slug title } bridgingSkills { skill { slug name } } } } }\n": types.RoleDetailsLeanDocument,
    "\n  query RoleDetailsDetailed($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug description } bridgingSkills { skill { slug aliases } } } }\n  }\n": types.RoleDetailsDetailedDocument,
    "\n  query RoleDetailsReachable($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 3) { role { slug } hops } } }\n": types.RoleDetailsReachableDocument,
    "\n  query RoleDetailsCareerPaths($from: String!, $to: String!) { careerPaths(from: $from, to: $to, first: 3) { roles { ...RoleDetailsOfRole } } }\n": types.RoleDetailsCareerPathsDocument,
    "\n  query RoleDetailsRecommended($profile: SkillProfileInput!) {\n    recommendRoles(profile: $profile, first: 5) { role { ...RoleDetailsOfRole } gap { missing { skill { ...RoleDetailsOfSkill } } } }\n  }\n": types.RoleDetailsRecommendedDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": types.SearchRoleFamiliesDocument,
    "\n  query HttpRoleTitle($slug: String) { role(slug: $slug) { title } }\n": types.HttpRoleTitleDocument,
    "\n  query HttpRoleEndToEnd($slug: String) { role(slug: $slug) { slug title salary { medianUsd } provenance { source asOf } } }\n": types.HttpRoleEndToEndDocument,
    "\n  query ApiReplicasRole($slug: String!) { role(slug: $slug) { slug title } }\n": types.ApiReplicasRoleDocument,
    "\n  mutation ApiReplicasUpsert($input: RoleInput!) { upsertRole(input: $input) { slug title } }\n": types.ApiReplicasUpsertDocument,
    "\n  fragment CrosswalkProgressionsStep on ProgressionStep {\n    from { id } to { id } kind typicalYears confidence rationale\n    provenance { source sourceTag sourceId asOf method confidence evidence }\n  }\n": types.CrosswalkProgressionsStepFragmentDoc,
    "\n  fragment CrosswalkProgressionsSkills on Progression { role { id } bridgingSkills { skill { id } weight status } sharedSkills { id } gap }\n": types.CrosswalkProgressionsSkillsFragmentDoc,
    "\n  query CrosswalkProgressionsNextRoles($slug: String!) { role(slug: $slug) { nextRoles { role { id } hops steps { ...CrosswalkProgressionsStep } } } }\n": types.CrosswalkProgressionsNextRolesDocument,
    "\n  query CrosswalkProgressionsSkillsAcross($slug: String!, $onetSlug: String!) {\n    esco: role(slug: $slug) { nextRoles { ...CrosswalkProgressionsSkills } }\n    onet: role(slug: $onetSlug) { nextRoles { ...CrosswalkProgressionsSkills } }\n  }\n": types.CrosswalkProgressionsSkillsAcrossDocument,
    "\n  query CrosswalkProgressionsTwoMoves($slug: String!, $architects: String!, $to: String!) {\n    esco: role(slug: $slug) { nextRoles(maxHops: 2) { role { id } hops steps { ...CrosswalkProgressionsStep } } }\n    architects: role(slug: $architects) { previousRoles { role { id } steps { ...CrosswalkProgressionsStep } } }\n    careerPaths(from: $slug, to: $to) {\n      steps {\n        from { id } to { id } kind typicalYears confidence rationale\n        provenance { source sourceTag sourceId asOf method confidence evidence }\n      }\n    }\n  }\n": types.CrosswalkProgressionsTwoMovesDocument,
    "\n  query CrosswalkProgressionsBySource { graphStats { progressionsBySource { source sourceTag count } } }\n": types.CrosswalkProgressionsBySourceDocument,
    "\n  query OccupationCrosswalkNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles { role { id } sharedSkills { id } steps { provenance { source method evidence } } } }\n  }\n": types.OccupationCrosswalkNextRolesDocument,
    "\n  query OccupationCrosswalkSearch($text: String!) {\n    search(text: $text, first: 20, kinds: [ROLE]) {\n      score matchedOn sources codes\n      role { id title }\n      sameOccupation { id title }\n    }\n  }\n": types.OccupationCrosswalkSearchDocument,
    "\n  query OccupationCrosswalkRecommend($profile: SkillProfileInput!, $target: String!) {\n    recommendRoles(profile: $profile, first: 10, filter: { sources: [CURATED] }) { role { id } coverage }\n    resolved: skillGap(target: $target, profile: $profile) { unresolvedSkills }\n  }\n": types.OccupationCrosswalkRecommendDocument,
    "\n  query OccupationCrosswalkSimilar($slug: String!, $first: Int) {\n    role(slug: $slug) {\n      similarRoles(first: $first) {\n        score comparedSkills acrossSources explanation\n        role { id title }\n        sharedSkills { id }\n        occupationLink { relation matchType confidence evidence via }\n      }\n    }\n  }\n": types.OccupationCrosswalkSimilarDocument,
    "\n  query OnetImportRole($slug: String!) {\n    role(slug: $slug) {\n      title jobZone requiredSkills(first: 100) { skill { name } }\n      nextRoles(maxHops: 1, first: 50) { hops role { provenance { sourceId } } }\n    }\n  }\n": types.OnetImportRoleDocument,
    "\n  query OnetImportSearch($text: String!) { search(text: $text, kinds: [ROLE], first: 5) { role { slug } sameOccupation { slug } } }\n": types.OnetImportSearchDocument,
    "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  ": types.SalaryNoteStepsDocument,
    "\n  mutation SeedReloadUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n": types.SeedReloadUpsertRoleDocument,
    "\n  mutation SeedReloadSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n": types.SeedReloadSetRequirementDocument,
    "\n  mutation SeedReloadRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n": types.SeedReloadRemoveRequirementDocument,
    "\n  mutation SeedReloadUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n": types.SeedReloadUnlinkDocument,
    "\n  mutation SeedReloadLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale) { kind }\n  }\n": types.SeedReloadLinkDocument,
    "\n  mutation SeedReloadUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n": types.SeedReloadUpsertSkillDocument,
    "\n  mutation SeedReloadResolve($entity: String!, $field: String!, $resolution: SeedConflictResolution!) {\n    resolveSeedConflict(entity: $entity, field: $field, resolution: $resolution) { entity field value seedValue conflictSeedValue editedBy }\n  }\n": types.SeedReloadResolveDocument,
    "\n  query SeedReloadOpenConflicts($first: Int) { curatedEdits(conflictsOnly: true, first: $first) { entity field conflictSeedValue } }\n": types.SeedReloadOpenConflictsDocument,
    "\n  query SeedReloadAudit($filter: CurationAuditFilter, $first: Int) { curationAudit(filter: $filter, first: $first) { nodes { mutation changes { field } } } }\n": types.SeedReloadAuditDocument,
    "\n  query SourcePageRole($slug: String!) {\n  role(slug: $slug) {\n    title summary description experienceLevel progressionSummary\n    provenance { source asOf reference }\n    growth { rating reason }\n    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }\n    typicalDay { order title description }\n    gettingStarted { order title description }\n    faq { order question answer }\n    provenance { method evidence }\n    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }\n    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }\n  }\n}\n": types.SourcePageRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AnalyticsGraphStats { graphStats {\n      roles skills families skillNames learningResources requirements progressions rolesWithoutSkills rolesWithoutProgressions\n      averageSkillsPerRole averageSkillsPerRoleWithSkills\n      rolesBySource { source sourceTag count } skillsBySource { sourceTag count } familiesBySource { sourceTag count }\n      requirementsBySource { sourceTag count } progressionsBySource { sourceTag count }\n      skillsByKind { kind count } progressionsByKind { kind count } relationships { type count }\n      curation { revision lastChangeAt lastChangeBy }\n    } }\n  "): typeof import('./graphql.js').AnalyticsGraphStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {\n      roleCentrality(measure: $measure, first: $first, source: $source) { rank role { slug } score inDegree outDegree }\n    }\n  "): typeof import('./graphql.js').AnalyticsCentralityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {\n      bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {\n        skill { id slug } progressions missingInSource totalWeight averageGap\n      }\n    }\n  "): typeof import('./graphql.js').AnalyticsBridgeSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AnalyticsFamilyMobility { familyMobility(first: 100) { from { slug } to { slug } progressions promotions laterals pivots averageTypicalYears } }\n  "): typeof import('./graphql.js').AnalyticsFamilyMobilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareerPathsCut($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      steps { from { slug } to { slug } confidence bridgingSkills { skill { id } weight status } salaryChange { percent } }\n      totals { hops typicalYears gap averageSalaryUsd score }\n      scoreBreakdown { name value }\n    }\n  }\n"): typeof import('./graphql.js').CareerPathsCutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogRoleFields on Role {\n    slug title alternateTitles jobZone experienceLevel growth { rating } family { slug } salary { medianUsd } provenance { source }\n  }\n"): typeof import('./graphql.js').CatalogRoleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogRoles($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { ...CatalogRoleFields } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').CatalogRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogRolePage($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {\n    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').CatalogRolePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogRolesCounted($first: Int) { roles(first: $first) { totalCount nodes { slug } } }\n"): typeof import('./graphql.js').CatalogRolesCountedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogSkills($filter: SkillFilter, $orderBy: SkillOrder, $first: Int, $after: String) {\n    skills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { id slug name kind category roleCount } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').CatalogSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CatalogSkill($slug: String, $id: ID) { skill(slug: $slug, id: $id) { id slug name aliases } }\n  "): typeof import('./graphql.js').CatalogSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CatalogSkillDetail($slug: String!, $first: Int, $min: Float) {\n      skill(slug: $slug) {\n        slug roleCount\n        roles(first: $first, minImportance: $min) { role { slug } importance level essential provenance { source } }\n        relatedSkills(first: 100) { skill { slug } relation weight sharedRoleCount provenance { source } }\n        learningResources { id title kind provider url provenance { source } }\n      }\n    }\n  "): typeof import('./graphql.js').CatalogSkillDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CatalogSkillsNested {\n      skills(first: 40, filter: { sources: [CURATED] }, orderBy: { field: ROLE_COUNT }) {\n        nodes { slug roleCount roles(first: 3) { role { slug } importance } relatedSkills(first: 3) { skill { slug } relation weight }\n                learningResources { title kind } }\n      }\n    }\n  "): typeof import('./graphql.js').CatalogSkillsNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditMemoSkillGap($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      coverage gap unresolvedSkills\n      missing { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      partial { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }\n      met { skill { slug } status credit { heldSkill { slug } relation hops share creditedLevel } }\n    }\n  }\n"): typeof import('./graphql.js').CreditMemoSkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) { role { slug } score coverage gap { gap partial { skill { slug } credit { heldSkill { slug } relation } } } }\n  }\n"): typeof import('./graphql.js').CreditMemoRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n"): typeof import('./graphql.js').CreditMemoNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditMemoNextRolesAgain($slug: String!) {\n    again: role(slug: $slug) {\n      requiredSkills { skill { slug } }\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }\n    }\n  }\n"): typeof import('./graphql.js').CreditMemoNextRolesAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n"): typeof import('./graphql.js').CreditMemoCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationUpsertRole($input: RoleInput!) {\n    upsertRole(input: $input) { slug title summary description progressionSummary alternateTitles family { slug }\n      salary { medianUsd } growth { rating reason } provenance { source sourceTag asOf } }\n  }\n"): typeof import('./graphql.js').CurationUpsertRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationUpsertSkill($input: SkillInput!) {\n    upsertSkill(input: $input) { slug name kind category aliases provenance { source asOf } }\n  }\n"): typeof import('./graphql.js').CurationUpsertSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!, $essential: Boolean) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level, essential: $essential) {\n      skill { slug } importance level importanceRaw levelRaw importanceScale levelScale essential provenance { source asOf method }\n    }\n  }\n"): typeof import('./graphql.js').CurationSetRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n"): typeof import('./graphql.js').CurationRemoveRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!, $confidence: Float) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale, confidence: $confidence) {\n      from { slug } to { slug } kind typicalYears rationale confidence provenance { source asOf }\n    }\n  }\n"): typeof import('./graphql.js').CurationLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n"): typeof import('./graphql.js').CurationUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationRemoveRole($slug: String!) { removeRole(slug: $slug) }\n"): typeof import('./graphql.js').CurationRemoveRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n"): typeof import('./graphql.js').CurationRemoveSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationViewer { viewer { authenticated name role canEdit } }\n"): typeof import('./graphql.js').CurationViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationChiefArchitect { role(slug: \"chief-architect\") { slug } }\n"): typeof import('./graphql.js').CurationChiefArchitectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRoleAsCurated($slug: String!) {\n    role(slug: $slug) { slug title summary alternateTitles family { slug } salary { medianUsd } growth { rating reason }\n      progressionSummary provenance { source sourceTag asOf } }\n  }\n"): typeof import('./graphql.js').CurationRoleAsCuratedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationSkillByName($q: String!) { skill(slug: $q) { slug } }\n"): typeof import('./graphql.js').CurationSkillByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRoleSlug($slug: String!) { role(slug: $slug) { slug } }\n"): typeof import('./graphql.js').CurationRoleSlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRoleRequirements($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug } importance level } } }\n"): typeof import('./graphql.js').CurationRoleRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationSkillById($id: ID!) { skill(id: $id) { slug } }\n"): typeof import('./graphql.js').CurationSkillByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRevision { graphStats { curation { revision lastChangeBy } } }\n"): typeof import('./graphql.js').CurationRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationAuditPage($filter: CurationAuditFilter, $first: Int, $after: String) {\n    curationAudit(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { sequence at editor mutation entityType entity changes { field before after } } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').CurationAuditPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n"): typeof import('./graphql.js').CurationAuditUpsertRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n"): typeof import('./graphql.js').CurationAuditUpsertSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n"): typeof import('./graphql.js').CurationAuditSetRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n"): typeof import('./graphql.js').CurationAuditRemoveRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditLink($from: String!, $to: String!) {\n    linkProgression(from: $from, to: $to, kind: PROMOTION, typicalYears: 2, rationale: \"Audit move.\", confidence: 0.5) { kind }\n  }\n"): typeof import('./graphql.js').CurationAuditLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n"): typeof import('./graphql.js').CurationAuditUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditRemoveSkill($slug: String!) { removeSkill(slug: $slug) }\n"): typeof import('./graphql.js').CurationAuditRemoveSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditRemoveRole($slug: String!) { removeRole(slug: $slug) }\n"): typeof import('./graphql.js').CurationAuditRemoveRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationAuditUpsertRoleTitle($input: RoleInput!) { upsertRole(input: $input) { title } }\n"): typeof import('./graphql.js').CurationAuditUpsertRoleTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationAuditRole($slug: String!) { role(slug: $slug) { slug } }\n"): typeof import('./graphql.js').CurationAuditRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstStartOccupationSearch($text: String!) {\n    search(text: $text, first: 5, kinds: [ROLE]) { role { id title nextRoles(first: 5) { role { title } } requiredSkills(first: 5) { skill { name } } } }\n  }\n"): typeof import('./graphql.js').FirstStartOccupationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstStartWarmSearch($text: String!) { search(text: $text, first: 1) { kind } }\n"): typeof import('./graphql.js').FirstStartWarmSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstStartRelevanceSearch($text: String!) { search(text: $text, first: 10) { role { id } skill { id } } }\n"): typeof import('./graphql.js').FirstStartRelevanceSearchDocument;
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
export function graphql(source: "\n  fragment GapsItemFields on SkillGapItem { skill { slug } importance requiredLevel currentLevel levelGap weight essential status }\n"): typeof import('./graphql.js').GapsItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapsItem on SkillGapItem { ...GapsItemFields credit { heldSkill { slug } relation hops share heldLevel creditedLevel } }\n"): typeof import('./graphql.js').GapsItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      target { slug requiredSkills(first: 100) { skill { slug } importance level essential } }\n      coverage gap\n      missing { ...GapsItem } partial { ...GapsItem } met { ...GapsItem }\n      effort { estimatedMonths levelsToGain missingCount partialCount metCount essentialMissingCount }\n      learningResources { skill { slug } status weight resources { title kind url } }\n      unresolvedSkills\n    }\n  }\n"): typeof import('./graphql.js').GapsSkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapsMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItem } partial { ...GapsItem } } }\n"): typeof import('./graphql.js').GapsMatchFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapsLeanMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItemFields } partial { ...GapsItemFields } } }\n"): typeof import('./graphql.js').GapsLeanMatchFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommend($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsMatch }\n  }\n"): typeof import('./graphql.js').GapsRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendLean($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsLeanMatch }\n  }\n"): typeof import('./graphql.js').GapsRecommendLeanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendBatch($profiles: [SkillProfileInput!]!, $first: Int, $filter: RecommendFilter) {\n    recommendRolesBatch(profiles: $profiles, first: $first, filter: $filter) { matches { ...GapsLeanMatch } unresolvedSkills }\n  }\n"): typeof import('./graphql.js').GapsRecommendBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsLeverage($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {\n    skillLeverage(profile: $profile, first: $first, filter: $filter) { skill { slug } rolesUnlocked gapClosed score unlocks { slug } }\n  }\n"): typeof import('./graphql.js').GapsLeverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsResourceProvenance($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { learningResources { resources { title provenance { source } } } }\n  }\n"): typeof import('./graphql.js').GapsResourceProvenanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsGapAlone($p: SkillProfileInput) {\n    skillGap(target: \"cloud-architect-ai-ml\", profile: $p) { coverage missing { skill { slug } } learningResources { resources { title } } unresolvedSkills }\n  }\n"): typeof import('./graphql.js').GapsGapAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendedRoles($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 30) { role { slug family { slug } salary { medianUsd } } } }\n"): typeof import('./graphql.js').GapsRecommendedRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendRanking($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 30) { role { slug salary { medianUsd } } score coverage gap { gap missingCount partialCount metCount } }\n  }\n"): typeof import('./graphql.js').GapsRecommendRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }\n"): typeof import('./graphql.js').GapsRecommendedFamiliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }\n"): typeof import('./graphql.js').GapsRecommendedSalariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }\n"): typeof import('./graphql.js').GapsRequiredSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsOriginLevels { role(slug: \"cloud-architect-ai-ml\") { requiredSkills(first: 100) { skill { slug } level } } }\n"): typeof import('./graphql.js').GapsOriginLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n"): typeof import('./graphql.js').GapsEverySkillFieldFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapsRichItem on SkillGapItem { skill { ...GapsEverySkillField } levelGap credit { heldSkill { ...GapsEverySkillField } relation } }\n"): typeof import('./graphql.js').GapsRichItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsRich($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) {\n      target { slug title description alternateTitles provenance { evidence } }\n      coverage gap missing { ...GapsRichItem } partial { ...GapsRichItem } met { ...GapsRichItem }\n      learningResources { skill { ...GapsEverySkillField } resources { title } }\n    }\n  }\n"): typeof import('./graphql.js').GapsRichDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsLean($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { coverage gap missing { skill { slug } levelGap } partial { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n  }\n"): typeof import('./graphql.js').GapsLeanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsDirectSkill($slug: String!) { skill(slug: $slug) { ...GapsEverySkillField } }\n"): typeof import('./graphql.js').GapsDirectSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsDirectRole($slug: String!) { role(slug: $slug) { slug title description alternateTitles provenance { evidence } } }\n"): typeof import('./graphql.js').GapsDirectRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphScienceClusters($basis: ClusterBasis, $source: Source, $first: Int, $rolesPerCluster: Int) {\n    careerClusters(basis: $basis, source: $source, first: $first, rolesPerCluster: $rolesPerCluster) {\n      rank size roles { slug } families { family { slug } roles }\n    }\n  }\n"): typeof import('./graphql.js').GraphScienceClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphScienceCentrality($measure: CentralityMeasure, $engine: AnalyticsEngine, $source: Source) {\n    roleCentrality(measure: $measure, engine: $engine, source: $source, first: 100) { rank role { slug } score inDegree outDegree }\n  }\n"): typeof import('./graphql.js').GraphScienceCentralityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphScienceMissingStats($first: Int) { graphStats { roles } roleCentrality(first: $first) { rank } }\n"): typeof import('./graphql.js').GraphScienceMissingStatsDocument;
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
export function graphql(source: "\n  query LookaheadRoleWithProgressions($slug: String!) {\n    role(slug: $slug) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n"): typeof import('./graphql.js').LookaheadRoleWithProgressionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRoleWithProgressionsById($id: ID!) {\n    role(id: $id) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }\n  }\n"): typeof import('./graphql.js').LookaheadRoleWithProgressionsByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadRoleWithSalaryAndProgressions($slug: String!) {\n    role(slug: $slug) { slug experienceLevel nextRoles(maxHops: 1) { role { slug } } }\n  }\n"): typeof import('./graphql.js').LookaheadRoleWithSalaryAndProgressionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadEntryRoles($first: Int) { roles(first: $first) { edges { node { id slug previousRoles(first: 1) { hops } } } } }\n"): typeof import('./graphql.js').LookaheadEntryRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }\n"): typeof import('./graphql.js').LookaheadNextRolesWithinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookaheadEveryRequirementField on Role {\n    requiredSkills {\n      importance level importanceRaw levelRaw importanceScale levelScale essential\n      provenance { source sourceTag sourceId asOf reference method confidence evidence }\n      skill { id slug name kind category description aliases provenance { source sourceId asOf method } }\n    }\n    top: requiredSkills(minImportance: 0.7, first: 3) { importance skill { slug } }\n    none: requiredSkills(first: 0) { importance }\n  }\n"): typeof import('./graphql.js').LookaheadEveryRequirementFieldFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadEveryRequirementField($slug: String!) {\n    role(slug: $slug) { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField }\n  }\n"): typeof import('./graphql.js').LookaheadEveryRequirementFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadEveryRequirementFieldListed($first: Int) {\n    roles(first: $first) {\n      edges { node { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField } }\n    }\n  }\n"): typeof import('./graphql.js').LookaheadEveryRequirementFieldListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadTopSkills($slug: String!, $minImportance: Float!, $first: Int!) {\n    role(slug: $slug) { title requiredSkills(minImportance: $minImportance, first: $first) { importance skill { slug } } }\n  }\n"): typeof import('./graphql.js').LookaheadTopSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookaheadTopSkillsListed($first: Int, $minImportance: Float!, $top: Int!) {\n    roles(first: $first) { edges { node { slug title requiredSkills(minImportance: $minImportance, first: $top) { importance skill { slug } } } } }\n  }\n"): typeof import('./graphql.js').LookaheadTopSkillsListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemoWarmingCareerPaths($from: String!, $to: String!) {\n    careerPaths(from: $from, to: $to, first: 5) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n"): typeof import('./graphql.js').MemoWarmingCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsRequirement on SkillRequirement { skill { id } importance level }\n"): typeof import('./graphql.js').PathsRequirementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsGapItem on SkillGapItem {\n    skill { id name } importance requiredLevel currentLevel levelGap weight essential status\n    credit { heldSkill { id } relation hops share heldLevel creditedLevel }\n  }\n"): typeof import('./graphql.js').PathsGapItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsStep on ProgressionStep { from { slug } to { slug } kind typicalYears confidence provenance { source } }\n"): typeof import('./graphql.js').PathsStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsProgression on Progression {\n    role { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n    hops path { slug } steps { ...PathsStep }\n    bridgingSkills { ...PathsGapItem } sharedSkills { id }\n    salaryChange { absoluteUsd percent } typicalYears gap score scoreBreakdown { name value weight contribution }\n  }\n"): typeof import('./graphql.js').PathsProgressionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsNextRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: nextRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  "): typeof import('./graphql.js').PathsNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsPreviousRoles($slug: String!, $maxHops: Int, $first: Int, $kinds: [ProgressionKind!]) {\n      role(slug: $slug) {\n        slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement }\n        progressions: previousRoles(maxHops: $maxHops, first: $first, kinds: $kinds) { ...PathsProgression }\n      }\n    }\n  "): typeof import('./graphql.js').PathsPreviousRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsConfidentRoutes($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2, first: 100) {\n        hops steps { confidence }\n        role { slug nextRoles(maxHops: 1, first: 100) { role { slug } steps { confidence } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PathsConfidentRoutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsDefaultsFields on Progression { role { slug } hops score }\n"): typeof import('./graphql.js').PathsDefaultsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsDefaultsOmitted($slug: String!) {\n    role(slug: $slug) { nextRoles { ...PathsDefaultsFields } far: nextRoles(maxHops: 4) { ...PathsDefaultsFields } }\n  }\n"): typeof import('./graphql.js').PathsDefaultsOmittedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsDefaultsNull($slug: String!, $first: Int, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(first: $first, maxHops: $maxHops) { ...PathsDefaultsFields }\n      far: nextRoles(maxHops: 4, first: null) { ...PathsDefaultsFields }\n    }\n  }\n"): typeof import('./graphql.js').PathsDefaultsNullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsDefaultsTwenty($slug: String!) { role(slug: $slug) { far: nextRoles(maxHops: 4, first: 20) { ...PathsDefaultsFields } } }\n"): typeof import('./graphql.js').PathsDefaultsTwentyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsStatementsByHops($slug: String!, $maxHops: Int) {\n    role(slug: $slug) {\n      nextRoles(maxHops: $maxHops) { role { slug } path { slug } steps { kind } bridgingSkills { skill { name } } sharedSkills { name } score }\n    }\n  }\n"): typeof import('./graphql.js').PathsStatementsByHopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsNestedLevels($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug nextRoles { role { slug } } similarRoles(first: 3) { role { slug } } } } }\n  }\n"): typeof import('./graphql.js').PathsNestedLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsRoleOnly($slug: String!) { role(slug: $slug) { slug } }\n"): typeof import('./graphql.js').PathsRoleOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }\n"): typeof import('./graphql.js').PathsEverySkillFieldFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsNextRolesLean($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug } bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } } } score } }\n  }\n"): typeof import('./graphql.js').PathsNextRolesLeanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsNextRolesRich($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) {\n        role { slug }\n        bridgingSkills { skill { ...PathsEverySkillField } levelGap credit { heldSkill { ...PathsEverySkillField } } }\n        sharedSkills { ...PathsEverySkillField }\n        steps { from { slug } to { slug } kind typicalYears confidence rationale salaryNote provenance { source sourceId asOf reference method evidence } }\n        score\n      }\n    }\n  }\n"): typeof import('./graphql.js').PathsNextRolesRichDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsDirectSkill($slug: String!) { skill(slug: $slug) { ...PathsEverySkillField } }\n"): typeof import('./graphql.js').PathsDirectSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsSimilar($slug: String!, $first: Int) {\n      role(slug: $slug) {\n        slug requiredSkills(first: 100) { ...PathsRequirement }\n        similarRoles(first: $first) { role { slug requiredSkills(first: 100) { ...PathsRequirement } } score sharedSkills { id } missingSkills { id } }\n      }\n    }\n  "): typeof import('./graphql.js').PathsSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsRoleRequirements($slug: String!) { role(slug: $slug) { slug requiredSkills(first: 100) { ...PathsRequirement } } }\n  "): typeof import('./graphql.js').PathsRoleRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsCareerPaths($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {\n      careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {\n        rank\n        roles { slug salary { medianUsd } requiredSkills(first: 100) { ...PathsRequirement } }\n        steps {\n          from { slug } to { slug } kind typicalYears confidence provenance { source }\n          rationale bridgingSkills { ...PathsGapItem } salaryChange { absoluteUsd percent }\n        }\n        totals { hops typicalYears gap salaryChange { absoluteUsd percent } averageSalaryUsd score }\n        scoreBreakdown { name value weight contribution }\n      }\n    }\n  "): typeof import('./graphql.js').PathsCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PathsCareerPathsLean($from: String!, $to: String!) {\n      careerPaths(from: $from, to: $to, first: 20) { roles { slug } steps { kind bridgingSkills { skill { name } } } totals { gap } }\n    }\n  "): typeof import('./graphql.js').PathsCareerPathsLeanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsWithoutSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n    }\n  }\n"): typeof import('./graphql.js').PathsWithoutSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsWithSkills($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {\n      rank\n      roles { slug }\n      totals { hops gap score }\n      steps { bridgingSkills { skill { slug } levelGap } }\n    }\n  }\n"): typeof import('./graphql.js').PathsWithSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextRolesWithoutSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score } }\n  }\n"): typeof import('./graphql.js').NextRolesWithoutSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextRolesWithSkills($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score sharedSkills { slug } bridgingSkills { skill { slug } } } }\n  }\n"): typeof import('./graphql.js').NextRolesWithSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLimitsFanOut($n: Int) { roles(first: $n) { nodes { requiredSkills(first: $n) { skill { roles(first: $n) { role { title } } } } } } }\n"): typeof import('./graphql.js').RequestLimitsFanOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n"): typeof import('./graphql.js').RequirementSkillDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n"): typeof import('./graphql.js').RequirementSkillNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListedRequirementSkillDetails($first: Int) {\n    roles(first: $first) { edges { node { slug requiredSkills { skill { slug name description aliases provenance { method sourceId } } } } } }\n  }\n"): typeof import('./graphql.js').ListedRequirementSkillDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n"): typeof import('./graphql.js').DirectSkillDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementMemoNextRoles($slug: String!) {\n    role(slug: $slug) {\n      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status } }\n    }\n  }\n"): typeof import('./graphql.js').RequirementMemoNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {\n    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {\n      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }\n    }\n  }\n"): typeof import('./graphql.js').RequirementMemoCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementMemoRecommend($p: SkillProfileInput!) {\n    recommendRoles(profile: $p, first: 10) {\n      role { slug } score coverage\n      gap { gap missingCount partialCount metCount missing { skill { slug } levelGap credit { heldSkill { slug } relation } } partial { skill { slug } levelGap } }\n    }\n  }\n"): typeof import('./graphql.js').RequirementMemoRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {\n    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {\n      coverage gap unresolvedSkills target { slug title }\n      missing { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      partial { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }\n      met { skill { id slug } status }\n    }\n  }\n"): typeof import('./graphql.js').MemoSkillGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {\n    skillGap(target: $target, profile: $profile) { gap missing { skill { slug kind } levelGap } partial { skill { slug kind } levelGap } }\n  }\n"): typeof import('./graphql.js').MemoSkillGapKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemoRoleLookup($slug: String!) {\n    role(slug: $slug) {\n      slug title\n      requiredSkills { skill { slug name } importance level }\n      top: requiredSkills(minImportance: 0.5, first: 3) { skill { id } importance }\n    }\n  }\n"): typeof import('./graphql.js').MemoRoleLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemoRoleLookupEssential($slug: String!) {\n    role(slug: $slug) { slug requiredSkills { skill { slug } importance essential } }\n  }\n"): typeof import('./graphql.js').MemoRoleLookupEssentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleDetailsOfRole on Role {\n    slug summary description progressionSummary alternateTitles growth { rating reason } provenance { evidence sourceId method }\n  }\n"): typeof import('./graphql.js').RoleDetailsOfRoleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleDetailsOfSkill on Skill { slug description aliases provenance { method sourceId } }\n"): typeof import('./graphql.js').RoleDetailsOfSkillFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsDirectRole($slug: String!) { role(slug: $slug) { ...RoleDetailsOfRole } }\n"): typeof import('./graphql.js').RoleDetailsDirectRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsDirectSkill($slug: String!) { skill(slug: $slug) { ...RoleDetailsOfSkill } }\n"): typeof import('./graphql.js').RoleDetailsDirectSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { ...RoleDetailsOfRole } bridgingSkills { skill { ...RoleDetailsOfSkill } } } }\n  }\n"): typeof import('./graphql.js').RoleDetailsNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsLean($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 2) { role { slug title } bridgingSkills { skill { slug name } } } } }\n"): typeof import('./graphql.js').RoleDetailsLeanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsDetailed($slug: String!) {\n    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug description } bridgingSkills { skill { slug aliases } } } }\n  }\n"): typeof import('./graphql.js').RoleDetailsDetailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsReachable($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 3) { role { slug } hops } } }\n"): typeof import('./graphql.js').RoleDetailsReachableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsCareerPaths($from: String!, $to: String!) { careerPaths(from: $from, to: $to, first: 3) { roles { ...RoleDetailsOfRole } } }\n"): typeof import('./graphql.js').RoleDetailsCareerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDetailsRecommended($profile: SkillProfileInput!) {\n    recommendRoles(profile: $profile, first: 5) { role { ...RoleDetailsOfRole } gap { missing { skill { ...RoleDetailsOfSkill } } } }\n  }\n"): typeof import('./graphql.js').RoleDetailsRecommendedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n"): typeof import('./graphql.js').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n"): typeof import('./graphql.js').SearchRoleFamiliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpRoleTitle($slug: String) { role(slug: $slug) { title } }\n"): typeof import('./graphql.js').HttpRoleTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpRoleEndToEnd($slug: String) { role(slug: $slug) { slug title salary { medianUsd } provenance { source asOf } } }\n"): typeof import('./graphql.js').HttpRoleEndToEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiReplicasRole($slug: String!) { role(slug: $slug) { slug title } }\n"): typeof import('./graphql.js').ApiReplicasRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiReplicasUpsert($input: RoleInput!) { upsertRole(input: $input) { slug title } }\n"): typeof import('./graphql.js').ApiReplicasUpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrosswalkProgressionsStep on ProgressionStep {\n    from { id } to { id } kind typicalYears confidence rationale\n    provenance { source sourceTag sourceId asOf method confidence evidence }\n  }\n"): typeof import('./graphql.js').CrosswalkProgressionsStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrosswalkProgressionsSkills on Progression { role { id } bridgingSkills { skill { id } weight status } sharedSkills { id } gap }\n"): typeof import('./graphql.js').CrosswalkProgressionsSkillsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosswalkProgressionsNextRoles($slug: String!) { role(slug: $slug) { nextRoles { role { id } hops steps { ...CrosswalkProgressionsStep } } } }\n"): typeof import('./graphql.js').CrosswalkProgressionsNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosswalkProgressionsSkillsAcross($slug: String!, $onetSlug: String!) {\n    esco: role(slug: $slug) { nextRoles { ...CrosswalkProgressionsSkills } }\n    onet: role(slug: $onetSlug) { nextRoles { ...CrosswalkProgressionsSkills } }\n  }\n"): typeof import('./graphql.js').CrosswalkProgressionsSkillsAcrossDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosswalkProgressionsTwoMoves($slug: String!, $architects: String!, $to: String!) {\n    esco: role(slug: $slug) { nextRoles(maxHops: 2) { role { id } hops steps { ...CrosswalkProgressionsStep } } }\n    architects: role(slug: $architects) { previousRoles { role { id } steps { ...CrosswalkProgressionsStep } } }\n    careerPaths(from: $slug, to: $to) {\n      steps {\n        from { id } to { id } kind typicalYears confidence rationale\n        provenance { source sourceTag sourceId asOf method confidence evidence }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrosswalkProgressionsTwoMovesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosswalkProgressionsBySource { graphStats { progressionsBySource { source sourceTag count } } }\n"): typeof import('./graphql.js').CrosswalkProgressionsBySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationCrosswalkNextRoles($slug: String!) {\n    role(slug: $slug) { nextRoles { role { id } sharedSkills { id } steps { provenance { source method evidence } } } }\n  }\n"): typeof import('./graphql.js').OccupationCrosswalkNextRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationCrosswalkSearch($text: String!) {\n    search(text: $text, first: 20, kinds: [ROLE]) {\n      score matchedOn sources codes\n      role { id title }\n      sameOccupation { id title }\n    }\n  }\n"): typeof import('./graphql.js').OccupationCrosswalkSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationCrosswalkRecommend($profile: SkillProfileInput!, $target: String!) {\n    recommendRoles(profile: $profile, first: 10, filter: { sources: [CURATED] }) { role { id } coverage }\n    resolved: skillGap(target: $target, profile: $profile) { unresolvedSkills }\n  }\n"): typeof import('./graphql.js').OccupationCrosswalkRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationCrosswalkSimilar($slug: String!, $first: Int) {\n    role(slug: $slug) {\n      similarRoles(first: $first) {\n        score comparedSkills acrossSources explanation\n        role { id title }\n        sharedSkills { id }\n        occupationLink { relation matchType confidence evidence via }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OccupationCrosswalkSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnetImportRole($slug: String!) {\n    role(slug: $slug) {\n      title jobZone requiredSkills(first: 100) { skill { name } }\n      nextRoles(maxHops: 1, first: 50) { hops role { provenance { sourceId } } }\n    }\n  }\n"): typeof import('./graphql.js').OnetImportRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnetImportSearch($text: String!) { search(text: $text, kinds: [ROLE], first: 5) { role { slug } sameOccupation { slug } } }\n"): typeof import('./graphql.js').OnetImportSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  "): typeof import('./graphql.js').SalaryNoteStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }\n"): typeof import('./graphql.js').SeedReloadUpsertRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {\n    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }\n  }\n"): typeof import('./graphql.js').SeedReloadSetRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }\n"): typeof import('./graphql.js').SeedReloadRemoveRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }\n"): typeof import('./graphql.js').SeedReloadUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!) {\n    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale) { kind }\n  }\n"): typeof import('./graphql.js').SeedReloadLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }\n"): typeof import('./graphql.js').SeedReloadUpsertSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedReloadResolve($entity: String!, $field: String!, $resolution: SeedConflictResolution!) {\n    resolveSeedConflict(entity: $entity, field: $field, resolution: $resolution) { entity field value seedValue conflictSeedValue editedBy }\n  }\n"): typeof import('./graphql.js').SeedReloadResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedReloadOpenConflicts($first: Int) { curatedEdits(conflictsOnly: true, first: $first) { entity field conflictSeedValue } }\n"): typeof import('./graphql.js').SeedReloadOpenConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedReloadAudit($filter: CurationAuditFilter, $first: Int) { curationAudit(filter: $filter, first: $first) { nodes { mutation changes { field } } } }\n"): typeof import('./graphql.js').SeedReloadAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcePageRole($slug: String!) {\n  role(slug: $slug) {\n    title summary description experienceLevel progressionSummary\n    provenance { source asOf reference }\n    growth { rating reason }\n    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }\n    typicalDay { order title description }\n    gettingStarted { order title description }\n    faq { order question answer }\n    provenance { method evidence }\n    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }\n    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }\n  }\n}\n"): typeof import('./graphql.js').SourcePageRoleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
