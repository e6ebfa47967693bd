import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveCommand, hasOption, operands, shellCommands } from './shell-commands.ts';

describe('shellCommands', () => {
  it('splits on &&, ||, ;, pipes and newlines and records the operator before each command', () => {
    const commands = shellCommands('apt-get update && apt-get install -y curl; curl -fsSL https://x.example/i.sh | sh\nrm -rf /tmp/*');
    assert.deepEqual(commands.map((command) => [command.after, command.words[0]]), [[undefined, 'apt-get'], ['&&', 'apt-get'], [';', 'curl'], ['|', 'sh'], ['newline', 'rm']]);
  });

  it('removes quotes, keeps quoted separators inside words and leaves substitutions whole', () => {
    const [echo, arch] = shellCommands(`echo "a && b" 'c|d' && arch=\`uname -m\` $(echo x; echo y)`);
    assert.deepEqual(echo!.words, ['echo', 'a && b', 'c|d']);
    assert.deepEqual(arch!.words, ['arch=`uname -m`', '$(echo x; echo y)']);
  });

  it('drops reserved words that open compound commands and comment text', () => {
    const commands = shellCommands('if [ -f x ]; then cd /tmp; else tar -xzf a.tgz; fi # note && rm -rf /');
    assert.deepEqual(commands.map((command) => command.words[0]), ['[', 'cd', 'tar']);
  });
});

describe('effectiveCommand', () => {
  it('skips assignments and wrappers such as sudo with its options', () => {
    assert.deepEqual(effectiveCommand(shellCommands('DEBIAN_FRONTEND=noninteractive sudo -E -u app /usr/bin/apt-get install x')[0]!), { name: 'apt-get', args: ['install', 'x'] });
    assert.equal(effectiveCommand({ words: ['A=1'] }), undefined);
  });
});

describe('operands and hasOption', () => {
  it('leave out options and the values of options that take one', () => {
    assert.deepEqual(operands(['install', '-y', '-t', 'bookworm-backports', 'curl', '--', '-odd'], new Set(['-t'])), ['install', 'curl', '-odd']);
  });

  it('find long options with or without a value and short letters inside a group', () => {
    assert.ok(hasOption(['--no-cache-dir'], 'no-cache-dir'));
    assert.ok(hasOption(['--no-install-recommends=true'], 'no-install-recommends'));
    assert.ok(hasOption(['-qy'], 'yes', 'y'));
    assert.ok(!hasOption(['--yes-really'], 'yes', 'y'));
  });
});
