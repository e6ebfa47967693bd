import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentSource } from '../vendor-assignment.ts';

// The token format: numeric bot id, a colon, then AA and 33 base64url characters.
const token = String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}`;

/**
 * A Telegram bot token controls the bot completely: read every message sent to it, message its
 * users, change its profile and webhook. Bots often relay alerts or run support chats.
 */
export const telegramBotToken: SecretRule = {
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'telegram'],
  equivalents: ['telegram-bot-api-token', 'TelegramBotToken'],
  description: 'A Telegram Bot API token in an api.telegram.org/bot… URL or assigned to a name mentioning Telegram or a bot token.',
  remediation: 'Revoke it with /revoke in a chat with @BotFather, which issues a new token, and keep that in a secret store.',
  keywords: ['telegram', 'tg_', 'tg-', 'bot'],
  /*
   * Either a Bot API URL (api.telegram.org/bot<token> or /file/bot<token>), or a key naming
   * telegram, tg_ or bot…token assigned the token.
   */
  pattern: new RegExp(
    String.raw`api\.telegram\.org\/(?:file\/)?bot(?<inUrl>${token})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: String.raw`telegram|(?<![A-Za-z0-9])tg[_.-]|bot[_.-]?token`, value: token }),
  ),
  secretGroups: ['inUrl', 'secret'],
  minEntropy: 3.5,
};
