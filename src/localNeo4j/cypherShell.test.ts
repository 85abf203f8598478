import { describe, expect, it } from 'vitest';
import { CypherArgumentError, cypherShellArguments, parseCypherArguments } from './cypherShell.js';

const target = { uri: 'bolt://127.0.0.1:7687', database: 'neo4j' };

describe('npm run cypher arguments', () => {
  it('reads in READ access mode unless --write', () => {
    expect(cypherShellArguments(parseCypherArguments([]), target)).toEqual([
      '--address', 'bolt://127.0.0.1:7687', '--database', 'neo4j', '--access-mode', 'read', '--format', 'auto',
    ]);
    expect(cypherShellArguments(parseCypherArguments(['--write', 'CREATE ()']), target)).toContain('write');
    expect(cypherShellArguments(parseCypherArguments(['--write', 'CREATE ()']), target).at(-1)).toBe('CREATE ()');
  });

  it('passes a file, a format and parameters on to cypher-shell', () => {
    const args = cypherShellArguments(parseCypherArguments(['-f', 'q.cypher', '--format', 'plain', '-P', '{a: 1}', '-P', '{b: 2}']), target);
    expect(args.slice(6)).toEqual(['--format', 'plain', '--param', '{a: 1}', '--param', '{b: 2}', '--file', 'q.cypher']);
  });

  it.each([
    [['--format', 'csv'], /--format must be one of/],
    [['--nope'], /Unknown option/],
    [['-f', 'a.cypher', 'RETURN 1'], /either -f FILE or a query/],
    [['RETURN 1', 'RETURN 2'], /one query at a time/],
    [['   '], /the query is empty/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCypherArguments(argv)).toThrow(CypherArgumentError);
    expect(() => parseCypherArguments(argv)).toThrow(message);
  });
});
