import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { isInternetSource, nsgRulesOf, nsgRuleVerdicts, opensPortToInternet, portsInclude } from './azure-nsg-rule.ts';

function resource(type: string, attributes: IacObject): IacResource {
  return { format: 'terraform', type, name: 'n', address: `${type}.n`, path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references: [] };
}

const sshFromAnywhere: IacObject = { access: 'Allow', direction: 'Inbound', protocol: 'Tcp', source_address_prefix: '*', destination_port_range: '22' };

describe('nsgRulesOf', () => {
  it('lists the security_rule blocks of a group with their paths, and a standalone rule as itself', () => {
    const group = resource('azurerm_network_security_group', { security_rule: [sshFromAnywhere, { ...sshFromAnywhere, access: 'Deny' }] });
    assert.deepEqual(nsgRulesOf(group).map((rule) => rule.path), ['security_rule.0', 'security_rule.1']);
    assert.deepEqual(nsgRulesOf(resource('azurerm_network_security_group', {})), []);
    assert.deepEqual(nsgRulesOf(resource('azurerm_network_security_rule', sshFromAnywhere)).map((rule) => rule.path), [undefined]);
  });
});

describe('opensPortToInternet', () => {
  const open = (attributes: IacObject, port = 22, protocols = ['tcp']) => opensPortToInternet({ path: undefined, value: attributes }, port, protocols);

  it('finds inbound allow rules from anyone to a range or list holding the port', () => {
    assert.equal(open(sshFromAnywhere), true);
    assert.equal(open({ ...sshFromAnywhere, destination_port_range: '20-30', source_address_prefix: 'Internet' }), true);
    assert.equal(open({ ...sshFromAnywhere, destination_port_range: null, destination_port_ranges: ['80', '3380-3390'] }, 3389), true);
    assert.equal(open({ ...sshFromAnywhere, protocol: '*', source_address_prefix: null, source_address_prefixes: ['10.0.0.0/8', '0.0.0.0/0'] }), true);
  });

  it('leaves deny, outbound, other-protocol, other-port and private-source rules alone', () => {
    assert.equal(open({ ...sshFromAnywhere, access: 'Deny' }), false);
    assert.equal(open({ ...sshFromAnywhere, direction: 'Outbound' }), false);
    assert.equal(open({ ...sshFromAnywhere, protocol: 'Udp' }), false);
    assert.equal(open({ ...sshFromAnywhere, protocol: 'Udp' }, 22, ['udp']), true);
    assert.equal(open({ ...sshFromAnywhere, destination_port_range: '23-100' }), false);
    assert.equal(open({ ...sshFromAnywhere, source_address_prefix: '10.0.0.0/16' }), false);
  });

  it('cannot tell when a deciding value is unknown, but a known mismatch still settles it', () => {
    assert.ok(open({ ...sshFromAnywhere, source_address_prefix: new UnknownValue('var.src') }) instanceof UnknownValue);
    assert.equal(open({ ...sshFromAnywhere, access: 'Deny', source_address_prefix: new UnknownValue('var.src') }), false);
    assert.ok(opensPortToInternet({ path: 'security_rule', value: new UnknownValue('dynamic') }, 22, ['tcp']) instanceof UnknownValue);
  });
});

describe('isInternetSource / portsInclude', () => {
  it('reads the catch-all prefixes and port specs', () => {
    for (const source of ['*', 'Internet', 'Any', '0.0.0.0/0', '0.0.0.0', '::/0']) assert.equal(isInternetSource(source), true, source);
    assert.equal(isInternetSource('VirtualNetwork'), false);
    assert.equal(portsInclude(22, 22), true);
    assert.equal(portsInclude('*', 3389), true);
    assert.equal(portsInclude('1-1024', 3389), false);
  });
});

describe('nsgRuleVerdicts', () => {
  it('fails each offending rule at its block, keeps unknowns, and passes a group with none', () => {
    const group = resource('azurerm_network_security_group', { security_rule: [{ ...sshFromAnywhere, access: 'Deny' }, sshFromAnywhere, { ...sshFromAnywhere, source_address_prefix: new UnknownValue('var.src') }] });
    const verdicts = nsgRuleVerdicts(group, (rule) => opensPortToInternet(rule, 22, ['tcp']), 'open');
    assert.deepEqual(verdicts.map((verdict) => [verdict.outcome, 'path' in verdict ? verdict.path : undefined]), [['fail', 'security_rule.1'], ['unknown', 'security_rule.2']]);
    assert.deepEqual(nsgRuleVerdicts(resource('azurerm_network_security_group', {}), () => true, 'open'), [{ outcome: 'pass' }]);
  });
});
