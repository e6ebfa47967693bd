import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * An Azure DevOps personal access token acts as its owner across the organizations it was
 * created for: clone and push repositories, run pipelines with their service connections,
 * and publish to Azure Artifacts feeds.
 */
export const azureDevopsPat: SecretRule = {
  id: 'azure-devops-pat',
  title: 'Azure DevOps personal access token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'vcs', 'ci', 'azure'],
  equivalents: ['azure-devops-pat', 'AzureDevopsPersonalAccessToken'],
  description: 'An Azure DevOps PAT: the 84-character format with the AZDO signature, or a legacy 52-character base32 token assigned to an Azure DevOps name or used in a dev.azure.com URL.',
  remediation: 'Revoke it under User settings > Personal access tokens (administrators can revoke any PAT through the token admin API) and use workload identity federation in pipelines.',
  keywords: ['azdo', 'devops', 'vsts', 'dev.azure.com', 'visualstudio.com', 'ado_', 'ado-', 'adopat', 'ado.'],
  // New format: 76 alphanumerics, AZDO, 4 alphanumerics. Legacy: 52 base32 characters after an
  // Azure DevOps / VSTS / ADO token name, or as the password of a dev.azure.com / visualstudio.com URL.
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])|(?:azure[\w.-]{0,5}devops|\bazdo|\bvsts|\bado)[\w.-]{0,20}?(?:pat|token|password|pwd|key)(?<suffix>[\w.-]{0,10})(?:["']\]|["'])?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[a-z2-7]{52})(?![A-Za-z0-9])|https?:\/\/[^:@/\s"']{0,100}:(?<inUrl>[a-z2-7]{52})@(?:dev\.azure\.com|[\w-]{1,63}\.visualstudio\.com)/i,
  secretGroups: ['secret', 'legacy', 'inUrl'],
  minEntropy: 3.8,
  validate: (secret, groups) => {
    if (isMetadataNameSuffix(groups.suffix)) return false;
    if (groups.secret !== undefined) return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret);
    return /^[a-z2-7]{52}$/.test(secret) && /[2-7]/.test(secret);
  },
};
