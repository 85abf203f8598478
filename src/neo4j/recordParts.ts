/**
 * Large answers in records of a bounded size. neo4j-driver decodes a record larger than one Bolt
 * chunk (64 KiB) through its CombinedBuffer, which walks the list of chunks for every byte it reads,
 * allocates a buffer for every float and a string decoder for every string (neo4j-driver 6.3.0,
 * bolt-connection's channel/combined-buf.js and channel/utf8.js). A fresh O*NET headline, ~40 candidates of ~90-400 requirements in
 * one ~0.5 MB record, spent longer decoding than its statement ran, and the decoding made a third of
 * the API's garbage (docs/performance.md, "Eighth pass"). So statements whose answers carry
 * requirement lists end with returnInParts and are read back with joinParts; small answers stay one
 * record.
 */

/**
 * At most about how many requirement tuples go in one record: ~30 KB at ~75 bytes a tuple (an ESCO
 * skill id is ~50 characters). A statement takes it as $requirementsPerRecord, so tests can split
 * small answers too.
 */
export const REQUIREMENTS_PER_RECORD = 400;

export interface RecordParts {
  /** Columns every record repeats: which answer of the statement it belongs to. */
  identity: readonly string[];
  /** Columns only the first record (part 0) carries; null in the others. */
  head: readonly string[];
  /** The list whose entries have `requirements`: each entry goes whole to the record its first tuple falls in. */
  byRequirements: string;
  /** Other lists, shared out evenly over the records. */
  shared: readonly string[];
}

/**
 * The end of a statement whose last `WITH` bound every column of `parts`: one record per
 * $requirementsPerRecord requirement tuples (at least one), each with the `identity` columns and
 * `part` (0, 1, …). `offsets` are where each entry's tuples start; toInteger because Cypher types the
 * elements of a list reduce() builds as any number, and range() takes integers only.
 */
export function returnInParts({ identity, head, byRequirements: list, shared }: RecordParts): string {
  const columns = [...identity, ...head, list, ...shared].join(', ');
  const share = (name: string) => `${name}[size(${name}) * part / parts .. size(${name}) * (part + 1) / parts] AS ${name}`;
  return `
WITH ${columns}, reduce(offsets = [0], entry IN ${list} | offsets + (offsets[-1] + size(entry.requirements))) AS offsets
WITH ${columns}, offsets, 1 + toInteger(offsets[-1]) / $requirementsPerRecord AS parts
UNWIND range(0, parts - 1) AS part
RETURN ${[
    ...identity,
    'part',
    ...head.map((column) => `CASE part WHEN 0 THEN ${column} END AS ${column}`),
    `[index IN range(0, size(${list}) - 1) WHERE toInteger(offsets[index]) / $requirementsPerRecord = part | ${list}[index]] AS ${list}`,
    ...shared.map(share),
  ].join(', ')}`;
}

/**
 * The end of a statement that could end in returnInParts but whose answer is known to be small (its
 * entries carry no requirements): one record, part 0, so joinParts reads it like any other.
 */
export function returnWhole({ identity, head, byRequirements: list, shared }: RecordParts): string {
  return `
RETURN ${[...identity, '0 AS part', ...head, list, ...shared].join(', ')}`;
}

/** A record of a statement that ends in returnInParts (or returnWhole). */
export interface PartRow {
  part: number;
}

/**
 * The records of a statement that ends in returnInParts joined back into one row per answer
 * (`keyOf`): the head columns from part 0, every list in `lists` the concatenation of all parts'.
 */
export function joinParts<Row extends PartRow>(rows: readonly Row[], keyOf: (row: Row) => string, lists: ReadonlyArray<keyof Row>): Row[] {
  const joined = new Map<string, Row>();
  for (const row of rows) if (row.part === 0) joined.set(keyOf(row), { ...row });
  for (const row of rows) {
    if (row.part === 0) continue;
    const head = joined.get(keyOf(row));
    if (!head) throw new Error(`Part ${row.part} of answer "${keyOf(row)}" came without its part 0`);
    for (const list of lists) {
      const share = row[list] as unknown[] | null | undefined;
      if (share?.length) head[list] = [...((head[list] as unknown[] | null | undefined) ?? []), ...share] as Row[keyof Row];
    }
  }
  return [...joined.values()];
}
