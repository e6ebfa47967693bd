import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';
import { proxyOnlySubnet } from './gcp-subnet-purpose.ts';

function subnet(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'google_compute_subnetwork', name: 's', address: 'google_compute_subnetwork.s', path: 'main.tf', startLine: 1, endLine: 5, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('proxyOnlySubnet', () => {
  it('sets proxy-only subnets aside', () => {
    assert.equal(proxyOnlySubnet(subnet({ purpose: 'REGIONAL_MANAGED_PROXY' }))?.outcome, 'unknown');
    assert.equal(proxyOnlySubnet(subnet({ purpose: 'PRIVATE' })), undefined);
    assert.equal(proxyOnlySubnet(subnet({})), undefined);
  });
});
