/**
 * patches/ (patches/README.md): each patch to a dependency is applied by the install, and the code it
 * changes still does what it did. A reinstall that lost a patch fails here.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// The package's entry is dist/cjs/index.js; its builds are dist/esm and dist/cjs.
const apolloDist = dirname(dirname(require.resolve('@apollo/server')));

interface GatewayContext {
  context: unknown;
  response: { http: { status: number | undefined; headers: HeaderMap } };
}
type MakeGatewayContext = (newRequestContext: object, server: object, internals: object) => GatewayContext;

describe('@apollo/server: the gateway request context (patches/@apollo+server+5.5.1.patch)', () => {
  for (const build of ['esm', 'cjs']) {
    it(`(${build}) has its response status as getter and setter of a class over the response head`, async () => {
      const module = (await import(pathToFileURL(join(apolloDist, build, 'utils', 'makeGatewayGraphQLRequestContext.js')).href)) as { makeGatewayGraphQLRequestContext: MakeGatewayContext };
      const head = { status: undefined as number | undefined, headers: new HeaderMap() };
      const contextValue = { viewer: 'anonymous' };
      const newRequestContext = { request: { query: '{ __typename }' }, response: { http: head }, contextValue };
      const gateway = module.makeGatewayGraphQLRequestContext(newRequestContext, { logger: console, cache: {} }, { includeStacktraceInErrorResponses: false });

      // Patched: no accessor of its own (per-request accessor closures are what the patch removes).
      expect(Object.getOwnPropertyDescriptor(gateway.response.http, 'status')).toBeUndefined();
      // Unchanged: the status and headers are the request's response head.
      expect(gateway.response.http.status).toBeUndefined();
      gateway.response.http.status = 418;
      expect(head.status).toBe(418);
      head.status = 500;
      expect(gateway.response.http.status).toBe(500);
      gateway.response.http.headers.set('x-answer', '42');
      expect(head.headers.get('x-answer')).toBe('42');
      expect(gateway.context).toBe(contextValue);
    });
  }

  it('is applied by every install: postinstall in package.json, patch-package after npm ci in the Dockerfile', async () => {
    const { readFile } = await import('node:fs/promises');
    const { PROJECT_ROOT } = await import('../../src/config.js');
    const packageJson = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.postinstall).toBe('patch-package');
    const dockerfile = await readFile(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^COPY patches \.\/patches$/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev --ignore-scripts && npx patch-package && /m);
  });
});
