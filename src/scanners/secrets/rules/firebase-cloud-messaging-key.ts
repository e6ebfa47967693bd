import type { SecretRule } from '../secret-rule.ts';

/**
 * A Firebase Cloud Messaging legacy server key sends push notifications to every install of
 * the app: phishing messages that appear to come from you.
 */
export const firebaseCloudMessagingKey: SecretRule = {
  id: 'firebase-cloud-messaging-key',
  title: 'Firebase Cloud Messaging server key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'gcp'],
  equivalents: ['gcp-fcm-server-key', 'FirebaseCloudMessaging'],
  description: 'A Firebase Cloud Messaging legacy server key (AAAA + 7 characters + :APA91b + 134 characters).',
  remediation: 'Delete the server key in the Firebase console (Project settings > Cloud Messaging) and move to the HTTP v1 API with a service account held in a secret store.',
  keywords: [':apa91b'],
  // AAAA + 7 base64url + :APA91b + 134 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  skipPlaceholderCheck: true,
};
