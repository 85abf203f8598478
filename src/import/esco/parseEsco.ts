/**
 * Reads the ESCO v1.1.1 CSV download (English classification + language-independent relations)
 * into typed records. The files are RFC 4180 with CRLF records and multi-line quoted fields;
 * list fields (altLabels) hold one item per line. Dangling references are set aside here and
 * counted under a reason, so the importer writes only edges whose ends exist.
 */
import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import { isEscoRelationType, type EscoRelationType } from '../../graph/kinds.js';
import type { ImportStats } from '../progress.js';
import { TabularError, readTable, splitLines, type Row } from '../tabular.js';

export const ESCO_CLASSIFICATION_FILES = {
  occupations: 'occupations_en.csv',
  skills: 'skills_en.csv',
  iscoGroups: 'ISCOGroups_en.csv',
  skillGroups: 'skillGroups_en.csv',
  skillsHierarchy: 'skillsHierarchy_en.csv',
} as const;

export const ESCO_RELATION_FILES = {
  occupationSkills: 'occupationSkillRelations.csv',
  skillSkills: 'skillSkillRelations.csv',
  occupationBroader: 'broaderRelationsOccPillar.csv',
  skillBroader: 'broaderRelationsSkillPillar.csv',
} as const;

export interface EscoOccupation {
  uri: string;
  iscoGroup: string;
  preferredLabel: string;
  altLabels: string[];
  description: string;
  definition: string;
  code: string;
}

export interface EscoIscoGroup {
  uri: string;
  code: string;
  preferredLabel: string;
  description: string;
}

export interface EscoSkill {
  uri: string;
  /** 'knowledge', 'skill/competence', or '' (6 skills upstream). */
  skillType: string;
  reuseLevel: string;
  preferredLabel: string;
  altLabels: string[];
  description: string;
}

export interface EscoSkillGroup {
  uri: string;
  code: string;
  preferredLabel: string;
  description: string;
  /** 0-3: the depth of the group in skillsHierarchy_en.csv, when listed there. */
  hierarchyLevel: number | null;
}

export type EscoConceptType = 'Occupation' | 'ISCOGroup' | 'KnowledgeSkillCompetence' | 'SkillGroup';

export interface EscoBroader {
  conceptType: EscoConceptType;
  conceptUri: string;
  broaderType: EscoConceptType;
  broaderUri: string;
}

export interface EscoOccupationSkill {
  occupationUri: string;
  skillUri: string;
  essential: boolean;
}

export interface EscoSkillSkill {
  skillUri: string;
  relatedSkillUri: string;
  relationType: EscoRelationType;
}

export interface EscoRelease {
  occupations: EscoOccupation[];
  iscoGroups: EscoIscoGroup[];
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  /** broaderRelationsOccPillar + broaderRelationsSkillPillar rows whose ends both exist. */
  broader: EscoBroader[];
  occupationSkills: EscoOccupationSkill[];
  skillSkills: EscoSkillSkill[];
}

const CSV = { delimiter: ',' } as const;

/**
 * The release folder as shipped in shared/datasets (classification/en/*.csv, relations/*.csv),
 * or a folder where the official zips were extracted side by side.
 */
export async function resolveEscoFile(dir: string, kind: 'classification' | 'relations', file: string): Promise<string | undefined> {
  const candidates = kind === 'classification' ? [join(dir, 'classification', 'en', file), join(dir, file)] : [join(dir, 'relations', file), join(dir, file)];
  for (const candidate of candidates) {
    if (await stat(candidate).then((info) => info.isFile(), () => false)) return candidate;
  }
  return undefined;
}

export async function readEscoRelease(dir: string, stats: ImportStats): Promise<EscoRelease> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new TabularError(`Missing ESCO release directory: ${dir}`);
  if (!info.isDirectory()) throw new TabularError(`Not a directory (ESCO release): ${dir}`);
  // Every path is resolved before any file is parsed, so one run reports everything missing.
  const paths = {} as Record<keyof typeof ESCO_CLASSIFICATION_FILES | keyof typeof ESCO_RELATION_FILES, string>;
  const missing: string[] = [];
  const entries = [
    ...Object.entries(ESCO_CLASSIFICATION_FILES).map(([key, file]) => ({ key, file, kind: 'classification' as const })),
    ...Object.entries(ESCO_RELATION_FILES).map(([key, file]) => ({ key, file, kind: 'relations' as const })),
  ];
  for (const { key, file, kind } of entries) {
    const path = await resolveEscoFile(dir, kind, file);
    if (path) paths[key as keyof typeof paths] = path;
    else missing.push(join(dir, kind === 'classification' ? join('classification', 'en') : 'relations', file));
  }
  if (missing.length > 0) {
    throw new TabularError(
      `Missing ESCO file(s) (looked in the release layout shown and directly in ${dir}):\n${missing.map((path) => `  ${path}`).join('\n')}`,
    );
  }
  async function* rows(key: keyof typeof paths, requiredColumns: string[], short: 'error' | 'pad' = 'error'): AsyncGenerator<Row> {
    const file = { ...ESCO_CLASSIFICATION_FILES, ...ESCO_RELATION_FILES }[key];
    const onPadded = () => stats.note(`${file}: short rows padded with empty trailing fields`);
    for await (const row of readTable(paths[key], { ...CSV, requiredColumns, short, onPadded })) {
      stats.read(file);
      yield row;
    }
  }

  const occupations: EscoOccupation[] = [];
  const occupationColumns = ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'description', 'definition', 'code'];
  for await (const row of rows('occupations', occupationColumns)) {
    occupations.push({
      uri: row.conceptUri,
      iscoGroup: row.iscoGroup.trim(),
      preferredLabel: row.preferredLabel.trim(),
      altLabels: splitLines(row.altLabels),
      description: row.description.trim(),
      definition: row.definition.trim(),
      code: row.code.trim(),
    });
  }

  const iscoGroups: EscoIscoGroup[] = [];
  for await (const row of rows('iscoGroups', ['conceptUri', 'code', 'preferredLabel', 'description'])) {
    iscoGroups.push({ uri: row.conceptUri, code: row.code.trim(), preferredLabel: row.preferredLabel.trim(), description: row.description.trim() });
  }

  const skills: EscoSkill[] = [];
  for await (const row of rows('skills', ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'description'])) {
    const skillType = row.skillType.trim();
    if (skillType === '') stats.note(`${ESCO_CLASSIFICATION_FILES.skills}: empty skillType (imported as SKILL)`);
    skills.push({
      uri: row.conceptUri,
      skillType,
      reuseLevel: row.reuseLevel.trim(),
      preferredLabel: row.preferredLabel.trim(),
      altLabels: splitLines(row.altLabels),
      description: row.description.trim(),
    });
  }

  const levels = new Map<string, number>();
  const levelColumns = ['Level 0 URI', 'Level 1 URI', 'Level 2 URI', 'Level 3 URI'];
  for await (const row of rows('skillsHierarchy', levelColumns, 'pad')) {
    levelColumns.forEach((column, level) => {
      const uri = row[column].trim();
      if (uri && !levels.has(uri)) levels.set(uri, level);
    });
  }

  const skillGroups: EscoSkillGroup[] = [];
  for await (const row of rows('skillGroups', ['conceptUri', 'preferredLabel', 'description', 'code'])) {
    skillGroups.push({
      uri: row.conceptUri,
      code: row.code.trim(),
      preferredLabel: row.preferredLabel.trim(),
      description: row.description.trim(),
      hierarchyLevel: levels.get(row.conceptUri) ?? null,
    });
  }

  const typeOf = new Map<string, EscoConceptType>();
  for (const occupation of occupations) typeOf.set(occupation.uri, 'Occupation');
  for (const group of iscoGroups) typeOf.set(group.uri, 'ISCOGroup');
  for (const skill of skills) typeOf.set(skill.uri, 'KnowledgeSkillCompetence');
  for (const group of skillGroups) typeOf.set(group.uri, 'SkillGroup');

  const broader: EscoBroader[] = [];
  for (const [key, file] of [
    ['occupationBroader', ESCO_RELATION_FILES.occupationBroader],
    ['skillBroader', ESCO_RELATION_FILES.skillBroader],
  ] as const) {
    for await (const row of rows(key, ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'])) {
      const conceptType = typeOf.get(row.conceptUri);
      const broaderType = typeOf.get(row.broaderUri);
      if (!conceptType) {
        stats.skip(`${file}: concept not in the classification files`);
        continue;
      }
      if (!broaderType) {
        stats.skip(`${file}: broader concept not in the classification files`);
        continue;
      }
      if (conceptType === 'Occupation' && broaderType === 'ISCOGroup') {
        // Already given by occupations_en.csv's iscoGroup column (IN_FAMILY); no second edge.
        stats.note(`${file}: Occupation -> ISCOGroup rows (represented by IN_FAMILY)`);
        continue;
      }
      broader.push({ conceptType, conceptUri: row.conceptUri, broaderType, broaderUri: row.broaderUri });
    }
  }

  const occupationSkills: EscoOccupationSkill[] = [];
  const file = ESCO_RELATION_FILES.occupationSkills;
  for await (const row of rows('occupationSkills', ['occupationUri', 'relationType', 'skillUri'])) {
    if (typeOf.get(row.occupationUri) !== 'Occupation') {
      stats.skip(`${file}: occupation not in ${ESCO_CLASSIFICATION_FILES.occupations}`);
      continue;
    }
    if (typeOf.get(row.skillUri) !== 'KnowledgeSkillCompetence') {
      stats.skip(`${file}: skill not in ${ESCO_CLASSIFICATION_FILES.skills}`);
      continue;
    }
    if (!isEscoRelationType(row.relationType)) {
      stats.skip(`${file}: relationType neither essential nor optional`);
      continue;
    }
    occupationSkills.push({ occupationUri: row.occupationUri, skillUri: row.skillUri, essential: row.relationType === 'essential' });
  }

  const skillSkills: EscoSkillSkill[] = [];
  const related = ESCO_RELATION_FILES.skillSkills;
  for await (const row of rows('skillSkills', ['originalSkillUri', 'relationType', 'relatedSkillUri'])) {
    if (typeOf.get(row.originalSkillUri) !== 'KnowledgeSkillCompetence' || typeOf.get(row.relatedSkillUri) !== 'KnowledgeSkillCompetence') {
      stats.skip(`${related}: skill not in ${ESCO_CLASSIFICATION_FILES.skills}`);
      continue;
    }
    if (!isEscoRelationType(row.relationType)) {
      stats.skip(`${related}: relationType neither essential nor optional`);
      continue;
    }
    skillSkills.push({ skillUri: row.originalSkillUri, relatedSkillUri: row.relatedSkillUri, relationType: row.relationType });
  }

  return { occupations, iscoGroups, skills, skillGroups, broader, occupationSkills, skillSkills };
}
