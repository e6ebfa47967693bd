import type { SecretRule } from '../secret-rule.ts';

const minBodyChars = 64;

/**
 * A service account key file signs in as the service account with every IAM role it holds, from
 * any machine, until someone deletes the key. These files are the most common way GCP projects
 * are breached.
 */
export const gcpServiceAccountKey: SecretRule = {
  id: 'gcp-service-account-key',
  title: 'GCP service account key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'gcp'],
  equivalents: ['gcp-service-account', 'GCP', 'CKV_SECRET_GCP'],
  description: 'The private key of a Google Cloud service account key file (JSON with "type": "service_account" and "private_key"). The private-key rule reports the same PEM; this finding names the service account and where to revoke it.',
  remediation: 'Delete the key under IAM & Admin > Service accounts > Keys, check Cloud Audit Logs for its use, and move to workload identity federation or attached service accounts.',
  supersedes: ['private-key'],
  // The key sits anywhere in the JSON document, a few kilobytes at most from "service_account".
  maxMatchChars: 8192,
  keywords: ['service_account'],
  // "private_key": "<PEM with \n escapes>" with "type": "service_account" up to 1500 characters before
  // or after it (key order differs between gcloud output and re-serialized files). The look-behind
  // sits after the "private_key" literal so it only runs where that literal matched.
  pattern: /(?:"private_key"(?<="type"\s{0,5}:\s{0,5}"service_account"[\s\S]{0,1500}"private_key")\s{0,5}:\s{0,5}"(?<before>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END PRIVATE KEY-----(?:\\n)?)"|"private_key"\s{0,5}:\s{0,5}"(?<after>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END PRIVATE KEY-----(?:\\n)?)"(?=[\s\S]{0,1500}"type"\s{0,5}:\s{0,5}"service_account"))/,
  secretGroups: ['before', 'after'],
  skipPlaceholderCheck: true,
  validate: (secret) => {
    const body = secret.replace(/-----(?:BEGIN|END) PRIVATE KEY-----/g, '').replace(/\\n|\s/g, '');
    return body.length >= minBodyChars && /^[A-Za-z0-9+/]+={0,2}$/.test(body) && !/(.)\1{15,}/.test(body);
  },
};
