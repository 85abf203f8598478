/** The Cypher projections built from property lists, and tuples turned back into objects. */
import { describe, expect, it } from 'vitest';
import { fromTuple, projection, tupleProjection } from './projection.js';

describe('projections', () => {
  it('projects properties as a map, dates as ISO strings', () => {
    expect(projection('hop', ['kind', 'asOf'])).toBe('hop {.kind, asOf: toString(hop.asOf)}');
  });

  it('projects the same properties as a list, in order, dates as ISO strings', () => {
    expect(tupleProjection('hop', ['kind', 'asOf', 'via'])).toBe('[hop.kind, toString(hop.asOf), hop.via]');
  });

  it('turns a tuple back into the object the map projection gives, nulls kept', () => {
    const properties = ['kind', 'typicalYears', 'confidence', 'via'];
    expect(fromTuple(properties, ['PROMOTION', 2, null, null])).toEqual({ kind: 'PROMOTION', typicalYears: 2, confidence: null, via: null });
    expect(Object.keys(fromTuple(properties, ['LATERAL', null, 0.5, 'onet:x']))).toEqual(properties);
  });
});
