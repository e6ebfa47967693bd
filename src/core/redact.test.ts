import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { redact, redactWithin } from './redact.ts';

describe('redact', () => {
  it('keeps a vendor prefix and the length, never the random part', () => {
    assert.equal(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_…(40)');
    assert.equal(redact('xoxb-1234567890-abcdefghijklmnop'), 'xoxb-…(32)');
  });

  it('shows at most four characters of a prefix-less secret, and none of a short one', () => {
    assert.equal(redact('Zr8!kLq2#Wx5mP9vTt6Yq3'), 'Zr…(22)');
    assert.equal(redact('Hx8kP2mQ9vLr4TzW7nYb3JcF6dGs1AeK5uVo0XiN'), 'Hx8k…(40)');
    assert.equal(redact('short'), '…(5)');
  });

  it('replaces every occurrence inside a longer text', () => {
    // rampart-ignore: generic-secret-assignment a made-up value the test redacts
    const secret = 'Hx8kP2mQ9vLr4TzW7nYb3JcF6dGs1AeK5uVo0XiN';
    const text = `a=${secret} b=${secret}`;
    const redacted = redactWithin(text, [secret]);
    assert.ok(!redacted.includes(secret));
    assert.equal(redacted, 'a=Hx8k…(40) b=Hx8k…(40)');
  });
});
