/**
 * Node flags the API process runs with, wherever it is started: `npm start` (package.json), the
 * Docker image (Dockerfile CMD), the benchmark and the process tests. A test keeps the first two in
 * step with this list.
 *
 * --max-semi-space-size=8 (MiB; V8's default grows it to 16): the young generation is where a
 * request's short-lived objects (decoded records, resolver results, JSON) live, and under load its
 * full size stays resident. 16 took the peak RSS of the benchmark's mixed load at 10 connections
 * (O*NET + ESCO graph) to 257-270 MiB, and 4 held it at 220-231 MiB, but with 4 a scavenge ran about
 * once a headline and promoted the answer in flight. Since answers asked for once are no longer
 * stored (responseCache/cacheAdmission.ts) there is room for 8: side by side, cache off, five rounds
 * (bench/alternating.ts), headline p50 3.34 -> 2.61 ms, fresh skillGap 2.01 -> 1.84, fresh careerPaths
 * 2.15 -> 1.97, the repeated role lookup and skillGap unchanged; peak RSS under the mixed load (as
 * deployed) 218.7 against 205.9 MiB (docs/performance.md, "Nineteenth pass").
 *
 * --max-old-space-size=224 (MiB): without a limit V8 sizes the old generation for a machine's whole
 * memory and lets it fill with the garbage of large answers (fresh headlines, recommendations)
 * before collecting: 220-340 MB of heap collected down to 60-90 MB live, peak RSS 417 MiB under
 * bench/memoryProbe.ts. With a limit V8 collects sooner: peak RSS 210-217 MiB with 160, 192 or
 * 224, at the same latency (docs/performance.md, "Memory under the mixed load"). The live heap
 * stayed under 100 MB on O*NET + ESCO and on 100,000 synthetic roles (the label index built, the
 * response cache full). It is a hard limit: a much larger graph may need more (run the API with a
 * higher value: README.md, `npm run start:production`).
 *
 * --no-allocation-site-pretenuring: V8 allocates the objects of a code site straight in the old
 * generation once most of them have outlived a young-generation collection there. The memos built
 * at start (requirements, credit links, moves, the search label index) decode their statements'
 * answers through the same neo4j-driver and scoring code as every request, so those sites are
 * judged long-lived and each request's decoded records then went to the old generation as garbage:
 * a skillGap promoted ~40 KiB a request (V8's sampling heap profiler), and 6,000 of them took 12
 * full collections, against 6 without pretenuring. Without it, side by side on O*NET + ESCO (four
 * rounds of 800 requests, cache off), CPU of the API per request: recommendRoles 6.06-6.51 ->
 * 3.71-4.10 ms, skillGap 1.31-1.56 -> 1.08-1.29 ms, role lookup 1.19-2.23 -> 1.04-2.10 ms, the
 * headline unchanged. Peak RSS under the mixed load: 238.9 against 242.8 MiB (docs/performance.md,
 * "Seventeenth pass").
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--max-old-space-size=224', '--no-allocation-site-pretenuring'];

/**
 * The API's production build (`npm run build`: tsc into dist/), which the Docker image, `npm run
 * start:production` and the benchmark run. Against the sources through tsx (`npm start`), it saves
 * the loader: ~23 MiB of resident memory at the same latency (docs/performance.md).
 */
export const PRODUCTION_ENTRY = 'dist/src/main.js';
