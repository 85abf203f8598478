import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CacheAdmission } from './cacheAdmission.js';

const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe('CacheAdmission (which answers the response cache stores)', () => {
  it('stores an answer on its request\'s second miss, not its first', () => {
    const admission = new CacheAdmission(2);
    expect(admission.admit(keyOf('a'))).toBe(false);
    expect(admission.admit(keyOf('b'))).toBe(false);
    expect(admission.admit(keyOf('a'))).toBe(true);
    expect(admission.admit(keyOf('b'))).toBe(true);
  });

  it('counts each request on its own, up to minRequests', () => {
    const admission = new CacheAdmission(3);
    expect([1, 2, 3].map(() => admission.admit(keyOf('a')))).toEqual([false, false, true]);
    expect(admission.admit(keyOf('b'))).toBe(false);
  });

  it('starts counting again after storing (an evicted answer must be asked for again)', () => {
    const admission = new CacheAdmission(2);
    admission.admit(keyOf('a'));
    expect(admission.admit(keyOf('a'))).toBe(true);
    expect(admission.admit(keyOf('a'))).toBe(false);
    expect(admission.admit(keyOf('a'))).toBe(true);
  });

  it('stores every answer with minRequests 1', () => {
    const admission = new CacheAdmission(1);
    expect(admission.admit(keyOf('a'))).toBe(true);
    expect(admission.admit(keyOf('a'))).toBe(true);
  });

  it('forgets the oldest requests beyond what it remembers', () => {
    const admission = new CacheAdmission(2, 3);
    admission.admit(keyOf('first'));
    for (const other of ['b', 'c', 'd']) admission.admit(keyOf(other));
    expect(admission.admit(keyOf('first'))).toBe(false);
    expect(admission.admit(keyOf('d'))).toBe(true);
  });

  it('refuses a count below 1 and a key that is not hexadecimal', () => {
    expect(() => new CacheAdmission(0)).toThrow(/minRequests must be a whole number ≥ 1/);
    expect(() => new CacheAdmission(1.5)).toThrow(/minRequests/);
    expect(() => new CacheAdmission(2).admit('not-a-hash')).toThrow(/hexadecimal/);
  });
});
