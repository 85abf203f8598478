import { describe, expect, it } from 'vitest';
import { createLogger } from './createLogger.js';
import { SLOW_QUERY_STATEMENT_CHARS, slowQueryObserver } from './slowQueryObserver.js';

function capture(thresholdMs: number) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { lines, observer: slowQueryObserver(logger, thresholdMs) };
}

describe('slowQueryObserver', () => {
  it('logs statements at or over the threshold, whitespace collapsed and cut to 200 characters', () => {
    const { lines, observer } = capture(500);
    const cypher = `MATCH (r:Role {slug: $slug})\n   RETURN r ${'// padding '.repeat(40)}`;
    observer.onQuery({ cypher, durationMs: 499.9, mode: 'READ', failed: false });
    observer.onQuery({ cypher, durationMs: 731.4, mode: 'WRITE', failed: true });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, event: 'slow_query', durationMs: 731, mode: 'WRITE', failed: true, thresholdMs: 500 });
    const statement = lines[0]!.statement as string;
    expect(statement).toHaveLength(SLOW_QUERY_STATEMENT_CHARS);
    expect(statement.startsWith('MATCH (r:Role {slug: $slug}) RETURN r // padding')).toBe(true);
  });
});
