import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeValue,
  progressionEntity,
  requirementEntity,
  roleEntity,
  skillEntity,
  type CuratedEdit,
} from '../../graph/curatedEdits.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import { formatSeedConflicts, planSeedLoad, seedStates } from './keepCuratorEdits.js';
import { readSeeds } from './readSeeds.js';
import { seedParameters, type SeedParameters } from './seedParameters.js';

let seeded: SeedParameters;
let role: SeedParameters['roles'][number];
let skill: SeedParameters['skills'][number];

beforeAll(async () => {
  seeded = seedParameters(await readSeeds('seeds'));
  role = seeded.roles.find((candidate) => candidate.requirements.length >= 2 && candidate.nextRoles.length >= 1)!;
  skill = seeded.skills[0]!;
});

const mark = (entity: string, field: string, value: unknown, seedValue: unknown): CuratedEdit => ({
  entity,
  field,
  value: encodeValue(value as never),
  seedValue: encodeValue(seedValue as never),
  editedBy: 'alice',
  editedAt: '2026-12-01T10:00:00Z',
  conflictSeedValue: null,
});

describe('planSeedLoad', () => {
  it('writes everything the seeds say when no curator edited anything', () => {
    const plan = planSeedLoad(seeded, []);
    expect(plan.parameters).toEqual(seeded);
    expect(plan).toMatchObject({ conflicts: [], markUpdates: [], keptFields: 0 });
  });

  it('keeps an edited field whose seed did not change, with no conflict, and the edit keeps its provenance', () => {
    const slug = role.properties.slug;
    const plan = planSeedLoad(seeded, [mark(roleEntity(slug), 'title', 'Curator Title', role.properties.title)]);
    const planned = plan.parameters.roles.find((candidate) => candidate.properties.slug === slug)!;
    expect(planned.properties).not.toHaveProperty('title');
    expect(planned.properties).not.toHaveProperty('titleSort');
    expect(planned.properties).not.toHaveProperty('reference');
    expect(planned.properties.summary).toBe(role.properties.summary);
    expect(planned.keepProvenance).toBe(true);
    expect(plan.conflicts).toEqual([]);
    expect(plan.keptFields).toBe(1);
    expect(plan.markUpdates).toEqual([{ id: `${roleEntity(slug)}#title`, seedValue: encodeValue(role.properties.title), conflictSeedValue: null }]);
    // Other roles are untouched.
    expect(plan.parameters.roles.filter((candidate) => candidate.properties.slug !== slug)).toEqual(seeded.roles.filter((candidate) => candidate !== role));
  });

  it('reports a changed seed value under an edited field as a conflict and keeps the curator value', () => {
    const slug = role.properties.slug;
    const plan = planSeedLoad(seeded, [mark(roleEntity(slug), 'summary', 'Curated summary.', 'The summary the seeds had before.')]);
    expect(plan.conflicts).toEqual([
      {
        entity: roleEntity(slug),
        field: 'summary',
        curatorValue: encodeValue('Curated summary.'),
        previousSeedValue: encodeValue('The summary the seeds had before.'),
        seedValue: encodeValue(role.properties.summary),
        editedBy: 'alice',
        editedAt: '2026-12-01T10:00:00Z',
      },
    ]);
    expect(plan.parameters.roles.find((candidate) => candidate.properties.slug === slug)!.properties).not.toHaveProperty('summary');
    expect(plan.markUpdates[0]).toMatchObject({ seedValue: encodeValue('The summary the seeds had before.'), conflictSeedValue: encodeValue(role.properties.summary) });
    expect(formatSeedConflicts(plan.conflicts)).toContain(`${roleEntity(slug)} summary: curator alice`);
  });

  it('takes a seed that caught up with the curator as the new baseline', () => {
    const slug = role.properties.slug;
    const plan = planSeedLoad(seeded, [mark(roleEntity(slug), 'summary', role.properties.summary, 'older')]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.markUpdates).toEqual([{ id: `${roleEntity(slug)}#summary`, seedValue: encodeValue(role.properties.summary), conflictSeedValue: null }]);
  });

  it('does not re-create a deleted requirement, keeps a curator-created move and an edited requirement, and follows edited requirement fields', () => {
    const slug = role.properties.slug;
    const [deletedReq, editedReq] = role.requirements;
    const plan = planSeedLoad(seeded, [
      mark(requirementEntity(slug, deletedReq!.skill), 'exists', false, true),
      mark(requirementEntity(slug, editedReq!.skill), 'importance', 4.5, editedReq!.importanceRaw),
      mark(progressionEntity(slug, 'somewhere-new'), 'exists', true, false),
    ]);
    const planned = plan.parameters.roles.find((candidate) => candidate.properties.slug === slug)!;
    expect(planned.requirements.map((req) => req.skill)).not.toContain(deletedReq!.skill);
    const edited = planned.requirements.find((req) => req.skill === editedReq!.skill)!;
    expect(Object.keys(edited.properties)).not.toContain('importanceRaw');
    expect(Object.keys(edited.properties)).not.toContain('method');
    expect(edited.properties.levelRaw).toBe(editedReq!.levelRaw);
    expect(edited.keepProvenance).toBe(true);
    expect(planned.keptRequirements.sort()).toEqual([deletedReq!.skill, editedReq!.skill].sort());
    expect(planned.keptProgressions).toEqual(['somewhere-new']);
    // The seeds do not list the new move (absent = the baseline): no conflict.
    expect(plan.conflicts).toEqual([]);
  });

  it('reports a deleted role whose seed changed, and never re-creates it', () => {
    const slug = role.properties.slug;
    const plan = planSeedLoad(seeded, [
      mark(roleEntity(slug), 'exists', false, true),
      mark(roleEntity(slug), 'title', null, 'The title before the seeds changed it'),
    ]);
    expect(plan.parameters.roles.map((candidate) => candidate.properties.slug)).not.toContain(slug);
    expect(plan.conflicts.map((conflict) => conflict.field)).toEqual(['title']);
  });

  it('links an edited skill under the curator name, and ignores marks of entities the seeds do not describe', () => {
    const plan = planSeedLoad(seeded, [mark(skillEntity(skill.slug), 'name', 'Curated Name', skill.name), mark(roleEntity('not-in-the-seeds'), 'title', 'x', null)]);
    const planned = plan.parameters.skills.find((candidate) => candidate.slug === skill.slug)!;
    expect(planned.keys).toEqual(skillNameKeys('Curated Name', skill.aliases));
    expect(planned.properties).not.toHaveProperty('name');
    expect(plan.markUpdates).toHaveLength(1);
    expect(plan.keptFields).toBe(1);
  });
});

describe('seedStates', () => {
  it('states every seeded role, skill, requirement and move under its entity key', () => {
    const states = seedStates(seeded);
    expect(states.get(roleEntity(role.properties.slug))).toMatchObject({ exists: true, title: role.properties.title, family: role.family });
    const req = role.requirements[0]!;
    expect(states.get(requirementEntity(role.properties.slug, req.skill))).toEqual({
      exists: true,
      importance: req.importanceRaw,
      level: req.levelRaw,
      essential: req.essential,
    });
    expect(states.size).toBe(
      seeded.roles.length + seeded.skills.length + seeded.roles.reduce((sum, r) => sum + r.requirements.length + r.nextRoles.length, 0),
    );
  });
});
