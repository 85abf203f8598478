/** toNative without a database: the driver's value types built directly. */
import neo4j, { Date as Neo4jDate, DateTime, Node, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { recordToObject, toNative } from './values.js';

describe('toNative', () => {
  it('turns driver integers (lossless or bigint) into numbers and keeps numbers as they are', () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int('9007199254740993'))).toBe(9007199254740992); // outside 2^53: nearest number
    expect(toNative(BigInt(7))).toBe(7);
    expect(toNative(3.5)).toBe(3.5);
  });

  it('turns temporals into ISO strings, also inside maps and lists', () => {
    const asOf = new Neo4jDate(2026, 11, 29);
    const at = new DateTime(2026, 11, 29, 10, 30, 0, 0, 0);
    expect(toNative({ asOf, history: [at] })).toEqual({ asOf: '2026-11-29', history: ['2026-11-29T10:30:00Z'] });
  });

  it('turns nodes and relationships into their (converted) properties', () => {
    const node = new Node(neo4j.int(1), ['Role'], { slug: 'cloud-architect', medianSalaryUsd: neo4j.int(150000) }, 'e1');
    const edge = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'REQUIRES', { level: 0.7 }, 'e2', 'e1', 'e3');
    expect(toNative([node, edge])).toEqual([{ slug: 'cloud-architect', medianSalaryUsd: 150000 }, { level: 0.7 }]);
  });

  it('converts plain and prototype-less maps deeply, with null for missing values', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { count: neo4j.int(3) });
    expect(toNative({ a: { b: [neo4j.int(1), null, undefined] }, bare })).toEqual({ a: { b: [1, null, null] }, bare: { count: 3 } });
  });

  it('reads a record into an object keyed by its RETURN aliases', () => {
    const values: Record<string, unknown> = { slug: 'x', total: neo4j.int(5) };
    const record = { keys: ['slug', 'total'], get: (key: PropertyKey) => values[String(key)] };
    expect(recordToObject(record)).toEqual({ slug: 'x', total: 5 });
  });
});
