import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DelimitedParser, TabularError, parseDelimited, readAll, splitLines } from '../../src/import/tabular.js';

const fields = (text: string, delimiter = ',') => parseDelimited(text, delimiter).map((record) => record.fields);

/** Feeds the text one character per chunk: every state must survive a chunk boundary. */
function fieldsByChar(text: string, delimiter = ','): string[][] {
  const parser = new DelimitedParser(delimiter);
  const out = [...text].flatMap((char) => parser.push(char));
  return [...out, ...parser.end()].map((record) => record.fields);
}

describe('DelimitedParser (RFC 4180)', () => {
  const esco = 'a,b,c\r\n1,"x\ny\nz",3\r\n2,"say ""hi""",\r\n';

  it('parses quoted fields, doubled quotes, CRLF records and fields spanning lines', () => {
    expect(fields(esco)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x\ny\nz', '3'],
      ['2', 'say "hi"', ''],
    ]);
  });

  it('gives the same records whatever the chunking', () => {
    expect(fieldsByChar(esco)).toEqual(fields(esco));
    const onet = 'Element ID\tDescription\n1.A\t"without ""giving out"" or fatiguing."\n2.A\tplain\n';
    expect(fieldsByChar(onet, '\t')).toEqual(fields(onet, '\t'));
    expect(fields(onet, '\t')[1]).toEqual(['1.A', 'without "giving out" or fatiguing.']);
  });

  it('keeps a CR inside quotes, and a lone CR outside quotes as data', () => {
    expect(fields('"a\r\nb",c\r\n')).toEqual([['a\r\nb', 'c']]);
    expect(fields('a\rb,c\n')).toEqual([['a\rb', 'c']]);
  });

  it('accepts a last record without a newline and ignores blank lines', () => {
    expect(fields('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,""')).toEqual([['a', '']]);
  });

  it('keeps a quote inside an unquoted field literally', () => {
    expect(fields('5\'11",x\n')).toEqual([['5\'11"', 'x']]);
  });

  it('reports the line where a record starts', () => {
    const records = parseDelimited('h1,h2\r\n"multi\nline",x\r\nnext,y\r\n', ',');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('rejects broken quoting with the file and line', () => {
    expect(() => parseDelimited('a,b\n"open,x\n', ',', 'bad.csv')).toThrow(/bad\.csv: line 2: a quoted field is not closed/);
    expect(() => parseDelimited('a,b\n"x"y,z\n', ',', 'bad.csv')).toThrow(/bad\.csv: line 2: unexpected text after a closing quote/);
  });
});

describe('readAll / readTable', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'career-graph-tabular-'));
    await writeFile(join(dir, 'ragged.csv'), '\uFEFFa,b,c,d\r\n1,2,3,4\r\n5,6\r\n');
    await writeFile(join(dir, 'long.csv'), 'a,b\n1,2,3\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('strips a byte order mark and keys rows by the header', async () => {
    const rows = await readAll(join(dir, 'ragged.csv'), { delimiter: ',', short: 'pad' });
    expect(rows[0]).toEqual({ a: '1', b: '2', c: '3', d: '4' });
  });

  it('pads short rows only when asked, and counts them', async () => {
    const padded: number[] = [];
    const rows = await readAll(join(dir, 'ragged.csv'), { delimiter: ',', short: 'pad', onPadded: (line) => padded.push(line) });
    expect(rows[1]).toEqual({ a: '5', b: '6', c: '', d: '' });
    expect(padded).toEqual([3]);
    await expect(readAll(join(dir, 'ragged.csv'), { delimiter: ',' })).rejects.toThrow(/ragged\.csv: line 3: 2 fields, but the header has 4/);
  });

  it('rejects rows longer than the header, missing columns and missing files by name', async () => {
    await expect(readAll(join(dir, 'long.csv'), { delimiter: ',', short: 'pad' })).rejects.toThrow(/line 2: 3 fields/);
    await expect(readAll(join(dir, 'long.csv'), { delimiter: ',', requiredColumns: ['a', 'zz'] })).rejects.toThrow(/missing column\(s\) "zz"/);
    const missing = join(dir, 'nope.csv');
    await expect(readAll(missing, { delimiter: ',' })).rejects.toThrow(new TabularError(`Missing file: ${missing}`));
  });
});

describe('splitLines', () => {
  it('splits ESCO list fields on LF or CRLF and drops blanks', () => {
    expect(splitLines(' a \r\nb\n\n c')).toEqual(['a', 'b', 'c']);
    expect(splitLines('')).toEqual([]);
  });
});
