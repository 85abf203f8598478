export { importEsco, readEscoGraph, writeEscoGraph } from './importEsco.js';
export { ESCO_AS_OF, escoGraph } from './escoGraph.js';
export { ESCO_CLASSIFICATION_FILES, ESCO_RELATION_FILES, readEscoRelease } from './parseEsco.js';
