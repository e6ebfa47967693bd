import { parseRpmVersion } from './rpm.ts';
import { generateVersionPairs, mutate, pick, randomText, type Random } from './generated-version-pairs.ts';

/**
 * The pairs behind fixtures/rpm-vercmp.tsv, whose verdicts came from rpm 4.18's own `rpm.vercmp`
 * (see record-rpm-verdicts.ts). rpm is not on the CI machine, so the verdicts are committed.
 */
const partAlphabet = '000111223456789....__++~~^^aabzA';

function makeRpmVersion(random: Random): string {
  const epoch = pick(random, ['', '', '', '', '0:', '1:', '2:', '10:']);
  const version = randomText(random, '0123456789abz', 1) + randomText(random, partAlphabet, Math.floor(random() * 8));
  const release = random() < 0.7 ? `-${randomText(random, partAlphabet, 1 + Math.floor(random() * 5))}` : '';
  return `${epoch}${version}${release}`;
}

function nearRpmVersion(random: Random, version: string): string | undefined {
  const roll = random();
  const near =
    roll < 0.1
      ? `${version}${pick(random, ['~', '^'])}${randomText(random, 'ab1', 1)}`
      : roll < 0.2 && !version.includes('-')
        ? `${version}-${randomText(random, partAlphabet, 1)}`
        : mutate(random, version, partAlphabet);
  // Keep what the fixture tests to well-formed EVR strings with one colon at most.
  return parseRpmVersion(near).ok && near.split(':').length <= 2 && !near.startsWith(':') ? near : undefined;
}

export function rpmVerdictPairs(): Array<[string, string]> {
  return generateVersionPairs({ seed: 4_180, count: 5000, makeVersion: makeRpmVersion, nearVersion: nearRpmVersion });
}
