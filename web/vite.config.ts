/**
 * Builds the two pages Express serves from web/dist: the career-path explorer (index.html, at /) and
 * GraphiQL (graphiql.html, at /graphiql). Everything is bundled (no CDN, no external fonts); asset
 * URLs are relative so the pages also work behind a path prefix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { BUILD_STAMP_FILE, WEB_DIR, WEB_DIST_DIR, webSourceHash } from './build/webSourceHash.js';

/** Writes web/dist/.build-hash last, so a build that fails halfway never looks fresh. */
function buildStamp(): Plugin {
  let hash = '';
  return {
    name: 'career-graph-build-stamp',
    apply: 'build',
    buildStart() {
      hash = webSourceHash();
    },
    closeBundle() {
      writeFileSync(BUILD_STAMP_FILE, `${hash}\n`);
    },
  };
}

export default defineConfig({
  root: WEB_DIR,
  base: './',
  publicDir: false,
  plugins: [buildStamp()],
  worker: { format: 'es' },
  build: {
    outDir: WEB_DIST_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Monaco (GraphiQL's editor) is one large chunk by design; it is only loaded on /graphiql.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        explorer: join(WEB_DIR, 'index.html'),
        graphiql: join(WEB_DIR, 'graphiql.html'),
      },
      onwarn(warning, warn) {
        // React libraries' "use client" directives mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
