import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Datadog API key submits metrics, logs and events into the organisation (polluting alerts
 * and dashboards, or running up ingestion bills) and, with an application key, reads them back.
 * Browser client tokens (pub…) are public by design and left alone.
 */
export const datadogApiKey: SecretRule = {
  id: 'datadog-api-key',
  title: 'Datadog API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'observability', 'datadog'],
  equivalents: ['datadog-access-token', 'DatadogToken', 'DatadogApikey'],
  description: 'A 32-character Datadog API key assigned to a name mentioning Datadog or DD_API_KEY.',
  remediation: 'Revoke the key in Datadog (Organization Settings > API Keys), deploy a new one from a secret store, and check the audit trail.',
  keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi', 'dd.api', 'dd_client', 'dd-client'],
  // A key naming datadog or dd_api_key, then 32 lower-case hex characters (pub + 32 hex for client tokens, rejected below).
  pattern: vendorAssignmentPattern({
    name: String.raw`datadog|(?<![A-Za-z0-9])dd[_.-]?(?:api|client)`,
    value: '(?:pub)?[a-f0-9]{32}',
  }),
  minEntropy: 3,
  // Trace and span ids are 32 hex too: the name has to say key, and must not say app key or client token.
  validate: (secret, groups) =>
    !secret.startsWith('pub') && isCredentialName(groups) && !/client|rum|app(?:lication)?[_.-]?key|trace|span/i.test(assignedNames(groups)),
};
