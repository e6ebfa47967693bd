import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The free tier of Microsoft Defender for Cloud only gives recommendations; threat detection for
 * VMs, databases, storage and containers needs the Standard tier.
 */
export const tfAzureSecurityCenterFreeTier: IacRule = {
  id: 'tf-azure-security-center-free-tier',
  title: 'Defender for Cloud on the free tier',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_security_center_subscription_pricing'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_19', 'AVD-AZU-0045'],
  description: 'An `azurerm_security_center_subscription_pricing` whose `tier` is not `Standard`.',
  remediation: 'Set `tier = "Standard"` (per `resource_type` as needed).',
  check: (pricing) => checkOneOf(pricing, ['tier'], ['Standard'], 'fail', 'Defender for Cloud is on the free tier: attacks on the covered resources raise no threat alerts'),
};
