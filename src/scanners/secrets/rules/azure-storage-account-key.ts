import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

// The fixed keys of the Azurite storage emulator and the Cosmos DB emulator, published in Microsoft's docs.
const publishedEmulatorKeys = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);

/**
 * A storage account key (or Cosmos DB account key) is full control of the account: read, write
 * and delete every blob, queue, table and file share, and sign SAS tokens for anyone.
 */
export const azureStorageAccountKey: SecretRule = {
  id: 'azure-storage-account-key',
  title: 'Azure storage account key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'azure'],
  equivalents: ['azure-storage-account-key', 'AzureStorage', 'AzureCosmosDBKeyIdentifiable', 'CKV_SECRET_3'],
  description: 'An Azure Storage or Cosmos DB account key (88 base64 characters, 64 bytes): in a connection string (AccountKey=) or assigned to a storage/account key name.',
  remediation: 'Rotate the key (Storage account > Access keys, or Cosmos DB > Keys), update its users from Key Vault, and prefer Entra ID (managed identity) access over shared keys.',
  keywords: ['accountkey', 'account_key', 'account-key', 'storage'],
  // AccountKey= in a connection string, or a name with storage/account and key, an assignment, then 86 base64 characters and "==".
  pattern: /(?:AccountKey=|(?:storage|account)[\w.-]{0,30}?key(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?)(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4.5,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && !publishedEmulatorKeys.has(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
};
