import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { judgeProviderSecrets } from './provider-credentials.ts';

function provider(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'provider.example', name: 'default', address: 'provider.example', path: 'main.tf', startLine: 1, endLine: 3, attributes, positions: new Map(), references: [] };
}

const secrets = [{ name: 'token', what: 'API token', looksSecret: (value: string) => value.length >= 8 }, { name: 'password', what: 'password' }];

describe('judgeProviderSecrets', () => {
  it('fails each written secret at its argument, without the value in the message', () => {
    const verdicts = judgeProviderSecrets(provider({ token: 'abcdefgh12345', password: 'hunter2-fake' }), secrets, 'anyone who reads the repository can use it');
    assert.ok(Array.isArray(verdicts));
    assert.deepEqual(verdicts.map((verdict) => verdict.outcome === 'fail' && verdict.path), ['token', 'password']);
    for (const verdict of verdicts) assert.ok(verdict.outcome === 'fail' && !verdict.message.includes('hunter2'));
  });

  it('passes empty, absent and not-secret-shaped values', () => {
    assert.deepEqual(judgeProviderSecrets(provider({ token: 'short', password: '' }), secrets, 'x'), { outcome: 'pass' });
    assert.deepEqual(judgeProviderSecrets(provider({}), secrets, 'x'), { outcome: 'pass' });
  });

  it('is unknown, never failing, when a value comes from an unset variable', () => {
    const verdict = judgeProviderSecrets(provider({ password: new UnknownValue('var.password has no default') }), secrets, 'x');
    assert.equal(!Array.isArray(verdict) && verdict.outcome, 'unknown');
  });
});
