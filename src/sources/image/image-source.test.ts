import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RampartError } from '../../core/errors.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { defaultImageLimits } from './image-limits.ts';
import { createImageSource, imageConfigPath } from './image-source.ts';
import { openImage } from './open-image.ts';
import { writeDockerArchive, writeOciArchive, writeOciLayout, type TestImage } from './fixtures/build-image.ts';

const limits = defaultImageLimits;

const layered: TestImage = {
  layers: [
    {
      createdBy: '/bin/sh -c #(nop) ADD file:0a1b in /',
      entries: [
        { name: 'etc/', type: 'directory' },
        { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
        { name: 'app/', type: 'directory' },
        { name: 'app/old-config.env', content: 'KEY=first\n' },
        { name: 'app/cache/', type: 'directory' },
        { name: 'app/cache/a.txt', content: 'cached\n' },
        { name: './app/keep.txt', content: 'kept\n' },
      ],
    },
    {
      createdBy: '/bin/sh -c rm /app/old-config.env && rm -rf /app/cache && echo v2 > /app/keep.txt',
      entries: [
        { name: 'app/.wh.old-config.env', content: '' },
        { name: 'app/cache/', type: 'directory' },
        { name: 'app/cache/.wh..wh..opq', content: '' },
        { name: 'app/keep.txt', content: 'v2\n' },
        { name: 'usr/bin/tool', type: 'symlink', linkname: '../../bin/busybox' },
      ],
    },
  ],
  config: { config: { Env: ['PATH=/usr/bin', 'MODE=prod'], User: 'app' } },
};

async function listFiles(target: string): Promise<{ path: string; isShadowed: boolean; createdBy?: string }[]> {
  const image = await openImage(target, { limits });
  try {
    const files: SourceFile[] = [];
    for await (const file of createImageSource(image, { maxFileBytes: 1024 * 1024, limits }).files) files.push(file);
    return files
      .map((file) => ({ path: file.path, isShadowed: file.origin?.isShadowed === true, ...(file.origin?.layerCreatedBy ? { createdBy: file.origin.layerCreatedBy } : {}) }))
      .sort((a, b) => a.path.localeCompare(b.path) || Number(a.isShadowed) - Number(b.isShadowed));
  } finally {
    image.cleanup();
  }
}

describe('image source', () => {
  it('yields every layer file, marking what later layers deleted or replaced, the same from all three image forms', async () => {
    const expected = [
      { path: imageConfigPath, isShadowed: false },
      { path: 'app/cache/a.txt', isShadowed: true, createdBy: 'ADD file:0a1b in /' },
      { path: 'app/keep.txt', isShadowed: false, createdBy: 'RUN rm /app/old-config.env && rm -rf /app/cache && echo v2 > /app/keep.txt' },
      { path: 'app/keep.txt', isShadowed: true, createdBy: 'ADD file:0a1b in /' },
      { path: 'app/old-config.env', isShadowed: true, createdBy: 'ADD file:0a1b in /' },
      { path: 'etc/os-release', isShadowed: false, createdBy: 'ADD file:0a1b in /' },
    ];
    assert.deepEqual(await listFiles((await writeOciLayout(layered)).path), expected);
    assert.deepEqual(await listFiles(await writeOciArchive(layered)), expected);
    assert.deepEqual(await listFiles(await writeDockerArchive(layered)), expected);
  });

  it('reads zstd-compressed layers', async () => {
    // zstd-layer.tar.zst: a tar of etc/zstd-note.txt compressed with the zstd CLI; its tar digest is recorded here.
    const raw = readFileSync(new URL('./fixtures/zstd-layer.tar.zst', import.meta.url));
    const layout = await writeOciLayout({ layers: [{ entries: [], compression: { raw }, diffId: 'sha256:6d87821ece4d8148cfd08150eb3c89b0056c9f6294387b15094c72409caab672' }] });
    const image = await openImage(layout.path, { limits });
    const texts = new Map<string, string>();
    for await (const file of createImageSource(image, { maxFileBytes: 1024, limits }).files) texts.set(file.path, (await file.read())?.text ?? '');
    image.cleanup();
    assert.equal(texts.get('etc/zstd-note.txt'), 'this layer was compressed with zstd\n');
  });

  it('refuses a layer whose content does not match the diff id in the config', async () => {
    const raw = readFileSync(new URL('./fixtures/zstd-layer.tar.zst', import.meta.url));
    const image = await openImage((await writeOciLayout({ layers: [{ entries: [], compression: { raw } }] })).path, { limits });
    const drain = async () => {
      for await (const file of createImageSource(image, { maxFileBytes: 1024, limits }).files) void file;
    };
    await assert.rejects(drain(), (error: unknown) => error instanceof RampartError && /does not match the config's diff id/.test(error.message));
    image.cleanup();
  });

  it('refuses a blob that does not match its digest', async () => {
    const layout = await writeOciLayout(layered);
    const layerFile = join(layout.path, 'blobs', 'sha256', layout.layerDigests[1]!.slice('sha256:'.length));
    const bytes = readFileSync(layerFile);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff;
    writeFileSync(layerFile, bytes);
    await assert.rejects(openImage(layout.path, { limits }), /layer 2 does not match its digest/);
  });

  it('refuses archive entries that climb out of the archive, and skips such names inside layers', async () => {
    const hostile = await writeDockerArchive(layered, [{ name: '../../escape.txt', content: 'x' }]);
    await assert.rejects(openImage(hostile, { limits }), /points outside the archive/);
    const image = await openImage((await writeOciLayout({ layers: [{ entries: [{ name: '../../etc/passwd', content: 'root:x:0:0' }, { name: 'ok.txt', content: 'fine' }] }] })).path, { limits });
    const source = createImageSource(image, { maxFileBytes: 1024, limits });
    const paths: string[] = [];
    for await (const file of source.files) paths.push(file.path);
    assert.deepEqual(paths, [imageConfigPath, 'ok.txt']);
    assert.match(source.report().errors[0]!.message, /climbs out of the image root/);
    image.cleanup();
  });

  it('stops a layer that decompresses beyond the size limit', async () => {
    const bomb: TestImage = { layers: [{ entries: [{ name: 'zeros.bin', content: Buffer.alloc(4 * 1024 * 1024) }] }] };
    const small = { ...limits, maxUncompressedBytes: 1024 * 1024 };
    const image = await openImage((await writeOciLayout(bomb)).path, { limits: small });
    const drain = async () => {
      for await (const file of createImageSource(image, { maxFileBytes: 1024, limits: small }).files) void file;
    };
    await assert.rejects(drain(), /decompresses beyond the image size limit/);
    image.cleanup();
  });

  it('reports a truncated layer as a clear error', async () => {
    const whole = await writeOciLayout({ layers: [{ entries: [{ name: 'big.txt', content: 'y'.repeat(50_000) }], compression: 'none' }] });
    const cut = readFileSync(join(whole.path, 'blobs', 'sha256', whole.layerDigests[0]!.slice('sha256:'.length))).subarray(0, 10_000);
    // The cut bytes get their own digest, so the blob verifies and only the tar stream ends early.
    const image = await openImage((await writeOciLayout({ layers: [{ entries: [], compression: { raw: cut } }] })).path, { limits });
    const drain = async () => {
      for await (const file of createImageSource(image, { maxFileBytes: 1024 * 1024, limits }).files) void file;
    };
    await assert.rejects(drain(), /cannot read layer 1\/1/);
    image.cleanup();
  });

  it('reads an image of 200 layers and refuses one over the layer limit', async () => {
    const many: TestImage = { layers: Array.from({ length: 200 }, (_, index) => ({ entries: [{ name: `layer-${index}.txt`, content: String(index) }], compression: 'none' as const })) };
    assert.equal((await listFiles((await writeOciLayout(many)).path)).length, 201);
    await assert.rejects(openImage((await writeOciLayout(many)).path, { limits: { ...limits, maxLayers: 100 } }), /200 layers, more than the limit of 100/);
  });

  it('keeps whole the files a binary-parsing scanner claims, over the text limit and up to the binary one, by path or by first bytes', async () => {
    const big = Buffer.alloc(4096, 1);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(4092, 0)]);
    const image = await openImage((await writeOciLayout({ layers: [{ entries: [
      { name: 'var/lib/rpm/rpmdb.sqlite', content: big },
      { name: 'usr/bin/app', content: elf },
      { name: 'srv/other.bin', content: big },
      { name: 'srv/huge.jar', content: Buffer.alloc(9000, 2) },
    ] }] })).path, { limits });
    try {
      const claims = { path: (path: string) => path.endsWith('.sqlite') || path.endsWith('.jar'), head: (_path: string, head: Uint8Array) => head[0] === 0x7f && head[1] === 0x45 };
      const source = createImageSource(image, { maxFileBytes: 1024, limits, binaryClaims: claims, maxBinaryFileBytes: 8192 });
      const kept: Record<string, number | null> = {};
      for await (const file of source.files) if (file.path !== imageConfigPath) kept[file.path] = (await file.readBytes!())?.length ?? null;
      assert.deepEqual(kept, { 'usr/bin/app': 4096, 'var/lib/rpm/rpmdb.sqlite': 4096 });
      const tooLarge = source.report().notices.filter((notice) => notice.code === 'RAMPART_N_FILE_TOO_LARGE').map((notice) => [notice.path, /maxBinaryFileBytes/.test(notice.message)]);
      assert.deepEqual(tooLarge.sort(), [['srv/huge.jar', true], ['srv/other.bin', false]]);
    } finally {
      image.cleanup();
    }
  });
});
