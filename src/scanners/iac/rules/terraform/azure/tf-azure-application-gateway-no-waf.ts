import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

const message = 'the gateway has no web application firewall: SQL injection, XSS and known exploit payloads reach the applications behind it';

/**
 * Without a web application firewall, the gateway forwards SQL injection, cross-site scripting and
 * known exploit payloads (Log4Shell…) straight to the applications behind it.
 */
export const tfAzureApplicationGatewayNoWaf: IacRule = {
  id: 'tf-azure-application-gateway-no-waf',
  title: 'Application Gateway without a web application firewall',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_application_gateway'],
  tags: ['CWE-693'],
  equivalents: ['CKV_AZURE_120'],
  description: 'An `azurerm_application_gateway` without `waf_configuration { enabled = true }` and without a `firewall_policy_id` pointing at an enabled `azurerm_web_application_firewall_policy`.',
  remediation: 'Use a WAF_v2 SKU with `firewall_policy_id = azurerm_web_application_firewall_policy.<name>.id` (policy `policy_settings { enabled = true, mode = "Prevention" }`), or `waf_configuration { enabled = true, firewall_mode = "Prevention", rule_set_version = "3.2" }`.',
  check: checkWaf,
};

function checkWaf(gateway: IacResource, { graph }: IacRuleContext): IacVerdict {
  const inline = firstWritten(gateway, ['waf_configuration.enabled']);
  if (inline) {
    const enabled = asBoolean(inline.value);
    if (isUnknown(enabled)) return unknown(enabled.reason, inline.path);
    if (enabled === true) return pass;
  }
  const policyId = firstWritten(gateway, ['firewall_policy_id']);
  if (!policyId) return fail(message, inline?.path);
  // The policy the gateway points at, when it is in the same configuration; a literal id names one managed elsewhere.
  const policy = gateway.references.map((address) => graph.byAddress(address)).find((resource) => resource?.type === 'azurerm_web_application_firewall_policy');
  if (!policy) return isUnknown(policyId.value) ? unknown(policyId.value.reason, 'firewall_policy_id') : pass;
  const enabled = asBoolean(firstWritten(policy, ['policy_settings.enabled'])?.value ?? true);
  if (isUnknown(enabled)) return unknown(enabled.reason, 'firewall_policy_id');
  return enabled === false ? fail('the gateway\'s WAF policy is disabled: attack payloads reach the applications behind it', 'firewall_policy_id') : pass;
}
