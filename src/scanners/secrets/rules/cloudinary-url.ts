import type { SecretRule } from '../secret-rule.ts';

/**
 * A CLOUDINARY_URL carries the API key and secret of a product environment: with it, anyone can
 * upload, overwrite and delete every image and video, and run up transformation costs.
 */
export const cloudinaryUrl: SecretRule = {
  id: 'cloudinary-url',
  title: 'Cloudinary API secret in URL',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'media', 'cloudinary'],
  equivalents: ['Cloudinary'],
  description: 'A cloudinary://<api key>:<api secret>@<cloud name> URL.',
  remediation: 'Generate a new API key pair in the Cloudinary console (Settings > API Keys), deactivate the old one, and keep the URL in a secret store.',
  keywords: ['cloudinary://'],
  // cloudinary://, a 15-digit API key, a colon, the 27-character API secret, @ and the cloud name.
  pattern: /cloudinary:\/\/\d{15}:(?<secret>[A-Za-z0-9_-]{27})@[A-Za-z0-9_-]{1,64}/,
  minEntropy: 3.5,
};
