import type { SecretRule } from '../secret-rule.ts';

/**
 * A shared access key of a Service Bus, Event Hubs, Relay or IoT Hub policy signs tokens with
 * that policy's rights: with Manage or Send rights an attacker reads or injects messages and
 * device commands.
 */
export const azureSharedAccessKey: SecretRule = {
  id: 'azure-shared-access-key',
  title: 'Azure shared access key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'azure'],
  equivalents: ['azure-service-bus-key', 'AzureSasKey', 'AzureIoTHubConnectionString'],
  description: 'A SharedAccessKey in an Azure Service Bus, Event Hubs, Relay or IoT Hub connection string (44 base64 characters, 32 bytes).',
  remediation: 'Regenerate the key of the shared access policy (or device) in the Azure portal and move clients to Entra ID (managed identity) authentication.',
  keywords: ['sharedaccesskey='],
  // SharedAccessKey= followed by 43 base64 characters and "=" (a 32-byte key).
  pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
};
