import type { SecretRule } from '../secret-rule.ts';

/**
 * OpenAI keys are billed per use and leaked ones are drained within hours by resellers; project
 * and service-account keys can also read files, fine-tunes and assistants of the project. Admin
 * keys manage the whole organisation (members, projects, other keys) and rank critical.
 */
export const openaiApiKey: SecretRule = {
  id: 'openai-api-key',
  title: 'OpenAI API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'openai'],
  equivalents: ['openai-api-key', 'OpenAI', 'OpenAIAdmin'],
  description: 'An OpenAI API key: project (sk-proj-), service account (sk-svcacct-), admin (sk-admin-) or legacy user key, recognised by the T3BlbkFJ marker every key carries.',
  remediation: 'Revoke the key at https://platform.openai.com/api-keys (admin keys under organisation settings), check usage for abuse, and keep the new key in a secret store.',
  keywords: ['t3blbkfj'],
  // sk-, an optional kind (proj-, svcacct-, admin-, None-), random characters, the T3BlbkFJ marker ("OpenAI" in base64), more random characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  refine: (secret) => (secret.startsWith('sk-admin-') ? { severity: 'critical', message: 'OpenAI admin key found; it manages the whole organisation' } : undefined),
};
