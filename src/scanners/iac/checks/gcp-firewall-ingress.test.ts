import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { firewallOpensAllPorts, firewallOpensPort } from './gcp-firewall-ingress.ts';

function firewall(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'google_compute_firewall', name: 'f', address: 'google_compute_firewall.f', path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('firewallOpensPort', () => {
  it('finds a listed port, a number or a range, open to the world', () => {
    assert.deepEqual(firewallOpensPort(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['80'] }, { protocol: 'tcp', ports: ['1000-3000', 443] }] }), 22), { outcome: 'closed' });
    assert.deepEqual(firewallOpensPort(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['80'] }, { protocol: 'tcp', ports: ['0-65535'] }] }), 22), { outcome: 'open', path: 'allow.1.ports' });
    assert.deepEqual(firewallOpensPort(firewall({ source_ranges: ['::/0'], allow: [{ protocol: 'tcp', ports: [22] }] }), 22), { outcome: 'open', path: 'allow.0.ports' });
  });

  it('ignores restricted sources, egress and disabled rules', () => {
    assert.equal(firewallOpensPort(firewall({ source_ranges: ['10.0.0.0/8'], allow: [{ protocol: 'tcp', ports: ['22'] }] }), 22).outcome, 'closed');
    assert.equal(firewallOpensPort(firewall({ direction: 'EGRESS', source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] }), 22).outcome, 'closed');
    assert.equal(firewallOpensPort(firewall({ disabled: true, source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] }), 22).outcome, 'closed');
  });

  it('stays unknown when a port or the source could be the open one', () => {
    const unknown = new UnknownValue('var.ports has no value');
    assert.equal(firewallOpensPort(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: [unknown] }] }), 22).outcome, 'unknown');
    assert.equal(firewallOpensPort(firewall({ source_ranges: [unknown], allow: [{ protocol: 'tcp', ports: ['22'] }] }), 22).outcome, 'unknown');
    assert.equal(firewallOpensPort(firewall({ source_ranges: [unknown], allow: [{ protocol: 'tcp', ports: ['80'] }] }), 22).outcome, 'closed');
  });
});

describe('firewallOpensAllPorts', () => {
  it('finds protocol all and port-carrying protocols without ports', () => {
    assert.equal(firewallOpensAllPorts(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'all' }] })).outcome, 'open');
    assert.equal(firewallOpensAllPorts(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp' }] })).outcome, 'open');
    assert.equal(firewallOpensAllPorts(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['0-65535'] }] })).outcome, 'open');
    assert.equal(firewallOpensAllPorts(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'icmp' }] })).outcome, 'closed');
    assert.equal(firewallOpensAllPorts(firewall({ source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] })).outcome, 'closed');
  });
});
