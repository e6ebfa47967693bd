import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A trail limited to one region misses activity in every other region, which is exactly where an attacker who wants to stay unseen creates resources.
 */
export const tfAlicloudActiontrailNotAllRegions: IacRule = {
  id: 'tf-alicloud-actiontrail-not-all-regions',
  title: 'ActionTrail trail not logging all regions',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_4'],
  description: 'An `alicloud_actiontrail_trail` whose `trail_region` is set to something other than `"All"`.',
  remediation: 'Set `trail_region = "All"` (or remove it).',
  format: 'terraform',
  resourceTypes: ['alicloud_actiontrail_trail'],
  check: (resource) =>
    expectAttribute(resource, 'trail_region', {
      accept: isOneOf('All'),
      whenMissing: 'pass',
      message: 'the trail records only one region: API activity an attacker performs in any other region is not logged',
    }),
};
