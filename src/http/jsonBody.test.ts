/**
 * jsonBodyReader against body-parser's JSON reader on the same requests, over real HTTP: the same
 * body or the same error for each, and only the plain ones (JSON, UTF-8, not compressed, a length
 * within the limit) read without body-parser.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import bodyParser from 'body-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJsonBody, jsonBodyReader, type JsonBodyReader } from './jsonBody.js';

const LIMIT = '2kb';
interface Outcome {
  body?: unknown;
  error?: { status: unknown; type: unknown };
  /** Whether body-parser read it (always, for the reference reader). */
  general: boolean;
}

let server: Server;
let port: number;
/** Outcomes by the test's request id, recorded when the reader calls back (an aborted request gets no answer). */
const outcomes = new Map<string, { resolve: (outcome: Outcome) => void; promise: Promise<Outcome> }>();
const outcomeOf = (id: string) => {
  let entry = outcomes.get(id);
  if (!entry) {
    let resolve!: (outcome: Outcome) => void;
    const promise = new Promise<Outcome>((done) => (resolve = done));
    outcomes.set(id, (entry = { resolve, promise }));
  }
  return entry;
};

beforeAll(async () => {
  const reference = bodyParser.json({ limit: LIMIT, type: isJsonBody });
  const generalCalls = new WeakSet<IncomingMessage>();
  const general: JsonBodyReader = (req, res, next) => {
    generalCalls.add(req);
    reference(req, res, next);
  };
  const readers: Record<string, JsonBodyReader> = { '/fast': jsonBodyReader(LIMIT, general), '/reference': reference };
  server = createServer((req, res) => {
    const reader = readers[req.url ?? '']!;
    reader(req as IncomingMessage & { body?: unknown }, res, (error?: unknown) => {
      const failure = error as { status?: unknown; type?: unknown } | undefined;
      const outcome: Outcome = {
        ...(failure ? { error: { status: failure.status, type: failure.type } } : { body: (req as { body?: unknown }).body }),
        general: req.url === '/reference' || generalCalls.has(req),
      };
      outcomeOf(String(req.headers['x-test-id'])).resolve(outcome);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let nextId = 0;
/** Sends `body` with `headers` (Content-Length set unless chunked or given), to `path`; the reader's outcome. */
function send(path: string, body: Buffer | string, headers: Record<string, string>, options: { chunked?: boolean; abortAfter?: number } = {}): Promise<Outcome> {
  const id = String(nextId++);
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const outcome = outcomeOf(id).promise;
  const req = request({ port, host: '127.0.0.1', path, method: 'POST', headers: { ...headers, 'x-test-id': id, ...(options.chunked || 'content-length' in headers ? {} : { 'content-length': String(bytes.length) }) } });
  req.on('error', () => {}); // the aborted case
  req.on('response', (res) => res.resume());
  if (options.abortAfter !== undefined) {
    req.write(bytes.subarray(0, options.abortAfter), () => setTimeout(() => req.destroy(), 20));
  } else {
    if (options.chunked) for (let at = 0; at < bytes.length; at += 5) req.write(bytes.subarray(at, at + 5));
    else req.write(bytes);
    req.end();
  }
  return outcome;
}

async function both(body: Buffer | string, headers: Record<string, string> = { 'content-type': 'application/json' }, options: { chunked?: boolean; abortAfter?: number } = {}) {
  const fast = await send('/fast', body, headers, options);
  const reference = await send('/reference', body, headers, options);
  const { general, ...answer } = fast;
  const { general: _always, ...expected } = reference;
  expect(answer).toEqual(expected);
  return { ...answer, general };
}

describe('jsonBodyReader', () => {
  it('reads plain JSON bodies itself, as body-parser would', async () => {
    const query = { query: '{ role(slug: "été") { title } }', variables: { profile: { skills: [{ skill: 'C++ ✓', level: 3 }] } } };
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
      const read = await both(JSON.stringify(query), { 'content-type': contentType });
      expect(read).toEqual({ body: query, general: false });
    }
    // An empty body is {} (body-parser's special case), a byte-order mark is dropped, leading whitespace is fine.
    expect(await both('', { 'content-type': 'application/json', 'content-length': '0' })).toEqual({ body: {}, general: false });
    expect(await both('\uFEFF{"query":"{ a }"}')).toEqual({ body: { query: '{ a }' }, general: false });
    expect(await both(' \n\t[1, 2]')).toEqual({ body: [1, 2], general: false });
  });

  it('answers malformed JSON and bodies that are not an object or array as body-parser does', async () => {
    for (const body of ['{"query": "{ a }"', '"a string"', '42', '   ', 'null', '\u00a0{}', '{"a": 1} trailing']) {
      const read = await both(body);
      expect(read, body).toEqual({ error: { status: 400, type: 'entity.parse.failed' }, general: false });
    }
  });

  it('leaves compressed, chunked, other-charset and too-large bodies to body-parser', async () => {
    const json = JSON.stringify({ query: '{ apiInfo { name } }' });
    expect(await both(gzipSync(json), { 'content-type': 'application/json', 'content-encoding': 'gzip' })).toEqual({ body: JSON.parse(json), general: true });
    expect(await both(json, { 'content-type': 'application/json' }, { chunked: true })).toEqual({ body: JSON.parse(json), general: true });
    expect(await both(json, { 'content-type': 'application/json; charset=latin1' })).toEqual({ error: { status: 415, type: 'charset.unsupported' }, general: true });
    const large = JSON.stringify({ query: `{ a } # ${'x'.repeat(3000)}` });
    expect(await both(large)).toEqual({ error: { status: 413, type: 'entity.too.large' }, general: true });
  });

  it('does not read bodies of other media types', async () => {
    expect(await both('{"a": 1}', { 'content-type': 'text/plain' })).toEqual({ general: true });
  });

  it('reports a request that ends before its Content-Length as aborted', async () => {
    const read = await both('{"query":"{ apiInfo { name } }"}', { 'content-type': 'application/json' }, { abortAfter: 10 });
    expect(read).toEqual({ error: { status: 400, type: 'request.aborted' }, general: false });
  });

  it('refuses a limit it cannot read', () => {
    expect(() => jsonBodyReader('lots')).toThrow(/lots/);
    expect(() => jsonBodyReader('lots', () => {})).toThrow(/Not a body size: lots/);
  });
});
