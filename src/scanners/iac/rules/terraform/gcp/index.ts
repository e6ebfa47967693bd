import type { IacRule } from '../../../iac-rule.ts';
import { tfGcpArtifactRegistryPublic } from './tf-gcp-artifact-registry-public.ts';
import { tfGcpBigqueryDatasetNotEncryptedWithCmk } from './tf-gcp-bigquery-dataset-not-encrypted-with-cmk.ts';
import { tfGcpBigqueryDatasetPublic } from './tf-gcp-bigquery-dataset-public.ts';
import { tfGcpBigqueryTablePublic } from './tf-gcp-bigquery-table-public.ts';
import { tfGcpCloudFunctionPublic } from './tf-gcp-cloud-function-public.ts';
import { tfGcpCloudRunServicePublic } from './tf-gcp-cloud-run-service-public.ts';
import { tfGcpComputeBootDiskNoCsek } from './tf-gcp-compute-boot-disk-no-csek.ts';
import { tfGcpComputeDefaultServiceAccountFullScope } from './tf-gcp-compute-default-service-account-full-scope.ts';
import { tfGcpComputeDefaultServiceAccount } from './tf-gcp-compute-default-service-account.ts';
import { tfGcpComputeDiskNoCsek } from './tf-gcp-compute-disk-no-csek.ts';
import { tfGcpComputeIpForwardingEnabled } from './tf-gcp-compute-ip-forwarding-enabled.ts';
import { tfGcpComputeOsLoginDisabled } from './tf-gcp-compute-os-login-disabled.ts';
import { tfGcpComputeProjectSshKeysAllowed } from './tf-gcp-compute-project-ssh-keys-allowed.ts';
import { tfGcpComputePublicIp } from './tf-gcp-compute-public-ip.ts';
import { tfGcpComputeSerialPortEnabled } from './tf-gcp-compute-serial-port-enabled.ts';
import { tfGcpComputeShieldedVmDisabled } from './tf-gcp-compute-shielded-vm-disabled.ts';
import { tfGcpDnsDnssecDisabled } from './tf-gcp-dns-dnssec-disabled.ts';
import { tfGcpDnsRsasha1Key } from './tf-gcp-dns-rsasha1-key.ts';
import { tfGcpFirewallAllPortsOpenToWorld } from './tf-gcp-firewall-all-ports-open-to-world.ts';
import { tfGcpFirewallFtpDataOpenToWorld } from './tf-gcp-firewall-ftp-data-open-to-world.ts';
import { tfGcpFirewallFtpOpenToWorld } from './tf-gcp-firewall-ftp-open-to-world.ts';
import { tfGcpFirewallHttpOpenToWorld } from './tf-gcp-firewall-http-open-to-world.ts';
import { tfGcpFirewallMysqlOpenToWorld } from './tf-gcp-firewall-mysql-open-to-world.ts';
import { tfGcpFirewallRdpOpenToWorld } from './tf-gcp-firewall-rdp-open-to-world.ts';
import { tfGcpFirewallSshOpenToWorld } from './tf-gcp-firewall-ssh-open-to-world.ts';
import { tfGcpGithubOidcProviderUnpinned } from './tf-gcp-github-oidc-provider-unpinned.ts';
import { tfGcpGkeAliasIpDisabled } from './tf-gcp-gke-alias-ip-disabled.ts';
import { tfGcpGkeBasicAuthEnabled } from './tf-gcp-gke-basic-auth-enabled.ts';
import { tfGcpGkeBinaryAuthorizationDisabled } from './tf-gcp-gke-binary-authorization-disabled.ts';
import { tfGcpGkeClientCertificateEnabled } from './tf-gcp-gke-client-certificate-enabled.ts';
import { tfGcpGkeControlPlaneOpenToWorld } from './tf-gcp-gke-control-plane-open-to-world.ts';
import { tfGcpGkeIntegrityMonitoringDisabled } from './tf-gcp-gke-integrity-monitoring-disabled.ts';
import { tfGcpGkeIntranodeVisibilityDisabled } from './tf-gcp-gke-intranode-visibility-disabled.ts';
import { tfGcpGkeLegacyAbacEnabled } from './tf-gcp-gke-legacy-abac-enabled.ts';
import { tfGcpGkeLegacyMetadataEndpointsEnabled } from './tf-gcp-gke-legacy-metadata-endpoints-enabled.ts';
import { tfGcpGkeLoggingDisabled } from './tf-gcp-gke-logging-disabled.ts';
import { tfGcpGkeMasterAuthorizedNetworksDisabled } from './tf-gcp-gke-master-authorized-networks-disabled.ts';
import { tfGcpGkeMetadataServerDisabled } from './tf-gcp-gke-metadata-server-disabled.ts';
import { tfGcpGkeMonitoringDisabled } from './tf-gcp-gke-monitoring-disabled.ts';
import { tfGcpGkeNetworkPolicyDisabled } from './tf-gcp-gke-network-policy-disabled.ts';
import { tfGcpGkeNoResourceLabels } from './tf-gcp-gke-no-resource-labels.ts';
import { tfGcpGkeNodeAutoRepairDisabled } from './tf-gcp-gke-node-auto-repair-disabled.ts';
import { tfGcpGkeNodeAutoUpgradeDisabled } from './tf-gcp-gke-node-auto-upgrade-disabled.ts';
import { tfGcpGkeNodeImageNotCos } from './tf-gcp-gke-node-image-not-cos.ts';
import { tfGcpGkePrivateNodesDisabled } from './tf-gcp-gke-private-nodes-disabled.ts';
import { tfGcpGkeRbacGoogleGroupsDisabled } from './tf-gcp-gke-rbac-google-groups-disabled.ts';
import { tfGcpGkeReleaseChannelUnset } from './tf-gcp-gke-release-channel-unset.ts';
import { tfGcpGkeSecureBootDisabled } from './tf-gcp-gke-secure-boot-disabled.ts';
import { tfGcpGkeShieldedNodesDisabled } from './tf-gcp-gke-shielded-nodes-disabled.ts';
import { tfGcpIamBasicRoleGranted } from './tf-gcp-iam-basic-role-granted.ts';
import { tfGcpIamDefaultServiceAccountGranted } from './tf-gcp-iam-default-service-account-granted.ts';
import { tfGcpIamServiceAccountUserAtProject } from './tf-gcp-iam-service-account-user-at-project.ts';
import { tfGcpKmsKeyPublic } from './tf-gcp-kms-key-public.ts';
import { tfGcpKmsKeyRotation } from './tf-gcp-kms-key-rotation.ts';
import { tfGcpProjectOsLoginDisabled } from './tf-gcp-project-os-login-disabled.ts';
import { tfGcpProviderHardcodedCredentials } from './tf-gcp-provider-hardcoded-credentials.ts';
import { tfGcpPubsubTopicPublic } from './tf-gcp-pubsub-topic-public.ts';
import { tfGcpRedisAuthDisabled } from './tf-gcp-redis-auth-disabled.ts';
import { tfGcpRedisTransitEncryptionDisabled } from './tf-gcp-redis-transit-encryption-disabled.ts';
import { tfGcpSqlBackupsDisabled } from './tf-gcp-sql-backups-disabled.ts';
import { tfGcpSqlMysqlLocalInfileOn } from './tf-gcp-sql-mysql-local-infile-on.ts';
import { tfGcpSqlOpenToWorld } from './tf-gcp-sql-open-to-world.ts';
import { tfGcpSqlOutdatedMajorVersion } from './tf-gcp-sql-outdated-major-version.ts';
import { tfGcpSqlPostgresLogConnectionsOff } from './tf-gcp-sql-postgres-log-connections-off.ts';
import { tfGcpSqlPostgresLogDisconnectionsOff } from './tf-gcp-sql-postgres-log-disconnections-off.ts';
import { tfGcpSqlPublicIp } from './tf-gcp-sql-public-ip.ts';
import { tfGcpSqlSslNotRequired } from './tf-gcp-sql-ssl-not-required.ts';
import { tfGcpStorageBucketLoggingDisabled } from './tf-gcp-storage-bucket-logging-disabled.ts';
import { tfGcpStorageBucketPublicAccessPreventionOff } from './tf-gcp-storage-bucket-public-access-prevention-off.ts';
import { tfGcpStorageBucketPublicIam } from './tf-gcp-storage-bucket-public-iam.ts';
import { tfGcpStorageBucketUniformAccessDisabled } from './tf-gcp-storage-bucket-uniform-access-disabled.ts';
import { tfGcpStorageBucketVersioningDisabled } from './tf-gcp-storage-bucket-versioning-disabled.ts';
import { tfGcpSubnetFlowLogsDisabled } from './tf-gcp-subnet-flow-logs-disabled.ts';
import { tfGcpSubnetIpv6PrivateGoogleAccessDisabled } from './tf-gcp-subnet-ipv6-private-google-access-disabled.ts';
import { tfGcpSubnetPrivateGoogleAccessDisabled } from './tf-gcp-subnet-private-google-access-disabled.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformGcpRules: readonly IacRule[] = [
  tfGcpArtifactRegistryPublic,
  tfGcpBigqueryDatasetNotEncryptedWithCmk,
  tfGcpBigqueryDatasetPublic,
  tfGcpBigqueryTablePublic,
  tfGcpCloudFunctionPublic,
  tfGcpCloudRunServicePublic,
  tfGcpComputeBootDiskNoCsek,
  tfGcpComputeDefaultServiceAccount,
  tfGcpComputeDefaultServiceAccountFullScope,
  tfGcpComputeDiskNoCsek,
  tfGcpComputeIpForwardingEnabled,
  tfGcpComputeOsLoginDisabled,
  tfGcpComputeProjectSshKeysAllowed,
  tfGcpComputePublicIp,
  tfGcpComputeSerialPortEnabled,
  tfGcpComputeShieldedVmDisabled,
  tfGcpDnsDnssecDisabled,
  tfGcpDnsRsasha1Key,
  tfGcpFirewallAllPortsOpenToWorld,
  tfGcpFirewallFtpDataOpenToWorld,
  tfGcpFirewallFtpOpenToWorld,
  tfGcpFirewallHttpOpenToWorld,
  tfGcpFirewallMysqlOpenToWorld,
  tfGcpFirewallRdpOpenToWorld,
  tfGcpFirewallSshOpenToWorld,
  tfGcpGithubOidcProviderUnpinned,
  tfGcpGkeAliasIpDisabled,
  tfGcpGkeBasicAuthEnabled,
  tfGcpGkeBinaryAuthorizationDisabled,
  tfGcpGkeClientCertificateEnabled,
  tfGcpGkeControlPlaneOpenToWorld,
  tfGcpGkeIntegrityMonitoringDisabled,
  tfGcpGkeIntranodeVisibilityDisabled,
  tfGcpGkeLegacyAbacEnabled,
  tfGcpGkeLegacyMetadataEndpointsEnabled,
  tfGcpGkeLoggingDisabled,
  tfGcpGkeMasterAuthorizedNetworksDisabled,
  tfGcpGkeMetadataServerDisabled,
  tfGcpGkeMonitoringDisabled,
  tfGcpGkeNetworkPolicyDisabled,
  tfGcpGkeNoResourceLabels,
  tfGcpGkeNodeAutoRepairDisabled,
  tfGcpGkeNodeAutoUpgradeDisabled,
  tfGcpGkeNodeImageNotCos,
  tfGcpGkePrivateNodesDisabled,
  tfGcpGkeRbacGoogleGroupsDisabled,
  tfGcpGkeReleaseChannelUnset,
  tfGcpGkeSecureBootDisabled,
  tfGcpGkeShieldedNodesDisabled,
  tfGcpIamBasicRoleGranted,
  tfGcpIamDefaultServiceAccountGranted,
  tfGcpIamServiceAccountUserAtProject,
  tfGcpKmsKeyPublic,
  tfGcpKmsKeyRotation,
  tfGcpProjectOsLoginDisabled,
  tfGcpProviderHardcodedCredentials,
  tfGcpPubsubTopicPublic,
  tfGcpRedisAuthDisabled,
  tfGcpRedisTransitEncryptionDisabled,
  tfGcpSqlBackupsDisabled,
  tfGcpSqlMysqlLocalInfileOn,
  tfGcpSqlOpenToWorld,
  tfGcpSqlOutdatedMajorVersion,
  tfGcpSqlPostgresLogConnectionsOff,
  tfGcpSqlPostgresLogDisconnectionsOff,
  tfGcpSqlPublicIp,
  tfGcpSqlSslNotRequired,
  tfGcpStorageBucketLoggingDisabled,
  tfGcpStorageBucketPublicAccessPreventionOff,
  tfGcpStorageBucketPublicIam,
  tfGcpStorageBucketUniformAccessDisabled,
  tfGcpStorageBucketVersioningDisabled,
  tfGcpSubnetFlowLogsDisabled,
  tfGcpSubnetIpv6PrivateGoogleAccessDisabled,
  tfGcpSubnetPrivateGoogleAccessDisabled,
];
