/** Skills nobody needs: a skill no role requires, and that is not broader than one a role requires. */
import type { LintCheck, LintFinding } from '../model.js';

export const unusedSkillCheck: LintCheck = {
  name: 'unused-skill',
  description: 'A skill that no role requires and that is not broader than a required skill, with no unusedReason saying why it is kept.',
  run({ seeds }) {
    const broaderOf = new Map(seeds.skills.map((skill) => [skill.slug, skill.broader]));
    const used = new Set<string>();
    for (const role of seeds.roles) {
      for (const requirement of role.skills) {
        // A required skill makes its ancestors used too: they are what it specialises.
        for (let slug: string | undefined = requirement.skill; slug && !used.has(slug); slug = broaderOf.get(slug)) used.add(slug);
      }
    }
    const findings: LintFinding[] = seeds.skills
      .filter((skill) => !used.has(skill.slug) && !skill.unusedReason)
      .map((skill) => ({ check: 'unused-skill', subject: skill.slug, message: `no role requires "${skill.name}" (nor a narrower skill) and no unusedReason is given` }));
    return { findings };
  },
};
