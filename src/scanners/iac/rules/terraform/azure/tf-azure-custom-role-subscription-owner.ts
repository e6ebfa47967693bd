import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * A custom role allowing every action (`*`) is an owner role under another name: whoever holds it can
 * grant themselves anything, and it escapes reviews that look for the built-in Owner role.
 */
export const tfAzureCustomRoleSubscriptionOwner: IacRule = {
  id: 'tf-azure-custom-role-subscription-owner',
  title: 'Custom role grants every action (owner equivalent)',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_role_definition'],
  tags: ['CWE-269'],
  equivalents: ['CKV_AZURE_39', 'AVD-AZU-0030'],
  description: 'An `azurerm_role_definition` whose `permissions.actions` include `*`.',
  remediation: 'List only the actions the role needs (e.g. `"Microsoft.Compute/virtualMachines/read"`), and use built-in roles where they fit.',
  check: checkActions,
};

function checkActions(role: IacResource): IacVerdict {
  const permissions = role.attributes.permissions;
  if (isUnknown(permissions)) return unknown(permissions.reason, 'permissions');
  const first = Array.isArray(permissions) ? permissions[0] : undefined;
  if (isUnknown(first)) return unknown(first.reason, 'permissions');
  const actions = first !== null && typeof first === 'object' && !Array.isArray(first) ? first.actions : undefined;
  if (isUnknown(actions)) return unknown(actions.reason, 'permissions.actions');
  if (!Array.isArray(actions)) return pass;
  if (actions.includes('*')) return fail('the role allows every action: its holders can do anything in its scope, including granting themselves more access', 'permissions.actions');
  const blocker = actions.find(isUnknown);
  return blocker ? unknown(blocker.reason, 'permissions.actions') : pass;
}
