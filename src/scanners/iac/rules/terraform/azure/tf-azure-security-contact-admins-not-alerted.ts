import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Subscription owners can act on an alert at once; alerts that skip them delay the response to an
 * ongoing attack.
 */
export const tfAzureSecurityContactAdminsNotAlerted: IacRule = {
  id: 'tf-azure-security-contact-admins-not-alerted',
  title: 'Security alerts not emailed to subscription owners',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_security_center_contact'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_22', 'AVD-AZU-0063'],
  description: 'An `azurerm_security_center_contact` whose `alerts_to_admins` is `false` or not written.',
  remediation: 'Set `alerts_to_admins = true`.',
  check: (contact) => checkBoolean(contact, ['alerts_to_admins'], true, 'fail', 'security alerts are not sent to the subscription owners: the people able to respond hear late'),
};
