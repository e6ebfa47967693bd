import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * A Grafana Cloud access policy token carries the scopes of its policy: push or read metrics,
 * logs and traces, or manage stacks of the whole organisation.
 */
export const grafanaCloudToken: SecretRule = {
  id: 'grafana-cloud-token',
  title: 'Grafana Cloud token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'grafana'],
  equivalents: ['grafana-cloud-api-token', 'Grafana'],
  description: 'A Grafana Cloud access policy token (glc_ + base64 JSON naming the organisation and key).',
  remediation: 'Delete the token from its access policy in the Grafana Cloud portal (Security > Access Policies) and keep the replacement in a secret store.',
  keywords: ['glc_'],
  // glc_ then base64 of a JSON object (so it starts eyJ), optionally padded.
  pattern: /(?<![A-Za-z0-9_])(?<secret>glc_(?<payload>eyJ[A-Za-z0-9+/]{30,400}={0,2}))(?![A-Za-z0-9+/=_])/,
  validate: (_secret, groups) => decodesToObjectWith(groups.payload ?? '', ['o', 'k']),
};

/** The payload of a real token is JSON with the organisation ("o") and key ("k") fields. */
function decodesToObjectWith(payload: string, fields: readonly string[]): boolean {
  try {
    const decoded: unknown = JSON.parse(decodeBase64(payload) ?? '');
    return typeof decoded === 'object' && decoded !== null && fields.every((field) => field in decoded);
  } catch {
    return false;
  }
}
