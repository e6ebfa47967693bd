import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';
import { decidedByTemplate } from './gcp-instance-template.ts';

function vm(type: string, attributes: IacObject): IacResource {
  return { format: 'terraform', type, name: 'vm', address: `${type}.vm`, path: 'main.tf', startLine: 1, endLine: 5, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('decidedByTemplate', () => {
  it('leaves unwritten attributes of instances from templates to the template', () => {
    assert.equal(decidedByTemplate(vm('google_compute_instance_from_template', { source_instance_template: 't' }), 'can_ip_forward')?.outcome, 'unknown');
    assert.equal(decidedByTemplate(vm('google_compute_instance_from_template', { can_ip_forward: true }), 'can_ip_forward'), undefined);
    assert.equal(decidedByTemplate(vm('google_compute_instance', {}), 'can_ip_forward'), undefined);
  });
});
