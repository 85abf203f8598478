/**
 * Layering rules for src/ (issue 17), checked by `npm test` (test/architecture/layering.test.ts) and by
 * `npm run lint:layers`. Each rule says why; a violation names the rule and the import.
 *
 * The layers, bottom up:
 *   generated/, graph/ (the graph's vocabulary), scoring/ (pure functions)
 *   neo4j/ (driver, transactions, values), errors.ts, config.ts
 *   pagination/, requestLimits/, lookahead/, observability/, auth/, responseCache/
 *   domains: roles/ skills/ search/ paths/ gaps/ analytics/ curation/ meta/ provenance/
 *   import/ and export/ (batch jobs over the graph), localNeo4j/ (the project-run server)
 *   server.ts, context.ts, resolvers.ts, main.ts, bootstrap.ts (wiring)
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module that imports itself through others cannot be read, tested or loaded on its own.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'Folders are the architecture: when two folders import each other, neither can be understood (or moved) ' +
        'without the other. Put what both need one layer down (graph/, pagination/, requestLimits/).',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'scoring-is-pure',
      severity: 'error',
      comment:
        'scoring/ holds pure functions, unit-tested without a database: it may use the graph vocabulary and ' +
        'itself, and nothing that does I/O (Neo4j, the file system, the network, the process). Of npm packages only ' +
        'pluralize, pure string rules (singular forms for search matching).',
      from: { path: '^src/scoring/', pathNot: ['\\.test\\.ts$'] },
      to: { pathNot: ['^src/(scoring|graph)/', '^node_modules/pluralize/'] },
    },
    {
      name: 'graph-vocabulary-is-pure',
      severity: 'error',
      comment:
        'graph/ defines words (sources, kinds, ids, ratings, value rules) that every layer shares: it depends on no ' +
        'other folder of ours and does no I/O (npm packages such as zod are fine).',
      from: { path: '^src/graph/', pathNot: ['\\.test\\.ts$'] },
      to: { path: '^src/', pathNot: ['^src/(graph|generated)/'] },
    },
    {
      name: 'graph-vocabulary-does-no-io',
      severity: 'error',
      comment: 'graph/ is read by every layer, the pure ones included: no Node built-ins (file system, network, processes).',
      from: { path: '^src/graph/', pathNot: ['\\.test\\.ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domains-do-not-import-importers',
      severity: 'error',
      comment:
        'import/ is a batch job (seeds, O*NET, ESCO); the running API must not depend on it. Shared rules ' +
        'belong in graph/. Only process wiring (main.ts, bootstrap.ts, the CLIs) may start an import or use its tools. ' +
        'dataQuality/ is a batch check over the seeds as the seed import reads them, never part of the API.',
      from: { path: '^src/', pathNot: ['^src/import/', '^src/dataQuality/', '^src/main\\.ts$', '^src/bootstrap\\.ts$', '^src/[^/]+/cli\\.ts$'] },
      to: { path: '^src/import/' },
    },
    {
      name: 'neo4j-knows-no-domain',
      severity: 'error',
      comment: 'neo4j/ is the database layer under every domain; it knows no roles, skills or paths.',
      from: { path: '^src/neo4j/' },
      to: { path: '^src/', pathNot: ['^src/neo4j/', '^src/errors\\.ts$', '^src/config\\.ts$', '^src/graph/'] },
    },
    {
      name: 'generated-is-types-only',
      severity: 'error',
      comment:
        'src/generated/ is codegen output: types only, never edited (test/foundation/generated.test.ts checks it ' +
        'is fresh). Import it with `import type`; its own references to our models (the mappers) are not followed.',
      from: { path: '^src/', pathNot: ['^src/generated/'] },
      to: { path: '^src/generated/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'resolvers-hold-no-cypher-driver',
      severity: 'error',
      comment: 'Resolvers are thin: they call repositories or services, never the driver.',
      from: { path: '/resolvers\\.ts$' },
      to: { path: ['^src/neo4j/GraphDatabase\\.ts$', 'neo4j-driver'] },
    },
    {
      name: 'src-does-not-import-tests-or-tools',
      severity: 'error',
      comment: 'The product must run without the test suite, the bench or the scripts.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'no-dev-dependencies-at-run-time',
      severity: 'error',
      comment: 'npm ci --omit=dev (the Dockerfile) would break: run-time code may use devDependencies for types only.',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // The rules are about the product's structure; a unit test beside its code may import across it.
    exclude: { path: '\\.test\\.ts$' },
    // generated/ imports the mapper model types of every domain (codegen.ts), and every domain imports its
    // resolver types: a cycle by construction, not a design choice, so generated/'s own imports are not followed.
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
