/**
 * Serves the browser UI built from web/ (see docs/explorer.md): the career-path explorer at / and
 * GraphiQL at /graphiql, from web/dist, with hashed assets cached for a year and the pages never.
 * It only serves files: building is `npm run build:web` (run by `npm start` and the browser tests
 * when web/dist is missing or stale), so creating a server stays cheap in every test.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type Response } from 'express';

export interface ExplorerOptions {
  /** The Vite output to serve. Default: web/dist of this checkout. */
  distDir?: string;
}

/** web/dist next to src/ (running from source) or next to dist/src/ (compiled with tsconfig.build.json). */
export function defaultExplorerDistDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../../web/dist'), resolve(here, '../../../web/dist')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Career Graph</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.5">
<h1>Career Graph</h1>
<p>The explorer UI has not been built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when needed).</p>
<p>The GraphQL API is at <code>/graphql</code>.</p>
</body></html>`;

export function mountExplorer(app: Express, options: ExplorerOptions = {}): void {
  const distDir = options.distDir ?? defaultExplorerDistDir();

  const sendPage = (res: Response, file: string) => {
    const path = join(distDir, file);
    res.set('Cache-Control', 'no-cache');
    if (!existsSync(path)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.sendFile(path);
  };

  app.get('/', (_req, res) => sendPage(res, 'index.html'));
  app.get('/graphiql', (_req, res) => sendPage(res, 'graphiql.html'));
  // Vite names every asset after its content hash, so a cached copy can never be stale.
  app.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, dotfiles: 'ignore', fallthrough: false }));
}
