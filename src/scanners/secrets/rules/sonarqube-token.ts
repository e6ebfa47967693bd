import type { SecretRule } from '../secret-rule.ts';

/**
 * A SonarQube or SonarCloud token reads analysis results, which include source snippets and
 * the list of known vulnerabilities, and can submit or administer projects.
 */
export const sonarqubeToken: SecretRule = {
  id: 'sonarqube-token',
  title: 'SonarQube token',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'ci'],
  equivalents: ['sonar-api-token', 'Sonarcloud'],
  description: 'A SonarQube / SonarCloud project analysis (sqp_), user (squ_) or global analysis (sqa_) token.',
  remediation: 'Revoke it under My Account > Security in SonarQube or SonarCloud and pass tokens to scanners through CI secrets.',
  keywords: ['sqp_', 'squ_', 'sqa_'],
  // sqp_/squ_/sqa_ + 40 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>sq[pua]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  skipPlaceholderCheck: true,
  refine: (secret) => (secret.startsWith('squ_') ? { severity: 'high', message: 'SonarQube user token found (acts with the user\'s permissions)' } : undefined),
};
