import { describe, expect, it } from 'vitest';
import { skillNameKey, skillNameKeyCypher, skillNameKeys } from './skillNameKey.js';

describe('skillNameKey', () => {
  it('trims and lower-cases', () => {
    expect(skillNameKey('  Python ')).toBe('python');
  });

  it('keys a name and its aliases once each, without empty keys', () => {
    expect(skillNameKeys('Kubernetes', ['k8s', 'KUBERNETES', ' '])).toEqual(['kubernetes', 'k8s']);
  });

  it('is the same rule in Cypher', () => {
    expect(skillNameKeyCypher('term')).toBe('toLower(trim(term))');
  });
});
