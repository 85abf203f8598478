import { describe, expect, it } from 'vitest';
import { LabelIndex, type LabelEntry } from './labelIndex.js';
import type { SearchKind } from './model.js';

const ENTRIES: LabelEntry[] = [
  { id: 'onet:rn', kind: 'ROLE', labels: ['Registered Nurses', 'Nurse', 'Ward Nurse', 'RN'] },
  { id: 'onet:np', kind: 'ROLE', labels: ['Nurse Practitioners'] },
  { id: 'esco:welder', kind: 'ROLE', labels: ['welder', 'welding operative'] },
  { id: 'onet:weighers', kind: 'ROLE', labels: ['Inspectors, Testers, Sorters, Samplers, and Weighers'] },
  { id: 'skill:weld-underwater', kind: 'SKILL', labels: ['weld underwater'] },
  { id: 'skill:cae', kind: 'SKILL', labels: ['CAE software'] },
  { id: 'onet:swdev', kind: 'ROLE', labels: ['Software Developers', 'Application Developer'] },
  { id: 'skill:k8s', kind: 'SKILL', labels: ['Kubernetes', 'k8s'] },
  { id: 'esco:teacher', kind: 'ROLE', labels: ['primary school teacher', 'Élémentaire teacher'] },
  { id: 'empty', kind: 'ROLE', labels: ['', '  '] },
];
const index = LabelIndex.build(ENTRIES);
const BOTH = new Set<SearchKind>(['ROLE', 'SKILL']);
const ids = (text: string, kinds: ReadonlySet<SearchKind> = BOTH, perKind = 10) => index.match(text, kinds, perKind).map((c) => c.id);

describe('LabelIndex', () => {
  it('skips nodes without a label', () => {
    expect(index.size).toBe(ENTRIES.length - 1);
  });

  it('finds a node when every word of the text starts a word of one of its labels', () => {
    expect(ids('registered n')).toEqual(['onet:rn']);
    expect(ids('ward nu')).toEqual(['onet:rn']);
    expect(ids('primary school t')).toEqual(['esco:teacher']);
    expect(ids('sch prim')).toEqual(['esco:teacher']);
    // The words must meet in one label: "registered" and "practitioners" are in different nodes.
    expect(ids('registered practitioners')).toEqual([]);
  });

  it('takes a word typed in the plural as its singular, a whole word', () => {
    const plurals = LabelIndex.build([
      { id: 'curated:network-architect', kind: 'ROLE', labels: ['Network Architect'] },
      { id: 'onet:network-architects', kind: 'ROLE', labels: ['Computer Network Architects'] },
      { id: 'skill:technology', kind: 'SKILL', labels: ['emerging technology'] },
      { id: 'skill:aws', kind: 'SKILL', labels: ['AW'] },
    ]);
    const found = plurals.match('network architects', BOTH, 10);
    expect(found.map((c) => c.id).sort()).toEqual(['curated:network-architect', 'onet:network-architects']);
    // The singular is a whole word of the label: as good a fit as the plural typed against a plural title.
    expect(found.find((c) => c.id === 'curated:network-architect')!.indexScore).toBe(1);
    expect(plurals.match('technologies', BOTH, 10).map((c) => c.id)).toEqual(['skill:technology']);
    // Short words are names, not plurals.
    expect(plurals.match('aws', BOTH, 10)).toEqual([]);
    // A singular typed does not find a different word it is not the start of.
    expect(plurals.match('architecture', BOTH, 10)).toEqual([]);
  });

  it('compares words as ranking does: case, accents and punctuation ignored', () => {
    expect(ids('ELEMENTAIRE')).toEqual(['esco:teacher']);
    expect(ids('inspectors, testers')).toEqual(['onet:weighers']);
  });

  it('returns nothing for a typo or text without words, so search falls back to the fulltext indexes', () => {
    expect(ids('clod')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('*:*')).toEqual([]);
  });

  it('scores a title above an alias, a label starting with the text above one that only contains it', () => {
    const [rn] = index.match('nurse', BOTH, 10).filter((c) => c.id === 'onet:rn');
    const [np] = index.match('nurse', BOTH, 10).filter((c) => c.id === 'onet:np');
    // "Nurse" is an alternate title of RN (0.5), "Nurse Practitioners" the title of NP (1 × coverage 0.75).
    expect(np.indexScore).toBeGreaterThan(rn.indexScore);
    const software = index.match('software', BOTH, 10);
    expect(software.map((c) => c.id)).toEqual(['onet:swdev', 'skill:cae']);
    expect(software[0].indexScore).toBeGreaterThan(software[1].indexScore);
    // A whole word counts more than a prefix of one.
    const weld = index.match('weld', BOTH, 10);
    expect(weld.find((c) => c.id === 'skill:weld-underwater')!.indexScore).toBeGreaterThan(weld.find((c) => c.id === 'esco:welder')!.indexScore * 0.5);
    expect(index.match('welder', BOTH, 10).map((c) => c.indexScore)).toEqual([1]);
  });

  it('hands ranking only the labels that match as typed, primary first', () => {
    expect(index.match('nur', BOTH, 10).find((c) => c.id === 'onet:rn')!.labels).toEqual(['Registered Nurses', 'Nurse', 'Ward Nurse']);
    expect(index.match('k8', BOTH, 10)[0].labels).toEqual(['k8s']);
  });

  it('keeps the kinds asked for and at most perKind of each, best first', () => {
    expect(ids('we', new Set(['SKILL']))).toEqual(['skill:weld-underwater']);
    expect(ids('we', new Set(['ROLE']))).toEqual(['esco:welder', 'onet:weighers']);
    expect(ids('we', BOTH, 1)).toEqual(['esco:welder', 'skill:weld-underwater']);
    expect(ids('we', BOTH, 0)).toEqual([]);
  });

  it('keeps the best perKind of many matches: the higher score, then the shorter primary label, then the id', () => {
    // 2,000 roles share the word "clerk", in labels of a few shapes and lengths: many equal scores.
    const many: LabelEntry[] = Array.from({ length: 2_000 }, (_, n) => ({
      id: `role-${String(1_999 - n).padStart(4, '0')}`,
      kind: 'ROLE',
      labels: [n % 7 === 0 ? 'clerk' : n % 3 === 0 ? 'filing clerk' : `clerk of ${'x'.repeat(1 + (n % 5))}`],
    }));
    const wide = LabelIndex.build(many);
    const roles = new Set<SearchKind>(['ROLE']);
    const all = wide.match('clerk', roles, 2_000);
    expect(all).toHaveLength(2_000);
    const length = new Map(many.map((entry) => [entry.id, entry.labels[0]!.length]));
    for (let i = 1; i < all.length; i++) {
      const [before, after] = [all[i - 1]!, all[i]!];
      const order =
        before.indexScore - after.indexScore || length.get(after.id)! - length.get(before.id)! || (before.id < after.id ? 1 : -1);
      expect(order, `${before.id} before ${after.id}`).toBeGreaterThan(0);
    }
    // Keeping fewer keeps the first of that order, whatever the size.
    for (const perKind of [1, 3, 12, 300]) expect(wide.match('clerk', roles, perKind)).toEqual(all.slice(0, perKind));
    // The best: a whole label "clerk" (n % 7 === 0), the lowest id among them (n = 1995).
    expect(all[0]).toMatchObject({ id: 'role-0004', labels: ['clerk'] });
  });

  it('gives the same answer twice (the score buffer is reset after each match)', () => {
    const first = index.match('n', BOTH, 10);
    expect(index.match('n', BOTH, 10)).toEqual(first);
    expect(index.match('nurse pr', BOTH, 10).map((c) => c.id)).toEqual(['onet:np']);
  });
});

/**
 * A fixed, generated label set where words share prefixes, repeat within a label and carry accents
 * and punctuation, and the answers of the index before its compact build (commit 8eef741), kept in
 * a snapshot: the build may change how the index is stored, never what it answers. The answers
 * changed once on purpose, for texts typed in the plural ("nurses", "dates"), when the index began
 * to take a plural as its singular.
 */
describe('LabelIndex on a generated label set', () => {
  let state = 14;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const STEMS = ['nur', 'nurs', 'weld', 'soft', 'softw', 'dat', 'data', 'éco', 'eco', 'ana', 'anal', 'man', 'mana', 'te', 'tea', 'k8'];
  const ENDINGS = ['', 'e', 'es', 'er', 'ing', 'ist', 'ware', 'ager', 'ysis', 's'];
  const word = () => pick(STEMS) + pick(ENDINGS);
  const label = () => {
    const words = Array.from({ length: 1 + Math.floor(random() * 4) }, word);
    return words.join(pick([' ', ' ', ', ', '-', ' & ', '/']));
  };
  const entries: LabelEntry[] = Array.from({ length: 600 }, (_, n) => ({
    id: `node-${n}`,
    kind: random() < 0.6 ? 'ROLE' : 'SKILL',
    labels: Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.05 ? '' : label())),
  }));
  const generated = LabelIndex.build(entries);
  const queries = [...STEMS, ...STEMS.flatMap((stem) => ENDINGS.slice(1, 4).map((ending) => stem + ending)), 'nurse w', 'data ana', 'te te', 'eco', 'ECO', 'x', 'weld-soft'];

  it('gives the answers it gave before', async () => {
    const answers = Object.fromEntries(
      queries.map((text) => [text, generated.match(text, BOTH, 5).map((c) => `${c.id} ${c.kind} ${c.indexScore.toFixed(6)} ${c.labels.join(' | ')}`)]),
    );
    expect(generated.size).toBe(entries.filter((entry) => entry.labels.some((text) => text.trim() !== '')).length);
    await expect(`${JSON.stringify(answers, null, 1)}\n`).toMatchFileSnapshot('__snapshots__/labelIndex.generated.json');
  });
});
