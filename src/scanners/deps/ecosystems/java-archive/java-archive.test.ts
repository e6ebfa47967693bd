import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync } from 'fflate';
import { defaultJavaArchiveLimits, readJavaArchive } from './java-archive.ts';

const pom = (group: string, artifact: string, version: string) => new TextEncoder().encode(`groupId=${group}\nartifactId=${artifact}\nversion=${version}\n`);
const jarOf = (group: string, artifact: string, version: string, more: Record<string, Uint8Array> = {}) => zipSync({ [`META-INF/maven/${group}/${artifact}/pom.properties`]: pom(group, artifact, version), ...more });
const small = { ...defaultJavaArchiveLimits, maxNestedBytes: 64 * 1024, maxTotalBytes: 256 * 1024 };

describe('java archives on hostile input', () => {
  it('stops a member that inflates past its limit whatever its header claims (a zip bomb), and goes on with the rest', () => {
    const bomb = zipSync({ 'BOOT-INF/lib/bomb.jar': [new Uint8Array(4 * 1024 * 1024), { level: 9 }] });
    // Lie about the size in both headers: the central directory entry and the local header say 100 bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const central = bomb.findIndex((_, at) => at + 4 <= bomb.length && view.getUint32(at, true) === 0x02014b50);
    view.setUint32(central + 24, 100, true);
    view.setUint32(22, 100, true);
    const outer = zipSync({ 'app.jar': bomb, 'lib/ok.jar': jarOf('org.example', 'ok', '1.0') }, { level: 0 });
    const result = readJavaArchive({ path: 'srv/app.ear', bytes: outer }, small);
    assert.deepEqual(result.packages.map((item) => `${item.name}@${item.version} ${item.location.path}`), ['org.example:ok@1.0 srv/app.ear!/lib/ok.jar']);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0]!.path, 'srv/app.ear!/app.jar!/BOOT-INF/lib/bomb.jar');
    assert.match(result.errors[0]!.message, /inflates beyond the limit/);
  });

  it('refuses archives nested deeper than the limit, naming the path, and keeps what is above', () => {
    let archive = jarOf('org.example', 'level-4', '4.0');
    for (let level = 3; level >= 0; level--) archive = jarOf('org.example', `level-${level}`, `${level}.0`, { [`lib/level-${level + 1}.jar`]: archive });
    const result = readJavaArchive({ path: 'deep.jar', bytes: archive }, defaultJavaArchiveLimits);
    assert.deepEqual(result.packages.map((item) => item.name), ['org.example:level-0', 'org.example:level-1', 'org.example:level-2', 'org.example:level-3']);
    assert.deepEqual(result.errors.map((error) => error.path), ['deep.jar!/lib/level-1.jar!/lib/level-2.jar!/lib/level-3.jar!/lib/level-4.jar']);
  });

  it('reports a file that is not a zip, or a damaged nested one, as an error naming it', () => {
    assert.deepEqual(readJavaArchive({ path: 'x.jar', bytes: new TextEncoder().encode('not a zip at all') }, small).errors.map((error) => error.path), ['x.jar']);
    const damaged = jarOf('org.example', 'outer', '1.0', { 'WEB-INF/lib/broken.jar': new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) });
    const result = readJavaArchive({ path: 'ROOT.war', bytes: damaged }, small);
    assert.deepEqual(result.packages.map((item) => item.name), ['org.example:outer']);
    assert.deepEqual(result.errors.map((error) => error.path), ['ROOT.war!/WEB-INF/lib/broken.jar']);
  });

  it('stops once the archive inflated its total budget', () => {
    // Each nested archive stores 60 KiB uncompressed: four fit in the 256 KiB budget, eight do not.
    const filler = (index: number) => zipSync({ [`META-INF/maven/org.example/big-${index}/pom.properties`]: pom('org.example', `big-${index}`, '1.0'), 'blob.bin': [new Uint8Array(60 * 1024).fill(index + 1), { level: 0 }] });
    const outer = zipSync(Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`lib/big-${index}.jar`, [filler(index), { level: 0 }]])), { level: 0 });
    const result = readJavaArchive({ path: 'fat.jar', bytes: outer }, small);
    assert.ok(result.packages.length >= 3 && result.packages.length < 8, `some archives read before the budget ran out: ${result.packages.length}`);
    assert.ok(result.errors.length > 0 && result.errors.every((error) => /over the limit|beyond the limit/.test(error.message)));
  });
});
