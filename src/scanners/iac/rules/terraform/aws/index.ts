import type { IacRule } from '../../../iac-rule.ts';
import { tfAwsEbsVolumeUnencrypted } from './tf-aws-ebs-volume-unencrypted.ts';
import { tfAwsS3BucketUnencrypted } from './tf-aws-s3-bucket-unencrypted.ts';
import { tfAwsSecurityGroupSshOpenToWorld } from './tf-aws-security-group-ssh-open-to-world.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformAwsRules: readonly IacRule[] = [
  tfAwsEbsVolumeUnencrypted,
  tfAwsS3BucketUnencrypted,
  tfAwsSecurityGroupSshOpenToWorld,
];
