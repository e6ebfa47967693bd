import type { SecretRule } from '../secret-rule.ts';
import { shannonEntropy } from '../entropy.ts';

/**
 * A PyPI API token uploads releases of the projects it is scoped to (or of all its owner's
 * projects). A poisoned release is installed by every `pip install` that resolves to it.
 */
export const pypiToken: SecretRule = {
  id: 'pypi-token',
  title: 'PyPI upload token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry', 'supply-chain'],
  equivalents: ['pypi-upload-token', 'PyPI'],
  description: 'A PyPI or TestPyPI API token: pypi- followed by a base64url macaroon whose first bytes name pypi.org or test.pypi.org.',
  remediation: 'Remove it at https://pypi.org/manage/account/token/ (PyPI also revokes tokens it finds public), check recent releases, and switch to trusted publishing from CI.',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  // pypi- + the macaroon header that encodes "pypi.org" (or "test.pypi.org") + the rest of the macaroon.
  // Truncated docs forms (pypi-AgEIcHlwaS5vcmc...) match too, so validate can reject them and
  // keep the generic rule quiet about them.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{0,1000})(?![A-Za-z0-9_-])/,
  // A real macaroon carries at least 50 random characters after the header.
  validate: (secret) => secret.length >= 75 && shannonEntropy(secret) >= 4,
  skipPlaceholderCheck: true,
  refine: (secret) => (secret.startsWith('pypi-AgEN') ? { severity: 'medium', message: 'TestPyPI upload token found' } : undefined),
};
