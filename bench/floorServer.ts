/**
 * The HTTP floor (issue 14): the benchmark's hand-written Cypher (CYPHER_STATEMENTS in scenarios.ts)
 * behind a bare `node:http` endpoint that returns the records as JSON: no framework, no GraphQL, no
 * validation, no scoring, no logging. `POST /<statement key>` with the parameters as the JSON body
 * answers `{"data": [<record>, …]}`. It is the least any HTTP API over this graph can cost, so
 * "ours ÷ floor" is what our API adds on top of the statement and one HTTP exchange.
 *
 * Run as its own process, like our API and the peer: `node --import tsx bench/floorServer.ts` with
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and PORT. Reads are auto-commit queries in
 * READ sessions (what our API and the Cypher leg use), integers decoded as numbers.
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { CYPHER_STATEMENTS, type CypherKey } from './scenarios.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const driver = neo4j.driver(env('NEO4J_URI'), neo4j.auth.basic(env('NEO4J_USER'), env('NEO4J_PASSWORD')), {
  disableLosslessIntegers: true,
});
const database = env('NEO4J_DATABASE');
const isKey = (key: string): key is CypherKey => Object.hasOwn(CYPHER_STATEMENTS, key);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const key = (request.url ?? '/').slice(1);
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (!isKey(key)) return reply(404, { errors: [{ message: `No statement "${key}"` }] });
    let parameters: Record<string, unknown>;
    try {
      parameters = chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    } catch {
      return reply(400, { errors: [{ message: 'The body is not JSON' }] });
    }
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    session
      .run(CYPHER_STATEMENTS[key], parameters)
      .then((result) => reply(200, { data: result.records.map((record) => record.toObject()) }))
      .catch((error: unknown) => reply(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }))
      .finally(() => void session.close());
  });
});

server.listen(Number(env('PORT')), '127.0.0.1', () => console.log(`listening http://127.0.0.1:${env('PORT')}/`));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
