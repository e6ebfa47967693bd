import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../../iac-value.ts';
import { parseDockerfile } from './parse-dockerfile.ts';

function lines(...text: string[]): string {
  return text.join('\n');
}

describe('parseDockerfile', () => {
  it('reads the escape and syntax directives only at the top of the file', () => {
    const { model } = parseDockerfile(lines('# syntax=docker/dockerfile:1', '# escape=`', 'FROM alpine:3.19', 'RUN echo a `', '  && echo b', '# escape=\\'));
    assert.deepEqual(model.directives, { escape: '`', syntax: 'docker/dockerfile:1' });
    assert.equal(model.instructions[1]!.text, 'echo a   && echo b');
    assert.deepEqual([model.instructions[1]!.line, model.instructions[1]!.endLine], [4, 5]);
    assert.deepEqual(model.comments.map((comment) => comment.line), [6]);
  });

  it('ignores a UTF-8 byte order mark before the first directive', () => {
    const { model, problems } = parseDockerfile('\uFEFF# escape=`\nFROM alpine:3.19\n');
    assert.deepEqual(problems, []);
    assert.equal(model.directives.escape, '`');
  });

  it('keeps a backslash literal when the escape character is a backtick', () => {
    const { model } = parseDockerfile(lines('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app'));
    assert.equal(model.instructions[1]!.expanded, 'C:\\app');
  });

  it('joins continuation lines, dropping comment and blank lines inside them', () => {
    const { model } = parseDockerfile(lines('FROM debian:12', 'RUN apt-get update \\', '# a comment', '', '    && apt-get install -y curl', 'USER app'));
    const run = model.instructions[1]!;
    assert.equal(run.text, 'apt-get update     && apt-get install -y curl');
    assert.deepEqual([run.line, run.endLine], [2, 5]);
    assert.equal(model.instructions[2]!.line, 6);
    assert.deepEqual(model.comments, [{ line: 3, text: 'a comment' }]);
  });

  it('ends a continuation at the end of the file without error', () => {
    const { model, problems } = parseDockerfile('FROM alpine:3.19\nRUN echo hi \\');
    assert.deepEqual(problems, []);
    assert.equal(model.instructions[1]!.text, 'echo hi');
  });

  it('reads here-document bodies of RUN and COPY, several per line and with <<- tab stripping', () => {
    const { model, problems } = parseDockerfile(lines('FROM alpine:3.19', 'RUN <<EOF', 'apk add curl', 'EOF', 'COPY <<-"A" <<B /dst/', '\tone', '\tA', 'two', 'B', 'USER app'));
    assert.deepEqual(problems, []);
    assert.deepEqual(model.instructions[1]!.heredocs, [{ delimiter: 'EOF', line: 3, body: 'apk add curl', isQuoted: false, isTerminated: true }]);
    assert.deepEqual(model.instructions[2]!.heredocs.map((heredoc) => [heredoc.delimiter, heredoc.body, heredoc.isQuoted]), [['A', 'one', true], ['B', 'two', false]]);
    assert.deepEqual([model.instructions[3]!.keyword, model.instructions[3]!.line], ['USER', 10]);
  });

  it('does not take a here-string, a quoted << or a shift inside a word for a here-document', () => {
    const { model } = parseDockerfile(lines('FROM alpine:3.19', 'RUN cat <<< "x" && echo "<<EOF" && echo $((1<<2))', 'USER app', 'RUN cat 3<<CONF > /x', 'a', 'CONF'));
    assert.deepEqual(model.instructions[1]!.heredocs, []);
    assert.equal(model.instructions.length, 4);
    assert.deepEqual(model.instructions[3]!.heredocs.map((heredoc) => heredoc.body), ['a']);
  });

  it('reports a here-document that is never closed and keeps what came before it', () => {
    const { model, problems } = parseDockerfile(lines('FROM alpine:3.19', 'USER app', 'RUN <<EOF', 'echo hi', 'USER root'));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /here-document "EOF" is never closed/);
    assert.equal(problems[0]!.line, 3);
    assert.deepEqual(model.instructions.map((instruction) => instruction.keyword), ['FROM', 'USER', 'RUN']);
    assert.equal(model.instructions[2]!.heredocs[0]!.isTerminated, false);
  });

  it('reports lines that are not instructions once, with a count, and reads the real instructions', () => {
    const { model, problems } = parseDockerfile(lines('FROM alpine:3.19', '\u0001\u0002garbage here', 'more junk', 'USER app'));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^unknown instruction "\?\?garbage" \(and 1 more/);
    assert.deepEqual(model.instructions.map((instruction) => instruction.keyword), ['FROM', 'USER']);
  });

  it('tells exec form from shell form and reads flags', () => {
    const { model } = parseDockerfile(lines('FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'COPY --from=build --chown=app:app /out /app', 'CMD ["app", "--serve"]', 'ENTRYPOINT app --serve', 'RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm npm ci'));
    const [from, copy, cmd, entrypoint, run] = model.instructions;
    assert.deepEqual(from!.flags, { platform: ['$BUILDPLATFORM'] });
    assert.ok(isUnknown(model.stages[0]!.platform));
    assert.deepEqual(copy!.flags, { from: ['build'], chown: ['app:app'] });
    assert.deepEqual([cmd!.form, cmd!.arguments], ['exec', ['app', '--serve']]);
    assert.deepEqual([entrypoint!.form, entrypoint!.arguments], ['shell', ['app', '--serve']]);
    assert.deepEqual(run!.flags.mount, ['type=cache,target=/root/.cache', 'type=secret,id=npm']);
    assert.equal(run!.text, 'npm ci');
  });

  it('expands global ARGs into FROM and splits the image into name, tag and digest', () => {
    const { model } = parseDockerfile(lines('ARG REGISTRY=registry.example.com:5000', 'ARG VERSION=3.19', `FROM \${REGISTRY}/team/alpine:\${VERSION}@sha256:${'a'.repeat(64)} AS base`));
    const image = model.stages[0]!.image;
    assert.equal(image.name, 'registry.example.com:5000/team/alpine');
    assert.equal(image.tag, '3.19');
    assert.equal(image.digest, `sha256:${'a'.repeat(64)}`);
    assert.equal(model.stages[0]!.name, 'base');
  });

  it('leaves a tag unknown when a build argument without default decides it, but not the name', () => {
    const { model } = parseDockerfile(lines('ARG TAG', 'FROM alpine:${TAG}', 'FROM ${IMAGE}', 'FROM node:${MISSING:-20}'));
    assert.equal(model.stages[0]!.image.name, 'alpine');
    assert.ok(isUnknown(model.stages[0]!.image.tag));
    assert.ok(isUnknown(model.stages[1]!.image.name) || model.stages[1]!.image.name === '');
    // Undeclared variables are empty in FROM lines, so the default applies.
    assert.equal(model.stages[2]!.image.tag, '20');
  });

  it('applies ${VAR:-default}, ${VAR:+alt} and escaped dollars', () => {
    const { model } = parseDockerfile(lines('ARG A=1', 'ARG EMPTY=', 'FROM alpine:3.19', 'ARG A', 'ARG EMPTY', 'ENV X=${EMPTY:-dflt} Y=${A:+alt} Z=\\$A W=\'$A\' V="$A"'));
    const env = model.instructions.at(-1)!;
    assert.deepEqual(env.pairs.map((pair) => [pair.key, pair.expanded]), [['X', 'dflt'], ['Y', 'alt'], ['Z', '$A'], ['W', '$A'], ['V', '1']]);
  });

  it('gives stage ARGs the global value, their default, or unknown; ENV carries to child stages only', () => {
    const { model } = parseDockerfile(lines('ARG G=global', 'FROM alpine:3.19 AS base', 'ARG G', 'ARG OWN=own', 'ARG NONE', 'ENV HOME_DIR=/home/$OWN', 'WORKDIR $HOME_DIR/$G', 'USER $NONE', 'FROM base', 'WORKDIR $HOME_DIR', 'FROM alpine:3.19', 'WORKDIR $HOME_DIR'));
    const workdirs = model.instructions.filter((instruction) => instruction.keyword === 'WORKDIR');
    assert.equal(workdirs[0]!.expanded, '/home/own/global');
    assert.ok(isUnknown(model.instructions.find((instruction) => instruction.keyword === 'USER')!.expanded));
    assert.equal(model.stages[1]!.parentStage, 0);
    assert.equal(workdirs[1]!.expanded, '/home/own');
    assert.ok(isUnknown(workdirs[2]!.expanded));
  });

  it('reads the legacy ENV form and quoted LABEL values', () => {
    const { model } = parseDockerfile(lines('FROM alpine:3.19', 'ENV PATH_EXTRA /opt/bin /usr/local/bin', 'LABEL org.opencontainers.image.title="My app" version=1'));
    assert.deepEqual(model.instructions[1]!.pairs.map((pair) => [pair.key, pair.value]), [['PATH_EXTRA', '/opt/bin /usr/local/bin']]);
    assert.deepEqual(model.instructions[2]!.pairs.map((pair) => [pair.key, pair.value]), [['org.opencontainers.image.title', 'My app'], ['version', '1']]);
  });

  it('groups instructions by stage', () => {
    const { model } = parseDockerfile(lines('ARG V=1', 'FROM alpine:3.19 AS one', 'RUN true', 'FROM scratch', 'COPY --from=one /a /a'));
    assert.deepEqual(model.globalArgs.map((instruction) => instruction.line), [1]);
    assert.deepEqual(model.stages.map((stage) => stage.instructions.map((instruction) => instruction.keyword)), [['RUN'], ['COPY']]);
    assert.equal(model.stages[1]!.image.isScratch, true);
  });

  it('reads a 100k-line Dockerfile of long continuations and many instructions', () => {
    const body = Array.from({ length: 50_000 }, (_, index) => (index % 2 === 0 ? `RUN echo ${index} \\` : `    && echo ${index}`)).join('\n');
    const many = Array.from({ length: 50_000 }, (_, index) => `ENV V${index}=$V${Math.max(0, index - 1)}`).join('\n');
    const { model, problems } = parseDockerfile(`FROM alpine:3.19\n${body}\n${many}\n`);
    assert.deepEqual(problems, []);
    assert.equal(model.instructions.length, 1 + 25_000 + 50_000);
    assert.equal(model.instructions.at(-1)!.line, 100_001);
  });
});
