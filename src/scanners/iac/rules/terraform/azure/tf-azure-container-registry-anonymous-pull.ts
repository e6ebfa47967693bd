import type { IacResource } from '../../../iac-resource.ts';
import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import { pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

// Only these SKUs support anonymous pull; on Basic the setting has no effect.
const anonymousPullSkus = new Set(['standard', 'premium']);

/**
 * Anonymous pull lets anyone on the Internet download every image in the registry, with whatever
 * code, configuration and embedded secrets they hold.
 */
export const tfAzureContainerRegistryAnonymousPull: IacRule = {
  id: 'tf-azure-container-registry-anonymous-pull',
  title: 'Container registry allows anonymous pull',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_container_registry'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_138'],
  description: 'A Standard or Premium `azurerm_container_registry` with `anonymous_pull_enabled = true`.',
  remediation: 'Remove `anonymous_pull_enabled` or set it to `false`; grant `AcrPull` to the identities that need images.',
  check: checkAnonymousPull,
};

function checkAnonymousPull(registry: IacResource): IacVerdict {
  const sku = registry.attributes.sku;
  if (isUnknown(sku)) return unknown(sku.reason, 'sku');
  if (typeof sku !== 'string' || !anonymousPullSkus.has(sku.toLowerCase())) return pass;
  return checkBoolean(registry, ['anonymous_pull_enabled'], false, 'pass', 'anyone can pull the registry\'s images without credentials, with the code and secrets baked into them');
}
