import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

// Names that mark a search-only key, which Algolia means to ship in front-end code.
const publicKeyName = /search|public|read|client|front|browser|next_public|vite_|react_app/i;
const adminKeyName = /admin|write|secret|private|master/i;
// Settings that only a search front end has (DocSearch, Docusaurus, InstantSearch): the key beside them is the search key.
const searchFrontEndContext = /indexName|docsearch|contextualSearch|searchParameters|instantsearch|algoliasearch\/lite|liteClient|searchClient/;
const contextWindowChars = 400;

/**
 * The Algolia admin key, or any key with write ACLs, can delete indices, overwrite records and
 * read everything indexed, including unretrievable attributes. Search-only keys are public by
 * design: names that say "search" or "public", and keys configured next to a search front end
 * (DocSearch, Docusaurus, InstantSearch), are left alone; other names that do not say which key
 * it is are reported with medium confidence.
 */
export const algoliaAdminKey: SecretRule = {
  id: 'algolia-admin-key',
  title: 'Algolia admin API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'search', 'algolia'],
  equivalents: ['algolia-api-key', 'AlgoliaAdminKey'],
  description: 'A 32-hex Algolia API key assigned to a name mentioning Algolia that does not mark it as a search-only key.',
  remediation: 'Regenerate the admin key (or delete the write key) in the Algolia dashboard (Settings > API Keys) and keep the new one in a secret store.',
  keywords: ['algolia'],
  // A key naming algolia, then 32 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: 'algolia', value: '[a-f0-9]{32}' }),
  minEntropy: 3,
  validate: (_secret, groups, { text, matchIndex }) => {
    const names = assignedNames(groups);
    if (adminKeyName.test(names)) return true;
    if (publicKeyName.test(names) || !isCredentialName(groups)) return false;
    const nearby = text.slice(Math.max(0, matchIndex - contextWindowChars), matchIndex + contextWindowChars);
    return !searchFrontEndContext.test(nearby);
  },
  refine: (_secret, { groups }) =>
    adminKeyName.test(assignedNames(groups))
      ? undefined
      : { confidence: 'medium', message: 'Algolia API key found; its name does not say whether it is the admin or a search-only key' },
};
