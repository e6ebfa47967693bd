import { nsgRuleVerdicts, opensPortToInternet } from '../../../checks/azure-nsg-rule.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * SSH open to the Internet is scanned and brute-forced within minutes of a VM coming up; a weak
 * password or an unpatched sshd then hands over the machine.
 */
export const tfAzureNsgSshOpenToInternet: IacRule = {
  id: 'tf-azure-nsg-ssh-open-to-internet',
  title: 'SSH (port 22) open to the Internet',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
  tags: ['CWE-284', 'CIS-AZURE-6.2'],
  equivalents: ['CKV_AZURE_10', 'AVD-AZU-0050'],
  description: 'An inbound `Allow` rule (a `security_rule` block of `azurerm_network_security_group`, or an `azurerm_network_security_rule`) for protocol `Tcp` or `*` whose `destination_port_range` or `destination_port_ranges` include port 22 (`22`, a range such as `22-22` or `0-65535`, or `*`) and whose `source_address_prefix` or `source_address_prefixes` include `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` network.',
  remediation: 'Restrict `source_address_prefix` to the administrators\' networks (or a `VirtualNetwork` / bastion subnet), or remove the rule and use Azure Bastion or just-in-time VM access.',
  check: (resource) => nsgRuleVerdicts(resource, (rule) => opensPortToInternet(rule, 22, ['tcp']), 'SSH is reachable from the whole Internet: anyone can brute-force logins or exploit an sshd flaw'),
};
