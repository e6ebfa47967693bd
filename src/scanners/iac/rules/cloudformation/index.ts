import { cfnApiGatewayMethodWithoutAuthorization } from './cfn-api-gateway-method-without-authorization.ts';
import { cfnApiGatewayStageAccessLoggingDisabled } from './cfn-api-gateway-stage-access-logging-disabled.ts';
import { cfnCloudfrontDistributionAllowsHttp } from './cfn-cloudfront-distribution-allows-http.ts';
import { cfnCloudtrailLogValidationDisabled } from './cfn-cloudtrail-log-validation-disabled.ts';
import { cfnCloudtrailNotEncryptedWithKms } from './cfn-cloudtrail-not-encrypted-with-kms.ts';
import { cfnCloudtrailNotMultiRegion } from './cfn-cloudtrail-not-multi-region.ts';
import { cfnCloudwatchLogGroupNoRetention } from './cfn-cloudwatch-log-group-no-retention.ts';
import { cfnDocdbClusterUnencrypted } from './cfn-docdb-cluster-unencrypted.ts';
import { cfnDynamodbTableNotEncryptedWithCmk } from './cfn-dynamodb-table-not-encrypted-with-cmk.ts';
import { cfnDynamodbTablePointInTimeRecoveryDisabled } from './cfn-dynamodb-table-point-in-time-recovery-disabled.ts';
import { cfnEbsVolumeUnencrypted } from './cfn-ebs-volume-unencrypted.ts';
import { cfnEc2UserDataCredentials } from './cfn-ec2-user-data-credentials.ts';
import { cfnEcrImageScanOnPushDisabled } from './cfn-ecr-image-scan-on-push-disabled.ts';
import { cfnEcrImageTagsMutable } from './cfn-ecr-image-tags-mutable.ts';
import { cfnEfsFileSystemUnencrypted } from './cfn-efs-file-system-unencrypted.ts';
import { cfnEksSecretsUnencrypted } from './cfn-eks-secrets-unencrypted.ts';
import { cfnElasticacheReplicationGroupUnencryptedAtRest } from './cfn-elasticache-replication-group-unencrypted-at-rest.ts';
import { cfnElasticacheReplicationGroupUnencryptedInTransit } from './cfn-elasticache-replication-group-unencrypted-in-transit.ts';
import { cfnElasticsearchDomainUnencrypted } from './cfn-elasticsearch-domain-unencrypted.ts';
import { cfnElasticsearchHttpsNotEnforced } from './cfn-elasticsearch-https-not-enforced.ts';
import { cfnElasticsearchNodeToNodeUnencrypted } from './cfn-elasticsearch-node-to-node-unencrypted.ts';
import { cfnIamPolicyAttachedToUser } from './cfn-iam-policy-attached-to-user.ts';
import { cfnIamPolicyCredentialsExposure } from './cfn-iam-policy-credentials-exposure.ts';
import { cfnIamPolicyDataExfiltration } from './cfn-iam-policy-data-exfiltration.ts';
import { cfnIamPolicyFullAdmin } from './cfn-iam-policy-full-admin.ts';
import { cfnIamPolicyPermissionsManagementUnconstrained } from './cfn-iam-policy-permissions-management-unconstrained.ts';
import { cfnIamPolicyPrivilegeEscalation } from './cfn-iam-policy-privilege-escalation.ts';
import { cfnIamPolicyStarAction } from './cfn-iam-policy-star-action.ts';
import { cfnIamPolicyWriteAccessUnconstrained } from './cfn-iam-policy-write-access-unconstrained.ts';
import { cfnIamRoleAssumableByAnyone } from './cfn-iam-role-assumable-by-anyone.ts';
import { cfnKinesisStreamUnencrypted } from './cfn-kinesis-stream-unencrypted.ts';
import { cfnKmsKeyPolicyWildcardPrincipal } from './cfn-kms-key-policy-wildcard-principal.ts';
import { cfnKmsKeyRotationDisabled } from './cfn-kms-key-rotation-disabled.ts';
import { cfnLambdaEnvironmentCredentials } from './cfn-lambda-environment-credentials.ts';
import { cfnLambdaEnvironmentNotEncryptedWithCmk } from './cfn-lambda-environment-not-encrypted-with-cmk.ts';
import { cfnLambdaFunctionNotInVpc } from './cfn-lambda-function-not-in-vpc.ts';
import { cfnLambdaNoDeadLetterQueue } from './cfn-lambda-no-dead-letter-queue.ts';
import { cfnLaunchTemplateImdsv1Enabled } from './cfn-launch-template-imdsv1-enabled.ts';
import { cfnLoadBalancerAccessLoggingDisabled } from './cfn-load-balancer-access-logging-disabled.ts';
import { cfnLoadBalancerListenerNotHttps } from './cfn-load-balancer-listener-not-https.ts';
import { cfnNeptuneClusterUnencrypted } from './cfn-neptune-cluster-unencrypted.ts';
import { cfnRdsInstanceNotMultiAz } from './cfn-rds-instance-not-multi-az.ts';
import { cfnRdsInstancePubliclyAccessible } from './cfn-rds-instance-publicly-accessible.ts';
import { cfnRdsInstanceUnencrypted } from './cfn-rds-instance-unencrypted.ts';
import { cfnRedshiftClusterPubliclyAccessible } from './cfn-redshift-cluster-publicly-accessible.ts';
import { cfnRedshiftClusterUnencrypted } from './cfn-redshift-cluster-unencrypted.ts';
import { cfnS3BucketAccessLoggingDisabled } from './cfn-s3-bucket-access-logging-disabled.ts';
import { cfnS3BucketAclPublicRead } from './cfn-s3-bucket-acl-public-read.ts';
import { cfnS3BucketAclPublicWrite } from './cfn-s3-bucket-acl-public-write.ts';
import { cfnS3BucketUnencrypted } from './cfn-s3-bucket-unencrypted.ts';
import { cfnS3BucketVersioningDisabled } from './cfn-s3-bucket-versioning-disabled.ts';
import { cfnS3PublicAccessBlockAllowsPublicAcls } from './cfn-s3-public-access-block-allows-public-acls.ts';
import { cfnS3PublicAccessBlockAllowsPublicBuckets } from './cfn-s3-public-access-block-allows-public-buckets.ts';
import { cfnS3PublicAccessBlockAllowsPublicPolicy } from './cfn-s3-public-access-block-allows-public-policy.ts';
import { cfnS3PublicAccessBlockHonoursPublicAcls } from './cfn-s3-public-access-block-honours-public-acls.ts';
import { cfnSecretsManagerSecretNotEncryptedWithCmk } from './cfn-secrets-manager-secret-not-encrypted-with-cmk.ts';
import { cfnSecurityGroupHttpOpenToWorld } from './cfn-security-group-http-open-to-world.ts';
import { cfnSecurityGroupMissingDescription } from './cfn-security-group-missing-description.ts';
import { cfnSecurityGroupRdpOpenToWorld } from './cfn-security-group-rdp-open-to-world.ts';
import { cfnSecurityGroupSshOpenToWorld } from './cfn-security-group-ssh-open-to-world.ts';
import { cfnSnsTopicUnencrypted } from './cfn-sns-topic-unencrypted.ts';
import { cfnSqsQueueUnencrypted } from './cfn-sqs-queue-unencrypted.ts';
import type { IacRule } from '../../iac-rule.ts';

/** Registry: one line per rule, sorted by id. */
export const cloudformationRules: readonly IacRule[] = [
  cfnApiGatewayMethodWithoutAuthorization,
  cfnApiGatewayStageAccessLoggingDisabled,
  cfnCloudfrontDistributionAllowsHttp,
  cfnCloudtrailLogValidationDisabled,
  cfnCloudtrailNotEncryptedWithKms,
  cfnCloudtrailNotMultiRegion,
  cfnCloudwatchLogGroupNoRetention,
  cfnDocdbClusterUnencrypted,
  cfnDynamodbTableNotEncryptedWithCmk,
  cfnDynamodbTablePointInTimeRecoveryDisabled,
  cfnEbsVolumeUnencrypted,
  cfnEc2UserDataCredentials,
  cfnEcrImageScanOnPushDisabled,
  cfnEcrImageTagsMutable,
  cfnEfsFileSystemUnencrypted,
  cfnEksSecretsUnencrypted,
  cfnElasticacheReplicationGroupUnencryptedAtRest,
  cfnElasticacheReplicationGroupUnencryptedInTransit,
  cfnElasticsearchDomainUnencrypted,
  cfnElasticsearchHttpsNotEnforced,
  cfnElasticsearchNodeToNodeUnencrypted,
  cfnIamPolicyAttachedToUser,
  cfnIamPolicyCredentialsExposure,
  cfnIamPolicyDataExfiltration,
  cfnIamPolicyFullAdmin,
  cfnIamPolicyPermissionsManagementUnconstrained,
  cfnIamPolicyPrivilegeEscalation,
  cfnIamPolicyStarAction,
  cfnIamPolicyWriteAccessUnconstrained,
  cfnIamRoleAssumableByAnyone,
  cfnKinesisStreamUnencrypted,
  cfnKmsKeyPolicyWildcardPrincipal,
  cfnKmsKeyRotationDisabled,
  cfnLambdaEnvironmentCredentials,
  cfnLambdaEnvironmentNotEncryptedWithCmk,
  cfnLambdaFunctionNotInVpc,
  cfnLambdaNoDeadLetterQueue,
  cfnLaunchTemplateImdsv1Enabled,
  cfnLoadBalancerAccessLoggingDisabled,
  cfnLoadBalancerListenerNotHttps,
  cfnNeptuneClusterUnencrypted,
  cfnRdsInstanceNotMultiAz,
  cfnRdsInstancePubliclyAccessible,
  cfnRdsInstanceUnencrypted,
  cfnRedshiftClusterPubliclyAccessible,
  cfnRedshiftClusterUnencrypted,
  cfnS3BucketAccessLoggingDisabled,
  cfnS3BucketAclPublicRead,
  cfnS3BucketAclPublicWrite,
  cfnS3BucketUnencrypted,
  cfnS3BucketVersioningDisabled,
  cfnS3PublicAccessBlockAllowsPublicAcls,
  cfnS3PublicAccessBlockAllowsPublicBuckets,
  cfnS3PublicAccessBlockAllowsPublicPolicy,
  cfnS3PublicAccessBlockHonoursPublicAcls,
  cfnSecretsManagerSecretNotEncryptedWithCmk,
  cfnSecurityGroupHttpOpenToWorld,
  cfnSecurityGroupMissingDescription,
  cfnSecurityGroupRdpOpenToWorld,
  cfnSecurityGroupSshOpenToWorld,
  cfnSnsTopicUnencrypted,
  cfnSqsQueueUnencrypted,
];
