import { describe, expect, it } from 'vitest';
import { ImportProgress, ImportStats, formatSummary } from '../../src/import/progress.js';

function capture(tty: boolean) {
  const chunks: string[] = [];
  return { stream: { write: (text: string) => chunks.push(text), isTTY: tty, columns: 80 }, chunks };
}

describe('ImportProgress', () => {
  it('prints plain lines when not on a terminal, without repeating the last one', () => {
    const { stream, chunks } = capture(false);
    const phase = new ImportProgress('onet', { stream, intervalMs: 60_000 }).phase('REQUIRES', 100);
    phase.advance(40);
    phase.advance(60);
    phase.finish();
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(/^onet: \[#{10}\.{14}\] REQUIRES 40\/100 \(/);
    expect(chunks[1]).toMatch(/REQUIRES 100\/100/);
    expect(chunks.every((chunk) => chunk.endsWith('\n') && !chunk.includes('\r'))).toBe(true);
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const { stream, chunks } = capture(true);
    const phase = new ImportProgress('esco', { stream }).phase('KNOWN_AS', 10);
    phase.advance(10);
    phase.finish();
    expect(chunks.every((chunk) => chunk.startsWith('\r\x1b[2K'))).toBe(true);
    expect(chunks.at(-1)).toMatch(/KNOWN_AS 10\/10 .*\n$/);
  });

  it('is silent when quiet', () => {
    const { stream, chunks } = capture(true);
    const progress = new ImportProgress('x', { stream, quiet: true });
    progress.phase('a').finish();
    progress.log('hello');
    expect(chunks).toEqual([]);
  });
});

describe('ImportStats', () => {
  it('sums rows, skips and counters into the summary the CLI prints', () => {
    const stats = new ImportStats();
    stats.read('a.csv', 3);
    stats.read('b.csv');
    stats.skip('dangling occupation', 2);
    stats.note('padded rows');
    stats.addCounters({ nodesCreated: 1, nodesDeleted: 0, relationshipsCreated: 5, relationshipsDeleted: 1, propertiesSet: 9, labelsAdded: 1 });
    stats.relationshipsWritten = 5;
    stats.writeSeconds = 0.5;
    const summary = stats.summary();
    expect(summary).toMatchObject({
      rowsRead: 4,
      rowsByFile: { 'a.csv': 3, 'b.csv': 1 },
      skipped: { 'dangling occupation': 2 },
      skippedTotal: 2,
      notes: { 'padded rows': 1 },
      relationshipsCreated: 5,
      relationshipsPerWriteSecond: 10,
    });
    const text = formatSummary('Imported x', summary);
    expect(text).toContain('skipped            2');
    expect(text).toMatch(/\s+2 {2}dangling occupation/);
  });
});
