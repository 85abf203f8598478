/**
 * Node flags the API process runs with, wherever it is started: `npm start` (package.json), the
 * Docker image (Dockerfile CMD), the benchmark and the process tests. A test keeps the first two in
 * step with this list.
 *
 * --max-semi-space-size=4 (MiB; V8's default grows it to 16): the young generation is where a
 * request's short-lived objects (decoded records, resolver results, JSON) live, and under load its
 * full size stays resident. Measured on the benchmark's mixed load at 10 connections (O*NET + ESCO
 * graph, side by side, four pairs): peak RSS 220-231 MiB instead of 257-270 MiB, throughput within
 * the run-to-run noise (docs/performance.md).
 *
 * --max-old-space-size=224 (MiB): without a limit V8 sizes the old generation for a machine's whole
 * memory and lets it fill with the garbage of large answers (fresh headlines, recommendations)
 * before collecting: 220-340 MB of heap collected down to 60-90 MB live, peak RSS 417 MiB under
 * bench/memoryProbe.ts. With a limit V8 collects sooner: peak RSS 210-217 MiB with 160, 192 or
 * 224, at the same latency (docs/performance.md, "Memory under the mixed load"). The live heap
 * stayed under 100 MB on O*NET + ESCO and on 100,000 synthetic roles (the label index built, the
 * response cache full). It is a hard limit: a much larger graph may need more (run the API with a
 * higher value: README.md, `npm run start:production`).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=224'];

/**
 * The API's production build (`npm run build`: tsc into dist/), which the Docker image, `npm run
 * start:production` and the benchmark run. Against the sources through tsx (`npm start`), it saves
 * the loader: ~23 MiB of resident memory at the same latency (docs/performance.md).
 */
export const PRODUCTION_ENTRY = 'dist/src/main.js';
