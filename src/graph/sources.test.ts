import { describe, expect, it } from 'vitest';
import { SOURCE_TAGS, sourceOfTag, type SourceName } from './sources.js';

describe('source tags', () => {
  it('map to Source values and back through the one table', () => {
    for (const [source, tag] of Object.entries(SOURCE_TAGS) as [SourceName, string][]) expect(sourceOfTag(tag)).toBe(source);
    expect(new Set(Object.values(SOURCE_TAGS)).size).toBe(Object.keys(SOURCE_TAGS).length);
  });

  it('know no other tag', () => {
    expect(sourceOfTag('onet-29.2')).toBeUndefined();
    expect(sourceOfTag('CURATED')).toBeUndefined();
  });
});
