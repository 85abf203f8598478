/**
 * `npm run loadtest [-- --duration 60 --connections 64 --url http://127.0.0.1:4000]`: a bounded load
 * test of the GraphQL API with a mix of the queries career tools send (role lookup, nextRoles, search,
 * skillGap, recommendRoles). Without --url it starts the API in-process on 127.0.0.1 against NEO4J_URI
 * or the project's local Neo4j, as `npm start` does (seeding an empty graph). Only loopback targets
 * are allowed: this is a tool for your own machine, not for someone else's server. After a warm-up
 * (a sixth of the duration), prints latency percentiles, throughput, errors, RSS (start, peak, end)
 * and the heap after a full GC before and after the run; exits 1 on any error, GraphQL error or
 * non-2xx answer.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { prepareGraph } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { locateGraph } from '../src/localNeo4j/locateGraph.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import { createServer } from '../src/server.js';

const PROFILE = { skills: [{ skill: 'kubernetes', level: 4 }, { skill: 'aws', level: 4 }, { skill: 'python' }, { skill: 'terraform', level: 2 }] };

/** One operation of the mix each connection cycles through. */
const OPERATIONS: Array<{ query: string; variables: Record<string, unknown> }> = [
  { query: 'query RoleLookup($slug: String!) { role(slug: $slug) { title salary { medianUsd } } }', variables: { slug: 'cloud-architect-ai-ml' } },
  { query: 'query NextRoles($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 2) { role { title } hops bridgingSkills { skill { name } levelGap } } } }', variables: { slug: 'cloud-architect-ai-ml' } },
  { query: 'query Search($text: String!) { search(text: $text, first: 10) { kind score matchedOn } }', variables: { text: 'cloud engineer' } },
  { query: 'query SkillGap($target: String!, $profile: SkillProfileInput) { skillGap(target: $target, profile: $profile) { coverage gap } }', variables: { target: 'cloud-architect-ai-ml', profile: PROFILE } },
  { query: 'query Recommend($profile: SkillProfileInput!) { recommendRoles(profile: $profile, first: 5) { role { title } score } }', variables: { profile: PROFILE } },
];

class LoadTestUsageError extends Error {
  override name = 'LoadTestUsageError';
}

/** 127.0.0.0/8, localhost and [::1] only. */
function assertLoopbackUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LoadTestUsageError(`--url ${raw} is not a URL.`);
  }
  const host = url.hostname;
  const loopback = host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  if (!loopback || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new LoadTestUsageError(`Refusing to load-test ${url.origin}: only loopback targets (127.0.0.0/8, localhost, [::1]) are allowed.`);
  }
  return url;
}

interface Target {
  /** Base URL of the API, without /graphql. */
  url: string;
  close(): Promise<void>;
}

/** The API in this process, on 127.0.0.1 and an ephemeral port, as `npm start` would run it. */
async function startInProcessApi(log: (message: string) => void): Promise<Target> {
  const config = loadConfig();
  const graph = await locateGraph(config, log);
  const { db, close: closeDatabase } = openGraphDatabase(config, { uri: graph.uri });
  await prepareGraph(db, { seedsDir: config.seedsDir, bundleDir: config.local.bundleDir, log });
  const httpServer = createHttpServer();
  const server = await createServer({ config, db, httpServer });
  httpServer.on('request', server.handleRequest);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    async close() {
      await server.stop();
      await closeDatabase();
      await graph.release();
    },
  };
}

function positiveInt(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new LoadTestUsageError(`--${name} must be a positive integer, got ${value}.`);
  return parsed;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

// A full collection before reading the heap, so the figures compare live objects, not garbage
// awaiting collection. Exposed at run time because the script runs under tsx without --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '64' },
      url: { type: 'string' },
    },
  });
  const duration = positiveInt('duration', values.duration);
  const connections = positiveInt('connections', values.connections);
  const log = (message: string) => console.error(`[loadtest] ${message}`);

  const target: Target = values.url
    ? { url: assertLoopbackUrl(values.url).origin, close: async () => undefined }
    : await startInProcessApi(log);
  try {
    const requests = OPERATIONS.map(({ query, variables }) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }));
    // A warm-up (caches, JIT, connection pools) before the heap baseline, so growth measured
    // against it is what the load itself retains.
    const warmup = Math.max(1, Math.round(duration / 6));
    log(`warm-up: ${warmup} s`);
    await autocannon({ url: `${target.url}/graphql`, duration: warmup, connections, requests });
    const heapWarm = heapAfterGc();
    const rssStart = process.memoryUsage().rss;
    let rssPeak = rssStart;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 250);

    log(`${duration} s, ${connections} connections, ${OPERATIONS.length} operations in the mix, against ${target.url}/graphql`);
    let graphqlErrors = 0;
    const result = await autocannon({
      url: `${target.url}/graphql`,
      duration,
      connections,
      requests: requests.map((request) => ({
        ...request,
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      })),
    });
    clearInterval(sampler);
    const rssEnd = process.memoryUsage().rss;
    const heapEnd = heapAfterGc();
    const whose = values.url ? ' (this load generator only)' : ' (load generator + API)';
    const lines = [
      `requests:        ${result.requests.total} (${result.requests.average.toFixed(1)} req/s)`,
      `latency p50:     ${result.latency.p50} ms`,
      `latency p99:     ${result.latency.p99} ms`,
      `errors:          ${result.errors} (timeouts ${result.timeouts})`,
      `non-2xx:         ${result.non2xx}`,
      `graphql errors:  ${graphqlErrors}`,
      `rss start/peak/end: ${mib(rssStart)} / ${mib(rssPeak)} / ${mib(rssEnd)}${whose}`,
      `heap after GC, warm/end: ${mib(heapWarm)} / ${mib(heapEnd)} (growth ${((heapEnd - heapWarm) / 1024 / 1024).toFixed(1)} MiB)${whose}`,
    ];
    console.log(lines.join('\n'));
    const failed = result.errors > 0 || result.non2xx > 0 || graphqlErrors > 0 || result.requests.total === 0;
    if (failed) log('FAILED: errors, GraphQL errors or non-2xx answers (or no request completed).');
    return failed ? 1 : 0;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LoadTestUsageError ? `[loadtest] ${error.message}` : error);
    process.exit(2);
  },
);
