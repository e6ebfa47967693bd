import type { SecretRule } from '../secret-rule.ts';

// Keys inside a Firebase web config are meant to ship to browsers; restrictions, not secrecy, protect them.
const firebaseConfigHint = /authDomain|firebaseConfig|firebaseapp\.com|messagingSenderId/;
const contextChars = 400;

/**
 * A Google API key bills its project for every call made with it. Unrestricted keys can call
 * any enabled API (Maps, Gemini, Translation), so a leaked key can run up large bills or read
 * data the project exposes through APIs.
 */
export const gcpApiKey: SecretRule = {
  id: 'gcp-api-key',
  title: 'Google API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'gcp'],
  equivalents: ['gcp-api-key', 'GoogleApiKey', 'GCPApplicationDefaultCredentials'],
  description: 'A Google Cloud / Firebase API key (AIza followed by 35 base64url characters).',
  remediation: 'Delete or regenerate the key under APIs & Services > Credentials in the Google Cloud console, and restrict every key by API and by referrer, app or IP.',
  keywords: ['aiza'],
  // AIza + 35 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  refine: (_secret, { text, index }) => {
    const window = text.slice(Math.max(0, index - contextChars), index + contextChars);
    if (!firebaseConfigHint.test(window)) return undefined;
    return { severity: 'low', message: 'Google API key in a Firebase web config (public by design; check its API and referrer restrictions)' };
  },
};
