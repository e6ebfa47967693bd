import { findAwsCredentials } from '../../../checks/aws-credentials.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * User data is readable by every process on the instance through the metadata service, by anyone
 * with ec2:DescribeInstanceAttribute, and sits in Terraform state and version control: AWS keys
 * in it are exposed to all of them.
 */
export const tfAwsEc2UserDataCredentials: IacRule = {
  id: 'tf-aws-ec2-user-data-credentials',
  title: 'Hard-coded AWS credentials in EC2 user data',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_AWS_46', 'AVD-AWS-0029'],
  description: 'An `aws_instance`, `aws_launch_template` or `aws_launch_configuration` whose `user_data` holds an AWS access key id or secret access key.',
  remediation: 'Remove the keys (and revoke them) and attach an instance profile (`iam_instance_profile`) with the permissions the instance needs.',
  format: 'terraform',
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  check(instance) {
    const userData = valueAt(instance, 'user_data');
    if (isUnknown(userData)) return unknown(userData.reason, 'user_data');
    if (typeof userData !== 'string') return pass;
    const found = findAwsCredentials(userData).find((match) => match.kind !== 'private-key');
    if (!found) return pass;
    return fail(`user data holds a hard-coded AWS ${found.kind.replaceAll('-', ' ')}: any process on the instance, anyone allowed to describe it, and readers of the state or repository can use it`, 'user_data');
  },
};
