import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciLayout } from '../../src/sources/image/fixtures/build-image.ts';
import { runCli } from '../support/cli-harness.ts';

const gemspec = (name: string, version: string) => `# -*- encoding: utf-8 -*-\n# stub: ${name} ${version} ruby lib\n\nGem::Specification.new do |s|\n  s.name = "${name}".freeze\n  s.version = "${version}"\n  s.licenses = ["MIT".freeze]\nend\n`;
const installed = (packages: Record<string, string>) =>
  JSON.stringify({ packages: Object.entries(packages).map(([name, version]) => ({ name, version, type: 'library' })), dev: false, 'dev-package-names': [] }, null, 4);

describe('rampart inventory --image: installed Ruby and PHP packages', () => {
  it('lists the gems and Composer packages of the final filesystem, not those a later layer replaced', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rampart-image-installed-'));
    const { path: layout } = await writeOciLayout({
      layers: [
        {
          entries: [
            { name: 'usr/local/bundle/specifications/rack-2.2.6.gemspec', content: gemspec('rack', '2.2.6') },
            { name: 'usr/lib/ruby/gems/3.1.0/specifications/default/json-2.6.1.gemspec', content: gemspec('json', '2.6.1') },
            { name: 'srv/app/vendor/composer/installed.json', content: installed({ 'symfony/yaml': 'v5.4.0' }) },
          ],
        },
        {
          createdBy: 'RUN bundle update rack && composer update',
          entries: [
            { name: 'usr/local/bundle/specifications/.wh.rack-2.2.6.gemspec', content: '' },
            { name: 'usr/local/bundle/specifications/rack-2.2.8.gemspec', content: gemspec('rack', '2.2.8') },
            { name: 'srv/app/vendor/composer/installed.json', content: installed({ 'symfony/yaml': 'v5.4.2', 'psr/log': '3.0.0' }) },
          ],
        },
      ],
    }, join(work, 'layout'));
    const outcome = await runCli(['inventory', '--image', layout, '--format', 'json'], { cwd: work });
    assert.equal(outcome.code, 0, outcome.stderr);
    const report = JSON.parse(outcome.stdout) as { packages: { ecosystem: string; name: string; version: string; purl: string }[] };
    assert.deepEqual(report.packages.map((item) => item.purl).sort(), ['pkg:composer/psr/log@3.0.0', 'pkg:composer/symfony/yaml@5.4.2', 'pkg:gem/json@2.6.1', 'pkg:gem/rack@2.2.8']);
  });
});
