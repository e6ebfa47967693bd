import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Microsoft calls the security contact's phone when it detects a compromise of the subscription;
 * without a number that call cannot be made.
 */
export const tfAzureSecurityContactNoPhone: IacRule = {
  id: 'tf-azure-security-contact-no-phone',
  title: 'Security contact without a phone number',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_security_center_contact'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_20', 'AVD-AZU-0046'],
  description: 'An `azurerm_security_center_contact` without `phone`.',
  remediation: 'Set `phone` to a number the security team answers, e.g. `phone = "+1-555-0100"`.',
  check: (contact) => checkPresent(contact, ['phone'], 'the security contact has no phone number: Microsoft cannot call when it detects a compromise'),
};
