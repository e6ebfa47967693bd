import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import { valueAt } from '../../iac-resource.ts';
import { pass, type IacRule } from '../../iac-rule.ts';

/**
 * A key that never rotates protects ever more data with the same material; rotation limits
 * how much one compromised key version exposes, and several standards require it yearly.
 */
export const cfnKmsKeyRotationDisabled: IacRule = {
  id: 'cfn-kms-key-rotation-disabled',
  title: 'KMS key rotation disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-320', 'CIS-AWS-3.8'],
  equivalents: ['CKV_AWS_7', 'AVD-AWS-0065'],
  description: 'A symmetric (or HMAC) `AWS::KMS::Key` whose `EnableKeyRotation` is missing or false; asymmetric keys cannot rotate and are not judged.',
  remediation: 'Set `EnableKeyRotation: true` on the key.',
  format: 'cloudformation',
  resourceTypes: ['AWS::KMS::Key'],
  check(key) {
    const spec = valueAt(key, 'KeySpec');
    if (typeof spec === 'string' && !spec.includes('SYMMETRIC_DEFAULT') && !spec.includes('HMAC')) return pass;
    return expectAttribute(key, 'EnableKeyRotation', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the key never rotates: one compromised key version exposes everything it ever encrypted',
    });
  },
};
