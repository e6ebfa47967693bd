import { companionsOf } from '../../../checks/terraform-companions.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * A secret that never rotates stays valid for as long as it exists: once it leaks through a log,
 * a laptop or a former employee, it keeps working until someone notices.
 */
export const tfAwsSecretsmanagerRotationDisabled: IacRule = {
  id: 'tf-aws-secretsmanager-rotation-disabled',
  title: 'Secrets Manager secret without automatic rotation',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-324'],
  equivalents: ['CKV2_AWS_57'],
  description: 'An `aws_secretsmanager_secret` that no `aws_secretsmanager_secret_rotation` refers to.',
  remediation: 'Add `resource "aws_secretsmanager_secret_rotation" "x" { secret_id = aws_secretsmanager_secret.x.id, rotation_lambda_arn = aws_lambda_function.rotate.arn; rotation_rules { automatically_after_days = 30 } }`.',
  format: 'terraform',
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret, { graph }) {
    const companions = companionsOf(secret, graph, 'aws_secretsmanager_secret_rotation', 'secret_id');
    if (companions.length > 0) return pass;
    return fail('the secret is never rotated: once leaked it stays valid until someone notices and changes it by hand');
  },
};
