import type { SecretRule } from '../secret-rule.ts';

/**
 * An incoming-webhook or workflow URL is its own credential: anyone who has it can post to the
 * channel behind it, with the app's name and icon, which makes convincing phishing easy.
 */
export const slackWebhookUrl: SecretRule = {
  id: 'slack-webhook-url',
  title: 'Slack webhook URL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'slack', 'webhook'],
  equivalents: ['slack-webhook-url', 'SlackWebhook'],
  description: 'A Slack incoming webhook (hooks.slack.com/services/…), Workflow Builder webhook (/workflows/…) or trigger URL (/triggers/…).',
  remediation: 'Remove the webhook in the app settings (Incoming Webhooks) or the workflow, create a new one and keep its URL in a secret store.',
  keywords: ['hooks.slack.com'],
  /*
   * hooks.slack.com then one of: services/T…/B…/24 base62; workflows/T…/A…/numeric id/24
   * base62; triggers/T…/numeric id/32 hex. Team, bot and app ids are upper-case base36.
   */
  pattern:
    /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}|workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{10,20}\/[A-Za-z0-9]{24}|triggers\/T[A-Z0-9]{8,12}\/\d{10,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
};
