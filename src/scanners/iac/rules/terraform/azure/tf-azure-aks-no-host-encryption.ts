import { firstWritten } from '../../../checks/attribute-expectation.ts';
import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without encryption at host, the temporary disks and the OS and data disk caches of the nodes
 * are not encrypted: pod data written there sits readable on Azure's hosts.
 */
export const tfAzureAksNoHostEncryption: IacRule = {
  id: 'tf-azure-aks-no-host-encryption',
  title: 'AKS node pool without encryption at host',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_227'],
  description: 'An `azurerm_kubernetes_cluster` whose `default_node_pool`, or an `azurerm_kubernetes_cluster_node_pool`, does not set `host_encryption_enabled` (`enable_host_encryption` before provider 4.0) to `true`.',
  remediation: 'Set `host_encryption_enabled = true` on every node pool (the subscription needs the `EncryptionAtHost` feature registered).',
  check(pool) {
    const prefix = pool.type === 'azurerm_kubernetes_cluster' ? 'default_node_pool.' : '';
    const path = firstWritten(pool, [`${prefix}host_encryption_enabled`, `${prefix}enable_host_encryption`])?.path ?? `${prefix}host_encryption_enabled`;
    return expectAttribute(pool, path, { accept: isBoolean(true), whenMissing: 'fail', message: 'node temp disks and disk caches are not encrypted: pod data written there is readable on the host' });
  },
};
