/**
 * The only place Neo4j values become plain JavaScript: integers to numbers, temporals to ISO
 * strings, nodes and relationships to their properties. Repositories call `toNative` on every
 * record so `{ low, high }` never leaks into resolvers.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Integer } from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const integer = value as Integer;
    // Every integer we store (salaries, counts, years) is far inside the safe range.
    return integer.inSafeRange() ? integer.toNumber() : Number(integer.toString());
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as boolean | number | string;
  if (Array.isArray(value)) return value.map(toNative);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((segment) => toNative(segment.end));
  const out: Record<string, Native> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
  return out;
}

/** Converts a driver record into a plain object keyed by the RETURN aliases. */
export function recordToObject<T>(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): T {
  const out: Record<string, Native> = {};
  for (const key of record.keys) out[String(key)] = toNative(record.get(key));
  return out as T;
}
