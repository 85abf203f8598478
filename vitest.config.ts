import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS ("main") and ESM ("module") builds. Node, and so Apollo Server and
    // the API in production, load the CommonJS one; Vite would hand our sources the ESM one, and
    // graphql-js refuses schema objects from "another realm". One copy for both, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Integration tests share one real Neo4j (Community has a single user database), so test
    // files run one after another; each isolates the data it writes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 120_000,
  },
});
