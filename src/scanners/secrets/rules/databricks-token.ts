import type { SecretRule } from '../secret-rule.ts';

/**
 * A Databricks personal access token acts as its user in the workspace: run notebooks and jobs
 * on clusters, read tables and the secrets scopes mounted in them.
 */
export const databricksToken: SecretRule = {
  id: 'databricks-token',
  title: 'Databricks access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'data', 'databricks'],
  equivalents: ['databricks-api-token', 'DatabricksToken'],
  description: 'A Databricks personal access token (dapi + 32 hex characters, optionally -N).',
  remediation: 'Revoke the token in the workspace (User Settings > Developer > Access tokens, or the token management API) and use OAuth or a secret store instead.',
  keywords: ['dapi'],
  // dapi, 32 hex characters, and an optional -digit suffix.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
};
