import { describe, expect, it } from 'vitest';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { pathSelection, pathSelectionKey, WHOLE_PATHS } from './pathSelection.js';

const leaf = (name: string): SelectedField => ({ name, args: {} });
const object = (name: string, type: string, selections: SelectedField[]): SelectedField => ({ name, args: {}, type, selections });

describe('pathSelection', () => {
  it('reads skill identities and the ranking properties of moves for a lean progression', () => {
    const selection = pathSelection([object('role', 'Role', [leaf('slug')]), object('bridgingSkills', 'SkillGapItem', [object('skill', 'Skill', [leaf('slug')]), leaf('levelGap')])]);
    // The median salary always: the ranking reads it.
    expect(selection).toEqual({ roleProperties: ['id', 'slug', 'title', 'medianSalaryUsd', 'salaryBasis'], skills: true, skillProperties: ['id', 'slug', 'name'], stepDetails: false, routeScores: true });
  });

  it('reads skills only when the answer shows a skill of a move, through any type that resolves one', () => {
    expect(pathSelection([object('roles', 'Role', [leaf('slug')]), leaf('rank')]).skills).toBe(false);
    expect(pathSelection([object('role', 'Role', [leaf('slug')]), leaf('score'), object('steps', 'ProgressionStep', [leaf('kind')])]).skills).toBe(false);
    expect(pathSelection([object('bridgingSkills', 'SkillGapItem', [leaf('levelGap')])]).skills).toBe(true);
    expect(pathSelection([object('steps', 'CareerPathStep', [object('bridgingSkills', 'SkillGapItem', [object('credit', 'SkillCredit', [leaf('share')])])])]).skills).toBe(true);
    expect(pathSelection([object('sharedSkills', 'Skill', [leaf('slug')])]).skills).toBe(true);
    expect(WHOLE_PATHS.skills).toBe(true);
    // An answer without skills gets a statement of its own.
    expect(pathSelectionKey(pathSelection([leaf('rank')]))).not.toBe(pathSelectionKey(pathSelection([object('sharedSkills', 'Skill', [leaf('slug')])])));
  });

  it('reads the moves’ texts and provenance when a step field shows them, in progressions and career paths alike', () => {
    expect(pathSelection([object('steps', 'ProgressionStep', [leaf('kind'), leaf('typicalYears')])]).stepDetails).toBe(false);
    expect(pathSelection([object('steps', 'ProgressionStep', [leaf('rationale')])]).stepDetails).toBe(true);
    expect(pathSelection([object('steps', 'CareerPathStep', [object('provenance', 'Provenance', [leaf('source')])])]).stepDetails).toBe(true);
    expect(pathSelection([object('steps', 'CareerPathStep', [object('from', 'Role', [leaf('jobZone')]), object('bridgingSkills', 'SkillGapItem', [object('skill', 'Skill', [leaf('category')])])])])).toEqual({
      roleProperties: ['id', 'slug', 'title', 'medianSalaryUsd', 'salaryBasis', 'experienceLevel', 'jobZone'],
      skills: true,
      skillProperties: ['id', 'slug', 'name', 'kind', 'category'],
      stepDetails: false,
      routeScores: true,
    });
  });

  it('knows when a career path answer shows what requirements give a route: its gap, its score or a move’s skills', () => {
    const routes = [leaf('rank'), object('roles', 'Role', [leaf('slug')])];
    expect(pathSelection(routes).routeScores).toBe(false);
    expect(pathSelection([...routes, object('totals', 'PathTotals', [leaf('hops'), leaf('typicalYears'), leaf('averageSalaryUsd')])]).routeScores).toBe(false);
    expect(pathSelection([...routes, object('steps', 'CareerPathStep', [leaf('kind'), leaf('confidence'), object('salaryChange', 'SalaryChange', [leaf('percent')])])]).routeScores).toBe(false);
    expect(pathSelection([...routes, object('totals', 'PathTotals', [leaf('hops'), leaf('gap')])]).routeScores).toBe(true);
    expect(pathSelection([...routes, object('totals', 'PathTotals', [leaf('score')])]).routeScores).toBe(true);
    expect(pathSelection([...routes, object('scoreBreakdown', 'ScoreComponent', [leaf('name')])]).routeScores).toBe(true);
    expect(pathSelection([...routes, object('steps', 'CareerPathStep', [object('bridgingSkills', 'SkillGapItem', [leaf('levelGap')])])]).routeScores).toBe(true);
    expect(WHOLE_PATHS.routeScores).toBe(true);
    expect(pathSelectionKey(pathSelection(routes))).not.toBe(pathSelectionKey(pathSelection([...routes, object('totals', 'PathTotals', [leaf('score')])])));
  });

  it('keys equal selections alike and different ones apart', () => {
    const a = pathSelection([object('sharedSkills', 'Skill', [leaf('description')])]);
    const b = pathSelection([object('sharedSkills', 'Skill', [leaf('aliases')])]);
    expect(pathSelectionKey(a)).toBe(pathSelectionKey(b));
    expect(pathSelectionKey(a)).not.toBe(pathSelectionKey(WHOLE_PATHS));
  });
});
