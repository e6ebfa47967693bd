import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../../../core/source-file.ts';
import { positionOf, valueAt, valuesAt } from '../../iac-resource.ts';
import { isUnknown } from '../../iac-value.ts';
import { compileCustomRule } from '../../custom/compile-custom-rule.ts';
import { ResourceGraph } from '../../resource-graph.ts';
import { dockerfileReader } from './dockerfile-reader.ts';

function read(path: string, text: string) {
  const file: SourceFile = { path, read: async () => ({ text, bytes: text.length }) };
  return dockerfileReader.read(file, text, {});
}

describe('dockerfileReader', () => {
  it('claims Dockerfiles and Containerfiles by name, not ignore files', () => {
    for (const path of ['Dockerfile', 'dockerfile', 'Containerfile', 'app/api.Dockerfile', 'Dockerfile.prod', 'build/x.dockerfile', 'ci/Containerfile.dev']) assert.ok(dockerfileReader.claimsPath(path), path);
    for (const path of ['.dockerignore', 'Dockerfile.dockerignore', 'docker-compose.yml', 'Dockerfiles/readme.txt', 'MyDockerfile']) assert.ok(!dockerfileReader.claimsPath(path), path);
  });

  it('reads a suffixed name only when its content starts like a Dockerfile', () => {
    assert.equal(dockerfileReader.sniff!('Dockerfile.md', '# Notes\n\nSome prose about images.'), false);
    assert.equal(dockerfileReader.sniff!('Dockerfile.prod', '# syntax=docker/dockerfile:1\n\nfrom alpine:3.19'), true);
    assert.equal(dockerfileReader.sniff!('Dockerfile', 'junk'), true);
  });

  it('makes one resource per file with instructions and stages as attributes and their lines as positions', () => {
    const { resources, errors } = read('svc/Dockerfile', 'ARG TAG\nFROM node:${TAG} AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n');
    assert.deepEqual(errors, []);
    const [resource] = resources;
    assert.deepEqual([resource!.format, resource!.type, resource!.name, resource!.address], ['dockerfile', 'Dockerfile', 'Dockerfile', 'svc/Dockerfile']);
    assert.deepEqual(valuesAt(resource, 'instructions.keyword'), ['ARG', 'FROM', 'RUN', 'FROM', 'COPY']);
    assert.equal(valueAt(resource, 'instructions.4.flags.from'), 'build');
    assert.equal(valueAt(resource, 'stages.0.name'), 'build');
    assert.ok(isUnknown(valueAt(resource, 'stages.0.image.tag')));
    assert.equal(valueAt(resource, 'stages.1.image.tag'), '1.27');
    assert.equal(positionOf(resource!, 'instructions.2').line, 3);
    assert.equal(positionOf(resource!, 'stages.1').line, 4);
  });

  it('turns Checkov skips anywhere in the file and hadolint global ignores into file-wide skips', () => {
    const { resources } = read('Dockerfile', 'FROM alpine:3.19\n# checkov:skip=CKV_DOCKER_2:no healthcheck in batch jobs\n# hadolint global ignore=DL3018,DL3019\nRUN apk add curl\n');
    assert.deepEqual([...resources[0]!.skips!], [['CKV_DOCKER_2', 'no healthcheck in batch jobs'], ['DL3018', 'hadolint global ignore comment'], ['DL3019', 'hadolint global ignore comment']]);
  });

  it('reports parse problems as errors with their line and still returns the resource', () => {
    const { resources, errors } = read('Dockerfile', 'FROM alpine:3.19\nRUN <<EOF\necho hi\n');
    assert.deepEqual(errors.map((error) => [error.code, error.line]), [['RAMPART_E_PARSE', 2]]);
    assert.equal(resources.length, 1);
  });

  it('gives custom rules the instructions to test, with unknown expansions staying unknown', () => {
    const rule = compileCustomRule({
      id: 'acme-no-add', title: 'No ADD', severity: 'low', format: 'dockerfile', resourceTypes: ['Dockerfile'],
      description: 'Our images never use ADD.', remediation: 'Use COPY.', condition: { attribute: 'instructions.keyword', notEquals: 'ADD' },
    });
    const judge = (text: string) => {
      const resource = read('Dockerfile', text).resources[0]!;
      return [rule.check(resource, { graph: new ResourceGraph([resource]) })].flat().map((verdict) => verdict.outcome);
    };
    assert.deepEqual(judge('FROM alpine:3.19\nCOPY a /a\n'), ['pass']);
    assert.deepEqual(judge('FROM alpine:3.19\nADD a /a\n'), ['fail']);
    const pinned = compileCustomRule({
      id: 'acme-tag', title: 'Tag 3.x', severity: 'low', format: 'dockerfile', resourceTypes: ['Dockerfile'],
      description: 'Base images use a 3.x tag.', remediation: 'Use alpine:3.x.', condition: { attribute: 'stages.image.tag', matches: '^3\\.' },
    });
    const resource = read('Dockerfile', 'ARG TAG\nFROM alpine:${TAG}\n').resources[0]!;
    assert.deepEqual([pinned.check(resource, { graph: new ResourceGraph([resource]) })].flat().map((verdict) => verdict.outcome), ['unknown']);
  });
});
