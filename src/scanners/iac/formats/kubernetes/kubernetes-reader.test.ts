import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../../../core/source-file.ts';
import { positionOf } from '../../iac-resource.ts';
import { kubernetesReader, looksLikeManifest } from './kubernetes-reader.ts';

function read(text: string, path = 'deploy/app.yaml', related?: SourceFile['related']) {
  const file: SourceFile = { path, read: async () => ({ text, bytes: text.length }), ...(related ? { related } : {}) };
  return kubernetesReader.read(file, text, {});
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
`;

describe('kubernetesReader', () => {
  it('claims YAML, JSON and stdin, and sniffs only documents with a top-level apiVersion and kind', () => {
    for (const path of ['a.yaml', 'b.yml', 'c.json', '<stdin>']) assert.ok(kubernetesReader.claimsPath(path), path);
    assert.equal(kubernetesReader.claimsPath('main.tf'), false);
    assert.ok(looksLikeManifest('a.yaml', deployment));
    assert.ok(looksLikeManifest('<stdin>', `---\n# Source: chart/templates/svc.yaml\n${deployment}`));
    assert.ok(looksLikeManifest('pod.json', '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"}\n}'));
    assert.equal(looksLikeManifest('template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n'), false);
    assert.equal(looksLikeManifest('.github/workflows/ci.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo kind apiVersion\n'), false);
    assert.equal(looksLikeManifest('docker-compose.yml', 'services:\n  web:\n    image: nginx\n    labels:\n      kind: web\n      apiVersion: x\n'), false);
    assert.equal(looksLikeManifest('package.json', '{"name": "kind", "version": "1.0.0", "description": "apiVersion"}'), false);
    assert.equal(looksLikeManifest('Chart.yaml', 'apiVersion: v2\nname: app\nversion: 1.0.0\n'), false);
  });

  it('reads one resource per document with its address, lines and attribute positions', () => {
    const { resources, errors } = read(`${deployment}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n`);
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((resource) => [resource.type, resource.name, resource.address, resource.startLine]), [
      ['Deployment', 'web', 'Deployment/default/web', 1],
      ['Service', 'web', 'Service/shop/web', 12],
    ]);
    assert.equal(positionOf(resources[0]!, 'spec.template.spec.containers.0.image').line, 10);
    assert.equal(positionOf(resources[0]!, 'spec.template.spec.containers.0').line, 9);
  });

  it('expands List kinds into their items and numbers colliding addresses by document', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: b\n    data:\n      key: value\n`;
    const { resources } = read(`${list}---\n${deployment}---\n${deployment}`);
    assert.deepEqual(resources.map((resource) => resource.address), ['ConfigMap/default/a', 'ConfigMap/default/b', 'Deployment/default/web[2]', 'Deployment/default/web[3]']);
    assert.equal(resources[1]!.startLine, 8);
    assert.equal(positionOf(resources[1]!, 'data.key').line, 13);
  });

  it('reports invalid YAML mid-stream with its line and still reads the other documents', () => {
    const { resources, errors } = read(`${deployment}---\napiVersion: v1\nkind: Pod\nmetadata: {name: [broken\n---\n${deployment.replace('name: web', 'name: api')}`);
    assert.deepEqual(resources.map((resource) => resource.name), ['web', 'api']);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.code, 'RAMPART_E_PARSE');
    assert.match(errors[0]!.message, /document 2: invalid YAML/);
    assert.ok(errors[0]!.line! >= 14 && errors[0]!.line! <= 16, `line ${errors[0]!.line}`);
  });

  it('refuses an alias bomb with an error and keeps the other documents', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
    const { resources, errors } = read(`${bomb}---\n${deployment}`);
    assert.deepEqual(resources.map((resource) => resource.type), ['Deployment']);
    assert.match(errors[0]!.message, /alias bomb/);
    assert.equal(errors[0]!.line, 1);
  });

  it('expands anchors, aliases and merge keys that stay small', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - &base\n      name: a\n      securityContext: {privileged: true}\n    - <<: *base\n      name: b\n`;
    const [pod] = read(text).resources;
    assert.deepEqual(pod!.attributes['spec'], { containers: [{ name: 'a', securityContext: { privileged: true } }, { name: 'b', securityContext: { privileged: true } }] });
  });

  it('reads 10,000 documents', () => {
    const text = Array.from({ length: 10_000 }, (_, index) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${index}\n`).join('---\n');
    const { resources, errors } = read(text);
    assert.equal(resources.length, 10_000);
    assert.deepEqual(errors, []);
    assert.equal(resources[9_999]!.startLine, 9_999 * 5 + 1);
  });

  it('skips Helm template sources with one notice instead of a parse error', () => {
    const template = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  type: {{ .Values.service.type }}\n';
    const inChart = read(template, 'charts/app/templates/service.yaml');
    assert.deepEqual([inChart.resources, inChart.errors, inChart.notices.map((notice) => notice.code)], [[], [], ['RAMPART_N_HELM_TEMPLATE']]);
    const broken = read('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n{{- if .Values.extra }}\nspec: {}\n{{- end }}\n', 'elsewhere/pod.yaml');
    assert.deepEqual([broken.errors, broken.notices.map((notice) => notice.code)], [[], ['RAMPART_N_HELM_TEMPLATE']]);
    assert.ok(looksLikeManifest('charts/app/templates/deployment.yaml', '{{- if .Values.enabled }}\n  apiVersion: apps/v1\n  kind: Deployment\n{{- end }}\n'));
  });

  it('reads JSON manifests with positions', () => {
    const { resources } = read('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p", "namespace": "x"},\n  "spec": {\n    "hostPID": true\n  }\n}\n', 'pod.json');
    assert.equal(resources[0]!.address, 'Pod/x/p');
    assert.equal(positionOf(resources[0]!, 'spec.hostPID').line, 6);
  });

  it('collects checkov, rampart and KICS skip comments and checkov.io/skip annotations per object', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    checkov.io/skip1: CKV_K8S_20=needs sudo\n    checkov.io/skip2: CKV_K8S_23\nspec:\n  # checkov:skip=CKV_K8S_17: node monitor\n  hostPID: true\n  # rampart-ignore: k8s-host-ipc, k8s-host-network shared on purpose\n  # kics-scan ignore-line\n  hostIPC: true\n---\n${deployment}`;
    const [pod, other] = read(text).resources;
    assert.deepEqual(Object.fromEntries(pod!.skips!), { CKV_K8S_20: 'needs sudo', CKV_K8S_23: 'checkov.io/skip2 annotation', CKV_K8S_17: 'node monitor', 'k8s-host-ipc': 'shared on purpose', 'k8s-host-network': 'shared on purpose' });
    assert.deepEqual([...pod!.ignoredLines!.keys()], [13]);
    assert.equal(other!.skips, undefined);
  });

  it('adds NetworkPolicies from manifests beside the file to the graph, not to its resources', () => {
    const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n';
    const files: Record<string, string> = { 'deploy/app.yaml': deployment, 'deploy/policy.yaml': policy, 'deploy/notes.md': 'kind: NetworkPolicy' };
    const related = { read: (path: string) => files[path], list: () => Object.keys(files).sort() };
    const result = read(deployment, 'deploy/app.yaml', related);
    assert.deepEqual(result.resources.map((resource) => resource.type), ['Deployment']);
    assert.deepEqual(result.graph!.ofType('NetworkPolicy').map((resource) => resource.address), ['NetworkPolicy/default/deny']);
  });
});
