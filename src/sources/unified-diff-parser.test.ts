import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AddedLinesParser, type AddedLines } from './unified-diff-parser.ts';

interface Parsed {
  path: string;
  commit?: string;
  text: string;
  lineNumbers: number[];
  isBinary: boolean;
  droppedBytes: number;
}

function summarize(files: AddedLines[]): Parsed[] {
  return files.map((file) => ({
    path: file.path,
    ...(file.commit ? { commit: file.commit.sha } : {}),
    text: Buffer.concat(file.chunks).toString('utf8'),
    lineNumbers: file.lineNumbers,
    isBinary: file.isBinary,
    droppedBytes: file.droppedBytes,
  }));
}

function parse(output: string | Buffer, maxFileBytes = 1024 * 1024, chunkBytes?: number): Parsed[] {
  const bytes = typeof output === 'string' ? Buffer.from(output) : output;
  const parser = new AddedLinesParser(maxFileBytes);
  const files: AddedLines[] = [];
  const step = chunkBytes ?? bytes.length;
  for (let start = 0; start < bytes.length; start += step) files.push(...parser.push(bytes.subarray(start, start + step)));
  files.push(...parser.end());
  return summarize(files);
}

const shaA = 'a'.repeat(40);
const shaB = 'b'.repeat(40);

const twoCommits = [
  `\0${shaA}\0Ann <ann@example.test>\x002024-01-01T00:00:00+00:00`,
  '',
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -4,0 +5,2 @@ function main() {',
  '+const a = 1;',
  '++++ not a header, an added line that starts with +++',
  '@@ -20 +21,0 @@',
  '-removed',
  '@@ -30,2 +30 @@',
  '-old one',
  '-old two',
  '+new thirty',
  'diff --git a/logo.png b/logo.png',
  'new file mode 100644',
  'index 0000000000000000000000000000000000000000..3333333333333333333333333333333333333333',
  'Binary files /dev/null and b/logo.png differ',
  `\0${shaB}\0Bob <bob@example.test>\x002024-01-02T00:00:00+00:00`,
  '',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git a/last.txt b/last.txt',
  '--- a/last.txt',
  '+++ b/last.txt',
  '@@ -1 +1 @@',
  '-x',
  '\\ No newline at end of file',
  '+y',
  '\\ No newline at end of file',
  '',
].join('\n');

const expectedTwoCommits: Parsed[] = [
  {
    path: 'src/app.ts',
    commit: shaA,
    text: 'const a = 1;\n+++ not a header, an added line that starts with +++\nnew thirty\n',
    lineNumbers: [5, 6, 30],
    isBinary: false,
    droppedBytes: 0,
  },
  { path: 'logo.png', commit: shaA, text: '', lineNumbers: [], isBinary: true, droppedBytes: 0 },
  { path: 'last.txt', commit: shaB, text: 'y\n', lineNumbers: [1], isBinary: false, droppedBytes: 0 },
];

describe('AddedLinesParser', () => {
  it('collects added lines per file and commit with their new-file line numbers', () => {
    assert.deepEqual(parse(twoCommits), expectedTwoCommits);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    for (const chunkBytes of [1, 2, 3, 7, 64]) assert.deepEqual(parse(twoCommits, undefined, chunkBytes), expectedTwoCommits, `chunks of ${chunkBytes}`);
  });

  it('reads the commit line: sha, author with email, ISO date', () => {
    const parser = new AddedLinesParser(1024);
    const files = [...parser.push(Buffer.from(twoCommits)), ...parser.end()];
    assert.deepEqual(files[0]!.commit, { sha: shaA, author: 'Ann <ann@example.test>', date: '2024-01-01T00:00:00+00:00' });
  });

  it('decodes quoted paths and drops the tab git adds after names with spaces', () => {
    const output = [
      'diff --git a/dir with space/café.env b/dir with space/café.env',
      '--- /dev/null',
      '+++ b/dir with space/café.env\t',
      '@@ -0,0 +1 @@',
      '+one',
      'diff --git "a/tab\\there" "b/tab\\there"',
      '--- /dev/null',
      '+++ "b/tab\\there \\"q\\" \\303\\251"\t',
      '@@ -0,0 +1 @@',
      '+two',
      '',
    ].join('\n');
    assert.deepEqual(
      parse(output).map((file) => file.path),
      ['dir with space/café.env', 'tab\there "q" é'],
    );
  });

  it('keeps only the lines a merge adds over every parent in a combined diff', () => {
    const output = [
      `\0${shaA}\0Ann <ann@example.test>\x002024-01-01T00:00:00+00:00`,
      '',
      'diff --cc f.txt',
      'index 1111111,2222222..3333333',
      '--- a/f.txt',
      '+++ b/f.txt',
      '@@@ -4,0 -3,1 +4,3 @@@',
      '+ from side two',
      ' +from side one',
      '- dropped from parent one',
      '++evil in the merge',
      '',
    ].join('\n');
    assert.deepEqual(parse(output), [{ path: 'f.txt', commit: shaA, text: 'evil in the merge\n', lineNumbers: [6], isBinary: false, droppedBytes: 0 }]);
  });

  it('stops collecting a file at maxFileBytes and counts what it dropped', () => {
    const output = ['diff --git a/big.txt b/big.txt', '--- /dev/null', '+++ b/big.txt', '@@ -0,0 +1,3 @@', '+12345', '+67890', '+abc', ''].join('\n');
    assert.deepEqual(parse(output, 8), [{ path: 'big.txt', text: '12345\n', lineNumbers: [1], isBinary: false, droppedBytes: 10 }]);
  });

  it('keeps memory bounded on huge lines it does not need, and still numbers the lines after them', () => {
    const huge = 'z'.repeat(3 * 1024 * 1024);
    const output = Buffer.from(
      ['diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -1,2 +1,3 @@', `-${huge}`, `-${huge}`, ` ${huge}`, '+after', 'diff --git a/b.txt b/b.txt', '--- a/b.txt', '+++ b/b.txt', '@@ -1 +1 @@', `+${huge}`, ''].join('\n'),
    );
    const [first, second] = parse(output, 1024, 64 * 1024);
    assert.equal(first!.text, 'after\n');
    assert.deepEqual(first!.lineNumbers, [2]);
    assert.deepEqual({ text: second!.text, droppedBytes: second!.droppedBytes }, { text: '', droppedBytes: huge.length + 1 });
  });

  it('keeps a long added line that fits the limit, across many chunks', () => {
    const long = 'y'.repeat(300 * 1024);
    const output = ['diff --git a/a.txt b/a.txt', '--- /dev/null', '+++ b/a.txt', '@@ -0,0 +1 @@', `+${long}`, ''].join('\n');
    const [file] = parse(output, 1024 * 1024, 4096);
    assert.equal(file!.text, `${long}\n`);
  });
});
