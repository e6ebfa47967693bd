import type { DependabotRule } from '../dependabot/dependabot-rule.ts';
import { draft, rangeOf } from '../pipeline-rule.ts';

/**
 * Some package managers run code from the packages while resolving an update (setup.py,
 * gemspecs, Gradle and Maven plugins). `insecure-external-code-execution: allow` lets Dependabot
 * run that code with access to the registry credentials it was given, so a compromised or
 * typosquatted dependency can steal them before anyone reviews the pull request.
 */
export const dependabotExternalCodeExecution: DependabotRule = {
  id: 'dependabot-external-code-execution',
  title: 'Dependabot allowed to run package code',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'supply-chain', 'dependabot'],
  equivalents: ['dependabot-execution'],
  description: 'An `updates:` entry of `.github/dependabot.yml` with `insecure-external-code-execution: allow`.',
  remediation: 'Remove the setting (or set it to `deny`); if an ecosystem truly cannot update without running code, give that entry no private registry credentials.',
  check: (file) =>
    file.updates.flatMap((update) => {
      const setting = update.externalCodeExecution;
      if (setting?.value.trim().toLowerCase() !== 'allow') return [];
      const what = update.ecosystem?.value ?? 'this ecosystem';
      const message = `Dependabot may run code from ${what} packages while updating them, with the registry credentials it holds: a malicious or hijacked dependency runs before any review and can take those credentials.`;
      return [draft('dependabot-external-code-execution', rangeOf(file.source, setting.span), message, `${what}:${update.directory?.value ?? ''}`)];
    }),
};
