/**
 * `npm start`'s prestart: build web/dist when it is missing or stale. A UI that cannot be built must
 * not keep the API from starting, so a failure is reported and the start goes on (the server then
 * serves the previous build, or a page saying to run `npm run build:web`). `--force` rebuilds, and
 * `--strict` makes a failure fail the command.
 */
import { ensureWebBuild } from './ensureWebBuild.js';

const strict = process.argv.includes('--strict');

ensureWebBuild({ force: process.argv.includes('--force') }).then(
  ({ built }) => {
    if (!built) console.error('[web] web/dist is up to date');
  },
  (error: unknown) => {
    console.error(`[web] ${error instanceof Error ? error.message : String(error)}`);
    console.error(strict ? '[web] failing (--strict).' : '[web] starting without a fresh UI build (run `npm run build:web` to see why).');
    if (strict) process.exitCode = 1;
  },
);
