import { expectAttribute, isMissing, isOneOf } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * IMDSv1 answers any HTTP GET from the instance, so a server-side request forgery in an
 * application (the 2019 Capital One breach) hands the instance role credentials to the attacker.
 * IMDSv2 requires a session token obtained with a PUT, which SSRF cannot usually send.
 */
export const tfAwsEc2Imdsv1Enabled: IacRule = {
  id: 'tf-aws-ec2-imdsv1-enabled',
  title: 'EC2 instance metadata service v1 enabled',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-918', 'CIS-AWS-5.6'],
  equivalents: ['CKV_AWS_79', 'AVD-AWS-0028'],
  description: 'An `aws_instance`, `aws_launch_template` or `aws_launch_configuration` without `metadata_options { http_tokens = "required" }` (or `http_endpoint = "disabled"`).',
  remediation: 'Add `metadata_options { http_endpoint = "enabled", http_tokens = "required" }`.',
  format: 'terraform',
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  check(instance) {
    const message = 'the instance metadata service accepts IMDSv1 requests: a server-side request forgery in any application on it leaks the instance role credentials';
    if (isMissing(valueAt(instance, 'metadata_options'))) return fail(message, 'metadata_options');
    if (valueAt(instance, 'metadata_options.http_endpoint') === 'disabled') return pass;
    return expectAttribute(instance, 'metadata_options.http_tokens', { accept: isOneOf('required'), whenMissing: 'fail', message });
  },
};
