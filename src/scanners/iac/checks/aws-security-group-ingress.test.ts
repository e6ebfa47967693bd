import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownValue } from '../iac-value.ts';
import { ingressOpensPortToWorld, portRangeIncludes, terraformIngressRule, type IngressRule } from './aws-security-group-ingress.ts';

function rule(fields: Partial<IngressRule>): IngressRule {
  return { fromPort: undefined, toPort: undefined, protocol: 'tcp', ipv4Cidrs: undefined, ipv6Cidrs: undefined, prefixLists: undefined, sourceGroups: undefined, self: undefined, ...fields };
}

describe('port ranges', () => {
  it('treats 0-0 as every port', () => {
    assert.equal(portRangeIncludes(0, 0, 3389), true);
    assert.equal(portRangeIncludes(3000, 4000, 3389), true);
    assert.equal(portRangeIncludes(22, 22, 3389), false);
  });
});

describe('ingressOpensPortToWorld', () => {
  it('fires on the port from 0.0.0.0/0 or ::/0', () => {
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 3389, toPort: 3389, ipv4Cidrs: ['0.0.0.0/0'] }), 3389), true);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: '3389', toPort: '3389', ipv6Cidrs: ['::/0'] }), 3389), true);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 0, toPort: 65535, protocol: '-1', ipv4Cidrs: ['0.0.0.0/0'] }), 80), true);
  });

  it('does not fire on other ports, narrow ranges, prefix lists or source groups', () => {
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 443, toPort: 443, ipv4Cidrs: ['0.0.0.0/0'] }), 80), false);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80, ipv4Cidrs: ['10.0.0.0/8'] }), 80), false);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80, prefixLists: ['pl-123'] }), 80), false);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80, sourceGroups: ['sg-1'] }), 80), false);
  });

  it('treats a rule with no source at all as open', () => {
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80 }), 80), true);
  });

  it('is unknown when ports or addresses are unknown and nothing known is open', () => {
    const unresolved = new UnknownValue('var.port has no value');
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: unresolved, toPort: 80, ipv4Cidrs: ['0.0.0.0/0'] }), 80), unresolved);
    assert.ok(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80, ipv4Cidrs: [new UnknownValue('var.cidr')] }), 80) instanceof UnknownValue);
    assert.equal(ingressOpensPortToWorld(rule({ fromPort: 80, toPort: 80, ipv4Cidrs: [new UnknownValue('var.cidr'), '0.0.0.0/0'] }), 80), true);
  });

  it('reads Terraform blocks and VPC rule resources alike', () => {
    assert.equal(ingressOpensPortToWorld(terraformIngressRule({ from_port: 80, to_port: 80, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }), 80), true);
    assert.equal(ingressOpensPortToWorld(terraformIngressRule({ from_port: 80, to_port: 80, ip_protocol: 'tcp', cidr_ipv4: '0.0.0.0/0' }), 80), true);
  });
});
