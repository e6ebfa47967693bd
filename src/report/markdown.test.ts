import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeSecret, manyFindings, sampleContext } from './fixtures/sample-scan.ts';
import { codeSpan, escapeText, markdownReporter, maxMarkdownChars } from './markdown.ts';

function render(overrides: Parameters<typeof sampleContext>[0] = {}): string {
  return markdownReporter.render(sampleContext(overrides));
}

/** GFM splits a row on pipes that are not backslash-escaped, even inside code spans. */
function cellsOf(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/) // a pipe with no backslash before it
    .map((cell) => cell.trim());
}

function findingRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('](https://github.com/rampart-sec/rampart/blob/main/docs/rules/'));
}

describe('markdown reporter', () => {
  it('marks findings that rampart fix can fix', () => {
    const context = sampleContext();
    const fix = { title: 'Pin', safety: 'safe' as const, edits: [{ path: 'a.yml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, replacement: 'x' }] };
    const withoutFix = context.result.findings.findIndex((finding) => !finding.fix);
    const findings = context.result.findings.map((finding, index) => (index === withoutFix ? { ...finding, fix } : finding));
    const rows = findingRows(markdownReporter.render(sampleContext({ result: { ...context.result, findings } })));
    const marked = rows.filter((row) => cellsOf(row)[1]!.endsWith(' 🔧 fixable'));
    assert.equal(marked.length, findings.filter((finding) => finding.fix).length);
    assert.ok(marked.length >= 2);
  });

  it('heads the summary with failure against fail-on', () => {
    assert.match(render().split('\n')[0]!, /^### ❌ rampart: failed, 4 of 5 findings at or above high$/);
  });

  it('heads the summary with a pass when nothing reaches fail-on', () => {
    assert.match(render({ failOn: 'critical' }).split('\n')[0]!, /failed, 2 of 5 findings at or above critical/);
    assert.equal(render({ failOn: 'never' }).split('\n')[0], '### ✅ rampart: passed, 5 findings (fail-on is never)');
    const clean = { ...sampleContext().result, findings: [], suppressed: [] };
    assert.equal(render({ result: clean }).split('\n')[0], '### ✅ rampart: passed, no findings');
  });

  it('counts findings by severity', () => {
    const lines = render().split('\n');
    const header = lines.findIndex((line) => line.includes('🔴 critical |'));
    assert.equal(lines[header + 2], '| 2 | 2 | 1 | 0 | 0 |');
  });

  it('lists findings worst first with rule, path:line, message and evidence in five cells', () => {
    const rows = findingRows(render());
    assert.equal(rows.length, 5);
    for (const row of rows) assert.equal(cellsOf(row).length, 5, row);
    const first = cellsOf(rows[0]!);
    assert.match(first[0]!, /critical/);
    assert.equal(first[2], '`app/.env:1 @ sha256:893c54c05ca3b1c6cfacfbd31a8425d11507621b66cb10abf86cc9dadde7e8f2`');
    assert.equal(first[4], '`fake_…(37)`');
    assert.ok(rows.some((row) => row.includes('`docs/my notes/café ☕ #1.md:3 @ 1c26d2d5c3e7`')));
  });

  it('escapes pipes, backticks and HTML in messages', () => {
    const row = findingRows(render()).find((line) => line.includes('unpinned-action-ref'))!;
    const message = cellsOf(row)[3]!;
    assert.equal(message, 'Action \\`actions/checkout@v4\\` uses a tag &lt;&amp;&gt; "moved" \\| not a \\`\\`commit\\`\\`');
    assert.ok(!render().includes('<&>'));
  });

  it('puts evidence in code spans that survive backticks and pipes', () => {
    assert.equal(codeSpan('plain'), '`plain`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`edge`'), '`` `edge` ``');
    assert.equal(codeSpan('x``y'), '```x``y```');
    assert.equal(codeSpan('a|b'), '`a\\|b`');
    assert.equal(codeSpan('a|b', false), '`a|b`');
    assert.equal(codeSpan('two\nlines'), '`two lines`');
    assert.equal(escapeText('*bold* _it_ [link](x) ~s~ $math$'), '\\*bold\\* \\_it\\_ \\[link\\](x) \\~s\\~ \\$math\\$');
  });

  it('lists scan errors, notices and suppressed findings', () => {
    const markdown = render();
    assert.match(markdown, /#### ⚠️ Scan errors \(2\)/);
    assert.match(markdown, /- `infra\/broken\.tf:3` RAMPART_E_PARSE: unexpected "}" &lt;here&gt; &amp; then \uFFFD\\\[31mred/);
    assert.ok(!markdown.includes('\u001b'));
    assert.match(markdown, /#### Notices \(2\)/);
    assert.match(markdown, /<summary>2 suppressed<\/summary>/);
    assert.match(markdown, /\| github-token \| `test\/fixtures\/token\.txt:2` \| inline \| test fixture, not a real token \|/);
  });

  it('ends with a footer naming the rampart version', () => {
    const lines = render().trimEnd().split('\n');
    assert.match(lines.at(-1)!, /^<sub>\[rampart\]\(https:\/\/github\.com\/rampart-sec\/rampart\) 0\.1\.0 · 42 files scanned in 0\.81s<\/sub>$/);
  });

  it('collapses the table into <details> above 50 findings', () => {
    const few = { ...sampleContext().result, findings: manyFindings(50) };
    assert.ok(!render({ result: few }).includes('<summary>50 findings</summary>'));
    const many = { ...sampleContext().result, findings: manyFindings(51) };
    const markdown = render({ result: many });
    assert.match(markdown, /<details>\n<summary>51 findings<\/summary>\n\n\| Severity \|/);
    assert.equal(findingRows(markdown).length, 51);
  });

  it('stays under the GitHub comment limit and says how many findings it left out', () => {
    const huge = { ...sampleContext().result, findings: manyFindings(5_000) };
    const markdown = render({ result: huge });
    assert.ok(markdown.length <= maxMarkdownChars, `length ${markdown.length}`);
    const shown = findingRows(markdown).length;
    assert.ok(shown > 50 && shown < 5_000);
    assert.match(markdown, new RegExp(`_… ${5_000 - shown} more findings not shown;`));
    assert.match(markdown, /<\/details>/);
    assert.match(markdown, /<sub>\[rampart\]/);
  });

  it('never contains the raw secret', () => {
    const markdown = render();
    assert.ok(!markdown.includes(fakeSecret));
    assert.ok(!markdown.includes(fakeSecret.slice(5)));
  });
});
