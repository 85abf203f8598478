export { importOccupationCrosswalk, linkSameOccupations, removeOccupationCrosswalk, type SameOccupationLinkCounts } from './importOccupationCrosswalk.js';
export { readOccupationCrosswalk, resolveCrosswalk, type OccupationMatch } from './parseOccupationCrosswalk.js';
