import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fakeSecret, sampleContext, trickyMessage } from './fixtures/sample-scan.ts';
import { escapeXml, escapeXmlText, junitReporter } from './junit.ts';

/** A character XML 1.0 forbids anywhere in a document: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
// oxlint-disable-next-line no-control-regex -- the test looks for exactly these characters
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Node = Record<string, unknown>;

/** htmlEntities makes the parser decode numeric character references (&#10;) as a conforming XML parser does. */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name), parseAttributeValue: false, htmlEntities: true });

function parseReport(xml: string): { root: Node; suites: Node[] } {
  const validation = XMLValidator.validate(xml);
  assert.equal(validation, true, JSON.stringify(validation));
  assert.ok(!forbiddenInXml.test(xml), 'contains a character XML 1.0 forbids');
  const root = (parser.parse(xml) as { testsuites: Node }).testsuites;
  return { root, suites: root.testsuite as Node[] };
}

function allCases(suites: readonly Node[]): Node[] {
  return suites.flatMap((suite) => (suite.testcase as Node[] | undefined) ?? []);
}

describe('junit reporter', () => {
  it('writes well-formed XML with one suite per scanner and one for scan errors', () => {
    const { suites } = parseReport(junitReporter.render(sampleContext()));
    assert.deepEqual(
      suites.map((suite) => suite.name),
      ['deps', 'pipeline', 'secrets', 'scan'],
    );
  });

  it('has tests, failures, errors and skipped counts that match the testcases', () => {
    const { root, suites } = parseReport(junitReporter.render(sampleContext()));
    const context = sampleContext();
    for (const suite of suites) {
      const cases = (suite.testcase as Node[] | undefined) ?? [];
      assert.equal(Number(suite.tests), cases.length, `tests of ${String(suite.name)}`);
      assert.equal(Number(suite.failures), cases.filter((c) => 'failure' in c).length);
      assert.equal(Number(suite.errors), cases.filter((c) => 'error' in c).length);
      assert.equal(Number(suite.skipped), cases.filter((c) => 'skipped' in c).length);
    }
    assert.equal(Number(root.tests), allCases(suites).length);
    assert.equal(Number(root.failures), context.result.findings.length);
    assert.equal(Number(root.errors), context.result.errors.length);
    assert.equal(Number(root.skipped), context.result.suppressed.length);
  });

  it('gives each finding a failure with message, severity and location', () => {
    const { suites } = parseReport(junitReporter.render(sampleContext()));
    const history = allCases(suites).find((c) => c.classname === 'rampart.secrets.private-key')!;
    assert.equal(history.name, 'docs/my notes/café ☕ #1.md:3:1 @ 1c26d2d5c3e7');
    assert.equal(history.file, 'docs/my notes/café ☕ #1.md');
    const failure = history.failure as Node;
    assert.equal(failure.type, 'high');
    assert.equal(failure.message, '[high] private-key: RSA private key found');
    assert.match(String(failure['#text']), /Location: docs\/my notes\/café ☕ #1\.md:3:1/);
    assert.match(String(failure['#text']), /Commit: 1c26d2d5c3e758ee1f7ccc35911231d77e320222 by Jane Doe <jane@example\.com>/);
  });

  it('escapes markup characters so they read back unchanged', () => {
    const { suites } = parseReport(junitReporter.render(sampleContext()));
    const action = allCases(suites).find((c) => c.name === '.github/workflows/ci.yml:18:15')!;
    assert.equal((action.failure as Node).message, `[medium] unpinned-action-ref: ${trickyMessage}`);
  });

  it('reports scan errors as <error> and notices as system-out', () => {
    const { suites } = parseReport(junitReporter.render(sampleContext()));
    const scan = suites.find((suite) => suite.name === 'scan')!;
    const parse = (scan.testcase as Node[]).find((c) => c.name === 'infra/broken.tf:3')!;
    const error = parse.error as Node;
    assert.equal(error.type, 'RAMPART_E_PARSE');
    assert.equal(error.message, 'unexpected "}" <here> & then \\u001B[31mred\\u001B[0m');
    assert.match(String(scan['system-out']), /RAMPART_N_SKIPPED_LARGE assets\/video\.bin/);
  });

  it('shows suppressed findings as skipped', () => {
    const { suites } = parseReport(junitReporter.render(sampleContext()));
    const skipped = allCases(suites).filter((c) => 'skipped' in c);
    assert.deepEqual(
      skipped.map((c) => (c.skipped as Node).message),
      ['suppressed (baseline): present in baseline', 'suppressed (inline): test fixture, not a real token'],
    );
  });

  it('gives a scanner without findings one passing testcase', () => {
    const context = sampleContext();
    const clean = { ...context.result, findings: [], suppressed: [], errors: [], notices: [] };
    const { root, suites } = parseReport(junitReporter.render({ ...context, result: clean }));
    assert.equal(Number(root.failures), 0);
    assert.equal(Number(root.tests), 3);
    assert.deepEqual(
      allCases(suites).map((c) => c.name),
      ['no findings in 1 file', 'no findings in 2 files', 'no findings in 40 files'],
    );
  });

  it('replaces every character XML 1.0 forbids and keeps the rest', () => {
    const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    const nasty = `${controls}\uFFFE\uFFFF\uD800 lone \uDC00 pair 😀 end`;
    for (const escaped of [escapeXml(nasty), escapeXmlText(nasty)]) {
      assert.ok(!forbiddenInXml.test(escaped));
      assert.match(escaped, /😀/);
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<a b="${escapeXml(nasty)}">${escapeXmlText(nasty)}</a>`;
    assert.equal(XMLValidator.validate(xml), true);
    const parsed = (parser.parse(xml) as { a: Node }).a;
    assert.match(String(parsed.b), /^\\u0000\\u0001/);
    assert.ok(String(parsed.b).includes('\t\n\\u000B\\u000C\r'), 'tab, newline and CR survive attribute normalization');
  });

  it('never contains the raw secret', () => {
    const xml = junitReporter.render(sampleContext());
    assert.ok(!xml.includes(fakeSecret));
    assert.ok(!xml.includes(fakeSecret.slice(5)));
  });
});
