import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apkCommand, aptCommand, npmCommand, pipCommand } from './package-manager-commands.ts';
import { shellCommands } from './shell-commands.ts';

function first(script: string) {
  return shellCommands(script)[0]!;
}

describe('package-manager commands', () => {
  it('read apt-get subcommands and packages, leaving out option values', () => {
    assert.deepEqual(aptCommand(first('apt-get -o Dpkg::Options::=--force-confold install -y -t bookworm-backports curl git=1:2.39')), {
      program: 'apt-get', subcommand: 'install', args: ['-o', 'Dpkg::Options::=--force-confold', 'install', '-y', '-t', 'bookworm-backports', 'curl', 'git=1:2.39'], packages: ['curl', 'git=1:2.39'],
    });
    assert.equal(aptCommand(first('apt install curl')), undefined);
    assert.equal(aptCommand(first('apt install curl'), ['apt-get', 'apt'])?.subcommand, 'install');
  });

  it('read apk add with --virtual and repository values that are not packages', () => {
    assert.deepEqual(apkCommand(first('apk --no-cache add --virtual .deps -X https://dl-cdn.alpinelinux.org/alpine/edge/main gcc'))?.packages, ['gcc']);
  });

  it('read pip under its versioned names and as python -m pip', () => {
    assert.deepEqual(pipCommand(first('pip3.12 install -i https://pypi.example.com/simple flask'))?.packages, ['flask']);
    assert.deepEqual(pipCommand(first('python3 -m pip install --upgrade pip'))?.packages, ['pip']);
    assert.equal(pipCommand(first('python3 app.py install')), undefined);
  });

  it('read npm install behind sudo and assignments', () => {
    assert.deepEqual(npmCommand(first('NODE_ENV=production sudo npm install -g --prefix /opt typescript')), { program: 'npm', subcommand: 'install', args: ['install', '-g', '--prefix', '/opt', 'typescript'], packages: ['typescript'] });
  });
});
