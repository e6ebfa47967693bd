import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const requiredCategories = ['Write', 'Delete', 'Action'];

/**
 * A log profile that leaves out Write, Delete or Action events misses the very changes an intruder
 * makes: new role assignments, deleted resources, keys listed.
 */
export const tfAzureLogProfileMissingCategories: IacRule = {
  id: 'tf-azure-log-profile-missing-categories',
  title: 'Activity log profile does not capture all categories',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_monitor_log_profile'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_38', 'AVD-AZU-0033'],
  description: 'An `azurerm_monitor_log_profile` whose `categories` do not include all of `Write`, `Delete` and `Action`.',
  remediation: 'Set `categories = ["Action", "Delete", "Write"]`.',
  check: checkCategories,
};

function checkCategories(profile: IacResource): IacVerdict {
  const categories = profile.attributes.categories;
  if (isUnknown(categories)) return unknown(categories.reason, 'categories');
  const listed = Array.isArray(categories) ? categories : [];
  const missing = requiredCategories.filter((category) => !listed.includes(category));
  if (missing.length === 0) return pass;
  const blocker = listed.find(isUnknown);
  if (blocker) return unknown(blocker.reason, 'categories');
  return fail(`the activity log leaves out ${missing.join(', ')} events: an intruder's changes in those categories are not recorded`, 'categories');
}
