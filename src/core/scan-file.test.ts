import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexRules, readAndScanFile, scanSourceText } from './scan-file.ts';
import type { Scanner } from './scanner.ts';
import type { RelatedFileReader, SourceFile } from './source-file.ts';

/** A scanner that reports one finding in the scanned file and one in a file it "includes". */
const includingScanner: Scanner = {
  name: 'fake',
  rules: () => [{ id: 'fake-rule', title: 'Fake', severity: 'high', confidence: 'high', description: 'a fake rule', remediation: 'nothing to do' }],
  claims: () => true,
  scanFile: () => ({
    drafts: [
      { ruleId: 'fake-rule', message: 'here', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2, fingerprintContent: 'x' },
      { ruleId: 'fake-rule', message: 'there', startLine: 2, startColumn: 3, endLine: 2, endColumn: 4, fingerprintContent: 'x', path: 'ci/included.yml' },
      { ruleId: 'fake-rule', message: 'there too', startLine: 4, startColumn: 1, endLine: 4, endColumn: 2, fingerprintContent: 'y', path: 'ci/included.yml' },
    ],
    errors: [],
  }),
};

const related: RelatedFileReader = {
  read: (path) => (path === 'ci/included.yml' ? 'a: 1\nb: 2\n# rampart-ignore: fake-rule reviewed\nc: 3\n' : undefined),
  list: () => [],
};

describe('scanSourceText', () => {
  const settings = { scanners: [includingScanner], rulesByKey: indexRules([includingScanner]), showSecrets: false };
  const file: SourceFile = { path: '.gitlab-ci.yml', related, read: async () => null };
  const outcome = scanSourceText(file, { text: 'include: x\n', bytes: 11 }, settings);

  it('places a draft with a path in that file, and fingerprints it by that path', () => {
    const [here, there] = outcome.findings;
    assert.equal(outcome.findings.length, 2);
    assert.deepEqual([here!.location.path, here!.location.startLine], ['.gitlab-ci.yml', 1]);
    assert.deepEqual([there!.location.path, there!.location.startLine, there!.location.startColumn], ['ci/included.yml', 2, 3]);
    assert.notEqual(here!.fingerprint, there!.fingerprint);
  });

  it('reads inline suppressions from the file the finding sits in', () => {
    assert.deepEqual(
      outcome.inlineSuppressed.map((finding) => [finding.location.path, finding.location.startLine]),
      [['ci/included.yml', 4]],
    );
  });
});

describe('binary inputs (readAndScanFile)', () => {
  const seen: string[] = [];
  /** Claims `*.db` by path and ELF executables by their first bytes; reports the byte count it got. */
  const binaryScanner: Scanner = {
    name: 'bin',
    rules: () => [{ id: 'bin-rule', title: 'Bin', severity: 'low', confidence: 'high', description: 'a fake rule', remediation: 'nothing' }],
    claims: () => false,
    scanFile: () => ({ drafts: [], errors: [] }),
    binaryClaims: { path: (path) => path.endsWith('.db'), head: (_path, head) => head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46 },
    scanBytes: (file, bytes) => {
      seen.push(`bin:${file.path}:${bytes.length}`);
      return { drafts: [{ ruleId: 'bin-rule', message: `${bytes.length} bytes`, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }], errors: [] };
    },
  };
  const textScanner: Scanner = {
    name: 'text',
    rules: () => [],
    claims: () => true,
    scanFile: (file) => {
      seen.push(`text:${file.path}`);
      return { drafts: [], errors: [] };
    },
  };
  const settings = { scanners: [binaryScanner, textScanner], rulesByKey: indexRules([binaryScanner, textScanner]), showSecrets: false };
  const binary = new Uint8Array([1, 0, 2, 0, 3]);
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]);
  const fileOf = (path: string, bytes: Uint8Array | null, extra: Partial<SourceFile> = {}): SourceFile => ({
    path,
    read: async () => (bytes && !bytes.includes(0) ? { text: Buffer.from(bytes).toString(), bytes: bytes.length } : null),
    readBytes: async () => bytes,
    readHead: async () => (bytes ?? new Uint8Array(0)).subarray(0, 64),
    ...extra,
  });

  it('gives a file claimed by path its raw bytes, and text scanners never see a binary', async () => {
    seen.length = 0;
    const outcome = await readAndScanFile(fileOf('var/lib/rpm/rpmdb.db', binary), settings);
    assert.deepEqual(seen, ['bin:var/lib/rpm/rpmdb.db:5']);
    assert.deepEqual([outcome.bytes, outcome.scannedBy, outcome.findings[0]?.message, outcome.findings[0]?.location.startLine], [5, ['bin'], '5 bytes', 1]);
  });

  it('claims an executable of any name by its first bytes, and leaves other binaries alone', async () => {
    seen.length = 0;
    await readAndScanFile(fileOf('usr/local/bin/app', elf), settings);
    const other = await readAndScanFile(fileOf('image.png', binary), settings);
    assert.deepEqual(seen, ['bin:usr/local/bin/app:7']);
    assert.equal(other.bytes, undefined);
  });

  it('still gives text scanners a claimed file that turns out to be text', async () => {
    seen.length = 0;
    const outcome = await readAndScanFile(fileOf('notes.db', Buffer.from('plain text')), settings);
    assert.deepEqual(seen, ['bin:notes.db:10', 'text:notes.db']);
    assert.deepEqual(outcome.scannedBy, ['bin', 'text']);
  });

  it('skips a file over the binary limit (readBytes null), diff fragments, and files a later image layer replaced', async () => {
    seen.length = 0;
    const tooLarge = await readAndScanFile(fileOf('big.db', null), settings);
    await readAndScanFile(fileOf('history.db', binary, { isDiffFragment: true }), settings);
    await readAndScanFile(fileOf('old.db', binary, { origin: { layer: 'sha256:ab', isShadowed: true } }), settings);
    assert.deepEqual(seen, []);
    assert.equal(tooLarge.bytes, undefined);
  });

  it('reads only ranges of an executable when the source offers them and every claiming scanner can', async () => {
    const asked: string[] = [];
    const rangeScanner: Scanner = {
      ...binaryScanner,
      name: 'ranges',
      scanByteRanges: (file, ranges) => {
        seen.push(`ranges:${file.path}:${ranges.size}:${Array.from(ranges.read(1, 3)).join(',')}`);
        return { drafts: [], errors: [] };
      },
    };
    const withRanges = (bytes: Uint8Array): Partial<SourceFile> => ({
      readBytes: async () => Promise.reject(new Error('read whole')),
      withByteRanges: async (use) => use({ size: bytes.length, read: (offset, length) => (asked.push(`${offset}+${length}`), bytes.subarray(offset, offset + length)) }),
    });
    seen.length = 0;
    const rangeSettings = { ...settings, scanners: [rangeScanner, textScanner], rulesByKey: indexRules([rangeScanner, textScanner]) };
    const outcome = await readAndScanFile(fileOf('usr/bin/app', elf, withRanges(elf)), rangeSettings);
    assert.deepEqual(seen, ['ranges:usr/bin/app:7:69,76,70']);
    assert.deepEqual(asked, ['1+3']);
    assert.deepEqual([outcome.errors, outcome.scannedBy], [[], ['ranges']]);

    // With a claiming scanner that has no scanByteRanges, both get the whole bytes, as before.
    seen.length = 0;
    await readAndScanFile(fileOf('usr/bin/other', elf, { withByteRanges: withRanges(elf).withByteRanges! }), { ...settings, scanners: [rangeScanner, binaryScanner], rulesByKey: indexRules([rangeScanner, binaryScanner]) });
    assert.deepEqual(seen, ['bin:usr/bin/other:7', 'bin:usr/bin/other:7']);
  });

  it('turns a read failure into an error naming the file', async () => {
    const outcome = await readAndScanFile(fileOf('broken.db', binary, { readBytes: async () => Promise.reject(new Error('EIO')) }), settings);
    assert.deepEqual(outcome.errors.map((error) => [error.path, error.code]), [['broken.db', 'RAMPART_E_READ']]);
  });
});
