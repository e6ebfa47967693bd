import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * A database firewall rule from 0.0.0.0 to 255.255.255.255 lets every address on the Internet
 * reach the server, leaving only the login password between attackers and the data.
 */
export const tfAzureDatabaseFirewallAllowsAll: IacRule = {
  id: 'tf-azure-database-firewall-allows-all',
  title: 'Database firewall rule allows every IP address',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: [
    'azurerm_sql_firewall_rule',
    'azurerm_mssql_firewall_rule',
    'azurerm_mysql_firewall_rule',
    'azurerm_mysql_flexible_server_firewall_rule',
    'azurerm_postgresql_firewall_rule',
    'azurerm_postgresql_flexible_server_firewall_rule',
    'azurerm_mariadb_firewall_rule',
  ],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_11', 'AVD-AZU-0029'],
  description: 'A SQL, MySQL, PostgreSQL or MariaDB firewall rule with `start_ip_address = "0.0.0.0"` (or `0.0.0.0/0`) and `end_ip_address = "255.255.255.255"`. The special rule `0.0.0.0`–`0.0.0.0` ("allow Azure services") is not flagged.',
  remediation: 'Narrow `start_ip_address`/`end_ip_address` to the clients that need access, or use private endpoints.',
  check: checkRange,
};

function checkRange(rule: IacResource): IacVerdict {
  const { start_ip_address: start, end_ip_address: end } = rule.attributes;
  if (isUnknown(start)) return unknown(start.reason, 'start_ip_address');
  if (start !== '0.0.0.0' && start !== '0.0.0.0/0') return pass;
  if (isUnknown(end)) return unknown(end.reason, 'end_ip_address');
  if (end === '255.255.255.255') {
    return fail('the rule admits every IP address: anyone on the Internet can reach the database and try its logins', 'start_ip_address');
  }
  return pass;
}
