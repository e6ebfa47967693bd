import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IacResource } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';
import { inSameNamespace, namespaceOf } from './namespace.ts';

function object(name: string, metadata: IacObject): IacResource {
  return { format: 'kubernetes', type: 'LimitRange', name, address: name, path: 'x.yaml', startLine: 1, endLine: 1, attributes: { metadata }, positions: new Map(), references: [] };
}

describe('namespaceOf / inSameNamespace', () => {
  it('reads metadata.namespace, defaulting to default when missing or empty', () => {
    assert.equal(namespaceOf(object('a', { namespace: 'shop' })), 'shop');
    assert.equal(namespaceOf(object('b', {})), 'default');
    assert.equal(namespaceOf(object('c', { namespace: '' })), 'default');
  });

  it('keeps the candidates of the same namespace', () => {
    const shop = object('shop', { namespace: 'shop' });
    const candidates = [object('x', { namespace: 'shop' }), object('y', {}), object('z', { namespace: 'other' })];
    assert.deepEqual(inSameNamespace(shop, candidates).map((candidate) => candidate.name), ['x']);
    assert.deepEqual(inSameNamespace(object('d', {}), candidates).map((candidate) => candidate.name), ['y']);
  });
});
