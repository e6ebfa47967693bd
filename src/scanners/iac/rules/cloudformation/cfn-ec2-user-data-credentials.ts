import { findAwsCredentials } from '../../checks/aws-credentials.ts';
import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isUnknown } from '../../iac-value.ts';

/**
 * User data is readable by anyone who can describe the instance and by every process on it
 * through the metadata service; AWS keys in it leak to all of them, and they stay in the
 * template's history after rotation.
 */
export const cfnEc2UserDataCredentials: IacRule = {
  id: 'cfn-ec2-user-data-credentials',
  title: 'Hard-coded AWS credentials in EC2 user data',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_AWS_46'],
  description: 'An `AWS::EC2::Instance` whose `UserData` (plain or inside `Fn::Base64`) contains an AWS access key id, secret access key or private key.',
  remediation: 'Remove the keys and revoke them; attach an instance profile (`IamInstanceProfile`) whose role grants what the instance needs.',
  format: 'cloudformation',
  resourceTypes: ['AWS::EC2::Instance'],
  check(instance) {
    const userData = valueAt(instance, 'UserData');
    if (typeof userData === 'string') {
      const found = findAwsCredentials(decodedUserData(userData))[0];
      return found ? fail(`the user data holds a hard-coded AWS ${found.kind.replaceAll('-', ' ')}: anyone who can describe the instance or reach its metadata service can use it`, 'UserData') : pass;
    }
    if (isUnknown(userData)) return unknown(userData.reason, 'UserData');
    return pass;
  },
};

// Text that is entirely base64 (user data written already encoded).
const base64Only = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/;

/** User data written already base64-encoded is read as the script it encodes. */
function decodedUserData(text: string): string {
  if (text.length < 16 || !base64Only.test(text)) return text;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return decoded.includes('\uFFFD') ? text : decoded;
}
