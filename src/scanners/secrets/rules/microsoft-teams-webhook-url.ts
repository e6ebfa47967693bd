import type { SecretRule } from '../secret-rule.ts';

// A GUID as Microsoft writes them in webhook URLs: lower-case hex groups of 8-4-4-4-12.
const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * An incoming-webhook URL lets anyone post cards into the Teams channel behind it, including
 * links and buttons that look like they come from an internal tool.
 */
export const microsoftTeamsWebhookUrl: SecretRule = {
  id: 'microsoft-teams-webhook-url',
  title: 'Microsoft Teams webhook URL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'microsoft-teams', 'webhook'],
  equivalents: ['microsoft-teams-webhook', 'MicrosoftTeamsWebhook'],
  description: 'A Microsoft Teams incoming webhook URL (<tenant>.webhook.office.com/webhookb2/… or the older outlook.office.com/webhook/…).',
  remediation: 'Remove the Incoming Webhook connector from the channel (Connectors > Configured), add a new one and keep its URL in a secret store.',
  keywords: ['incomingwebhook'],
  /*
   * The webhook host, then <group guid>@<tenant guid>/IncomingWebhook/<32 hex>/<owner guid> and,
   * on newer URLs, one more base64url segment.
   */
  pattern: new RegExp(
    String.raw`(?<secret>https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/` +
      String.raw`${guid}@${guid}\/IncomingWebhook\/[0-9a-f]{32}\/${guid}(?:\/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
  ),
};
