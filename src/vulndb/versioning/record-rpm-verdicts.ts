/**
 * Regenerates fixtures/rpm-vercmp.tsv from the real rpm, by hand, on a machine with rpm 4.18+
 * (`apt-get install rpm`): `node --import tsx src/vulndb/versioning/record-rpm-verdicts.ts`.
 * One `rpm --eval` runs Lua over all pairs, so this takes a second, not thousands of spawns.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rpmVerdictPairs } from './rpm-verdict-pairs.ts';

const pairs = rpmVerdictPairs();
const directory = mkdtempSync(join(tmpdir(), 'rpm-verdicts-'));
try {
  const pairsFile = join(directory, 'pairs.txt');
  writeFileSync(pairsFile, pairs.map(([a, b]) => `${a} ${b}\n`).join(''));
  const lua = `%{lua: for line in io.lines("${pairsFile}") do local a, b = line:match("^(%S+) (%S+)$"); print(rpm.vercmp(a, b) .. "\\n") end}`;
  const rpmVersion = execFileSync('rpm', ['--version'], { encoding: 'utf8' }).trim();
  const verdicts = execFileSync('rpm', ['--eval', lua], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').filter(Boolean);
  if (verdicts.length !== pairs.length) throw new Error(`rpm gave ${verdicts.length} verdicts for ${pairs.length} pairs`);
  const lines = pairs.map(([a, b], index) => `${a}\t${b}\t${verdicts[index]}`);
  writeFileSync(
    new URL('fixtures/rpm-vercmp.tsv', import.meta.url),
    `# a\tb\tverdict of rpm.vercmp(a, b) from ${rpmVersion}; regenerate with record-rpm-verdicts.ts\n${lines.join('\n')}\n`,
  );
  console.log(`recorded ${lines.length} verdicts from ${rpmVersion}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
