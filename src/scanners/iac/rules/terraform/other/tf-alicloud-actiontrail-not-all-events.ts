import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Logging only reads or only writes leaves half of the account's API activity unrecorded: reconnaissance or changes made by an intruder go unnoticed.
 */
export const tfAlicloudActiontrailNotAllEvents: IacRule = {
  id: 'tf-alicloud-actiontrail-not-all-events',
  title: 'ActionTrail trail not logging all events',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_5'],
  description: 'An `alicloud_actiontrail_trail` without `event_rw = "All"`.',
  remediation: 'Set `event_rw = "All"`.',
  format: 'terraform',
  resourceTypes: ['alicloud_actiontrail_trail'],
  check: (resource) =>
    expectAttribute(resource, 'event_rw', {
      accept: isOneOf('All'),
      whenMissing: 'fail',
      message: 'the trail does not record both read and write events: part of an attacker\'s API activity goes unlogged',
    }),
};
