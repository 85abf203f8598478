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
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/**
 * The API's production build (`npm run build`: tsc into dist/), which the Docker image, `npm run
 * start:production` and the benchmark run. Against the sources through tsx (`npm start`), it saves
 * the loader: ~23 MiB of resident memory at the same latency (docs/performance.md).
 */
export const PRODUCTION_ENTRY = 'dist/src/main.js';
