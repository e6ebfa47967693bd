import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findAwsCredentials, isAccessKeyId, isSecretAccessKey } from './aws-credentials.ts';

// Fake keys built from parts so that no complete key-shaped literal sits in the source.
const keyId = ['AKIA', 'IOSFODNN7', 'TESTKEY'].join('');
const secret = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'TESTONLYKE'].join('');

describe('findAwsCredentials', () => {
  it('finds access key ids and secret keys in a script, in order', () => {
    const script = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${keyId}\nexport AWS_SECRET_ACCESS_KEY=${secret}\n`;
    assert.deepEqual(findAwsCredentials(script).map((match) => match.kind), ['access-key-id', 'secret-access-key']);
  });

  it('finds a PEM private key header', () => {
    assert.deepEqual(findAwsCredentials(`-----BEGIN RSA PRIVATE KEY-----\nabc`).map((match) => match.kind), ['private-key']);
  });

  it('ignores hex digests, short tokens and key ids inside longer tokens', () => {
    assert.deepEqual(findAwsCredentials('commit 0123456789abcdef0123456789abcdef01234567'), []);
    assert.deepEqual(findAwsCredentials(`token=X${keyId}9`), []);
    assert.deepEqual(findAwsCredentials('apt-get install -y apache2'), []);
  });
});

describe('provider argument shapes', () => {
  it('recognises whole-value keys and rejects references and placeholders', () => {
    assert.equal(isAccessKeyId(keyId), true);
    assert.equal(isAccessKeyId('my-access-key'), false);
    assert.equal(isSecretAccessKey(secret), true);
    assert.equal(isSecretAccessKey('changeme'), false);
  });
});
