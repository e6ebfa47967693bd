import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With a hop limit over 1, instance metadata (and its role credentials) also answers requests
 * forwarded from containers on the instance, so a compromised container can take the instance's
 * role.
 */
export const tfAwsLaunchTemplateMetadataHopLimit: IacRule = {
  id: 'tf-aws-launch-template-metadata-hop-limit',
  title: 'Instance metadata reachable more than one network hop away',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_341'],
  description: 'An `aws_launch_template` or `aws_launch_configuration` whose `metadata_options.http_put_response_hop_limit` is over 1 (missing keeps the default of 1).',
  remediation: 'Set `metadata_options { http_tokens = "required", http_put_response_hop_limit = 1 }`; give containers their own credentials (IRSA, ECS task roles) instead of the instance role.',
  format: 'terraform',
  resourceTypes: ['aws_launch_template', 'aws_launch_configuration'],
  check: (template) => expectAttribute(template, 'metadata_options.http_put_response_hop_limit', { accept: isNumberWhere((hops) => hops <= 1), whenMissing: 'pass', message: 'instance metadata answers requests forwarded from containers: a compromised container can take the instance role\'s credentials' }),
};
