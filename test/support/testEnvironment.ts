/**
 * The environment integration tests run with: the project's local Neo4j under the instance name
 * "test" (NEO4J_TEST_INSTANCE) on its own port (NEO4J_TEST_BOLT_PORT, default 7688), so a
 * developer's server on 7687 and its data are never touched.
 */
export function testEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_LOCAL_NAME: process.env.NEO4J_TEST_INSTANCE ?? 'test',
    NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_HEAP_SIZE: process.env.NEO4J_HEAP_SIZE ?? '2g',
    // The shared test graph starts from the seeds; test/import/firstLoad.test.ts bulk-loads its own instance.
    NEO4J_FIRST_LOAD: 'empty',
  };
  // Tests always use the project's own test server, never a NEO4J_URI from the shell.
  delete env.NEO4J_URI;
  return env;
}
