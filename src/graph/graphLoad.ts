/**
 * The :GraphLoad node: written by the bulk load (status IMPORTED) and completed by finishLoad.ts after
 * the server is up (COMPLETE). Its status tells any process whether the bundled graph on this store is
 * whole, so a load interrupted after the import (during seeding or linking) is finished by the next
 * start instead of being served as complete.
 */
export const GRAPH_LOAD_ID = 'bundled';
export const GRAPH_LOAD_STATUS = { IMPORTED: 'IMPORTED', COMPLETE: 'COMPLETE' } as const;
export type GraphLoadStatus = (typeof GRAPH_LOAD_STATUS)[keyof typeof GRAPH_LOAD_STATUS];

/** The parts of a graph being prepared, as /ready names them (src/loadProgress.ts). */
export type GraphPart = 'curated' | 'datasets' | 'links';

/** Told what is in and what is next while a graph is prepared (the API's LoadProgress, for /ready). */
export interface PreparationProgress {
  setStep(step: string): void;
  expectDatasets(): void;
  markLoaded(part: GraphPart): void;
}

export const READ_GRAPH_LOAD = `
OPTIONAL MATCH (load:GraphLoad {id: $id})
RETURN load.status AS status, load.nodes AS nodes, load.relationships AS relationships`;

export const COMPLETE_GRAPH_LOAD = `
MATCH (load:GraphLoad {id: $id})
SET load.status = $status, load.completedAt = datetime()`;
