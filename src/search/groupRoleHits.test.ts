import { describe, expect, it } from 'vitest';
import type { Role } from '../graph/model.js';
import { groupRoleHits, type RankedFulltextHit } from './groupRoleHits.js';
import type { RoleConcept } from './model.js';

const role = (id: string, source: string): Role => ({ id, slug: id, title: id, source, sourceId: id.split(':').pop() }) as unknown as Role;
const CURATED = role('curated:role:data-scientist', 'curated');
const SENIOR = role('curated:role:senior-data-scientist', 'curated');
const ONET = role('onet:role:15-2051.00', 'onet-29.3');
const ESCO = role('esco:role:ds', 'esco-1.1.1');
const OTHER_ESCO = role('esco:role:other', 'esco-1.1.1');
const hit = (r: Role, score: number): RankedFulltextHit => ({ score, matchedOn: r.title, item: { kind: 'ROLE', score, role: r, skill: null, concept: null } });

const concepts: RoleConcept[] = [
  { id: CURATED.id, key: CURATED.id, members: [CURATED, ONET, ESCO], owners: [] },
  { id: SENIOR.id, key: SENIOR.id, members: [SENIOR, ONET, ESCO], owners: [] },
  { id: ONET.id, key: ONET.id, members: [ONET, ESCO], owners: [CURATED.id, SENIOR.id] },
  { id: ESCO.id, key: ONET.id, members: [ONET, ESCO], owners: [CURATED.id, SENIOR.id] },
  { id: OTHER_ESCO.id, key: OTHER_ESCO.id, members: [OTHER_ESCO], owners: [] },
];

describe('groupRoleHits', () => {
  it('folds imported occupations into the best-ranked curated role that crosswalks to them', () => {
    const hits = groupRoleHits([hit(ESCO, 0.9), hit(CURATED, 0.8), hit(SENIOR, 0.7), hit(ONET, 0.6), hit(OTHER_ESCO, 0.5)], concepts, 10);
    expect(hits.map((h) => [h.role!.id, h.score, h.sameOccupation.map((r) => r.id)])).toEqual([
      [CURATED.id, 0.9, [ONET.id, ESCO.id]],
      [SENIOR.id, 0.7, []],
      [OTHER_ESCO.id, 0.5, []],
    ]);
    expect(hits[0].matchedOn).toBe(ESCO.title);
  });

  it('without a curated hit, the O*NET occupation is the main role and its EXACT ESCO match is listed with it', () => {
    const hits = groupRoleHits([hit(ESCO, 0.9), hit(ONET, 0.6)], concepts, 10);
    expect(hits.map((h) => [h.role!.id, h.sameOccupation.map((r) => r.id)])).toEqual([[ONET.id, [ESCO.id]]]);
  });

  it('cuts after grouping, so `first` counts occupations; SKILL hits pass through', () => {
    const skill = { score: 0.85, matchedOn: 's', item: { kind: 'SKILL' as const, score: 1, role: null, skill: { id: 's' } as never, concept: null } };
    const hits = groupRoleHits([hit(ESCO, 0.9), skill, hit(ONET, 0.6), hit(OTHER_ESCO, 0.5)], concepts, 2);
    expect(hits.map((h) => h.role?.id ?? h.kind)).toEqual([ONET.id, 'SKILL']);
  });
});
