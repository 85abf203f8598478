/**
 * The example roles the explorer's first screen offers a newcomer, by slug, in the order shown. This
 * list is the only place they are named.
 *
 * Why these: most visitors do not work in technology, so the first screen should show at once that
 * any occupation can be explored. It offers one familiar job from each of several large, unrelated
 * fields (health care, education, construction trades, transport, manufacturing, business and
 * finance), then two curated technology roles, the part of the graph with the richest profiles
 * (salary by experience, a typical day, progression moves).
 *
 * Only slugs live here: titles, fields and whether a role exists at all come from the API, so a graph
 * without O*NET (the curated-only test graph) shows the curated examples only. The O*NET slugs are
 * `onetRoleSlug(code)` (src/graph/ids.ts) of the O*NET 29.3 codes named beside them; the curated
 * slugs are those of seeds/roles/.
 */
export const EXAMPLE_ROLE_SLUGS: readonly string[] = [
  'onet-29-1141-00', // 29-1141.00 Registered Nurses: health care
  'onet-25-2021-00', // 25-2021.00 Elementary School Teachers, Except Special Education: education
  'onet-47-2111-00', // 47-2111.00 Electricians: construction trades
  'onet-53-3032-00', // 53-3032.00 Heavy and Tractor-Trailer Truck Drivers: transport
  'onet-51-4121-00', // 51-4121.00 Welders, Cutters, Solderers, and Brazers: manufacturing
  'onet-13-2011-00', // 13-2011.00 Accountants and Auditors: business and finance
  'software-engineer', // curated: software engineering
  'cloud-architect', // curated: cloud and infrastructure
];
