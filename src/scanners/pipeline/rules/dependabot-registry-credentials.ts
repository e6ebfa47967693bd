import type { DependabotRule } from '../dependabot/dependabot-rule.ts';
import { draft, rangeOf } from '../pipeline-rule.ts';

// A whole value that is one `${{ secrets.NAME }}` reference (spaces optional), which Dependabot fills from its own secrets store.
const secretReference = /^\$\{\{\s*secrets\.[A-Za-z_][A-Za-z0-9_]*\s*\}\}$/;

/**
 * `dependabot.yml` is committed with the code, so a password, token or key written in its
 * `registries:` is readable by everyone with read access to the repository (everyone, for a
 * public one) and stays in its history after removal. Dependabot reads `${{ secrets.NAME }}`
 * from its own secrets store instead.
 */
export const dependabotRegistryCredentials: DependabotRule = {
  id: 'dependabot-registry-credentials',
  title: 'Registry credential written in dependabot.yml',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'dependabot'],
  description: 'A `registries:` entry of `.github/dependabot.yml` whose `password`, `token` or `key` is a literal value rather than a `${{ secrets.NAME }}` reference.',
  remediation: 'Revoke the credential, store a new one as a Dependabot secret and write `${{ secrets.NAME }}` in its place.',
  check: (file) =>
    file.registries.flatMap((registry) =>
      registry.credentials.flatMap(({ field, value }) => {
        if (secretReference.test(value.value.trim()) || value.value.trim() === '') return [];
        const message = `The ${field} of registry ${registry.name} is written in the file, so anyone who can read the repository or its history can use it against that registry.`;
        return [draft('dependabot-registry-credentials', rangeOf(file.source, value.span), message, `${registry.name}:${field}`)];
      }),
    ),
};
