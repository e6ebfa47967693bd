import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A bot token logs in as the Discord bot: it reads every channel the bot is in, posts,
 * moderates and, with the usual permissions, bans or kicks members of every server it joined.
 */
export const discordBotToken: SecretRule = {
  id: 'discord-bot-token',
  title: 'Discord bot token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'discord'],
  equivalents: ['DiscordBotToken'],
  description: 'A Discord bot token (base64 bot id, timestamp, HMAC) assigned to a name mentioning Discord.',
  remediation: 'Reset the token on the Bot page of the application at https://discord.com/developers/applications and update the bot from a secret store.',
  keywords: ['discord'],
  /*
   * A key naming discord, then three dot-separated base64url parts: the bot's numeric id in
   * base64 (so it starts with M, N or O), a 6-character timestamp, and a 27-40 character HMAC.
   */
  pattern: vendorAssignmentPattern({
    name: 'discord',
    value: String.raw`(?<id>[MNO][A-Za-z0-9_-]{23,27})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}`,
  }),
  minEntropy: 4,
  // The first part must decode to a Discord snowflake id: 17 to 20 digits.
  validate: (_secret, groups) => /^\d{17,20}$/.test(decodeBase64(groups.id ?? '') ?? ''),
};
