/**
 * Node ids and slugs. Ids are `<source>:<kind>:<native id>` (docs/graph-model.md), so the same
 * native id from two sources cannot collide and a re-import MERGEs onto the node it made before;
 * slugs are the URL-safe handles the API is queried by. The seed loader, the curation API and the
 * importers all build them here, which is what lets curation edit a seeded node.
 */

// ---- curated ---------------------------------------------------------------------------------

export const curatedRoleId = (slug: string) => `curated:role:${slug}`;
export const curatedSkillId = (slug: string) => `curated:skill:${slug}`;
export const curatedFamilyId = (slug: string) => `curated:family:${slug}`;

/** What a curated role or skill owns outright (replaced whole on every seed load). */
export type OwnedNodeKind = 'resource' | 'salary' | 'day' | 'start' | 'faq';

/** The id of a node only its owner links to: `<owner id>:<kind>:<position or level>`. */
export const ownedNodeId = (ownerId: string, kind: OwnedNodeKind, key: string | number) => `${ownerId}:${kind}:${key}`;

// ---- O*NET -----------------------------------------------------------------------------------

export const onetRoleId = (code: string) => `onet:role:${code}`;
export const onetRoleSlug = (code: string) => `onet-${code.replace(/[.-]/g, '-')}`;
export const onetSkillId = (elementId: string) => `onet:skill:${elementId}`;
export const onetSkillSlug = (elementId: string) => `onet-${elementId.toLowerCase().replace(/\./g, '-')}`;
export const onetTechnologyId = (slug: string) => `onet:tech:${slug}`;
export const onetTechnologySlug = (slug: string) => `onet-tech-${slug}`;
export const onetFamilyId = (major: string) => `onet:family:${major}`;
export const onetCommodityId = (code: string) => `onet:commodity:${code}`;

// ---- ESCO ------------------------------------------------------------------------------------

/** The last path segment of a concept URI: the UUID for occupations and skills. */
export function uriTail(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

export const escoRoleId = (uri: string) => `esco:role:${uriTail(uri)}`;
export const escoRoleSlug = (uri: string) => `esco-${uriTail(uri)}`;
export const escoSkillId = (uri: string) => `esco:skill:${uriTail(uri)}`;
export const escoSkillSlug = (uri: string) => `esco-${uriTail(uri)}`;
export const escoFamilyId = (iscoCode: string) => `esco:family:${iscoCode}`;

/**
 * Skill groups live under two URI schemes: .../esco/skill/<uuid> (the skills pillar) and
 * .../esco/isced-f/<code> (knowledge groups from ISCED-F 2013); the scheme is kept in the id so
 * the two cannot collide.
 */
export function escoSkillGroupId(uri: string): string {
  const isced = /\/isced-f\/([^/]+)$/.exec(uri);
  return `esco:skillgroup:${isced ? `isced-f-${isced[1]}` : uriTail(uri)}`;
}
