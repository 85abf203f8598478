/**
 * Curation resolvers: authorise (an editor key), validate every argument, then one repository call
 * (one write transaction). Authorisation comes first so an anonymous caller learns nothing from
 * validation messages.
 */
import type { Viewer } from '../auth/viewer.js';
import { requireEditor } from '../auth/viewer.js';
import type { Resolvers, ViewerInfo } from '../generated/graphql.js';
import { boundedFirst } from '../requestLimits/limits.js';
import {
  parseAuditFilter,
  parseEntityKey,
  parseProgression,
  parseRequirement,
  parseRoleInput,
  parseSkillInput,
  parseSlug,
  parseTrackedField,
} from './validation.js';

function viewerInfo(viewer: Viewer): ViewerInfo {
  if (viewer.kind !== 'apiKey') return { authenticated: false, name: null, role: null, canEdit: false };
  return { authenticated: true, name: viewer.name, role: viewer.role === 'editor' ? 'EDITOR' : 'READER', canEdit: viewer.role === 'editor' };
}

export const curationResolvers = {
  Query: {
    viewer: (_parent, _args, { viewer }) => viewerInfo(viewer),
    curationAudit: (_parent, { filter, first, after }, { viewer, audit }) => {
      requireEditor(viewer);
      return audit.auditPage(parseAuditFilter(filter), boundedFirst(first), after ?? null);
    },
    curatedEdits: (_parent, { entity, conflictsOnly, first }, { viewer, audit }) => {
      requireEditor(viewer);
      return audit.curatedEdits(entity == null ? null : parseEntityKey(entity, 'entity'), conflictsOnly, boundedFirst(first));
    },
  },
  Mutation: {
    upsertRole: (_parent, { input }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.upsertRole(parseRoleInput(input), editor);
    },
    upsertSkill: (_parent, { input }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.upsertSkill(parseSkillInput(input), editor);
    },
    setRoleSkillRequirement: (_parent, args, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.setRequirement(parseRequirement(args), editor);
    },
    removeRoleSkillRequirement: (_parent, { role, skill }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.removeRequirement(parseSlug(role, 'role'), parseSlug(skill, 'skill'), editor);
    },
    linkProgression: (_parent, args, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.linkProgression(parseProgression(args), editor);
    },
    unlinkProgression: (_parent, { from, to }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.unlinkProgression(parseSlug(from, 'from'), parseSlug(to, 'to'), editor);
    },
    removeRole: (_parent, { slug }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.removeRole(parseSlug(slug, 'slug'), editor);
    },
    removeSkill: (_parent, { slug }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      return curation.removeSkill(parseSlug(slug, 'slug'), editor);
    },
    resolveSeedConflict: (_parent, { entity, field, resolution }, { viewer, curation }) => {
      const editor = requireEditor(viewer);
      const key = parseEntityKey(entity, 'entity');
      return curation.resolveSeedConflict(key, parseTrackedField(key, field), resolution, editor);
    },
  },
} satisfies Resolvers;
