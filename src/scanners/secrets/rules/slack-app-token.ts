import type { SecretRule } from '../secret-rule.ts';

/**
 * An app-level token opens Socket Mode connections and manages event authorisations for a
 * Slack app: whoever holds it receives the events meant for the app, messages included.
 */
export const slackAppToken: SecretRule = {
  id: 'slack-app-token',
  title: 'Slack app-level token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'slack'],
  equivalents: ['slack-app-token', 'Slack'],
  description: 'A Slack app-level token (xapp-), used for Socket Mode and app configuration.',
  remediation: 'Revoke the token under Basic Information > App-Level Tokens at https://api.slack.com/apps and generate a new one.',
  keywords: ['xapp-'],
  // xapp-, a version digit, the app id (A + upper-case base36), a numeric id, 64 hex characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xapp-\d-A[A-Z0-9]{7,12}-\d{8,15}-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
};
