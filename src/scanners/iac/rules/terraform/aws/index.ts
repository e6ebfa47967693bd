import type { IacRule } from '../../../iac-rule.ts';
import { tfAwsApiGatewayAccessLoggingDisabled } from './tf-aws-api-gateway-access-logging-disabled.ts';
import { tfAwsApiGatewayMethodOpen } from './tf-aws-api-gateway-method-open.ts';
import { tfAwsApiGatewayTracingDisabled } from './tf-aws-api-gateway-tracing-disabled.ts';
import { tfAwsCloudfrontAccessLoggingDisabled } from './tf-aws-cloudfront-access-logging-disabled.ts';
import { tfAwsCloudfrontNoWaf } from './tf-aws-cloudfront-no-waf.ts';
import { tfAwsCloudfrontOutdatedTls } from './tf-aws-cloudfront-outdated-tls.ts';
import { tfAwsCloudfrontViewerHttpAllowed } from './tf-aws-cloudfront-viewer-http-allowed.ts';
import { tfAwsCloudtrailLogValidationDisabled } from './tf-aws-cloudtrail-log-validation-disabled.ts';
import { tfAwsCloudtrailLoggingDisabled } from './tf-aws-cloudtrail-logging-disabled.ts';
import { tfAwsCloudtrailNotEncryptedWithKms } from './tf-aws-cloudtrail-not-encrypted-with-kms.ts';
import { tfAwsCloudtrailNotMultiRegion } from './tf-aws-cloudtrail-not-multi-region.ts';
import { tfAwsCloudwatchLogGroupNoRetention } from './tf-aws-cloudwatch-log-group-no-retention.ts';
import { tfAwsCloudwatchLogGroupNotEncrypted } from './tf-aws-cloudwatch-log-group-not-encrypted.ts';
import { tfAwsCloudwatchLogGroupRetentionUnderAYear } from './tf-aws-cloudwatch-log-group-retention-under-a-year.ts';
import { tfAwsDaxClusterUnencrypted } from './tf-aws-dax-cluster-unencrypted.ts';
import { tfAwsDocdbClusterLoggingDisabled } from './tf-aws-docdb-cluster-logging-disabled.ts';
import { tfAwsDocdbClusterUnencrypted } from './tf-aws-docdb-cluster-unencrypted.ts';
import { tfAwsDynamodbNotEncryptedWithCmk } from './tf-aws-dynamodb-not-encrypted-with-cmk.ts';
import { tfAwsDynamodbPointInTimeRecoveryDisabled } from './tf-aws-dynamodb-point-in-time-recovery-disabled.ts';
import { tfAwsEbsDefaultEncryptionDisabled } from './tf-aws-ebs-default-encryption-disabled.ts';
import { tfAwsEbsUnencryptedVolumeAttached } from './tf-aws-ebs-unencrypted-volume-attached.ts';
import { tfAwsEbsVolumeNotEncryptedWithCmk } from './tf-aws-ebs-volume-not-encrypted-with-cmk.ts';
import { tfAwsEbsVolumeUnencrypted } from './tf-aws-ebs-volume-unencrypted.ts';
import { tfAwsEc2DetailedMonitoringDisabled } from './tf-aws-ec2-detailed-monitoring-disabled.ts';
import { tfAwsEc2EbsUnencrypted } from './tf-aws-ec2-ebs-unencrypted.ts';
import { tfAwsEc2Imdsv1Enabled } from './tf-aws-ec2-imdsv1-enabled.ts';
import { tfAwsEc2NotEbsOptimized } from './tf-aws-ec2-not-ebs-optimized.ts';
import { tfAwsEc2PublicIp } from './tf-aws-ec2-public-ip.ts';
import { tfAwsEc2UserDataCredentials } from './tf-aws-ec2-user-data-credentials.ts';
import { tfAwsEcrNotEncryptedWithKms } from './tf-aws-ecr-not-encrypted-with-kms.ts';
import { tfAwsEcrScanOnPushDisabled } from './tf-aws-ecr-scan-on-push-disabled.ts';
import { tfAwsEcrTagsMutable } from './tf-aws-ecr-tags-mutable.ts';
import { tfAwsEcsContainerInsightsDisabled } from './tf-aws-ecs-container-insights-disabled.ts';
import { tfAwsEfsUnencrypted } from './tf-aws-efs-unencrypted.ts';
import { tfAwsEksControlPlaneLoggingIncomplete } from './tf-aws-eks-control-plane-logging-incomplete.ts';
import { tfAwsEksPublicEndpointEnabled } from './tf-aws-eks-public-endpoint-enabled.ts';
import { tfAwsEksPublicEndpointOpenToWorld } from './tf-aws-eks-public-endpoint-open-to-world.ts';
import { tfAwsEksSecretsUnencrypted } from './tf-aws-eks-secrets-unencrypted.ts';
import { tfAwsElasticacheUnencryptedAtRest } from './tf-aws-elasticache-unencrypted-at-rest.ts';
import { tfAwsElasticacheUnencryptedInTransit } from './tf-aws-elasticache-unencrypted-in-transit.ts';
import { tfAwsElasticsearchDefaultSecurityGroup } from './tf-aws-elasticsearch-default-security-group.ts';
import { tfAwsElasticsearchHttpsNotEnforced } from './tf-aws-elasticsearch-https-not-enforced.ts';
import { tfAwsElasticsearchLoggingDisabled } from './tf-aws-elasticsearch-logging-disabled.ts';
import { tfAwsElasticsearchNodeToNodeUnencrypted } from './tf-aws-elasticsearch-node-to-node-unencrypted.ts';
import { tfAwsElasticsearchNotEncryptedWithCmk } from './tf-aws-elasticsearch-not-encrypted-with-cmk.ts';
import { tfAwsElasticsearchNotInVpc } from './tf-aws-elasticsearch-not-in-vpc.ts';
import { tfAwsElasticsearchOutdatedTlsPolicy } from './tf-aws-elasticsearch-outdated-tls-policy.ts';
import { tfAwsElasticsearchUnencryptedAtRest } from './tf-aws-elasticsearch-unencrypted-at-rest.ts';
import { tfAwsElbAccessLoggingDisabled } from './tf-aws-elb-access-logging-disabled.ts';
import { tfAwsElbListenerWithoutTls } from './tf-aws-elb-listener-without-tls.ts';
import { tfAwsIamAdminPolicyAttached } from './tf-aws-iam-admin-policy-attached.ts';
import { tfAwsIamPasswordPolicyNoExpiry } from './tf-aws-iam-password-policy-no-expiry.ts';
import { tfAwsIamPasswordPolicyReuseAllowed } from './tf-aws-iam-password-policy-reuse-allowed.ts';
import { tfAwsIamPasswordPolicyShortLength } from './tf-aws-iam-password-policy-short-length.ts';
import { tfAwsIamPolicyFullAdmin } from './tf-aws-iam-policy-full-admin.ts';
import { tfAwsIamPolicyPermissionsManagementUnconstrained } from './tf-aws-iam-policy-permissions-management-unconstrained.ts';
import { tfAwsIamPolicyPrivilegeEscalation } from './tf-aws-iam-policy-privilege-escalation.ts';
import { tfAwsIamPolicyWildcardAction } from './tf-aws-iam-policy-wildcard-action.ts';
import { tfAwsIamPolicyWriteAccessUnconstrained } from './tf-aws-iam-policy-write-access-unconstrained.ts';
import { tfAwsIamRoleAssumableByAnyone } from './tf-aws-iam-role-assumable-by-anyone.ts';
import { tfAwsIamRoleGithubOidcUnpinned } from './tf-aws-iam-role-github-oidc-unpinned.ts';
import { tfAwsIamRootAccessKey } from './tf-aws-iam-root-access-key.ts';
import { tfAwsKinesisStreamUnencrypted } from './tf-aws-kinesis-stream-unencrypted.ts';
import { tfAwsKmsKeyPolicyAnyPrincipal } from './tf-aws-kms-key-policy-any-principal.ts';
import { tfAwsKmsKeyRotationDisabled } from './tf-aws-kms-key-rotation-disabled.ts';
import { tfAwsLambdaEnvironmentCredentials } from './tf-aws-lambda-environment-credentials.ts';
import { tfAwsLambdaEnvironmentNotEncryptedWithCmk } from './tf-aws-lambda-environment-not-encrypted-with-cmk.ts';
import { tfAwsLambdaNoConcurrencyLimit } from './tf-aws-lambda-no-concurrency-limit.ts';
import { tfAwsLambdaNoDeadLetterQueue } from './tf-aws-lambda-no-dead-letter-queue.ts';
import { tfAwsLambdaNotInVpc } from './tf-aws-lambda-not-in-vpc.ts';
import { tfAwsLambdaPermissionPublic } from './tf-aws-lambda-permission-public.ts';
import { tfAwsLambdaTracingDisabled } from './tf-aws-lambda-tracing-disabled.ts';
import { tfAwsLaunchTemplateMetadataHopLimit } from './tf-aws-launch-template-metadata-hop-limit.ts';
import { tfAwsLbAccessLoggingDisabled } from './tf-aws-lb-access-logging-disabled.ts';
import { tfAwsLbDeletionProtectionDisabled } from './tf-aws-lb-deletion-protection-disabled.ts';
import { tfAwsLbKeepsInvalidHeaders } from './tf-aws-lb-keeps-invalid-headers.ts';
import { tfAwsLbListenerNotHttps } from './tf-aws-lb-listener-not-https.ts';
import { tfAwsLbListenerOutdatedTlsPolicy } from './tf-aws-lb-listener-outdated-tls-policy.ts';
import { tfAwsMskClusterUnencrypted } from './tf-aws-msk-cluster-unencrypted.ts';
import { tfAwsNeptuneClusterAuditLoggingDisabled } from './tf-aws-neptune-cluster-audit-logging-disabled.ts';
import { tfAwsNeptuneClusterUnencrypted } from './tf-aws-neptune-cluster-unencrypted.ts';
import { tfAwsNetworkAclAllowsAllTraffic } from './tf-aws-network-acl-allows-all-traffic.ts';
import { tfAwsProviderHardcodedCredentials } from './tf-aws-provider-hardcoded-credentials.ts';
import { tfAwsRdsAutoMinorUpgradeDisabled } from './tf-aws-rds-auto-minor-upgrade-disabled.ts';
import { tfAwsRdsBackupRetentionDisabled } from './tf-aws-rds-backup-retention-disabled.ts';
import { tfAwsRdsClusterDeletionProtectionDisabled } from './tf-aws-rds-cluster-deletion-protection-disabled.ts';
import { tfAwsRdsClusterIamAuthDisabled } from './tf-aws-rds-cluster-iam-auth-disabled.ts';
import { tfAwsRdsClusterNoBackupPlan } from './tf-aws-rds-cluster-no-backup-plan.ts';
import { tfAwsRdsClusterUnencrypted } from './tf-aws-rds-cluster-unencrypted.ts';
import { tfAwsRdsEnhancedMonitoringDisabled } from './tf-aws-rds-enhanced-monitoring-disabled.ts';
import { tfAwsRdsInstanceDeletionProtectionDisabled } from './tf-aws-rds-instance-deletion-protection-disabled.ts';
import { tfAwsRdsInstanceIamAuthDisabled } from './tf-aws-rds-instance-iam-auth-disabled.ts';
import { tfAwsRdsInstanceLogsDisabled } from './tf-aws-rds-instance-logs-disabled.ts';
import { tfAwsRdsInstanceNotMultiAz } from './tf-aws-rds-instance-not-multi-az.ts';
import { tfAwsRdsInstancePubliclyAccessible } from './tf-aws-rds-instance-publicly-accessible.ts';
import { tfAwsRdsInstanceUnencrypted } from './tf-aws-rds-instance-unencrypted.ts';
import { tfAwsRedshiftClusterLoggingDisabled } from './tf-aws-redshift-cluster-logging-disabled.ts';
import { tfAwsRedshiftClusterPubliclyAccessible } from './tf-aws-redshift-cluster-publicly-accessible.ts';
import { tfAwsRedshiftClusterUnencrypted } from './tf-aws-redshift-cluster-unencrypted.ts';
import { tfAwsS3BucketAccessLoggingDisabled } from './tf-aws-s3-bucket-access-logging-disabled.ts';
import { tfAwsS3BucketAclPublicRead } from './tf-aws-s3-bucket-acl-public-read.ts';
import { tfAwsS3BucketAclPublicWrite } from './tf-aws-s3-bucket-acl-public-write.ts';
import { tfAwsS3BucketNoCrossRegionReplication } from './tf-aws-s3-bucket-no-cross-region-replication.ts';
import { tfAwsS3BucketNoPublicAccessBlock } from './tf-aws-s3-bucket-no-public-access-block.ts';
import { tfAwsS3BucketNotEncryptedWithKms } from './tf-aws-s3-bucket-not-encrypted-with-kms.ts';
import { tfAwsS3BucketPolicyAnyPrincipal } from './tf-aws-s3-bucket-policy-any-principal.ts';
import { tfAwsS3BucketUnencrypted } from './tf-aws-s3-bucket-unencrypted.ts';
import { tfAwsS3BucketVersioningDisabled } from './tf-aws-s3-bucket-versioning-disabled.ts';
import { tfAwsS3ObjectNotEncryptedWithCmk } from './tf-aws-s3-object-not-encrypted-with-cmk.ts';
import { tfAwsS3PublicAccessBlockAllowsPublicAcls } from './tf-aws-s3-public-access-block-allows-public-acls.ts';
import { tfAwsS3PublicAccessBlockAllowsPublicBuckets } from './tf-aws-s3-public-access-block-allows-public-buckets.ts';
import { tfAwsS3PublicAccessBlockAllowsPublicPolicy } from './tf-aws-s3-public-access-block-allows-public-policy.ts';
import { tfAwsS3PublicAccessBlockHonoursPublicAcls } from './tf-aws-s3-public-access-block-honours-public-acls.ts';
import { tfAwsSagemakerNotebookInternetAccess } from './tf-aws-sagemaker-notebook-internet-access.ts';
import { tfAwsSecretsmanagerNotEncryptedWithCmk } from './tf-aws-secretsmanager-not-encrypted-with-cmk.ts';
import { tfAwsSecretsmanagerRotationDisabled } from './tf-aws-secretsmanager-rotation-disabled.ts';
import { tfAwsSecretsmanagerRotationOver90Days } from './tf-aws-secretsmanager-rotation-over-90-days.ts';
import { tfAwsSecurityGroupHttpOpenToWorld } from './tf-aws-security-group-http-open-to-world.ts';
import { tfAwsSecurityGroupMissingDescription } from './tf-aws-security-group-missing-description.ts';
import { tfAwsSecurityGroupRdpOpenToWorld } from './tf-aws-security-group-rdp-open-to-world.ts';
import { tfAwsSecurityGroupSshOpenToWorld } from './tf-aws-security-group-ssh-open-to-world.ts';
import { tfAwsSnsTopicPolicyAnyPrincipal } from './tf-aws-sns-topic-policy-any-principal.ts';
import { tfAwsSnsTopicUnencrypted } from './tf-aws-sns-topic-unencrypted.ts';
import { tfAwsSqsQueuePolicyAnyPrincipal } from './tf-aws-sqs-queue-policy-any-principal.ts';
import { tfAwsSqsQueueUnencrypted } from './tf-aws-sqs-queue-unencrypted.ts';
import { tfAwsSubnetPublicIpOnLaunch } from './tf-aws-subnet-public-ip-on-launch.ts';
import { tfAwsVpcDefaultSecurityGroupNotRestricted } from './tf-aws-vpc-default-security-group-not-restricted.ts';
import { tfAwsVpcFlowLogsDisabled } from './tf-aws-vpc-flow-logs-disabled.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformAwsRules: readonly IacRule[] = [
  tfAwsApiGatewayAccessLoggingDisabled,
  tfAwsApiGatewayMethodOpen,
  tfAwsApiGatewayTracingDisabled,
  tfAwsCloudfrontAccessLoggingDisabled,
  tfAwsCloudfrontNoWaf,
  tfAwsCloudfrontOutdatedTls,
  tfAwsCloudfrontViewerHttpAllowed,
  tfAwsCloudtrailLogValidationDisabled,
  tfAwsCloudtrailLoggingDisabled,
  tfAwsCloudtrailNotEncryptedWithKms,
  tfAwsCloudtrailNotMultiRegion,
  tfAwsCloudwatchLogGroupNoRetention,
  tfAwsCloudwatchLogGroupNotEncrypted,
  tfAwsCloudwatchLogGroupRetentionUnderAYear,
  tfAwsDaxClusterUnencrypted,
  tfAwsDocdbClusterLoggingDisabled,
  tfAwsDocdbClusterUnencrypted,
  tfAwsDynamodbNotEncryptedWithCmk,
  tfAwsDynamodbPointInTimeRecoveryDisabled,
  tfAwsEbsDefaultEncryptionDisabled,
  tfAwsEbsUnencryptedVolumeAttached,
  tfAwsEbsVolumeNotEncryptedWithCmk,
  tfAwsEbsVolumeUnencrypted,
  tfAwsEc2DetailedMonitoringDisabled,
  tfAwsEc2EbsUnencrypted,
  tfAwsEc2Imdsv1Enabled,
  tfAwsEc2NotEbsOptimized,
  tfAwsEc2PublicIp,
  tfAwsEc2UserDataCredentials,
  tfAwsEcrNotEncryptedWithKms,
  tfAwsEcrScanOnPushDisabled,
  tfAwsEcrTagsMutable,
  tfAwsEcsContainerInsightsDisabled,
  tfAwsEfsUnencrypted,
  tfAwsEksControlPlaneLoggingIncomplete,
  tfAwsEksPublicEndpointEnabled,
  tfAwsEksPublicEndpointOpenToWorld,
  tfAwsEksSecretsUnencrypted,
  tfAwsElasticacheUnencryptedAtRest,
  tfAwsElasticacheUnencryptedInTransit,
  tfAwsElasticsearchDefaultSecurityGroup,
  tfAwsElasticsearchHttpsNotEnforced,
  tfAwsElasticsearchLoggingDisabled,
  tfAwsElasticsearchNodeToNodeUnencrypted,
  tfAwsElasticsearchNotEncryptedWithCmk,
  tfAwsElasticsearchNotInVpc,
  tfAwsElasticsearchOutdatedTlsPolicy,
  tfAwsElasticsearchUnencryptedAtRest,
  tfAwsElbAccessLoggingDisabled,
  tfAwsElbListenerWithoutTls,
  tfAwsIamAdminPolicyAttached,
  tfAwsIamPasswordPolicyNoExpiry,
  tfAwsIamPasswordPolicyReuseAllowed,
  tfAwsIamPasswordPolicyShortLength,
  tfAwsIamPolicyFullAdmin,
  tfAwsIamPolicyPermissionsManagementUnconstrained,
  tfAwsIamPolicyPrivilegeEscalation,
  tfAwsIamPolicyWildcardAction,
  tfAwsIamPolicyWriteAccessUnconstrained,
  tfAwsIamRoleAssumableByAnyone,
  tfAwsIamRoleGithubOidcUnpinned,
  tfAwsIamRootAccessKey,
  tfAwsKinesisStreamUnencrypted,
  tfAwsKmsKeyPolicyAnyPrincipal,
  tfAwsKmsKeyRotationDisabled,
  tfAwsLambdaEnvironmentCredentials,
  tfAwsLambdaEnvironmentNotEncryptedWithCmk,
  tfAwsLambdaNoConcurrencyLimit,
  tfAwsLambdaNoDeadLetterQueue,
  tfAwsLambdaNotInVpc,
  tfAwsLambdaPermissionPublic,
  tfAwsLambdaTracingDisabled,
  tfAwsLaunchTemplateMetadataHopLimit,
  tfAwsLbAccessLoggingDisabled,
  tfAwsLbDeletionProtectionDisabled,
  tfAwsLbKeepsInvalidHeaders,
  tfAwsLbListenerNotHttps,
  tfAwsLbListenerOutdatedTlsPolicy,
  tfAwsMskClusterUnencrypted,
  tfAwsNeptuneClusterAuditLoggingDisabled,
  tfAwsNeptuneClusterUnencrypted,
  tfAwsNetworkAclAllowsAllTraffic,
  tfAwsProviderHardcodedCredentials,
  tfAwsRdsAutoMinorUpgradeDisabled,
  tfAwsRdsBackupRetentionDisabled,
  tfAwsRdsClusterDeletionProtectionDisabled,
  tfAwsRdsClusterIamAuthDisabled,
  tfAwsRdsClusterNoBackupPlan,
  tfAwsRdsClusterUnencrypted,
  tfAwsRdsEnhancedMonitoringDisabled,
  tfAwsRdsInstanceDeletionProtectionDisabled,
  tfAwsRdsInstanceIamAuthDisabled,
  tfAwsRdsInstanceLogsDisabled,
  tfAwsRdsInstanceNotMultiAz,
  tfAwsRdsInstancePubliclyAccessible,
  tfAwsRdsInstanceUnencrypted,
  tfAwsRedshiftClusterLoggingDisabled,
  tfAwsRedshiftClusterPubliclyAccessible,
  tfAwsRedshiftClusterUnencrypted,
  tfAwsS3BucketAccessLoggingDisabled,
  tfAwsS3BucketAclPublicRead,
  tfAwsS3BucketAclPublicWrite,
  tfAwsS3BucketNoCrossRegionReplication,
  tfAwsS3BucketNoPublicAccessBlock,
  tfAwsS3BucketNotEncryptedWithKms,
  tfAwsS3BucketPolicyAnyPrincipal,
  tfAwsS3BucketUnencrypted,
  tfAwsS3BucketVersioningDisabled,
  tfAwsS3ObjectNotEncryptedWithCmk,
  tfAwsS3PublicAccessBlockAllowsPublicAcls,
  tfAwsS3PublicAccessBlockAllowsPublicBuckets,
  tfAwsS3PublicAccessBlockAllowsPublicPolicy,
  tfAwsS3PublicAccessBlockHonoursPublicAcls,
  tfAwsSagemakerNotebookInternetAccess,
  tfAwsSecretsmanagerNotEncryptedWithCmk,
  tfAwsSecretsmanagerRotationDisabled,
  tfAwsSecretsmanagerRotationOver90Days,
  tfAwsSecurityGroupHttpOpenToWorld,
  tfAwsSecurityGroupMissingDescription,
  tfAwsSecurityGroupRdpOpenToWorld,
  tfAwsSecurityGroupSshOpenToWorld,
  tfAwsSnsTopicPolicyAnyPrincipal,
  tfAwsSnsTopicUnencrypted,
  tfAwsSqsQueuePolicyAnyPrincipal,
  tfAwsSqsQueueUnencrypted,
  tfAwsSubnetPublicIpOnLaunch,
  tfAwsVpcDefaultSecurityGroupNotRestricted,
  tfAwsVpcFlowLogsDisabled,
];
