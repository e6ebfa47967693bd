import type { DependabotRule } from '../dependabot/dependabot-rule.ts';
import { draft, rangeOf } from '../pipeline-rule.ts';

/** Days a new release should age before Dependabot proposes it; hijacked releases are usually caught and pulled within days. */
const minCooldownDays = 7;

/**
 * Dependabot proposes a release minutes after it is published. Compromised releases (event-stream,
 * ua-parser-js, the 2025 npm worm) were found and pulled within hours or days, so a team that
 * merges the update quickly installs the malicious version. A cooldown lets a release age first;
 * security updates are not delayed by it.
 */
export const dependabotMissingCooldown: DependabotRule = {
  id: 'dependabot-missing-cooldown',
  title: 'Dependabot proposes releases without a cooldown',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357', 'supply-chain', 'dependabot', 'hardening'],
  equivalents: ['dependabot-cooldown'],
  description: `An \`updates:\` entry of \`.github/dependabot.yml\` with no \`cooldown:\`, a \`cooldown:\` without \`default-days\`, or \`default-days\` under ${minCooldownDays}.`,
  remediation: `Add \`cooldown: { default-days: ${minCooldownDays} }\` (or more) to each \`updates:\` entry.`,
  check: (file) =>
    file.updates.flatMap((update) => {
      const what = `${update.ecosystem?.value ?? 'this ecosystem'} updates${update.directory ? ` in ${update.directory.value}` : ''}`;
      const fingerprint = `${update.ecosystem?.value ?? ''}:${update.directory?.value ?? ''}`;
      if (!update.cooldown) {
        const message = `Dependabot proposes new ${what} as soon as they are published: a hijacked release can be merged before it is caught and pulled.`;
        return [draft('dependabot-missing-cooldown', rangeOf(file.source, update.anchor.keySpan), message, fingerprint)];
      }
      const days = update.cooldown.defaultDays;
      if (!days) {
        const message = `This cooldown sets no default-days, so ${what} without a per-type setting get no delay.`;
        return [draft('dependabot-missing-cooldown', rangeOf(file.source, update.cooldown.keySpan), message, fingerprint)];
      }
      const count = Number(days.value);
      if (!Number.isFinite(count) || count >= minCooldownDays) return [];
      const message = `A cooldown of ${count} day${count === 1 ? '' : 's'} for ${what} is shorter than hijacked releases usually stay up; ${minCooldownDays} days or more gives the community time to catch one.`;
      return [draft('dependabot-missing-cooldown', rangeOf(file.source, days.span), message, fingerprint)];
    }),
};
