import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node (tsx, `npm start`) loads graphql's CommonJS build, and so does Apollo Server under Vitest;
    // Vite would give our own files the ESM build ("module"), and schema objects from one copy fail
    // graphql-js's instanceof checks in the other ("from another module or realm"). One copy, as in
    // production.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
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
