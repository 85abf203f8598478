import { describe, expect, it } from 'vitest';
import { PackedStrings } from './PackedStrings.js';

describe('PackedStrings', () => {
  const strings = ['cloud-architect', 'nurse', '', 'infirmière', 'ingénieur-logiciel', 'a', 'ab', 'b', '数据科学家', '😀-emoji', 'nurse'];
  const packed = new PackedStrings(strings, true);

  it('gives back every string, whatever its characters', () => {
    expect(packed.length).toBe(strings.length);
    expect(Array.from(strings.keys(), (index) => packed.at(index))).toEqual(strings);
  });

  it('finds each string by value, and nothing for a string not held', () => {
    for (const [index, value] of strings.entries()) {
      const found = packed.indexOf(value)!;
      expect(packed.at(found)).toBe(value);
      if (value !== 'nurse') expect(found).toBe(index);
    }
    for (const absent of ['nurs', 'nurses', 'cloud', 'ingenieur-logiciel', 'c', '😀']) expect(packed.indexOf(absent)).toBeUndefined();
  });

  it('finds every string of a large list', () => {
    const many = Array.from({ length: 5_000 }, (_, index) => `role-${(index * 7_919) % 5_000}-${index % 3 === 0 ? 'é' : 'e'}`);
    const large = new PackedStrings(many, true);
    for (const [index, value] of many.entries()) expect(large.indexOf(value)).toBe(index);
    expect(large.indexOf('role-5000-e')).toBeUndefined();
  });

  it('holds bytes and offsets only, and is searched only when built to be', () => {
    const plain = new PackedStrings(['ab', 'é'], false);
    // 'ab' and 'é' are 4 bytes of UTF-8; 3 offsets of 4 bytes.
    expect(plain.byteSize).toBe(4 + 12);
    expect(new PackedStrings(['ab', 'é'], true).byteSize).toBe(4 + 12 + 8);
    expect(() => plain.indexOf('ab')).toThrow(/searchable/);
  });
});
