export {
  countCrosswalkProgressions,
  importOccupationCrosswalk,
  linkSameOccupations,
  removeOccupationCrosswalk,
  type CrosswalkProgressionCounts,
  type SameOccupationLinkCounts,
} from './importOccupationCrosswalk.js';
export { readOccupationCrosswalk, resolveCrosswalk, type OccupationMatch } from './parseOccupationCrosswalk.js';
