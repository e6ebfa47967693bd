import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../../../core/errors.ts';
import { defaultImageLimits } from '../image-limits.ts';
import { classifyImageTarget, openImageTarget } from './open-image-target.ts';

describe('classifyImageTarget', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'rampart-classify-'));
  mkdirSync(join(cwd, 'alpine'));
  writeFileSync(join(cwd, 'app.tar'), '');

  it('lets an existing path win over a reference spelled the same, unless docker:// forces a pull', () => {
    assert.equal(classifyImageTarget('alpine', cwd), 'local');
    assert.equal(classifyImageTarget('app.tar', cwd), 'local');
    assert.equal(classifyImageTarget('docker://alpine', cwd), 'registry');
  });

  it('pulls references that are not paths, and never pulls path-like or archive-like names', () => {
    for (const target of ['busybox', 'library/alpine:3.20', 'ghcr.io/org/app:1', '127.0.0.1:5000/app@sha256:' + 'a'.repeat(64)]) assert.equal(classifyImageTarget(target, cwd), 'registry', target);
    for (const target of ['./busybox', '../busybox', '/tmp/nope', '~/image', 'missing.tar', 'missing.tar.gz', 'dir\\image', 'Not A Reference']) assert.equal(classifyImageTarget(target, cwd), 'local', target);
  });

  it('reports a missing path as a missing target, and a malformed docker:// reference as such', async () => {
    const options = { cwd, env: {}, limits: defaultImageLimits };
    const missing = await openImageTarget('missing.tar', options).catch((error: unknown) => error);
    assert.ok(missing instanceof RampartError && missing.code === 'RAMPART_E_TARGET', String(missing));
    const malformed = await openImageTarget('docker://Bad Name', options).catch((error: unknown) => error);
    assert.ok(malformed instanceof RampartError && malformed.code === 'RAMPART_E_TARGET' && /not a valid image reference/.test(malformed.message), String(malformed));
  });
});
