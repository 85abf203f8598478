import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../tabular.js';
import { parseTitleList, resolveCrosswalk, toNestaRow, type NestaRow, type SocStep } from './parseOccupationCrosswalk.js';

const URI = (n: number) => `http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
const row = (overrides: Partial<NestaRow>): NestaRow => ({
  nestaId: '1',
  line: 2,
  escoUri: URI(1),
  escoTitle: 'nurse responsible for general care',
  onetCode: '29-1141.00',
  onetTitle: 'registered nurses',
  matchingTitles: ['ward nurse'],
  semanticSimilarity: 0.865,
  confidence: 2,
  ...overrides,
});
const STEPS: SocStep[] = [
  { code2010: '29-1141.00', title2010: 'Registered Nurses', code2019: '29-1141.00', title2019: 'Registered Nurses' },
  { code2010: '15-1199.08', title2010: 'Biostatisticians', code2019: '15-2051.01', title2019: 'Business Intelligence Analysts' },
  { code2010: '15-1132.00', title2010: 'Software Developers, Applications', code2019: '15-1252.00', title2019: 'Software Developers' },
  { code2010: '15-1132.00', title2010: 'Software Developers, Applications', code2019: '15-1253.00', title2019: 'Software Quality Assurance Analysts and Testers' },
];

describe('Nesta title lists', () => {
  it('reads Python list literals with either quote, and "na" as none', () => {
    expect(parseTitleList("['kindergarten teacher', 'preschool teacher']")).toEqual(['kindergarten teacher', 'preschool teacher']);
    expect(parseTitleList(`["driver's mate", 'x']`)).toEqual(["driver's mate", 'x']);
    expect(parseTitleList('na')).toEqual([]);
    expect(() => parseTitleList('2164')).toThrow(/not a list/);
  });

  it('keeps a row whose title column is not a list, as a row without shared titles', () => {
    const [header, record] = parseDelimited(
      'id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri\n' +
        `1753,transport planner,2164,19-3099.01,transportation planners,2164,0.82,2.0,${URI(3)}\n`,
      ',',
    );
    const fields = Object.fromEntries(header.fields.map((name, index) => [name, record.fields[index]]));
    const parsed = toNestaRow(fields, record.line);
    expect(parsed).toMatchObject({ matchingTitles: [], malformedTitles: '2164', confidence: 2 });
    const [match] = resolveCrosswalk([parsed], []).matches;
    expect(match.matchType).toBe('CLOSE');
    expect(match.evidence).toContain('matching_job_titles "2164" (not a title list; read as none)');
  });

  it('rejects a confidence outside 0.5, 1, 2 and a code that is not O*NET-SOC', () => {
    const base = { id: '1', esco_occupation: 'x', onet_code: '11-1011.00', onet_occupation: 'y', matching_job_titles: 'na', semantic_similarity: '0.5', confidence: '1.0', concept_uri: URI(1) };
    expect(() => toNestaRow({ ...base, confidence: '3' }, 7)).toThrow(/line 7: confidence "3"/);
    expect(() => toNestaRow({ ...base, onet_code: '11-1011' }, 8)).toThrow(/line 8: onet_code/);
  });
});

describe('resolving Nesta rows to O*NET 29.3 codes', () => {
  it('EXACT needs confidence 2, a shared title and no split; confidence is Nesta / 2', () => {
    const { matches } = resolveCrosswalk(
      [
        row({ nestaId: '1' }),
        row({ nestaId: '2', escoUri: URI(2), confidence: 1 }),
        row({ nestaId: '3', escoUri: URI(3), matchingTitles: [] }),
        row({ nestaId: '4', escoUri: URI(4), confidence: 0.5 }),
      ],
      STEPS,
    );
    expect(matches.map((match) => [match.matchType, match.confidence])).toEqual([
      ['EXACT', 1],
      ['CLOSE', 0.5],
      ['CLOSE', 1],
      ['CLOSE', 0.25],
    ]);
    expect(matches[0]).toMatchObject({ method: 'derived', source: 'nesta-esco-onet-2020', asOf: '2020-11-23', onetCode: '29-1141.00' });
    expect(matches[0].evidence).toBe(
      'Nesta ESCO-O*NET crosswalk (Nov 2020) row id 1 (line 2): ESCO "nurse responsible for general care" -> O*NET 29-1141.00 ' +
        '"registered nurses", confidence 2, semantic similarity 0.865, shared titles "ward nurse"; O*NET-SOC 2010 code unchanged in 2019 (2010_to_2019_Crosswalk.csv)',
    );
  });

  it('maps a renamed 2010 code through the 2010→2019 crosswalk and names the step', () => {
    const result = resolveCrosswalk([row({ onetCode: '15-1199.08', onetTitle: 'biostatisticians' })], STEPS);
    expect(result.matches.map((match) => match.onetCode)).toEqual(['15-2051.01']);
    expect(result.matches[0].matchType).toBe('EXACT');
    expect(result.matches[0].evidence).toContain('O*NET-SOC 2010 15-1199.08 "Biostatisticians" -> 2019 15-2051.01');
    expect(result.renamed).toBe(1);
  });

  it('links a split 2010 code to every 2019 code, CLOSE, and says so', () => {
    const result = resolveCrosswalk([row({ onetCode: '15-1132.00' })], STEPS);
    expect(result.matches.map((match) => [match.onetCode, match.matchType])).toEqual([
      ['15-1252.00', 'CLOSE'],
      ['15-1253.00', 'CLOSE'],
    ]);
    expect(result.matches[1].evidence).toContain('one of 2 2019 codes');
    expect(result.split).toBe(1);
  });

  it('keeps a code the 2010→2019 file does not know as a 2019 code, and one edge per pair', () => {
    const result = resolveCrosswalk([row({ onetCode: '15-1299.08' }), row({ nestaId: '9', onetCode: '15-1299.08' })], STEPS);
    expect(result.matches.map((match) => match.onetCode)).toEqual(['15-1299.08']);
    expect(result.matches[0].evidence).not.toContain('2010_to_2019');
  });
});
