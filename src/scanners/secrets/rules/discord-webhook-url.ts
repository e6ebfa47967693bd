import type { SecretRule } from '../secret-rule.ts';

/**
 * A Discord webhook URL lets anyone post to its channel under any name and avatar, and delete
 * or rename the webhook itself; leaked ones are used for spam and malware links.
 */
export const discordWebhookUrl: SecretRule = {
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'discord', 'webhook'],
  equivalents: ['DiscordWebhook'],
  description: 'A Discord webhook URL (discord.com or discordapp.com /api/webhooks/<id>/<token>).',
  remediation: 'Delete the webhook under the channel settings (Integrations > Webhooks), create a new one and keep its URL in a secret store.',
  keywords: ['discord'],
  // discord.com or discordapp.com (optionally ptb./canary.), /api/, an optional version, webhooks/<snowflake id>/<token>.
  pattern:
    /(?<secret>https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
};
