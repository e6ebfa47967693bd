import { expectAttribute, isOneOf } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * With mutable tags anyone allowed to push can replace the image behind `v1.2.3` or
 * `prod`; every deployment that pulls by tag then runs the replacement.
 */
export const cfnEcrImageTagsMutable: IacRule = {
  id: 'cfn-ecr-image-tags-mutable',
  title: 'ECR repository with mutable tags',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494'],
  equivalents: ['CKV_AWS_51', 'AVD-AWS-0031'],
  description: 'An `AWS::ECR::Repository` whose `ImageTagMutability` is missing or not `IMMUTABLE`.',
  remediation: 'Set `ImageTagMutability: IMMUTABLE`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::ECR::Repository'],
  check: (repository) =>
    expectAttribute(repository, 'ImageTagMutability', {
      accept: isOneOf('IMMUTABLE'),
      whenMissing: 'fail',
      message: 'the repository allows tags to be overwritten: whoever can push can swap the image that deployments pull by tag',
    }),
};
