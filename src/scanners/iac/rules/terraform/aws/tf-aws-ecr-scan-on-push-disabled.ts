import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Images pushed without a vulnerability scan reach production with known exploitable packages and nobody is told.
 */
export const tfAwsEcrScanOnPushDisabled: IacRule = {
  id: 'tf-aws-ecr-scan-on-push-disabled',
  title: 'ECR image scanning on push disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_AWS_163', 'AVD-AWS-0030'],
  description: 'An `aws_ecr_repository` without `image_scanning_configuration { scan_on_push = true }`.',
  remediation: 'Add `image_scanning_configuration { scan_on_push = true }` (or enable enhanced scanning for the registry).',
  format: 'terraform',
  resourceTypes: ['aws_ecr_repository'],
  check: (resource) => expectAttribute(resource, 'image_scanning_configuration.scan_on_push', { accept: isBoolean(true), whenMissing: 'fail', message: 'images are not scanned when pushed: containers with known vulnerable packages are deployed without warning' }),
};
