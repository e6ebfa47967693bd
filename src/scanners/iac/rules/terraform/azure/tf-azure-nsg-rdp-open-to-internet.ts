import { nsgRuleVerdicts, opensPortToInternet } from '../../../checks/azure-nsg-rule.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * RDP exposed to the Internet is one of the most common ransomware entry points: it is brute-forced
 * continuously and has had pre-authentication remote code execution flaws (BlueKeep).
 */
export const tfAzureNsgRdpOpenToInternet: IacRule = {
  id: 'tf-azure-nsg-rdp-open-to-internet',
  title: 'RDP (port 3389) open to the Internet',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
  tags: ['CWE-284', 'CIS-AZURE-6.1'],
  equivalents: ['CKV_AZURE_9', 'AVD-AZU-0048'],
  description: 'An inbound `Allow` rule (a `security_rule` block of `azurerm_network_security_group`, or an `azurerm_network_security_rule`) for protocol `Tcp` or `*` whose `destination_port_range` or `destination_port_ranges` include port 3389 (`3389`, a range such as `3389-3389` or `0-65535`, or `*`) and whose `source_address_prefix` or `source_address_prefixes` include `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` network.',
  remediation: 'Restrict `source_address_prefix` to the administrators\' networks (or a `VirtualNetwork` / bastion subnet), or remove the rule and use Azure Bastion or just-in-time VM access.',
  check: (resource) => nsgRuleVerdicts(resource, (rule) => opensPortToInternet(rule, 3389, ['tcp']), 'RDP is reachable from the whole Internet: anyone can brute-force logins or exploit RDP flaws such as BlueKeep'),
};
