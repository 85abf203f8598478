/**
 * A fixed list of strings packed into one UTF-8 buffer with their offsets, and found by value with a
 * binary search over a sorted permutation. Pure.
 *
 * Why: the MoveGraph of 100,000 roles held their ids and slugs as JS strings, with a Map from slug to
 * index: 12.4 MiB of V8 heap, which the API's heap limit and garbage collector then carry on every
 * collection (docs/performance.md, "Twenty-second pass"). Packed, the same strings are their bytes
 * plus 4 bytes an offset (and 4 a sorted index when searched by value), outside the heap.
 */
export class PackedStrings {
  private readonly bytes: Buffer;
  /** String i is bytes[offsets[i] .. offsets[i + 1]). */
  private readonly offsets: Int32Array;
  /** The strings' indexes in byte order (UTF-8 byte order is code point order), when searchable. */
  private readonly sorted: Int32Array | null;

  /** `searchable`: whether indexOf is wanted (it costs 4 bytes a string and a sort at build). */
  constructor(strings: readonly string[], searchable: boolean) {
    this.offsets = new Int32Array(strings.length + 1);
    let length = 0;
    for (let index = 0; index < strings.length; index += 1) {
      length += Buffer.byteLength(strings[index]!, 'utf8');
      this.offsets[index + 1] = length;
    }
    this.bytes = Buffer.allocUnsafeSlow(length);
    for (let index = 0; index < strings.length; index += 1) this.bytes.write(strings[index]!, this.offsets[index]!, 'utf8');
    if (!searchable) {
      this.sorted = null;
      return;
    }
    const sorted = Int32Array.from(strings.keys());
    sorted.sort((a, b) => this.compareAt(a, b));
    this.sorted = sorted;
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  /** String `index`. */
  at(index: number): string {
    return this.bytes.toString('utf8', this.offsets[index]!, this.offsets[index + 1]!);
  }

  /** The index of a string equal to `value` (of equal strings, any), or undefined. */
  indexOf(value: string): number | undefined {
    if (this.sorted === null) throw new Error('PackedStrings.indexOf needs a list built searchable');
    const wanted = Buffer.from(value, 'utf8');
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const index = this.sorted[middle]!;
      // Buffer.compare's sign is this range's order against `wanted`.
      const order = this.bytes.compare(wanted, 0, wanted.length, this.offsets[index]!, this.offsets[index + 1]!);
      if (order === 0) return index;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Bytes held (the buffer and the offsets, and the sorted indexes). */
  get byteSize(): number {
    return this.bytes.length + this.offsets.byteLength + (this.sorted?.byteLength ?? 0);
  }

  private compareAt(a: number, b: number): number {
    return this.bytes.compare(this.bytes, this.offsets[b]!, this.offsets[b + 1]!, this.offsets[a]!, this.offsets[a + 1]!);
  }
}
