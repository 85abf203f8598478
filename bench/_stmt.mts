import neo4j from 'neo4j-driver';
import { createDriver } from '../src/neo4j/createDriver.js';
import { GraphDatabase } from '../src/neo4j/GraphDatabase.js';
import { GapRepository } from '../src/gaps/repository.js';
import { CreditLinkMemo } from '../src/skills/CreditLinkMemo.js';
import { readProfile } from '../src/gaps/profile.js';
import { gapSelection } from '../src/gaps/gapSelection.js';
import { CYPHER_STATEMENTS, pickInputs } from './scenarios.js';

const driver = createDriver({ uri: 'bolt://127.0.0.1:7740', user: 'neo4j', password: 'careergraph-local' });
const db = new GraphDatabase(driver, { database: 'neo4j', transactionTimeoutMs: 10000 });
const inputs = await pickInputs(driver, 'neo4j');
const captured: string[] = [];
const spy = new Proxy(db, { get(t, p) { if (p === 'readRowsAtCommit') return (c: string, params: any) => { captured.push(c); return t.readRowsAtCommit(c, params); }; const v = (t as any)[p]; return typeof v === 'function' ? v.bind(t) : v; } });
const repo = new GapRepository(spy as any, new CreditLinkMemo());
const profile = (i: number) => ({ skills: inputs.profiles[(i + 1) % inputs.profiles.length]!.map((skill) => ({ skill, level: 3 })) });
const sel = gapSelection([{ name: 'coverage' }, { name: 'gap' }, { name: 'missing', type: 'SkillGapItem', selections: [{ name: 'skill', type: 'Skill', selections: [{ name: 'slug' }] }, { name: 'levelGap' }] }] as any);
await repo.loadSkillGap(readProfile(profile(0)), inputs.roles[0]!, null, sel);
await repo.loadSkillGap(readProfile(profile(0)), inputs.roles[0]!, null, sel);
const full = captured.at(-1)!;
const noReq = full.replace(/COLLECT \{\s*MATCH \(target\)-\[req:REQUIRES\][\s\S]*?\} AS requirements/, '[] AS requirements');
console.log(noReq);
const legs: Record<string, (i: number) => Promise<unknown>> = {
  return1: () => db.readRowsAtCommit('RETURN 1 AS one'),
  floorGap: (i) => db.readRowsAtCommit(CYPHER_STATEMENTS.skillGap, { target: inputs.roles[i % inputs.roles.length], profile: profile(i).skills }),
  target: (i) => db.readRowsAtCommit('OPTIONAL MATCH (target:Role {slug: $target}) RETURN target {.id, .slug, .title} AS target', { target: inputs.roles[i % inputs.roles.length] }),
  oursNoReq: (i) => db.readRowsAtCommit(noReq, { entries: readProfile(profile(i)).map((e, index) => ({ index, key: e.key, level: e.level })), target: inputs.roles[i % inputs.roles.length], fromRole: null, curatedSource: 'curated', linksKnown: [] }),
  oursGap: (i) => repo.loadSkillGap(readProfile(profile(i)), inputs.roles[i % inputs.roles.length]!, null, sel),
};
for (let w = 0; w < 300; w++) for (const f of Object.values(legs)) await f(w);
const times: Record<string, number[]> = {};
for (let round = 0; round < 6; round++) for (const [name, f] of Object.entries(legs)) {
  const t = (times[name] ??= []);
  for (let i = 0; i < 300; i++) { const s = performance.now(); await f(i); t.push(performance.now() - s); }
}
for (const [name, t] of Object.entries(times)) { t.sort((a, b) => a - b); console.log(name, 'p50', t[t.length >> 1]!.toFixed(3), 'p90', t[Math.floor(t.length * 0.9)]!.toFixed(3)); }
console.log(captured.at(-1));
await driver.close();
