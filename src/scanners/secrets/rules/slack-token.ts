import type { SecretRule } from '../secret-rule.ts';
import { isPlaceholder } from '../placeholders.ts';

// Token kinds whose holder acts as a person (user, legacy session, rotating user token).
const userTokenPrefix = /^(?:xoxp|xoxs|xoxe\.xoxp)-/;

/**
 * Slack bot, user, workspace and refresh tokens call the Slack API as the app or person they
 * were issued to: read channels and direct messages, post as the bot, download files, and list
 * everyone in the workspace. User tokens see everything their owner sees, so they rank higher.
 */
export const slackToken: SecretRule = {
  id: 'slack-token',
  title: 'Slack token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'messaging', 'slack'],
  equivalents: [
    'slack-bot-token',
    'slack-user-token',
    'slack-legacy-token',
    'slack-legacy-bot-token',
    'slack-legacy-workspace-token',
    'slack-config-access-token',
    'slack-config-refresh-token',
    'Slack',
  ],
  description: 'A Slack OAuth token: bot (xoxb-), user (xoxp-), workspace (xoxa-), refresh (xoxr-), legacy session (xoxs-) or rotating configuration tokens (xoxe.xoxp-, xoxe-).',
  remediation: 'Revoke it with the auth.revoke API or by reinstalling the app at https://api.slack.com/apps, then keep the new token in a secret store.',
  keywords: ['xox'],
  /*
   * Classic tokens: xox + kind letter, an optional version digit, one to four dash-separated
   * numeric ids, then a random tail. Rotating tokens: xoxe.xoxb-1- / xoxe.xoxp-1- or xoxe-1-
   * followed by a long base62 body.
   */
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>xox[abposr]-(?:\d-)?\d{6,14}(?:-\d{6,14}){0,3}-(?<tail>[A-Za-z0-9]{16,64})|xoxe\.xox[bp]-1-(?<rotating>[A-Za-z0-9]{120,260})|xoxe-1-(?<refresh>[A-Za-z0-9]{120,260}))(?![A-Za-z0-9_-])/,
  // Ids are plain digits and may look sequential; only the random tail is judged.
  skipPlaceholderCheck: true,
  validate: (_secret, groups) => {
    const random = groups.tail ?? groups.rotating ?? groups.refresh ?? '';
    return !isPlaceholder(random) && /[0-9]/.test(random) && /[a-zA-Z]/.test(random);
  },
  refine: (secret) => {
    if (userTokenPrefix.test(secret)) return { severity: 'critical', message: 'Slack user token found; it acts as the person who authorised it' };
    if (secret.startsWith('xoxb-')) return { message: 'Slack bot token found' };
    return undefined;
  },
};
