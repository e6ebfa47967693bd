import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * A Pinecone key reads, overwrites and deletes the project's vector indexes, which often hold
 * embeddings of private documents.
 */
export const pineconeApiKey: SecretRule = {
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'pinecone'],
  equivalents: ['Pinecone'],
  description: 'A Pinecone API key: the current pcsk_ format anywhere, or a legacy UUID key assigned to a name mentioning Pinecone.',
  remediation: 'Delete the key in the Pinecone console (API Keys) and keep the new one in a secret store.',
  keywords: ['pcsk_', 'pinecone'],
  // pcsk_, a 5-6 character key id, _, 63 base62 characters; or a key naming pinecone and a UUID.
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_])(?<current>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})(?![A-Za-z0-9_])|` +
      vendorAssignmentSource({ name: 'pinecone', value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' }),
  ),
  secretGroups: ['current', 'secret'],
  // Project, index and environment ids are UUIDs too; a legacy key needs a name about a key.
  validate: (_secret, groups) => {
    if (groups.current !== undefined) return true;
    const names = assignedNames(groups);
    return /key|token|secret/i.test(names) && !/(?:^|[^a-z])id\b|project|index|env/i.test(names);
  },
  refine: (_secret, { groups }) => (groups.current === undefined ? { confidence: 'medium' } : undefined),
};
