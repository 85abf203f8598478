/** A family's core skills are what every member needs: a member role that does not require one is wrong. */
import type { LintCheck, LintFinding } from '../model.js';

export const familyCoreSkillCheck: LintCheck = {
  name: 'family-core-skill-missing',
  description: "A role that does not require one of its family's coreSkills.",
  run({ seeds }) {
    const findings: LintFinding[] = [];
    const families = new Map(seeds.families.map((family) => [family.slug, family]));
    for (const role of seeds.roles) {
      const required = new Set(role.skills.map((requirement) => requirement.skill));
      for (const core of families.get(role.family)?.coreSkills ?? []) {
        if (!required.has(core)) {
          findings.push({ check: 'family-core-skill-missing', subject: role.slug, message: `does not require "${core}", a core skill of family ${role.family}` });
        }
      }
    }
    return { findings };
  },
};
