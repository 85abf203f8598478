/**
 * What the project-run Neo4j loads besides the server itself, and the client tools it fetches: one entry
 * per jar set, resolved from Maven Central by mavenJars.ts. Adding a plugin is adding an entry here (the
 * fetch, the classpath, neo4j.conf and the upgrade of existing installs follow from it), and naming it
 * in docker-compose.yml's NEO4J_PLUGINS (test/foundation/dockerCompose.test.ts holds the two together).
 */
import { NEO4J_VERSION } from './instance.js';

export interface MavenArtifact {
  groupId: string;
  artifactId: string;
  version: string;
}

/** A set of jars put on the server's classpath (before the server's own lib, as Neo4j's launcher does). */
export interface ServerJarSet {
  /** Folder name under the jars directory, and what the logs call it. */
  name: string;
  artifacts: readonly MavenArtifact[];
  /** Neo4j registers procedures only from jars in its plugins directory, so those jars are linked there too. */
  providesProcedures: boolean;
  /**
   * Procedure namespaces this set needs unrestricted (they use Neo4j internals); they end up in
   * `dbms.security.procedures.unrestricted`.
   */
  unrestrictedProcedures: readonly string[];
  /** The name the official Docker image's NEO4J_PLUGINS knows it by; undefined when the image ships it already. */
  dockerImagePlugin: string | undefined;
  /** A query whose answer proves the set is loaded (the plugin test runs it). */
  probe: { query: string; expected: string } | undefined;
}

export const APOC_VERSION = '5.26.19';
export const GDS_VERSION = '2.13.9';
export const NEO4J_BROWSER_VERSION = '5.24.0';

export const SERVER_JAR_SETS: readonly ServerJarSet[] = [
  {
    name: 'apoc',
    // Maven Central's apoc-core is not the shaded release jar: its result types (apoc.result.*) live in
    // apoc-common, which its POM does not name; without it the procedure registry fails to start.
    artifacts: [
      { groupId: 'org.neo4j.procedure', artifactId: 'apoc-core', version: APOC_VERSION },
      { groupId: 'org.neo4j.procedure', artifactId: 'apoc-common', version: APOC_VERSION },
    ],
    providesProcedures: true,
    unrestrictedProcedures: ['apoc.*'],
    dockerImagePlugin: 'apoc',
    probe: { query: 'RETURN apoc.version() AS version', expected: APOC_VERSION },
  },
  {
    name: 'gds',
    // The extension registers the facade the procedures are injected with; without it none of them
    // registers (../shared/notes/neo4j-plugins.md).
    artifacts: [
      { groupId: 'org.neo4j.gds', artifactId: 'proc', version: GDS_VERSION },
      { groupId: 'org.neo4j.gds', artifactId: 'opengds-extension', version: GDS_VERSION },
    ],
    providesProcedures: true,
    unrestrictedProcedures: ['gds.*'],
    dockerImagePlugin: 'graph-data-science',
    probe: { query: 'RETURN gds.version() AS version', expected: GDS_VERSION },
  },
  {
    // Static files the HTTP connector serves at /browser/ when it is on (`npm run db:browser`); the
    // Docker image ships Browser already.
    name: 'browser',
    artifacts: [{ groupId: 'org.neo4j.client', artifactId: 'neo4j-browser', version: NEO4J_BROWSER_VERSION }],
    providesProcedures: false,
    unrestrictedProcedures: [],
    dockerImagePlugin: undefined,
    probe: undefined,
  },
];

/** cypher-shell is a client: its own classpath, never the server's. */
export const CYPHER_SHELL = {
  name: 'cypher-shell',
  artifacts: [{ groupId: 'org.neo4j', artifactId: 'cypher-shell', version: NEO4J_VERSION }],
  // The jar's manifest names no Main-Class; this is the class the distribution's launcher ends in
  // (its CypherShellBoot re-launches a JVM with a classpath of its own layout, which ours is not).
  mainClass: 'org.neo4j.shell.Main',
} as const;

export function unrestrictedProcedures(sets: readonly ServerJarSet[] = SERVER_JAR_SETS): string[] {
  return sets.flatMap((set) => set.unrestrictedProcedures);
}
