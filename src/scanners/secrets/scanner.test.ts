import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
