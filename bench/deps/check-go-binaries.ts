/**
 * Dev-time check of the Go build info reader against the go command itself: builds a small
 * program (a vendored dependency and a directory replacement, no network) for several operating
 * systems and architectures, and compares what rampart reads with `go version -m`. Needs `go` on
 * PATH; the unit tests use synthetic executables so CI does not.
 *
 *   node --import tsx bench/deps/check-go-binaries.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { byteSourceOf } from '../../src/scanners/deps/executable-layout.ts';
import { readGoBuildInfo } from '../../src/scanners/deps/ecosystems/go-binary/read-go-build-info.ts';

const targets = ['linux/amd64', 'linux/386', 'linux/arm64', 'linux/ppc64', 'darwin/arm64', 'darwin/amd64', 'windows/amd64', 'windows/386'];

const files: Record<string, string> = {
  'app/go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire (\n\tgolang.org/x/text v0.3.0\n\texample.com/local v0.1.0\n)\n\nreplace example.com/local => ../local\n',
  'app/main.go': 'package main\n\nimport (\n\t"example.com/local"\n\t"golang.org/x/text/language"\n)\n\nfunc main() { println(language.Tag(), local.Name()) }\n',
  'app/vendor/modules.txt': '# golang.org/x/text v0.3.0\n## explicit\ngolang.org/x/text/language\n# example.com/local v0.1.0 => ../local\n## explicit\nexample.com/local\n# example.com/local => ../local\n',
  'app/vendor/golang.org/x/text/language/language.go': 'package language\n\nfunc Tag() string { return "en" }\n',
  'app/vendor/example.com/local/local.go': 'package local\n\nfunc Name() string { return "local" }\n',
  'local/go.mod': 'module example.com/local\n\ngo 1.18\n',
  'local/local.go': 'package local\n\nfunc Name() string { return "local" }\n',
};

/** The `mod`, `dep` and `=>` lines of `go version -m`, tab-separated as in the binary. */
function goCommandModules(binary: string): { version: string; lines: string[] } {
  const output = execFileSync('go', ['version', '-m', binary], { encoding: 'utf8' });
  const [first = '', ...rest] = output.split('\n');
  return { version: first.split(': ')[1]?.trim() ?? '', lines: rest.map((line) => line.trim()).filter((line) => /^(?:path|mod|dep|=>)\t/.test(line)) };
}

const work = mkdtempSync(join(tmpdir(), 'rampart-go-check-'));
let failures = 0;
try {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  for (const target of targets) {
    const [goos, goarch] = target.split('/') as [string, string];
    for (const stripped of [false, true]) {
      const binary = join(work, `app-${goos}-${goarch}${stripped ? '-stripped' : ''}`);
      execFileSync('go', ['build', '-trimpath', ...(stripped ? ['-ldflags=-s -w'] : []), '-o', binary, '.'], {
        cwd: join(work, 'app'),
        env: { ...process.env, GOOS: goos, GOARCH: goarch, GOFLAGS: '-mod=vendor', GOPROXY: 'off', CGO_ENABLED: '0' },
      });
      const expected = goCommandModules(binary);
      const read = readGoBuildInfo(byteSourceOf(readFileSync(binary)));
      const actual = read.kind === 'found' ? { version: read.goVersion, lines: read.modinfo.split('\n').map((line) => line.trim()).filter((line) => /^(?:path|mod|dep|=>)\t/.test(line)) } : read;
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      if (!same) failures++;
      console.log(`${same ? 'ok  ' : 'FAIL'} ${target}${stripped ? ' (stripped)' : ''}${same ? '' : `\n  go:      ${JSON.stringify(expected)}\n  rampart: ${JSON.stringify(actual)}`}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? `all ${targets.length * 2} binaries read as go version -m reads them` : `${failures} binaries differ`);
if (failures > 0) process.exitCode = 1;
