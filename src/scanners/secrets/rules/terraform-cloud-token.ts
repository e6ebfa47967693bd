import type { SecretRule } from '../secret-rule.ts';

/**
 * HCP Terraform (Terraform Cloud) and Terraform Enterprise tokens run plans and applies, read
 * state files with every secret in them, and change workspace variables.
 */
export const terraformCloudToken: SecretRule = {
  id: 'terraform-cloud-token',
  title: 'Terraform Cloud token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'infrastructure'],
  equivalents: ['hashicorp-tf-api-token', 'TerraformCloudPersonalToken'],
  description: 'An HCP Terraform / Terraform Enterprise user, team or organization API token (14 characters, .atlasv1., then 60-70 more).',
  remediation: 'Revoke it under User or Organization Settings > Tokens in HCP Terraform, review run history, and use dynamic provider credentials.',
  keywords: ['atlasv1'],
  // 14 alphanumerics, the literal .atlasv1., then 60 to 70 base64url characters.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
};
