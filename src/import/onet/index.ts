export { importOnet } from './importOnet.js';
export { ONET_AS_OF, ONET_SOURCE } from './onetGraph.js';
export { ONET_FILES, readOnetRelease } from './parseOnet.js';
