import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assignedNames, caseless, isCredentialName, vendorAssignmentPattern } from './vendor-assignment.ts';

const pattern = vendorAssignmentPattern({ name: 'acmecloud', value: '[a-f0-9]{32}' });
const value = '9f2c4e7a1b3d5f608e2a4c6b8d0f1e3a';

function find(text: string): { secret: string | undefined; names: string } | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const groups = match.groups ?? {};
  return { secret: groups.secret, names: assignedNames(groups) };
}

describe('caseless', () => {
  it('lets letters match either case and leaves classes and escapes alone', () => {
    assert.equal(caseless(String.raw`ab[_.-]\d`), String.raw`[aA][bB][_.-]\d`);
  });
});

describe('vendorAssignmentPattern', () => {
  const found = [
    ['an env file', `ACMECLOUD_API_KEY=${value}`],
    ['a quoted YAML value', `acmecloud_token: "${value}"`],
    ['a JSON member', `{"acmeCloudApiKey": "${value}"}`],
    ['a camelCase hump', `const myAcmecloudKey = '${value}';`],
    ['a call argument', `client = acmecloud.Client(api_key="${value}")`],
    ['a header with a scheme', `-H "X-Acmecloud-Token: Bearer ${value}"`],
    ['a YAML block child a few lines down', `acmecloud:\n  region: eu\n  enabled: true\n  api_key: ${value}`],
    ['a Terraform provider block', `provider "acmecloud" {\n  region  = "eu"\n  api_key = "${value}"\n}`],
    ['an INI section', `[acmecloud]\nregion = eu\napi_key = ${value}`],
    ['an object opened on the same line', `"acmecloud": { "apiKey": "${value}" }`],
  ] as const;
  for (const [syntax, text] of found) {
    it(`finds the value in ${syntax}`, () => assert.equal(find(text)?.secret, value));
  }

  it('reports the key and the child key for name checks', () => {
    const names = find(`acmecloud:\n  api_key: ${value}`)?.names ?? '';
    assert.match(names, /acmecloud/);
    assert.match(names, /api_key/);
    assert.ok(isCredentialName(pattern.exec(`acmecloud:\n  api_key: ${value}`)?.groups ?? {}));
    assert.ok(!isCredentialName(pattern.exec(`acmecloud:\n  trace_id: ${value}`)?.groups ?? {}));
  });

  const missed = [
    ['the vendor name inside a longer word', `notacmecloudy_key = ${value}`],
    ['a comment that mentions the vendor above an unrelated key', `# acmecloud settings\nchecksum = ${value}`],
    ['a block that ended before the key', `acmecloud:\n  enabled: true\nother:\n  checksum: ${value}`],
    ['a value of the wrong length', `ACMECLOUD_API_KEY=${value}ab`],
    ['a variable reference', 'ACMECLOUD_API_KEY=${ACMECLOUD_API_KEY}'],
  ] as const;
  for (const [what, text] of missed) {
    it(`ignores ${what}`, () => assert.equal(find(text), undefined));
  }
});
