import type { SecretRule } from '../secret-rule.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

/**
 * A password in .pypirc uploads packages to the index it names: PyPI, a private devpi or
 * Artifactory repository. Uploading a poisoned version reaches everyone who installs it.
 */
export const pypircPassword: SecretRule = {
  id: 'pypirc-password',
  title: 'Password in .pypirc',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry'],
  equivalents: ['pypi-upload-token', 'PyPI'],
  description: 'A password = line in a .pypirc file. PyPI API tokens (pypi-…) are reported by the pypi-token rule.',
  remediation: 'Change the password or revoke the token at the index, keep .pypirc in the home directory only, and upload from CI with trusted publishing or TWINE_PASSWORD from a secret.',
  keywords: ['password'],
  // .pypirc in any directory.
  appliesTo: /(?:^|\/)\.pypirc$/,
  // A password line of an INI section: password = VALUE.
  pattern: /^[ \t]*password[ \t]*[:=][ \t]*(?<secret>[^\s]{1,300})[ \t]*$/m,
  validate: (secret) => secret.length >= 3 && !isStandInPassword(secret) && !isVendorToken(secret),
};
