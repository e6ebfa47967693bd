import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * High-severity Defender alerts that are not emailed wait in the portal until someone looks, while the
 * attack they describe carries on.
 */
export const tfAzureSecurityContactAlertsOff: IacRule = {
  id: 'tf-azure-security-contact-alerts-off',
  title: 'Security alerts not emailed to the security contact',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_security_center_contact'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_21', 'AVD-AZU-0044'],
  description: 'An `azurerm_security_center_contact` whose `alert_notifications` is `false` or not written.',
  remediation: 'Set `alert_notifications = true`.',
  check: (contact) => checkBoolean(contact, ['alert_notifications'], true, 'fail', 'high-severity security alerts are not emailed to the security contact: an attack can run unnoticed'),
};
