import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from '../formats/dockerfile/parse-dockerfile.ts';
import { fail, pass } from '../iac-rule.ts';
import { addSources } from './dockerfile-add-sources.ts';
import { hasCacheMount } from './dockerfile-run-scripts.ts';
import { finalStageChain, judgeInstructions } from './dockerfile-verdicts.ts';

describe('judgeInstructions', () => {
  it('keeps each failure, passes once when nothing fails, and says nothing without such instructions', () => {
    const { model } = parseDockerfile('FROM alpine:3.20\nUSER root\nUSER app\n');
    const judge = (keyword: string) => judgeInstructions(model, [keyword], (instruction) => (instruction.text === 'root' ? fail('root', `instructions.${instruction.index}`) : pass));
    assert.deepEqual(judge('USER').map((verdict) => verdict.outcome), ['fail']);
    assert.deepEqual(judgeInstructions(model, ['FROM'], () => pass), [pass]);
    assert.deepEqual(judge('ADD'), []);
  });
});

describe('finalStageChain', () => {
  it('follows FROM <stage> from the last stage back, once per stage', () => {
    const { model } = parseDockerfile('FROM alpine:3.20 AS base\nFROM node:20 AS other\nFROM base AS mid\nFROM mid\n');
    assert.deepEqual(finalStageChain(model).map((stage) => stage.index), [3, 2, 0]);
  });
});

describe('hasCacheMount', () => {
  it('matches cache and tmpfs mounts on a target, with or without a trailing slash', () => {
    const [, cached, bound] = parseDockerfile('FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk/ apk add curl\nRUN --mount=type=bind,target=/var/cache/apk apk add git\n').model.instructions;
    assert.equal(hasCacheMount(cached!, ['/var/cache/apk']), true);
    assert.equal(hasCacheMount(bound!, ['/var/cache/apk']), false);
  });
});

describe('addSources', () => {
  it('gives every argument but the destination, expanded, in both forms, and unknown when a variable decides them', () => {
    const [, , shell, exec, unknownSource] = parseDockerfile('FROM alpine:3.20\nARG V=1.2\nADD --chown=app "a b.txt" tool-${V}.tgz /dst/\nADD ["x", "/y/"]\nADD ${SRC} /z\n').model.instructions;
    assert.deepEqual(addSources(shell!), ['a b.txt', 'tool-1.2.tgz']);
    assert.deepEqual(addSources(exec!), ['x']);
    assert.ok(!Array.isArray(addSources(unknownSource!)));
  });
});
