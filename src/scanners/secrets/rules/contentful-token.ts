import type { SecretRule } from '../secret-rule.ts';

/**
 * A Contentful personal access token uses the Content Management API as its owner: change or
 * delete entries, assets and content models in every space they can reach.
 */
export const contentfulToken: SecretRule = {
  id: 'contentful-token',
  title: 'Contentful personal access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cms', 'contentful'],
  equivalents: ['ContentfulPersonalAccessToken'],
  description: 'A Contentful Content Management API personal access token (CFPAT-).',
  remediation: 'Revoke the token in Contentful (Account settings > CMA tokens) and keep the new one in a secret store.',
  keywords: ['cfpat-'],
  // CFPAT- then 43 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
};
