/** Moves whose pay change a reader would question, unless the edge's salaryNote explains it. */
import type { RoleSeed } from '../../import/seeds/seedSchema.js';
import type { LintCheck, LintFinding } from '../model.js';

/** A lateral move changing the median by more than this share of the source's median needs a note. */
export const LATERAL_SALARY_SWING = 0.25;

function movesOf(roles: readonly RoleSeed[]) {
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  return roles.flatMap((from) =>
    from.nextRoles.flatMap((move) => {
      const to = bySlug.get(move.role);
      return to ? [{ from, to, move }] : [];
    }),
  );
}

const usd = (amount: number) => `$${amount.toLocaleString('en-US')}`;

export const promotionLowersPayCheck: LintCheck = {
  name: 'promotion-lowers-pay',
  description: 'A PROMOTION whose target role has a lower median salary than its source, without a salaryNote saying why.',
  run({ seeds }) {
    const findings: LintFinding[] = movesOf(seeds.roles)
      .filter(({ from, to, move }) => move.kind === 'PROMOTION' && to.medianSalaryUsd < from.medianSalaryUsd && !move.salaryNote)
      .map(({ from, to }) => ({
        check: 'promotion-lowers-pay',
        subject: `${from.slug} -> ${to.slug}`,
        message: `promotion lowers the median from ${usd(from.medianSalaryUsd)} to ${usd(to.medianSalaryUsd)} with no salaryNote`,
      }));
    return { findings };
  },
};

export const lateralPaySwingCheck: LintCheck = {
  name: 'lateral-pay-swing',
  description: `A LATERAL move changing the median salary by more than ${LATERAL_SALARY_SWING * 100} % of the source's, without a salaryNote saying why.`,
  run({ seeds }) {
    const findings: LintFinding[] = movesOf(seeds.roles)
      .filter(({ from, to, move }) => {
        const change = Math.abs(to.medianSalaryUsd - from.medianSalaryUsd) / from.medianSalaryUsd;
        return move.kind === 'LATERAL' && change > LATERAL_SALARY_SWING && !move.salaryNote;
      })
      .map(({ from, to }) => {
        const percent = Math.round(((to.medianSalaryUsd - from.medianSalaryUsd) / from.medianSalaryUsd) * 100);
        return {
          check: 'lateral-pay-swing',
          subject: `${from.slug} -> ${to.slug}`,
          message: `lateral move changes the median by ${percent > 0 ? '+' : ''}${percent} % (${usd(from.medianSalaryUsd)} -> ${usd(to.medianSalaryUsd)}) with no salaryNote`,
        };
      });
    return { findings };
  },
};
