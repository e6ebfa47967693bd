import type { SecretRule } from '../secret-rule.ts';

/**
 * CircleCI personal and project API tokens trigger pipelines, read build artifacts and, for
 * personal tokens, change project settings and environment variables.
 */
export const circleciToken: SecretRule = {
  id: 'circleci-token',
  title: 'CircleCI API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ci'],
  equivalents: ['circleci-access-token', 'Circle', 'CircleCIV2'],
  description: 'A CircleCI personal (CCIPAT_) or project (CCIPRJ_) API token: prefix, base58 id, underscore, 40 hex characters.',
  remediation: 'Delete it under User settings > Personal API Tokens or Project settings > API Permissions and review the pipelines triggered with it.',
  keywords: ['ccipat_', 'cciprj_'],
  // CCIPAT_ or CCIPRJ_ + 20-24 base58 characters + _ + 40 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>CCIP(?:AT|RJ)_[1-9A-HJ-NP-Za-km-z]{20,24}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  skipPlaceholderCheck: true,
};
