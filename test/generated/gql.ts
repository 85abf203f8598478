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
    "\n  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }\n": typeof types.GapsRecommendedFamiliesDocument,
    "\n  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }\n": typeof types.GapsRecommendedSalariesDocument,
    "\n  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }\n": typeof types.GapsRequiredSkillsDocument,
    "\n  query GapsOriginLevels { role(slug: \"cloud-architect-ai-ml\") { requiredSkills(first: 100) { skill { slug } level } } }\n": typeof types.GapsOriginLevelsDocument,
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
    "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n": typeof types.RequirementSkillDetailsDocument,
    "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n": typeof types.RequirementSkillNamesDocument,
    "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n": typeof types.DirectSkillDetailsDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": typeof types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": typeof types.SearchRoleFamiliesDocument,
    "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  ": typeof types.SalaryNoteStepsDocument,
    "\n  query SourcePageRole($slug: String!) {\n  role(slug: $slug) {\n    title summary description experienceLevel progressionSummary\n    provenance { source asOf reference }\n    growth { rating reason }\n    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }\n    typicalDay { order title description }\n    gettingStarted { order title description }\n    faq { order question answer }\n    provenance { method evidence }\n    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }\n    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }\n  }\n}\n": typeof types.SourcePageRoleDocument,
};
const documents: Documents = {
    "\n    query AnalyticsGraphStats { graphStats {\n      roles skills families skillNames learningResources requirements progressions rolesWithoutSkills rolesWithoutProgressions\n      averageSkillsPerRole averageSkillsPerRoleWithSkills\n      rolesBySource { source sourceTag count } skillsBySource { sourceTag count } familiesBySource { sourceTag count }\n      requirementsBySource { sourceTag count } progressionsBySource { sourceTag count }\n      skillsByKind { kind count } progressionsByKind { kind count } relationships { type count }\n      curation { revision lastChangeAt lastChangeBy }\n    } }\n  ": types.AnalyticsGraphStatsDocument,
    "\n    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {\n      roleCentrality(measure: $measure, first: $first, source: $source) { rank role { slug } score inDegree outDegree }\n    }\n  ": types.AnalyticsCentralityDocument,
    "\n    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {\n      bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {\n        skill { id slug } progressions missingInSource totalWeight averageGap\n      }\n    }\n  ": types.AnalyticsBridgeSkillsDocument,
    "\n    query AnalyticsFamilyMobility { familyMobility(first: 100) { from { slug } to { slug } progressions promotions laterals pivots averageTypicalYears } }\n  ": types.AnalyticsFamilyMobilityDocument,
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
    "\n  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }\n": types.GapsRecommendedFamiliesDocument,
    "\n  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }\n": types.GapsRecommendedSalariesDocument,
    "\n  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }\n": types.GapsRequiredSkillsDocument,
    "\n  query GapsOriginLevels { role(slug: \"cloud-architect-ai-ml\") { requiredSkills(first: 100) { skill { slug } level } } }\n": types.GapsOriginLevelsDocument,
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
    "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n": types.RequirementSkillDetailsDocument,
    "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n": types.RequirementSkillNamesDocument,
    "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n": types.DirectSkillDetailsDocument,
    "\n  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      kind score matchedOn\n      role { slug title alternateTitles }\n      skill { slug name aliases }\n    }\n  }\n": types.SearchHitsDocument,
    "\n  query SearchRoleFamilies { search(text: \"engineer\", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }\n": types.SearchRoleFamiliesDocument,
    "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  ": types.SalaryNoteStepsDocument,
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
export function graphql(source: "\n  query RequirementSkillDetails($slug: String!) {\n    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }\n  }\n"): typeof import('./graphql.js').RequirementSkillDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }\n"): typeof import('./graphql.js').RequirementSkillNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }\n"): typeof import('./graphql.js').DirectSkillDetailsDocument;
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
export function graphql(source: "\n    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }\n  "): typeof import('./graphql.js').SalaryNoteStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcePageRole($slug: String!) {\n  role(slug: $slug) {\n    title summary description experienceLevel progressionSummary\n    provenance { source asOf reference }\n    growth { rating reason }\n    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }\n    typicalDay { order title description }\n    gettingStarted { order title description }\n    faq { order question answer }\n    provenance { method evidence }\n    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }\n    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }\n  }\n}\n"): typeof import('./graphql.js').SourcePageRoleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
