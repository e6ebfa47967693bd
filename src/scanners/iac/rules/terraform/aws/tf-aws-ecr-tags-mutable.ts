import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With mutable tags anyone who can push may replace the image behind a tag already deployed, so the next pull or scale-out runs their code.
 */
export const tfAwsEcrTagsMutable: IacRule = {
  id: 'tf-aws-ecr-tags-mutable',
  title: 'ECR image tags mutable',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494'],
  equivalents: ['CKV_AWS_51', 'AVD-AWS-0031'],
  description: 'An `aws_ecr_repository` whose `image_tag_mutability` is not `IMMUTABLE` (the default is `MUTABLE`).',
  remediation: 'Set `image_tag_mutability = "IMMUTABLE"` and deploy by digest or by a new tag per build.',
  format: 'terraform',
  resourceTypes: ['aws_ecr_repository'],
  check: (resource) => expectAttribute(resource, 'image_tag_mutability', { accept: isOneOf('IMMUTABLE'), whenMissing: 'fail', message: 'image tags are mutable: whoever can push can silently replace the image behind a deployed tag' }),
};
