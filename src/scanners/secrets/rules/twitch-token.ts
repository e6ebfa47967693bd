import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * A Twitch OAuth token or client secret acts for the channel or app: post in chat, change
 * stream titles, run ads, or mint tokens for the app. Client ids have the same shape and are
 * public, so names that say "id" are left alone.
 */
export const twitchToken: SecretRule = {
  id: 'twitch-token',
  title: 'Twitch token or client secret',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'twitch'],
  equivalents: ['twitch-api-token', 'Twitch', 'TwitchAccessToken'],
  description: 'A Twitch chat password (oauth: + 30 characters), or a 30-character OAuth token or client secret assigned to a name mentioning Twitch.',
  remediation: 'Revoke the token at https://id.twitch.tv/oauth2/revoke or create a new client secret in the Twitch developer console, and keep it in a secret store.',
  keywords: ['twitch', 'oauth:'],
  /*
   * An IRC chat password (oauth: and 30 lower-case base36 characters, a Twitch-only format), or
   * a key naming twitch assigned 30 such characters with or without the prefix.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_])(?<chat>oauth:[a-z0-9]{30})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: 'twitch', value: '(?:oauth:)?[a-z0-9]{30}' }),
  ),
  secretGroups: ['chat', 'secret'],
  minEntropy: 3.5,
  validate: (secret, groups) =>
    (groups.chat !== undefined || isCredentialName(groups) || secret.startsWith('oauth:')) &&
    !/(?:^|[^a-z])id\b|client_?id|clientid|username|channel/i.test(assignedNames(groups)) &&
    /[0-9]/.test(secret) &&
    /[a-z]/.test(secret),
};
