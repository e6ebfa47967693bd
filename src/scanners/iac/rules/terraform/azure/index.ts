import type { IacRule } from '../../../iac-rule.ts';
import { tfAzureAksApiServerUnrestricted } from './tf-azure-aks-api-server-unrestricted.ts';
import { tfAzureAksDashboardEnabled } from './tf-azure-aks-dashboard-enabled.ts';
import { tfAzureAksLocalAccountsEnabled } from './tf-azure-aks-local-accounts-enabled.ts';
import { tfAzureAksLoggingDisabled } from './tf-azure-aks-logging-disabled.ts';
import { tfAzureAksNoAutomaticUpgrades } from './tf-azure-aks-no-automatic-upgrades.ts';
import { tfAzureAksNoAzurePolicy } from './tf-azure-aks-no-azure-policy.ts';
import { tfAzureAksNoDiskEncryptionSet } from './tf-azure-aks-no-disk-encryption-set.ts';
import { tfAzureAksNoHostEncryption } from './tf-azure-aks-no-host-encryption.ts';
import { tfAzureAksNoNetworkPolicy } from './tf-azure-aks-no-network-policy.ts';
import { tfAzureAksNodePublicIp } from './tf-azure-aks-node-public-ip.ts';
import { tfAzureAksNotPrivate } from './tf-azure-aks-not-private.ts';
import { tfAzureAksRbacDisabled } from './tf-azure-aks-rbac-disabled.ts';
import { tfAzureAksSecretRotationDisabled } from './tf-azure-aks-secret-rotation-disabled.ts';
import { tfAzureAppServiceAuthDisabled } from './tf-azure-app-service-auth-disabled.ts';
import { tfAzureAppServiceClientCertsDisabled } from './tf-azure-app-service-client-certs-disabled.ts';
import { tfAzureAppServiceCorsAnyOrigin } from './tf-azure-app-service-cors-any-origin.ts';
import { tfAzureAppServiceDetailedErrorsDisabled } from './tf-azure-app-service-detailed-errors-disabled.ts';
import { tfAzureAppServiceFailedRequestTracingDisabled } from './tf-azure-app-service-failed-request-tracing-disabled.ts';
import { tfAzureAppServiceFtpAllowed } from './tf-azure-app-service-ftp-allowed.ts';
import { tfAzureAppServiceHttpAllowed } from './tf-azure-app-service-http-allowed.ts';
import { tfAzureAppServiceHttpLogsDisabled } from './tf-azure-app-service-http-logs-disabled.ts';
import { tfAzureAppServiceHttp2Disabled } from './tf-azure-app-service-http2-disabled.ts';
import { tfAzureAppServiceNoAzureFiles } from './tf-azure-app-service-no-azure-files.ts';
import { tfAzureAppServiceNoManagedIdentity } from './tf-azure-app-service-no-managed-identity.ts';
import { tfAzureAppServiceOldDotnet } from './tf-azure-app-service-old-dotnet.ts';
import { tfAzureAppServiceOldTls } from './tf-azure-app-service-old-tls.ts';
import { tfAzureAppServiceRemoteDebugging } from './tf-azure-app-service-remote-debugging.ts';
import { tfAzureAppServiceSlotHttpAllowed } from './tf-azure-app-service-slot-http-allowed.ts';
import { tfAzureApplicationGatewayNoWaf } from './tf-azure-application-gateway-no-waf.ts';
import { tfAzureContainerRegistryAdminEnabled } from './tf-azure-container-registry-admin-enabled.ts';
import { tfAzureContainerRegistryAnonymousPull } from './tf-azure-container-registry-anonymous-pull.ts';
import { tfAzureContainerRegistryPublicNetworkAccess } from './tf-azure-container-registry-public-network-access.ts';
import { tfAzureCosmosdbKeyMetadataWrites } from './tf-azure-cosmosdb-key-metadata-writes.ts';
import { tfAzureCosmosdbPublicNetworkAccess } from './tf-azure-cosmosdb-public-network-access.ts';
import { tfAzureCustomRoleSubscriptionOwner } from './tf-azure-custom-role-subscription-owner.ts';
import { tfAzureDatabaseFirewallAllowsAll } from './tf-azure-database-firewall-allows-all.ts';
import { tfAzureDatabasePublicNetworkAccess } from './tf-azure-database-public-network-access.ts';
import { tfAzureDbServerNoGeoBackup } from './tf-azure-db-server-no-geo-backup.ts';
import { tfAzureDbServerNoInfrastructureEncryption } from './tf-azure-db-server-no-infrastructure-encryption.ts';
import { tfAzureDbServerOldTls } from './tf-azure-db-server-old-tls.ts';
import { tfAzureDbServerSslNotEnforced } from './tf-azure-db-server-ssl-not-enforced.ts';
import { tfAzureDbServerThreatDetectionDisabled } from './tf-azure-db-server-threat-detection-disabled.ts';
import { tfAzureFlowLogRetentionShort } from './tf-azure-flow-log-retention-short.ts';
import { tfAzureFunctionAppHttpAllowed } from './tf-azure-function-app-http-allowed.ts';
import { tfAzureFunctionAppOldTls } from './tf-azure-function-app-old-tls.ts';
import { tfAzureFunctionAppPublicNetworkAccess } from './tf-azure-function-app-public-network-access.ts';
import { tfAzureKeyVaultKeyNoExpiration } from './tf-azure-key-vault-key-no-expiration.ts';
import { tfAzureKeyVaultKeyNotHsm } from './tf-azure-key-vault-key-not-hsm.ts';
import { tfAzureKeyVaultNetworkOpen } from './tf-azure-key-vault-network-open.ts';
import { tfAzureKeyVaultNotRecoverable } from './tf-azure-key-vault-not-recoverable.ts';
import { tfAzureKeyVaultPublicNetworkAccess } from './tf-azure-key-vault-public-network-access.ts';
import { tfAzureKeyVaultPurgeProtectionDisabled } from './tf-azure-key-vault-purge-protection-disabled.ts';
import { tfAzureKeyVaultSecretNoContentType } from './tf-azure-key-vault-secret-no-content-type.ts';
import { tfAzureKeyVaultSecretNoExpiration } from './tf-azure-key-vault-secret-no-expiration.ts';
import { tfAzureLogProfileMissingCategories } from './tf-azure-log-profile-missing-categories.ts';
import { tfAzureLogProfileRetentionShort } from './tf-azure-log-profile-retention-short.ts';
import { tfAzureManagedDiskEncryptionDisabled } from './tf-azure-managed-disk-encryption-disabled.ts';
import { tfAzureManagedDiskNoCmk } from './tf-azure-managed-disk-no-cmk.ts';
import { tfAzureManagedDiskPublicNetworkAccess } from './tf-azure-managed-disk-public-network-access.ts';
import { tfAzureMssqlServerOldTls } from './tf-azure-mssql-server-old-tls.ts';
import { tfAzureMysqlServerNoCmk } from './tf-azure-mysql-server-no-cmk.ts';
import { tfAzureNsgAllPortsOpenToInternet } from './tf-azure-nsg-all-ports-open-to-internet.ts';
import { tfAzureNsgHttpOpenToInternet } from './tf-azure-nsg-http-open-to-internet.ts';
import { tfAzureNsgRdpOpenToInternet } from './tf-azure-nsg-rdp-open-to-internet.ts';
import { tfAzureNsgSshOpenToInternet } from './tf-azure-nsg-ssh-open-to-internet.ts';
import { tfAzureNsgUdpOpenToInternet } from './tf-azure-nsg-udp-open-to-internet.ts';
import { tfAzurePostgresqlConnectionThrottlingOff } from './tf-azure-postgresql-connection-throttling-off.ts';
import { tfAzurePostgresqlLogCheckpointsOff } from './tf-azure-postgresql-log-checkpoints-off.ts';
import { tfAzurePostgresqlLogConnectionsOff } from './tf-azure-postgresql-log-connections-off.ts';
import { tfAzurePostgresqlLogRetentionOff } from './tf-azure-postgresql-log-retention-off.ts';
import { tfAzureProviderHardcodedClientSecret } from './tf-azure-provider-hardcoded-client-secret.ts';
import { tfAzureRedisNonSslPort } from './tf-azure-redis-non-ssl-port.ts';
import { tfAzureRedisOldTls } from './tf-azure-redis-old-tls.ts';
import { tfAzureRedisPublicNetworkAccess } from './tf-azure-redis-public-network-access.ts';
import { tfAzureSecurityCenterFreeTier } from './tf-azure-security-center-free-tier.ts';
import { tfAzureSecurityContactAdminsNotAlerted } from './tf-azure-security-contact-admins-not-alerted.ts';
import { tfAzureSecurityContactAlertsOff } from './tf-azure-security-contact-alerts-off.ts';
import { tfAzureSecurityContactNoPhone } from './tf-azure-security-contact-no-phone.ts';
import { tfAzureSqlAlertPolicyAdminsNotEmailed } from './tf-azure-sql-alert-policy-admins-not-emailed.ts';
import { tfAzureSqlAlertPolicyDetectionsDisabled } from './tf-azure-sql-alert-policy-detections-disabled.ts';
import { tfAzureSqlAlertPolicyNoEmail } from './tf-azure-sql-alert-policy-no-email.ts';
import { tfAzureSqlDatabaseTdeDisabled } from './tf-azure-sql-database-tde-disabled.ts';
import { tfAzureSqlServerAuditRetentionShort } from './tf-azure-sql-server-audit-retention-short.ts';
import { tfAzureSqlServerAuditingDisabled } from './tf-azure-sql-server-auditing-disabled.ts';
import { tfAzureSqlServerNoAdAdmin } from './tf-azure-sql-server-no-ad-admin.ts';
import { tfAzureStorageAccountHttpAllowed } from './tf-azure-storage-account-http-allowed.ts';
import { tfAzureStorageAccountLocalUsersEnabled } from './tf-azure-storage-account-local-users-enabled.ts';
import { tfAzureStorageAccountNestedItemsPublic } from './tf-azure-storage-account-nested-items-public.ts';
import { tfAzureStorageAccountNetworkAllowByDefault } from './tf-azure-storage-account-network-allow-by-default.ts';
import { tfAzureStorageAccountNoCmk } from './tf-azure-storage-account-no-cmk.ts';
import { tfAzureStorageAccountNoInfrastructureEncryption } from './tf-azure-storage-account-no-infrastructure-encryption.ts';
import { tfAzureStorageAccountNoSoftDelete } from './tf-azure-storage-account-no-soft-delete.ts';
import { tfAzureStorageAccountOldTls } from './tf-azure-storage-account-old-tls.ts';
import { tfAzureStorageAccountPublicNetworkAccess } from './tf-azure-storage-account-public-network-access.ts';
import { tfAzureStorageAccountSharedKeyEnabled } from './tf-azure-storage-account-shared-key-enabled.ts';
import { tfAzureStorageAccountTrustedServicesBlocked } from './tf-azure-storage-account-trusted-services-blocked.ts';
import { tfAzureStorageContainerPublic } from './tf-azure-storage-container-public.ts';
import { tfAzureStorageQueueLoggingIncomplete } from './tf-azure-storage-queue-logging-incomplete.ts';
import { tfAzureVmExtensionsAllowed } from './tf-azure-vm-extensions-allowed.ts';
import { tfAzureVmPasswordAuthentication } from './tf-azure-vm-password-authentication.ts';
import { tfAzureVmssNoEncryptionAtHost } from './tf-azure-vmss-no-encryption-at-host.ts';
import { tfAzureWindowsVmNoEncryptionAtHost } from './tf-azure-windows-vm-no-encryption-at-host.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformAzureRules: readonly IacRule[] = [
  tfAzureAksApiServerUnrestricted,
  tfAzureAksDashboardEnabled,
  tfAzureAksLocalAccountsEnabled,
  tfAzureAksLoggingDisabled,
  tfAzureAksNoAutomaticUpgrades,
  tfAzureAksNoAzurePolicy,
  tfAzureAksNoDiskEncryptionSet,
  tfAzureAksNoHostEncryption,
  tfAzureAksNoNetworkPolicy,
  tfAzureAksNodePublicIp,
  tfAzureAksNotPrivate,
  tfAzureAksRbacDisabled,
  tfAzureAksSecretRotationDisabled,
  tfAzureAppServiceAuthDisabled,
  tfAzureAppServiceClientCertsDisabled,
  tfAzureAppServiceCorsAnyOrigin,
  tfAzureAppServiceDetailedErrorsDisabled,
  tfAzureAppServiceFailedRequestTracingDisabled,
  tfAzureAppServiceFtpAllowed,
  tfAzureAppServiceHttpAllowed,
  tfAzureAppServiceHttpLogsDisabled,
  tfAzureAppServiceHttp2Disabled,
  tfAzureAppServiceNoAzureFiles,
  tfAzureAppServiceNoManagedIdentity,
  tfAzureAppServiceOldDotnet,
  tfAzureAppServiceOldTls,
  tfAzureAppServiceRemoteDebugging,
  tfAzureAppServiceSlotHttpAllowed,
  tfAzureApplicationGatewayNoWaf,
  tfAzureContainerRegistryAdminEnabled,
  tfAzureContainerRegistryAnonymousPull,
  tfAzureContainerRegistryPublicNetworkAccess,
  tfAzureCosmosdbKeyMetadataWrites,
  tfAzureCosmosdbPublicNetworkAccess,
  tfAzureCustomRoleSubscriptionOwner,
  tfAzureDatabaseFirewallAllowsAll,
  tfAzureDatabasePublicNetworkAccess,
  tfAzureDbServerNoGeoBackup,
  tfAzureDbServerNoInfrastructureEncryption,
  tfAzureDbServerOldTls,
  tfAzureDbServerSslNotEnforced,
  tfAzureDbServerThreatDetectionDisabled,
  tfAzureFlowLogRetentionShort,
  tfAzureFunctionAppHttpAllowed,
  tfAzureFunctionAppOldTls,
  tfAzureFunctionAppPublicNetworkAccess,
  tfAzureKeyVaultKeyNoExpiration,
  tfAzureKeyVaultKeyNotHsm,
  tfAzureKeyVaultNetworkOpen,
  tfAzureKeyVaultNotRecoverable,
  tfAzureKeyVaultPublicNetworkAccess,
  tfAzureKeyVaultPurgeProtectionDisabled,
  tfAzureKeyVaultSecretNoContentType,
  tfAzureKeyVaultSecretNoExpiration,
  tfAzureLogProfileMissingCategories,
  tfAzureLogProfileRetentionShort,
  tfAzureManagedDiskEncryptionDisabled,
  tfAzureManagedDiskNoCmk,
  tfAzureManagedDiskPublicNetworkAccess,
  tfAzureMssqlServerOldTls,
  tfAzureMysqlServerNoCmk,
  tfAzureNsgAllPortsOpenToInternet,
  tfAzureNsgHttpOpenToInternet,
  tfAzureNsgRdpOpenToInternet,
  tfAzureNsgSshOpenToInternet,
  tfAzureNsgUdpOpenToInternet,
  tfAzurePostgresqlConnectionThrottlingOff,
  tfAzurePostgresqlLogCheckpointsOff,
  tfAzurePostgresqlLogConnectionsOff,
  tfAzurePostgresqlLogRetentionOff,
  tfAzureProviderHardcodedClientSecret,
  tfAzureRedisNonSslPort,
  tfAzureRedisOldTls,
  tfAzureRedisPublicNetworkAccess,
  tfAzureSecurityCenterFreeTier,
  tfAzureSecurityContactAdminsNotAlerted,
  tfAzureSecurityContactAlertsOff,
  tfAzureSecurityContactNoPhone,
  tfAzureSqlAlertPolicyAdminsNotEmailed,
  tfAzureSqlAlertPolicyDetectionsDisabled,
  tfAzureSqlAlertPolicyNoEmail,
  tfAzureSqlDatabaseTdeDisabled,
  tfAzureSqlServerAuditRetentionShort,
  tfAzureSqlServerAuditingDisabled,
  tfAzureSqlServerNoAdAdmin,
  tfAzureStorageAccountHttpAllowed,
  tfAzureStorageAccountLocalUsersEnabled,
  tfAzureStorageAccountNestedItemsPublic,
  tfAzureStorageAccountNetworkAllowByDefault,
  tfAzureStorageAccountNoCmk,
  tfAzureStorageAccountNoInfrastructureEncryption,
  tfAzureStorageAccountNoSoftDelete,
  tfAzureStorageAccountOldTls,
  tfAzureStorageAccountPublicNetworkAccess,
  tfAzureStorageAccountSharedKeyEnabled,
  tfAzureStorageAccountTrustedServicesBlocked,
  tfAzureStorageContainerPublic,
  tfAzureStorageQueueLoggingIncomplete,
  tfAzureVmExtensionsAllowed,
  tfAzureVmPasswordAuthentication,
  tfAzureVmssNoEncryptionAtHost,
  tfAzureWindowsVmNoEncryptionAtHost,
];
