/**
 * The only place Neo4j values become plain JavaScript: integers to numbers, temporals to ISO
 * strings, nodes and relationships to their properties. Repositories call `toNative` on every
 * record so `{ low, high }` never leaks into resolvers.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Integer } from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : (value as boolean | number | string);
  if (Array.isArray(value)) return value.map(toNative);
  // Cypher maps (most of what statements return) are plain objects: skip the six temporal and the
  // graph-type checks below, which were the largest part of this function's cost.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Object.prototype || prototype === null) return mapToNative(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    const integer = value as Integer;
    // Every integer we store (salaries, counts, years) is far inside the safe range.
    return integer.inSafeRange() ? integer.toNumber() : Number(integer.toString());
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((segment) => toNative(segment.end));
  return mapToNative(value as Record<string, unknown>);
}

function mapToNative(value: Record<string, unknown>): { [key: string]: Native } {
  const out: Record<string, Native> = {};
  for (const key in value) if (Object.hasOwn(value, key)) out[key] = toNative(value[key]);
  return out;
}

/** Converts a driver record into a plain object keyed by the RETURN aliases. */
export function recordToObject<T>(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): T {
  const out: Record<string, Native> = {};
  for (const key of record.keys) out[String(key)] = toNative(record.get(key));
  return out as T;
}
