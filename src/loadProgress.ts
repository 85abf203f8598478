/**
 * What /ready says while the graph is being prepared: which parts are in and which are still loading,
 * fed by the first load (src/localNeo4j/firstLoad.ts) and the bootstrap (src/bootstrap.ts). A part is
 * "loaded" once the API can answer from it; the graph is ready only when every part is loaded.
 */
import type { GraphPart, PreparationProgress } from './graph/graphLoad.js';
import type { Readiness } from './server.js';

export const GRAPH_PARTS: Record<GraphPart, string> = {
  curated: 'curated roles and skills (seeds)',
  datasets: 'O*NET 29.3 and ESCO 1.1.1 occupations and skills, with the ESCO↔O*NET crosswalk (bundled graph)',
  links: 'links across sources and search indexes',
};
export class LoadProgress implements PreparationProgress {
  private readonly loaded = new Set<GraphPart>();
  private readonly expected = new Set<GraphPart>(['curated', 'links']);
  private step = 'waiting for Neo4j';
  private done = false;

  /** The bundled datasets are part of this graph (a first load, or a store that came from one). */
  expectDatasets(): void {
    this.expected.add('datasets');
  }

  markLoaded(part: GraphPart): void {
    this.loaded.add(part);
  }

  setStep(step: string): void {
    this.step = step;
  }

  finish(): void {
    this.done = true;
    for (const part of this.expected) this.loaded.add(part);
  }

  readiness(): true | Readiness {
    const loaded = [...this.expected].filter((part) => this.loaded.has(part)).map((part) => GRAPH_PARTS[part]);
    if (this.done) return true;
    const loading = [...this.expected].filter((part) => !this.loaded.has(part)).map((part) => GRAPH_PARTS[part]);
    return { reason: `the graph is being prepared: ${this.step}`, loaded, loading };
  }
}
