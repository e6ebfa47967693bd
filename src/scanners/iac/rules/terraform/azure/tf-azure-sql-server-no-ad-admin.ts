import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';
import { attachedResources } from '../../../checks/attached-resources.ts';

/**
 * Without an Entra ID (Azure AD) administrator, only SQL logins with passwords can manage the server:
 * no MFA, no central disabling of leavers, and a shared password that tends to end up in code.
 */
export const tfAzureSqlServerNoAdAdmin: IacRule = {
  id: 'tf-azure-sql-server-no-ad-admin',
  title: 'SQL server without an Azure AD administrator',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_sql_server', 'azurerm_mssql_server'],
  tags: ['CWE-287'],
  equivalents: ['CKV2_AZURE_7'],
  description: 'An `azurerm_sql_server` or `azurerm_mssql_server` with no `azuread_administrator` block and no `azurerm_sql_active_directory_administrator` / `azurerm_mssql_active_directory_administrator` resource pointing at it.',
  remediation: 'Add an `azuread_administrator { login_username = …, object_id = … }` block (azurerm_mssql_server) or an `azurerm_sql_active_directory_administrator` resource, and prefer `azuread_authentication_only = true`.',
  check: checkAdAdmin,
};

const adminTypes = ['azurerm_sql_active_directory_administrator', 'azurerm_mssql_active_directory_administrator'];

function checkAdAdmin(server: IacResource, { graph }: IacRuleContext): IacVerdict {
  if (firstWritten(server, ['azuread_administrator'])) return pass;
  if (adminTypes.some((type) => attachedResources(server, graph, type, { attribute: 'server_name', targetAttribute: 'name' }).length > 0)) return pass;
  return fail('the server has no Azure AD administrator: it is managed only through password logins, without MFA or central revocation');
}
