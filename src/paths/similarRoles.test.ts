import { describe, expect, it } from 'vitest';
import type { Role, Skill } from '../graph/model.js';
import type { SimilarityRows } from './repository.js';
import { buildSimilarRoles } from './similarRoles.js';

const role = (id: string, source: string) => ({ id, slug: id, title: id, source }) as unknown as Role;
const skill = (id: string, source: string) => ({ id, slug: id, name: id, source }) as unknown as Skill;
const requirement = (s: Skill, importance: number) => ({ skill: s, importance, level: null, essential: false });

describe('buildSimilarRoles across sources', () => {
  const rows: SimilarityRows = {
    source: 'onet-29.3',
    vector: [{ skillId: 'onet:tech:python', importance: 1 }, { skillId: 'onet:skill:reading', importance: 1 }],
    candidates: [
      { role: role('esco:role:ds', 'esco-1.1.1'), requirements: [requirement(skill('esco:skill:python', 'esco-1.1.1'), 1)] },
      { role: role('curated:role:ds', 'curated'), requirements: [requirement(skill('curated:skill:python', 'curated'), 1), requirement(skill('curated:skill:ml', 'curated'), 1)] },
      { role: role('onet:role:other', 'onet-29.3'), requirements: [requirement(skill('onet:skill:reading', 'onet-29.3'), 1)] },
    ],
    joins: [
      { skillId: 'onet:tech:python', skillSource: 'onet-29.3', otherId: 'curated:skill:python', otherSource: 'curated' },
      { skillId: 'esco:skill:python', skillSource: 'esco-1.1.1', otherId: 'onet:tech:python', otherSource: 'onet-29.3' },
    ],
    links: [
      { roleId: 'esco:role:ds', relation: 'SAME_OCCUPATION', matchType: 'EXACT', outgoing: false, confidence: 1, evidence: 'Nesta row 1', via: null },
      { roleId: 'curated:role:ds', relation: 'CROSSWALK', matchType: 'BROADER', outgoing: false, confidence: null, evidence: null, via: null },
    ],
  };

  it('scores each pair on its vocabulary, explains it, and states match types from the asked role', () => {
    const similar = buildSimilarRoles(rows, 10);
    expect(similar.map((entry) => [entry.role.id, entry.score, entry.comparedSkills, entry.acrossSources])).toEqual([
      // Python only: reading is not in ESCO's or the curated vocabulary here, ML not in O*NET's.
      ['curated:role:ds', 1, 1, true],
      ['esco:role:ds', 1, 1, true],
      ['onet:role:other', 0.5, 2, false],
    ]);
    // The curated role's CROSSWALK says the O*NET occupation is BROADER than it: from the occupation, the role is NARROWER.
    expect(similar[0].occupationLink).toMatchObject({ relation: 'CROSSWALK', matchType: 'NARROWER' });
    expect(similar[0].explanation).toBe(
      'Weighted Jaccard over the 1 skill concepts both sources name (shared names or EXACT/CLOSE matches); linked by CROSSWALK (NARROWER).',
    );
    expect(similar[1].occupationLink).toMatchObject({ relation: 'SAME_OCCUPATION', matchType: 'EXACT', evidence: 'Nesta row 1' });
    expect(similar[0].sharedSkills.map((s) => s.id)).toEqual(['curated:skill:python']);
    expect(similar[2].occupationLink).toBeNull();
  });
});
