import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * Legacy Grafana API keys act with their role (Viewer, Editor or Admin) on the organisation;
 * they never expire unless set to, so old ones in repositories often still work.
 */
export const grafanaApiKey: SecretRule = {
  id: 'grafana-api-key',
  title: 'Grafana API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'grafana'],
  equivalents: ['grafana-api-key', 'Grafana'],
  description: 'A legacy Grafana API key: base64 of {"k":…,"n":…,"id":…}, so it starts eyJrIjoi.',
  remediation: 'Delete the key (or migrate it to a service account) in Grafana under Administration > API keys, and keep the replacement in a secret store.',
  keywords: ['eyjrijoi'],
  // eyJrIjoi (base64 of {"k":") then more base64, optionally padded.
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=_-])/,
  // Other products start tokens the same way (Power BI embeds), but only Grafana keys carry a name and a numeric id.
  validate: (secret) => {
    try {
      const decoded: unknown = JSON.parse(decodeBase64(secret) ?? '');
      return typeof decoded === 'object' && decoded !== null && 'k' in decoded && 'n' in decoded && 'id' in decoded;
    } catch {
      return false;
    }
  },
};
