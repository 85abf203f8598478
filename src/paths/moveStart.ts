/** Which role a move's start is compared on. Pure: no I/O. */
import type { Role } from '../graph/model.js';
import type { RequirementsByRole } from '../roles/RequirementMemo.js';
import type { LeadsTo } from './model.js';

/**
 * The role whose requirements a move's start is compared on: its own, or for a move derived through
 * the ESCO↔O*NET crosswalk (`via`), the O*NET occupation whose move it is when that occupation's
 * requirements came back, so an ESCO occupation's skills (ESCO's vocabulary) are not read as lacking
 * every O*NET skill of the target.
 */
export function startProfileId(step: Pick<LeadsTo, 'via'> | undefined, from: Pick<Role, 'id'>, rows: { requirementsByRole: Pick<RequirementsByRole, 'has'> }): string {
  return step?.via && rows.requirementsByRole.has(step.via) ? step.via : from.id;
}
