export { importOnet, readOnetGraph, writeOnetGraph } from './importOnet.js';
export { ONET_AS_OF, onetGraph } from './onetGraph.js';
export { ONET_FILES, readOnetRelease } from './parseOnet.js';
