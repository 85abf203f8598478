/**
 * The JSON body of POST /graphql. Nearly every client sends it one way: `application/json` (charset
 * UTF-8 or none), not compressed, with a Content-Length within the limit. Those bodies are read here
 * in a few lines; every other one (compressed, chunked, another charset, over the limit) goes to
 * body-parser's JSON reader, which owns those cases and their errors (415, 413, …).
 *
 * Why not body-parser for all: per request it parses the content type and charset, builds a
 * raw-body reader and decodes through iconv-lite: ~0.1 ms of the API's CPU on every query, ~8 % of
 * a skillGap's (CPU profile, docs/performance.md "Nineteenth pass"). The answers are body-parser's
 * (jsonBody.test.ts compares the two on the same requests): an empty body is `{}`, a
 * leading byte-order mark is dropped, the body must be a JSON object or array (its `strict` mode),
 * and a malformed one is a 400 of type `entity.parse.failed`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';
import bytes from 'bytes';
import type { RequestBodyError } from './requestBodyErrors.js';

type Next = (error?: unknown) => void;
export type JsonBodyReader = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: Next) => void;

/** `application/json`, alone or with a UTF-8 charset, as body-parser would decode it without iconv-lite's other charsets. */
const PLAIN_JSON = /^\s*application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/**
 * Whether body-parser reads the body as JSON: its media type is application/json, parameters (charset)
 * aside, as body-parser's default check (type-is) decides too. type-is parses the header and
 * normalises the expected type on every request: ~2 % of the API's CPU on a role lookup, per CPU
 * profile (docs/performance.md). A body of another type is not read, and Apollo answers it as before
 * (CSRF prevention, or a 400 for a missing body).
 */
export function isJsonBody(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  const parameters = type.indexOf(';');
  return (parameters === -1 ? type : type.slice(0, parameters)).trim().toLowerCase() === 'application/json';
}

/**
 * Reads JSON bodies up to `limit` (a size as body-parser takes it: '1mb', or bytes) into `req.body`;
 * `general` reads the others (body-parser's JSON reader with that limit; a test passes its own).
 */
export function jsonBodyReader(limit: string | number, general: JsonBodyReader = bodyParser.json({ limit, type: isJsonBody })): JsonBodyReader {
  const limitBytes = typeof limit === 'number' ? limit : bytes.parse(limit);
  if (limitBytes === null || !Number.isFinite(limitBytes)) throw new Error(`Not a body size: ${String(limit)}`);
  return (req, res, next) => {
    const { headers } = req;
    const length = headers['content-length'] === undefined ? Number.NaN : Number(headers['content-length']);
    const plain =
      headers['content-type'] !== undefined &&
      PLAIN_JSON.test(headers['content-type']) &&
      (headers['content-encoding'] === undefined || headers['content-encoding'].toLowerCase() === 'identity') &&
      headers['transfer-encoding'] === undefined &&
      length <= limitBytes; // NaN (no or a bad Content-Length) is not
    if (!plain) return general(req, res, next);
    readPlain(req, length, next);
  };
}

/** A body whose Content-Length node:http enforces: it delivers exactly that many bytes, or the request ends early. */
function readPlain(req: IncomingMessage & { body?: unknown }, length: number, next: Next): void {
  const chunks: Buffer[] = [];
  let done = false;
  const finish = (error?: RequestBodyError) => {
    if (done) return;
    done = true;
    next(error);
  };
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('error', () => finish(aborted()));
  req.on('close', () => {
    if (!req.complete) finish(aborted());
  });
  req.on('end', () => {
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    try {
      req.body = parseStrictJson(body.toString('utf8'));
    } catch (error) {
      return finish({ status: 400, type: 'entity.parse.failed', message: error instanceof Error ? error.message : String(error) });
    }
    finish();
  });
}

/** body-parser's `strict` JSON: `{}` for an empty body, else an object or an array. */
function parseStrictJson(text: string): unknown {
  // iconv-lite's UTF-8 decoder, which body-parser uses, drops a byte-order mark.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.length === 0) return {};
  const first = json.trimStart()[0];
  if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first === undefined ? 'end of input' : `'${first}'`}: not a JSON object or array`);
  return JSON.parse(json);
}

const aborted = (): RequestBodyError => ({ status: 400, type: 'request.aborted', message: 'request aborted' });
