import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from '../formats/dockerfile/parse-dockerfile.ts';
import { runCommands, runScripts } from './dockerfile-run-scripts.ts';

function runsOf(text: string) {
  return parseDockerfile(text).model.instructions.filter((instruction) => instruction.keyword === 'RUN');
}

describe('runScripts', () => {
  it('takes the script of an exec-form shell and the words of another exec form', () => {
    const [shell, direct] = runsOf('FROM alpine:3.19\nRUN ["/bin/sh", "-c", "apk add curl"]\nRUN ["apk", "add", "git"]');
    assert.deepEqual(runScripts(shell!), ['apk add curl']);
    assert.deepEqual(runCommands(direct!).map((command) => command.words), [['apk', 'add', 'git']]);
  });

  it('reads a here-document that is the script or goes to a shell, not one written to a file', () => {
    const [script, fed, file] = runsOf('FROM alpine:3.19\nRUN <<EOF\napk add curl\nEOF\nRUN bash -ex <<SCRIPT\npip install flask\nSCRIPT\nRUN cat <<CONF > /etc/app.conf\nsudo = yes\nCONF');
    assert.deepEqual(runScripts(script!), ['<<EOF', 'apk add curl']);
    assert.deepEqual(runScripts(fed!).at(-1), 'pip install flask');
    assert.deepEqual(runScripts(file!), ['cat <<CONF > /etc/app.conf']);
  });
});
