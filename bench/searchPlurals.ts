/**
 * Search relevance for titles typed in the plural: ESCO occupation titles (written in the singular:
 * "welder", "primary school teacher") drawn from the bundled graph, their last word put in the plural
 * ("welders", "primary school teachers"), each sent to every target as `search(text, first: 10,
 * kinds: [ROLE])`. Counts how often the occupation is the first hit, in the first three and in the
 * ten (as the hit's main role or in its sameOccupation, since search folds one occupation into one
 * hit). `--as-written` sends the titles unchanged, the control. Several targets (e.g. this branch and
 * main over the same graph) see the same texts.
 *
 *   npx tsx bench/searchPlurals.ts --target ours=http://127.0.0.1:4951/graphql [--target main=http://…] \
 *     [--titles 300] [--seed 7] [--as-written]
 *
 * The targets must already run on the O*NET + ESCO graph (`NEO4J_FIRST_LOAD=bundled npm start`).
 */
import { pathToFileURL } from 'node:url';
import pluralize from 'pluralize';
import { bundledNodeRows, draw, namedOptions, options } from './typeahead.js';

const SEARCH = `query SearchPlurals($text: String!) { search(text: $text, first: 10, kinds: [ROLE]) { role { id } sameOccupation { id } } }`;

interface Hit {
  role: { id: string } | null;
  sameOccupation: Array<{ id: string }>;
}

/** The title with its last word in the plural ("primary school teacher" → "primary school teachers"). */
export function lastWordPlural(title: string): string {
  const words = title.split(' ');
  words[words.length - 1] = pluralize.plural(words[words.length - 1]);
  return words.join(' ');
}

async function search(url: string, text: string): Promise<Hit[]> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: { text } }) });
  const body = (await response.json()) as { data?: { search: Hit[] }; errors?: unknown };
  if (!body.data) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return body.data.search;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const targets = namedOptions(argv, 'target');
  if (targets.size === 0) throw new Error('Give at least one --target name=http://host:port/graphql');
  const count = Number(options(argv, 'titles')[0] ?? 300);
  const seed = Number(options(argv, 'seed')[0] ?? 7);
  const asWritten = argv.includes('--as-written');
  const rows = (await bundledNodeRows('Role.csv.gz', ['id', 'title'])).filter((row) => row.id?.startsWith('esco:role:') && row.title);
  /** Title → the ESCO occupations so titled (a few titles are shared). */
  const idsByTitle = new Map<string, string[]>();
  for (const row of rows) idsByTitle.set(row.title, [...(idsByTitle.get(row.title) ?? []), row.id]);
  const titles = draw([...idsByTitle.keys()], count, seed);
  const tally = new Map([...targets.keys()].map((name) => [name, { first: 0, firstThree: 0, firstTen: 0 }]));
  for (const title of titles) {
    const text = asWritten ? title : lastWordPlural(title);
    const wanted = new Set(idsByTitle.get(title));
    for (const [name, url] of targets) {
      const hits = await search(url, text);
      const at = hits.findIndex((hit) => (hit.role && wanted.has(hit.role.id)) || hit.sameOccupation.some((member) => wanted.has(member.id)));
      const counts = tally.get(name)!;
      if (at === 0) counts.first++;
      if (at >= 0 && at < 3) counts.firstThree++;
      if (at >= 0) counts.firstTen++;
    }
  }
  console.log(`${titles.length} ESCO occupation titles (seed ${seed}) ${asWritten ? 'as written' : 'with the last word in the plural'}, search(first: 10, kinds: [ROLE])`);
  for (const [name, counts] of tally) {
    console.log(`${name}: first ${counts.first}, in the first three ${counts.firstThree}, in the ten ${counts.firstTen} of ${titles.length}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
