/**
 * ESCO records -> graph batch items: ids from URIs, kinds, categories and the essential/optional
 * weights of scoring/normalise.ts. Pure: no I/O.
 */
import { escoFamilyId, escoRoleId, escoRoleSlug, escoSkillGroupId, escoSkillId, escoSkillSlug } from '../../graph/ids.js';
import { FAMILY_KINDS, SKILL_GROUP_KINDS, type SkillKind } from '../../graph/kinds.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import { ESCO_DEFAULT_LEVEL, escoImportance } from '../../scoring/normalise.js';
import { edgeSet, type EdgeItem, type EdgeSetItem, type NodeItem } from '../bulkCypher.js';
import type { EscoRelease, EscoSkillGroup } from './parseEsco.js';

/**
 * ESCO publishes no single "as of" date in the CSVs. The newest concept `modifiedDate` in the
 * v1.1.1 files is 2022-08-25 (skills_en.csv); the release itself followed later in 2022 (an EC
 * newsroom item about the API's switch on 1 January 2023 calls v1.1.1 the latest minor version).
 * The data is therefore dated by its newest modification, which the files themselves prove.
 */
export const ESCO_AS_OF = '2022-08-25';
export const ESCO_IMPORTANCE_SCALE = 'ESCO essential/optional';

export function escoSkillKind(skillType: string): Extract<SkillKind, 'KNOWLEDGE' | 'SKILL'> {
  return skillType === 'knowledge' ? 'KNOWLEDGE' : 'SKILL';
}

export function escoRequirement(essential: boolean) {
  return {
    importance: escoImportance(essential),
    level: ESCO_DEFAULT_LEVEL,
    importanceRaw: null,
    levelRaw: null,
    importanceScale: ESCO_IMPORTANCE_SCALE,
    levelScale: null,
    essential,
  };
}

/**
 * A skill's category: the label of the nearest skill group above it in the skills pillar
 * (through broader skills if need be). Among groups at the same distance the most specific
 * (deepest hierarchy level) wins, then the lowest code, so the choice is stable.
 */
export function skillCategories(release: Pick<EscoRelease, 'skills' | 'skillGroups' | 'broader'>): Map<string, string> {
  const groups = new Map(release.skillGroups.map((group) => [group.uri, group]));
  const parents = new Map<string, string[]>();
  for (const edge of release.broader) {
    if (edge.conceptType !== 'KnowledgeSkillCompetence') continue;
    parents.set(edge.conceptUri, [...(parents.get(edge.conceptUri) ?? []), edge.broaderUri]);
  }
  const better = (a: EscoSkillGroup, b: EscoSkillGroup) =>
    (b.hierarchyLevel ?? -1) - (a.hierarchyLevel ?? -1) || a.code.localeCompare(b.code) || a.uri.localeCompare(b.uri);
  const categories = new Map<string, string>();
  for (const skill of release.skills) {
    const seen = new Set<string>([skill.uri]);
    let frontier = [skill.uri];
    while (frontier.length > 0) {
      const next = frontier.flatMap((uri) => parents.get(uri) ?? []).filter((uri) => !seen.has(uri));
      const found = next.map((uri) => groups.get(uri)).filter((group): group is EscoSkillGroup => group !== undefined);
      if (found.length > 0) {
        categories.set(skill.uri, found.sort(better)[0].preferredLabel);
        break;
      }
      for (const uri of next) seen.add(uri);
      frontier = next;
    }
  }
  return categories;
}

export interface EscoGraph {
  families: NodeItem[];
  familyBroader: EdgeSetItem[];
  roles: NodeItem[];
  inFamily: EdgeSetItem[];
  roleBroader: EdgeSetItem[];
  skillGroups: NodeItem[];
  skillGroupBroader: EdgeSetItem[];
  skills: NodeItem[];
  knownAs: EdgeSetItem[];
  skillBroader: EdgeSetItem[];
  relatedSkills: EdgeSetItem[];
  requires: EdgeSetItem[];
  /** IN_FAMILY targets missing from ISCOGroups_en.csv (expected: none). */
  missingFamilies: number;
}

export function escoGraph(release: EscoRelease): EscoGraph {
  const families: NodeItem[] = release.iscoGroups.map((group) => ({
    id: escoFamilyId(group.code),
    properties: {
      slug: `isco-${group.code}`,
      name: group.preferredLabel,
      kind: FAMILY_KINDS.ISCO,
      code: group.code,
      description: group.description || null,
      sourceId: group.uri,
    },
  }));
  const familyIds = new Map(release.iscoGroups.map((group) => [group.uri, escoFamilyId(group.code)]));
  const familyCodes = new Set(release.iscoGroups.map((group) => group.code));

  const roles: NodeItem[] = release.occupations.map((occupation) => ({
    id: escoRoleId(occupation.uri),
    properties: {
      slug: escoRoleSlug(occupation.uri),
      title: occupation.preferredLabel,
      titleSort: occupation.preferredLabel.toLowerCase(),
      summary: occupation.description || null,
      escoDefinition: occupation.definition || null,
      alternateTitles: occupation.altLabels,
      alternateTitlesText: occupation.altLabels.join(' | '),
      sourceId: occupation.uri,
      iscoGroup: occupation.iscoGroup,
      code: occupation.code,
      jobZone: null,
    },
  }));
  let missingFamilies = 0;
  const inFamily = release.occupations.map((occupation) => {
    const known = familyCodes.has(occupation.iscoGroup);
    if (!known) missingFamilies++;
    const edges: EdgeItem[] = known ? [{ to: escoFamilyId(occupation.iscoGroup), toLabel: 'RoleFamily', properties: {} }] : [];
    return edgeSet(escoRoleId(occupation.uri), edges);
  });

  const groupIds = new Map(release.skillGroups.map((group) => [group.uri, escoSkillGroupId(group.uri)]));
  const skillGroups: NodeItem[] = release.skillGroups.map((group) => ({
    id: escoSkillGroupId(group.uri),
    properties: {
      code: group.code || null,
      name: group.preferredLabel,
      description: group.description || null,
      hierarchyLevel: group.hierarchyLevel,
      kind: SKILL_GROUP_KINDS.ESCO_SKILL_GROUP,
      sourceId: group.uri,
    },
  }));

  const categories = skillCategories(release);
  const skills: NodeItem[] = release.skills.map((skill) => ({
    id: escoSkillId(skill.uri),
    properties: {
      slug: escoSkillSlug(skill.uri),
      name: skill.preferredLabel,
      nameSort: skill.preferredLabel.toLowerCase(),
      kind: escoSkillKind(skill.skillType),
      category: categories.get(skill.uri) ?? (skill.skillType || 'skill/competence'),
      description: skill.description || null,
      aliases: skill.altLabels,
      aliasesText: skill.altLabels.join(' | '),
      reuseLevel: skill.reuseLevel || null,
      skillType: skill.skillType || null,
      sourceId: skill.uri,
    },
  }));
  const knownAs = release.skills.map((skill) =>
    edgeSet(
      escoSkillId(skill.uri),
      skillNameKeys(skill.preferredLabel, skill.altLabels).map((key) => ({ to: key, toLabel: 'SkillName', properties: {} })),
    ),
  );

  // BROADER edge sets, one per child concept, grouped by the child's kind.
  const broaderOf = new Map<string, EdgeItem[]>();
  const addBroader = (from: string, edge: EdgeItem) => {
    const list = broaderOf.get(from);
    if (list) list.push(edge);
    else broaderOf.set(from, [edge]);
  };
  for (const edge of release.broader) {
    if (edge.conceptType === 'ISCOGroup' && edge.broaderType === 'ISCOGroup') {
      addBroader(familyIds.get(edge.conceptUri)!, { to: familyIds.get(edge.broaderUri)!, toLabel: 'RoleFamily', properties: {} });
    } else if (edge.conceptType === 'Occupation' && edge.broaderType === 'Occupation') {
      addBroader(escoRoleId(edge.conceptUri), { to: escoRoleId(edge.broaderUri), toLabel: 'Role', properties: {} });
    } else if (edge.conceptType === 'KnowledgeSkillCompetence' || edge.conceptType === 'SkillGroup') {
      const from = edge.conceptType === 'SkillGroup' ? groupIds.get(edge.conceptUri)! : escoSkillId(edge.conceptUri);
      const to =
        edge.broaderType === 'SkillGroup'
          ? { to: groupIds.get(edge.broaderUri)!, toLabel: 'SkillGroup' }
          : { to: escoSkillId(edge.broaderUri), toLabel: 'Skill' };
      addBroader(from, { ...to, properties: {} });
    }
  }
  const broaderSets = (ids: Iterable<string>) => [...ids].map((id) => edgeSet(id, broaderOf.get(id) ?? []));
  const familyBroader = broaderSets(families.map((family) => family.id));
  const roleBroader = broaderSets(roles.map((role) => role.id));
  const skillGroupBroader = broaderSets(skillGroups.map((group) => group.id));
  const skillBroader = broaderSets(skills.map((skill) => skill.id));

  const relatedOf = new Map<string, EdgeItem[]>();
  for (const relation of release.skillSkills) {
    const from = escoSkillId(relation.skillUri);
    const edge = { to: escoSkillId(relation.relatedSkillUri), toLabel: 'Skill', properties: { relationType: relation.relationType } };
    relatedOf.set(from, [...(relatedOf.get(from) ?? []), edge]);
  }
  const relatedSkills = skills.map((skill) => edgeSet(skill.id, relatedOf.get(skill.id) ?? []));

  const requirementsOf = new Map<string, EdgeItem[]>();
  for (const relation of release.occupationSkills) {
    const from = escoRoleId(relation.occupationUri);
    const edge = { to: escoSkillId(relation.skillUri), toLabel: 'Skill', properties: escoRequirement(relation.essential) };
    const list = requirementsOf.get(from);
    if (list) list.push(edge);
    else requirementsOf.set(from, [edge]);
  }
  const requires = roles.map((role) => edgeSet(role.id, requirementsOf.get(role.id) ?? []));

  return {
    families,
    familyBroader,
    roles,
    inFamily,
    roleBroader,
    skillGroups,
    skillGroupBroader,
    skills,
    knownAs,
    skillBroader,
    relatedSkills,
    requires,
    missingFamilies,
  };
}
