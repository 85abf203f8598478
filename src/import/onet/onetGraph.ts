/**
 * O*NET records -> graph batch items: ids, slugs, normalised weights and the documented heuristics
 * (docs/importers.md). Pure: no I/O, so the rules are unit-tested directly.
 */
import {
  onetCommodityId,
  onetFamilyId,
  onetRoleId,
  onetRoleSlug,
  onetSkillId,
  onetSkillSlug,
  onetTechnologyId,
  onetTechnologySlug,
} from '../../graph/ids.js';
import { FAMILY_KINDS, SKILL_GROUP_KINDS, type ProgressionKind, type SkillKind } from '../../graph/kinds.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import { IMPORTANCE_SCALE, LEVEL_SCALE, normaliseImportance, normaliseLevel, round } from '../../scoring/normalise.js';
import { edgeSet, type EdgeItem, type EdgeSetItem, type NodeItem } from '../bulkCypher.js';
import { SOC_MAJOR_GROUPS } from './socMajorGroups.js';
import type { OnetRelated, OnetRelease, OnetTechnologyUse, RelatednessTier } from './parseOnet.js';

/** O*NET 29.3 is the May 2025 release ("Read Me.txt"). */
export const ONET_AS_OF = '2025-05-01';

/** IM at or above 3.5 (between "important" 3 and "very important" 4) counts as essential. */
export const ESSENTIAL_IMPORTANCE = 3.5;

/**
 * Technology Skills carry no rating, only flags per occupation x product: "In Demand" (employers
 * ask for it in job postings for this occupation) outranks "Hot Technology" (frequently posted
 * across occupations), which outranks merely being listed.
 */
export const TECHNOLOGY_IMPORTANCE = { inDemand: 0.85, hot: 0.75, listed: 0.5 } as const;
export const TECHNOLOGY_IMPORTANCE_SCALE = 'O*NET technology flags';

/** Related Occupations has no similarity score: confidence follows O*NET's relatedness tier. */
export const TIER_CONFIDENCE: Readonly<Record<RelatednessTier, number>> = {
  'Primary-Short': 0.9,
  'Primary-Long': 0.7,
  Supplemental: 0.5,
};

/** Years per Job Zone step up (a zone spans roughly one to two years of preparation or more). */
export const YEARS_PER_JOB_ZONE_STEP = 2;
/** A lateral move or a pivot down: about a year to become proficient in the new role. */
export const LATERAL_YEARS = 1;

export const socMajor = (code: string) => code.slice(0, 2);

/**
 * A URL-safe slug for a product name. Symbols that carry meaning in product names are spelled
 * out, so "C", "C#" and "C++" stay apart ("c", "c-sharp", "c-plus-plus").
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Slugs for all product names. Names that still collide (e.g. "Node.js" and "NodeJS" would)
 * all get a suffix derived from the exact name, so no product silently takes another's id.
 */
export function technologySlugs(names: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of names) {
    const base = slugify(name) || 'product';
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const name of group) slugs.set(name, group.length === 1 ? base : `${base}-${fnv1a(name)}`);
  }
  return slugs;
}

/** A short, stable hash (FNV-1a, 32-bit, hex) for disambiguating slugs. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface Progression {
  kind: ProgressionKind;
  typicalYears: number;
  confidence: number;
  rationale: string;
  tier: RelatednessTier;
  rank: number;
}

/**
 * A related occupation becomes a LEADS_TO edge oriented by Job Zone: up is a PROMOTION (two years
 * per zone), level is LATERAL (one year), down is a PIVOT (one year). Without both zones the move
 * is treated as LATERAL.
 */
export function progression(related: Pick<OnetRelated, 'tier' | 'index'>, fromZone: number | null, toZone: number | null): Progression {
  const base = `O*NET related occupation (${related.tier}, rank ${related.index})`;
  const confidence = TIER_CONFIDENCE[related.tier];
  if (fromZone === null || toZone === null) {
    return { kind: 'LATERAL', typicalYears: LATERAL_YEARS, confidence, rationale: `${base}; Job Zone unknown`, tier: related.tier, rank: related.index };
  }
  const delta = toZone - fromZone;
  const kind = delta > 0 ? 'PROMOTION' : delta === 0 ? 'LATERAL' : 'PIVOT';
  const typicalYears = delta > 0 ? delta * YEARS_PER_JOB_ZONE_STEP : LATERAL_YEARS;
  return { kind, typicalYears, confidence, rationale: `${base}; Job Zone ${fromZone} -> ${toZone}`, tier: related.tier, rank: related.index };
}

export function ratingRequirement(importance: number, level: number | null) {
  return {
    importance: round(normaliseImportance(importance)),
    level: level === null ? null : round(normaliseLevel(level)),
    importanceRaw: importance,
    levelRaw: level,
    importanceScale: IMPORTANCE_SCALE,
    levelScale: LEVEL_SCALE,
    essential: importance >= ESSENTIAL_IMPORTANCE,
    hotTechnology: null,
    inDemand: null,
  };
}

export function technologyRequirement(use: Pick<OnetTechnologyUse, 'hotTechnology' | 'inDemand'>) {
  const importance = use.inDemand
    ? TECHNOLOGY_IMPORTANCE.inDemand
    : use.hotTechnology
      ? TECHNOLOGY_IMPORTANCE.hot
      : TECHNOLOGY_IMPORTANCE.listed;
  return {
    importance,
    level: null,
    importanceRaw: null,
    levelRaw: null,
    importanceScale: TECHNOLOGY_IMPORTANCE_SCALE,
    levelScale: null,
    essential: use.inDemand,
    hotTechnology: use.hotTechnology,
    inDemand: use.inDemand,
  };
}

export interface OnetGraph {
  families: NodeItem[];
  roles: NodeItem[];
  skills: NodeItem[];
  commodities: NodeItem[];
  inFamily: EdgeSetItem[];
  requires: EdgeSetItem[];
  leadsTo: EdgeSetItem[];
  knownAs: EdgeSetItem[];
  inGroup: EdgeSetItem[];
}

export function onetGraph(release: OnetRelease): OnetGraph {
  const majors = [...new Set(release.occupations.map((occupation) => socMajor(occupation.code)))].sort();
  const families: NodeItem[] = majors.map((major) => ({
    id: onetFamilyId(major),
    properties: {
      slug: `soc-${major}`,
      name: SOC_MAJOR_GROUPS[major] ?? `SOC major group ${major}`,
      kind: FAMILY_KINDS.SOC_MAJOR,
      sourceId: `${major}-0000`,
    },
  }));

  const roles: NodeItem[] = release.occupations.map((occupation) => ({
    id: onetRoleId(occupation.code),
    properties: {
      slug: onetRoleSlug(occupation.code),
      title: occupation.title,
      titleSort: occupation.title.toLowerCase(),
      summary: occupation.description,
      alternateTitles: occupation.alternateTitles,
      alternateTitlesText: occupation.alternateTitles.join(' | '),
      sourceId: occupation.code,
      jobZone: occupation.jobZone,
      typicalEducation: occupation.typicalEducation?.label ?? null,
      typicalEducationCategory: occupation.typicalEducation?.category ?? null,
      typicalEducationPercent: occupation.typicalEducation?.percent ?? null,
    },
  }));
  const inFamily = release.occupations.map((occupation) =>
    edgeSet(onetRoleId(occupation.code), [{ to: onetFamilyId(socMajor(occupation.code)), toLabel: 'RoleFamily', properties: {} }]),
  );

  const slugs = technologySlugs(release.technologies.map((technology) => technology.name));
  const skills: NodeItem[] = [
    ...release.elements.map((element) => ({
      id: onetSkillId(element.id),
      properties: {
        slug: onetSkillSlug(element.id),
        name: element.name,
        nameSort: element.name.toLowerCase(),
        kind: element.kind,
        category: element.category,
        description: element.description,
        aliases: [],
        aliasesText: '',
        sourceId: element.id,
      },
    })),
    ...release.technologies.map((technology) => {
      const slug = slugs.get(technology.name)!;
      return {
        id: onetTechnologyId(slug),
        properties: {
          slug: onetTechnologySlug(slug),
          name: technology.name,
          nameSort: technology.name.toLowerCase(),
          kind: 'TECHNOLOGY' satisfies SkillKind,
          category: technology.commodityTitle,
          description: null,
          aliases: [],
          aliasesText: '',
          sourceId: technology.commodityCode,
        },
      };
    }),
  ];
  const knownAs = skills.map((skill) =>
    edgeSet(
      skill.id,
      skillNameKeys(String(skill.properties.name), []).map((key) => ({ to: key, toLabel: 'SkillName', properties: {} })),
    ),
  );

  const commodityTitles = new Map<string, string>();
  for (const technology of release.technologies) {
    for (const commodity of technology.commodities) commodityTitles.set(commodity.code, commodity.title);
  }
  const commodities: NodeItem[] = [...commodityTitles.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, title]) => ({ id: onetCommodityId(code), properties: { code, name: title, sourceId: code, kind: SKILL_GROUP_KINDS.UNSPSC_COMMODITY } }));
  const inGroup = release.technologies.map((technology) =>
    edgeSet(
      onetTechnologyId(slugs.get(technology.name)!),
      technology.commodities.map((commodity) => ({ to: onetCommodityId(commodity.code), toLabel: 'SkillGroup', properties: {} })),
    ),
  );

  // REQUIRES: ratings and technology of one occupation form one edge set (they share a source).
  const requirements = new Map<string, EdgeItem[]>();
  const add = (code: string, edge: EdgeItem) => {
    const list = requirements.get(code);
    if (list) list.push(edge);
    else requirements.set(code, [edge]);
  };
  for (const rating of release.ratings) {
    add(rating.code, { to: onetSkillId(rating.elementId), toLabel: 'Skill', properties: ratingRequirement(rating.importance, rating.level) });
  }
  for (const use of release.technologyUses) {
    add(use.code, { to: onetTechnologyId(slugs.get(use.technology)!), toLabel: 'Skill', properties: technologyRequirement(use) });
  }
  // Every occupation gets an edge set, even an empty one, so a re-import prunes what it lost.
  const requires = release.occupations.map((occupation) => edgeSet(onetRoleId(occupation.code), requirements.get(occupation.code) ?? []));

  const zones = new Map(release.occupations.map((occupation) => [occupation.code, occupation.jobZone]));
  const relatedByCode = new Map<string, OnetRelated[]>();
  for (const related of release.related) relatedByCode.set(related.code, [...(relatedByCode.get(related.code) ?? []), related]);
  const leadsTo = release.occupations.map((occupation) =>
    edgeSet(
      onetRoleId(occupation.code),
      (relatedByCode.get(occupation.code) ?? [])
        .sort((a, b) => a.index - b.index)
        .map((related) => ({
          to: onetRoleId(related.relatedCode),
          toLabel: 'Role',
          properties: { ...progression(related, zones.get(related.code) ?? null, zones.get(related.relatedCode) ?? null) },
        })),
    ),
  );

  return { families, roles, skills, commodities, inFamily, requires, leadsTo, knownAs, inGroup };
}
