/**
 * The peer for the benchmark: @neo4j/graphql on Apollo Server (standalone HTTP), over the same graph.
 * Run as its own process (like our API), so neither shares a CPU-bound event loop with the load
 * generator: `node --import tsx bench/peerServer.ts` with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE and PORT. Prints "listening <url>" on stdout once it serves.
 *
 * The type definitions map our labels and relationships as they are; the peer generates its own
 * queries from them (it cannot compute derived fields such as levelGap without hand-written
 * @cypher fields, which would make it the Cypher baseline again).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const PEER_TYPE_DEFS = /* GraphQL */ `
  type Role
    @node(labels: ["Role"])
    @fulltext(indexes: [{ indexName: "role_search", queryName: "rolesSearch", fields: ["title", "alternateTitlesText"] }]) {
    id: ID!
    slug: String!
    title: String
    alternateTitlesText: String
    requires: [Skill!]! @relationship(type: "REQUIRES", direction: OUT, properties: "Requires")
    leadsTo: [Role!]! @relationship(type: "LEADS_TO", direction: OUT)
  }
  type Skill
    @node(labels: ["Skill"])
    @fulltext(indexes: [{ indexName: "skill_search", queryName: "skillsSearch", fields: ["name", "aliasesText"] }]) {
    id: ID!
    slug: String
    name: String
    aliasesText: String
  }
  type Requires @relationshipProperties {
    importance: Float
    level: Float
  }
`;

async function main(): Promise<void> {
  const env = process.env;
  const driver = neo4j.driver(env.NEO4J_URI ?? 'bolt://127.0.0.1:7740', neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''));
  const database = env.NEO4J_DATABASE ?? 'neo4j';
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(env.PORT ?? 0), host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  console.log(`listening ${url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
