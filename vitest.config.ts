import { defineConfig } from 'vitest/config';

export default defineConfig({
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
