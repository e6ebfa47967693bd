import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Images pushed without a scan ship known-vulnerable packages to production unnoticed;
 * scanning on push reports them before anything runs.
 */
export const cfnEcrImageScanOnPushDisabled: IacRule = {
  id: 'cfn-ecr-image-scan-on-push-disabled',
  title: 'ECR repository without scan on push',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_AWS_163', 'AVD-AWS-0030'],
  description: 'An `AWS::ECR::Repository` whose `ImageScanningConfiguration.ScanOnPush` is missing or false.',
  remediation: 'Set `ImageScanningConfiguration: { ScanOnPush: true }` (or enable enhanced scanning for the registry).',
  format: 'cloudformation',
  resourceTypes: ['AWS::ECR::Repository'],
  check: (repository) =>
    expectAttribute(repository, 'ImageScanningConfiguration.ScanOnPush', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the repository does not scan images on push: images with known vulnerabilities reach deployments unnoticed',
    }),
};
