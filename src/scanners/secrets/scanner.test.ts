import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withBase62Crc32 } from './checksums.ts';
import { createSecretsScanner } from './index.ts';

const scanner = createSecretsScanner();
const b64 = (text: string) => Buffer.from(text).toString('base64');

function scan(path: string, text: string) {
  return scanner.scanFile({ path, read: async () => ({ text, bytes: text.length }) }, { text, bytes: text.length }).drafts.map((draft) => ({
    ruleId: draft.ruleId,
    line: draft.startLine,
    column: draft.startColumn,
    isDecoded: draft.message.includes('base64-decoded'),
  }));
}

describe('secrets scanner: Kubernetes Secret data', () => {
  const dockerConfig = b64(JSON.stringify({ auths: { 'registry.example.io': { auth: b64('deploy:Xq9mK2vL7pR4tZ8w') } } }));
  const manifest = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: app',
    'data:',
    `  .dockerconfigjson: ${dockerConfig}`,
    `  password: ${b64('Hq4mX9vR2tLz7Kw')}`,
    `  placeholder: ${b64('changeme')}`,
    `  username: ${b64('admin')}`,
    '',
  ].join('\n');

  it('reports secrets inside base64 values once each, at the encoded value', () => {
    assert.deepEqual(scan('k8s/secret.yaml', manifest), [
      { ruleId: 'docker-config-auth', line: 6, column: 22, isDecoded: true },
      { ruleId: 'generic-secret-assignment', line: 7, column: 13, isDecoded: true },
    ]);
  });

  it('decodes Secrets inside a List and from stdin', () => {
    const list = ['apiVersion: v1', 'kind: List', 'items:', '  - apiVersion: v1', '    kind: Secret', '    data:', `      token: ${b64('Zr8kLq2Wx5mP9vTt6Yq3')}`, ''].join('\n');
    assert.deepEqual(scan('<stdin>', list), [{ ruleId: 'generic-secret-assignment', line: 7, column: 14, isDecoded: true }]);
  });

  it('stays silent on placeholders, ConfigMaps and non-YAML files', () => {
    const configMap = manifest.replace('kind: Secret', 'kind: ConfigMap');
    assert.deepEqual(scan('k8s/config.yaml', configMap).filter((hit) => hit.isDecoded), []);
    assert.deepEqual(scan('k8s/secret.txt', manifest).filter((hit) => hit.isDecoded), []);
  });
});

describe('secrets scanner: pathological input', () => {
  // Near-misses repeated many times make backtracking patterns blow up; every rule must stay linear.
  const fragments = [
    'password=',
    'ghp_',
    'api_key: "',
    '-----BEGIN PRIVATE KEY-----\n',
    'https://user:',
    'machine host login user password ',
    'eyJhbGciOiJIUzI1NiJ9.',
    'AKIA',
    'xoxb-1-',
    'datadog_api_key = ',
    '{{ ',
    'a'.repeat(64),
  ];

  for (const fragment of fragments) {
    it(`finishes on 256 KiB of repeated ${JSON.stringify(fragment.slice(0, 24))} and still finds a real token after it`, () => {
      const noise = fragment.repeat(Math.ceil((256 * 1024) / fragment.length));
      const token = `ghp_${withBase62Crc32('Zq8mVn3KpL2xWr7TbYc4HdJf6GsA1e')}`;
      const hits = scan('noise.txt', `${noise}\nGITHUB_TOKEN=${token}\n`);
      assert.ok(hits.some((hit) => hit.ruleId === 'github-token'));
    });
  }
});
