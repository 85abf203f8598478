export { importOnet } from './importOnet.js';
export { ONET_AS_OF } from './onetGraph.js';
export { ONET_FILES, readOnetRelease } from './parseOnet.js';
