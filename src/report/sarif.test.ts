import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { fakeSecret, sampleContext, sampleRules } from './fixtures/sample-scan.ts';
import { pascalCase, sarifReporter, toArtifactUri } from './sarif.ts';

/** The OASIS schema lives in the shared corpus beside the repo; it declares draft-04, hence ajv-draft-04. */
const sarifSchemaPath = fileURLToPath(new URL('../../../shared/corpus/schemas/sarif-schema-2.1.0.json', import.meta.url));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
  fixes?: unknown[];
  properties: Record<string, unknown>;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string; equivalents?: string[] };
}

interface SarifNotification {
  level: string;
  message: { text: string };
  descriptor: { id: string };
  locations?: SarifResult['locations'];
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    results: SarifResult[];
  }[];
}

function reversed<T>(items: readonly T[]): T[] {
  return items.map((_, index) => items[items.length - 1 - index]!);
}

function renderSample(): { text: string; log: SarifLog } {
  const text = sarifReporter.render(sampleContext());
  return { text, log: JSON.parse(text) as SarifLog };
}

describe('sarif reporter', () => {
  it('produces a log that validates against the OASIS SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as { $schema: string };
    assert.match(schema.$schema, /draft-04/);
    // Both packages are CommonJS; under NodeNext their default export is the `default` member.
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    const { log } = renderSample();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('names the schema, version and tool driver', () => {
    const { log } = renderSample();
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
    const { driver } = log.runs[0]!.tool;
    assert.equal(driver.name, 'rampart');
    assert.equal(driver.version, '0.1.0');
    assert.equal(driver.semanticVersion, '0.1.0');
    assert.equal(driver.informationUri, 'https://github.com/rampart-sec/rampart');
  });

  it('describes every rule that ran, sorted by id, with GitHub code scanning properties', () => {
    const { log } = renderSample();
    const rules = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      sampleRules.map((rule) => rule.id).sort(),
    );
    const token = rules.find((rule) => rule.id === 'github-token')!;
    assert.equal(token.name, 'GithubToken');
    assert.equal(token.shortDescription.text, 'GitHub token');
    assert.equal(token.fullDescription.text, sampleRules[0]!.description);
    assert.match(token.help.text, /Revoke the token/);
    assert.match(token.help.text, /gitleaks:github-pat/);
    assert.match(token.help.markdown, /\*\*Remediation:\*\*/);
    assert.equal(token.helpUri, 'https://github.com/rampart-sec/rampart/blob/main/docs/rules/secrets.md#github-token');
    assert.equal(token.defaultConfiguration.level, 'error');
    assert.equal(token.properties['security-severity'], '9.5');
    assert.equal(token.properties.precision, 'high');
    assert.deepEqual(token.properties.equivalents, ['gitleaks:github-pat']);
    assert.ok(token.properties.tags.includes('security'));
    assert.ok(token.properties.tags.includes('external/cwe/cwe-798'));
    const action = rules.find((rule) => rule.id === 'unpinned-action-ref')!;
    assert.equal(action.defaultConfiguration.level, 'warning');
    assert.equal(action.properties['security-severity'], '5.5');
    assert.equal(action.properties.precision, 'medium');
    assert.match(action.helpUri, /docs\/rules\/pipeline\.md#unpinned-action-ref$/);
  });

  it('maps each finding to a result whose ruleIndex points at its rule', () => {
    const { log } = renderSample();
    const { results, tool } = log.runs[0]!;
    const context = sampleContext();
    assert.equal(results.length, context.result.findings.length + context.result.suppressed.length);
    for (const result of results) {
      assert.equal(tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
      assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(result.partialFingerprints['rampart/v1']);
    }
  });

  it('percent-encodes paths with spaces, unicode and reserved characters', () => {
    const { log } = renderSample();
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('src/config/app%20settings.ts'));
    assert.ok(uris.includes('docs/my%20notes/caf%C3%A9%20%E2%98%95%20%231.md'));
    assert.equal(toArtifactUri('./a:b/c?d.txt'), 'a%3Ab/c%3Fd.txt');
    assert.equal(decodeURIComponent(toArtifactUri('docs/my notes/café ☕ #1.md')), 'docs/my notes/café ☕ #1.md');
  });

  it('carries region, severity, confidence and git history details', () => {
    const { log } = renderSample();
    const history = log.runs[0]!.results.find((result) => result.ruleId === 'private-key')!;
    assert.deepEqual(history.locations[0]!.physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 30, endColumn: 30 });
    assert.equal(history.level, 'error');
    assert.equal(history.properties.severity, 'high');
    assert.equal(history.properties.confidence, 'high');
    assert.equal(history.properties.commit, '1c26d2d5c3e758ee1f7ccc35911231d77e320222');
    assert.equal(history.properties.author, 'Jane Doe <jane@example.com>');
    assert.equal(history.properties.date, '2024-03-01T10:00:00Z');
    assert.match(history.message.text, /in commit 1c26d2d5c3e7$/);
    const layered = log.runs[0]!.results.find((result) => result.properties.layer);
    assert.match(String(layered?.properties.layer), /^sha256:/);
  });

  it('keeps suppressed findings as results with inSource or external suppressions', () => {
    const { log } = renderSample();
    const suppressed = log.runs[0]!.results.filter((result) => result.suppressions);
    assert.equal(suppressed.length, 2);
    const inline = suppressed.find((result) => result.ruleId === 'github-token')!;
    assert.deepEqual(inline.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'test fixture, not a real token', properties: { source: 'inline' } }]);
    const baseline = suppressed.find((result) => result.ruleId === 'unpinned-action-ref')!;
    assert.equal(baseline.suppressions![0]!.kind, 'external');
  });

  it('reports scan errors with file and line, and notices, as tool execution notifications', () => {
    const { log } = renderSample();
    const invocation = log.runs[0]!.invocations[0]!;
    assert.equal(invocation.executionSuccessful, true);
    const parse = invocation.toolExecutionNotifications.find((notification) => notification.descriptor.id === 'RAMPART_E_PARSE')!;
    assert.equal(parse.level, 'error');
    assert.equal(parse.locations![0]!.physicalLocation.artifactLocation.uri, 'infra/broken.tf');
    assert.deepEqual(parse.locations![0]!.physicalLocation.region, { startLine: 3 });
    const expired = invocation.toolExecutionNotifications.find((notification) => notification.descriptor.id === 'RAMPART_N_EXCEPTION_EXPIRED')!;
    assert.equal(expired.level, 'note');
    assert.equal(expired.locations, undefined);
  });

  it('describes the source root and gives an absolute root a file URI', () => {
    const { log } = renderSample();
    assert.deepEqual(log.runs[0]!.originalUriBaseIds['%SRCROOT%'], { uri: 'file:///home/ci/work/repo/', description: { text: 'Root of the scanned git: /home/ci/work/repo' } });
    const relative = JSON.parse(sarifReporter.render(sampleContext({ result: { ...sampleContext().result, target: { kind: 'directory', ref: '.' } } }))) as SarifLog;
    assert.equal(relative.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri, undefined);
  });

  it('orders results the same way whatever order findings arrive in', () => {
    const context = sampleContext();
    const shuffled = sampleContext({ result: { ...context.result, findings: reversed(context.result.findings), suppressed: reversed(context.result.suppressed) }, rules: reversed(sampleRules) });
    assert.equal(sarifReporter.render(shuffled), sarifReporter.render(context));
  });

  it('never contains the raw secret', () => {
    const { text } = renderSample();
    assert.ok(!text.includes(fakeSecret));
    assert.ok(!text.includes(fakeSecret.slice(5)));
  });

  it('maps a fix to artifactChanges and leaves out one that still needs a lookup', () => {
    const context = sampleContext();
    const [first, second] = context.result.findings;
    const edit = { path: '.github/workflows/ci.yml', startLine: 4, startColumn: 30, endLine: 4, endColumn: 32, replacement: 'persist-credentials: false' };
    const findings = [
      { ...first!, fix: { title: 'Plain', safety: 'safe' as const, edits: [edit] } },
      { ...second!, fix: { title: 'Pin', safety: 'safe' as const, edits: [{ ...edit, replacement: '{{sha}}', resolve: { kind: 'git-ref' as const, repository: 'actions/checkout', ref: 'v4' } }] } },
    ];
    const log = JSON.parse(sarifReporter.render(sampleContext({ result: { ...context.result, findings } }))) as SarifLog;
    const results = log.runs[0]!.results;
    const plain = results.find((result) => result.ruleId === first!.ruleId && result.fixes)!;
    assert.deepEqual(plain.fixes, [
      {
        description: { text: 'Plain' },
        artifactChanges: [{ artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 4, startColumn: 30, endLine: 4, endColumn: 32 }, insertedContent: { text: 'persist-credentials: false' } }] }],
      },
    ]);
    assert.equal(results.find((result) => result.ruleId === second!.ruleId)!.fixes, undefined, 'the fix with {{sha}} placeholders is not offered');
  });

  it('turns kebab-case ids into PascalCase names', () => {
    assert.equal(pascalCase('aws-access-key-id'), 'AwsAccessKeyId');
    assert.equal(pascalCase('k8s-privileged-container'), 'K8sPrivilegedContainer');
  });
});
