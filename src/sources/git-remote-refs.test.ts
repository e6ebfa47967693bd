import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteHost, type RemoteHost } from './fixtures/git-remote-host.ts';
import { createRemoteRefResolver, parseGitBaseUrl, parseLsRemote, pickTarget } from './git-remote-refs.ts';

const sha = (digit: string) => digit.repeat(40);

describe('parseLsRemote and pickTarget', () => {
  const refs = parseLsRemote(
    [
      `${sha('a')}\trefs/heads/main`,
      `${sha('b')}\trefs/tags/v1`,
      `${sha('c')}\trefs/tags/v1^{}`,
      `${sha('c')}\trefs/tags/v1.4.0`,
      `${sha('c')}\trefs/tags/v1.4`,
      `${sha('c')}\trefs/tags/latest`,
      `${sha('d')}\trefs/tags/v2`,
      `${sha('d')}\trefs/heads/v2`,
      'garbage line',
    ].join('\n'),
  );

  it('peels annotated tags to the commit they point at', () => {
    assert.equal(pickTarget(refs, 'v1')?.sha, sha('c'));
  });

  it('names the most specific version tag on the same commit', () => {
    assert.deepEqual(pickTarget(refs, 'v1'), { sha: sha('c'), version: 'v1.4.0', kind: 'tag' });
    assert.equal(pickTarget(refs, 'latest')?.version, 'v1.4.0');
  });

  it('prefers a tag over a branch of the same name, as git does, and pins branches to their head', () => {
    assert.equal(pickTarget(refs, 'v2')?.kind, 'tag');
    assert.deepEqual(pickTarget(refs, 'main'), { sha: sha('a'), version: 'main', kind: 'branch' });
  });

  it('finds nothing for an unknown ref', () => {
    assert.equal(pickTarget(refs, 'v9'), undefined);
  });
});

describe('parseGitBaseUrl', () => {
  it('accepts https, http, ssh and file URLs and adds the trailing slash', () => {
    assert.equal(parseGitBaseUrl('https://ghe.example.test/mirror').href, 'https://ghe.example.test/mirror/');
    assert.equal(parseGitBaseUrl('file:///srv/git/').protocol, 'file:');
  });

  it('rejects other protocols and non-URLs as usage errors', () => {
    assert.throws(() => parseGitBaseUrl('ext::sh -c evil'), /RAMPART_E_USAGE|not a URL|must use/);
    assert.throws(() => parseGitBaseUrl('ftp://example.test/'), /must use https, http, ssh or file/);
    assert.throws(() => parseGitBaseUrl('not a url'), /not a URL/);
  });
});

describe('createRemoteRefResolver (local bare repositories)', () => {
  let host: RemoteHost;
  before(() => {
    host = createRemoteHost({
      'actions/checkout': { commits: [{ tags: ['v3', 'v3.6.0'] }, { tags: ['annotated:v4', 'v4.2.2', 'v4.2'] }], branches: { release: 0 } },
    });
  });
  after(() => host.cleanup());

  it('resolves lightweight and annotated tags and branches through git ls-remote', async () => {
    const resolver = createRemoteRefResolver({ baseUrl: host.baseUrl, env: { PATH: process.env.PATH } });
    const [first, second] = host.shas['actions/checkout']!;
    assert.deepEqual(await resolver.resolve('actions/checkout', 'v4'), { sha: second, version: 'v4.2.2', kind: 'tag' });
    assert.deepEqual(await resolver.resolve('actions/checkout', 'v3'), { sha: first, version: 'v3.6.0', kind: 'tag' });
    assert.deepEqual(await resolver.resolve('actions/checkout', 'release'), { sha: first, version: 'release', kind: 'branch' });
    assert.equal(await resolver.resolve('actions/checkout', 'v5'), undefined);
  });

  it('asks the host once per repository', async () => {
    const other = createRemoteHost({ 'owner/tool': { commits: [{ tags: ['v1'] }, { tags: ['v2'] }] } });
    const resolver = createRemoteRefResolver({ baseUrl: other.baseUrl, env: { PATH: process.env.PATH } });
    assert.equal((await resolver.resolve('owner/tool', 'v1'))?.sha, other.shas['owner/tool']![0]);
    other.cleanup();
    assert.equal((await resolver.resolve('Owner/Tool', 'v2'))?.sha, other.shas['owner/tool']![1], 'answered from the first listing after the host is gone');
  });

  it('fails the lookup for a repository the host does not have', async () => {
    const resolver = createRemoteRefResolver({ baseUrl: host.baseUrl, env: { PATH: process.env.PATH } });
    await assert.rejects(resolver.resolve('actions/missing', 'v1'), /ls-remote .*actions\/missing failed/);
  });

  it('refuses names that are not owner/repo', async () => {
    const resolver = createRemoteRefResolver({ baseUrl: host.baseUrl, env: { PATH: process.env.PATH } });
    await assert.rejects(resolver.resolve('../etc', 'v1'), /not an owner\/repo name/);
    await assert.rejects(resolver.resolve('-u/x', 'v1'), /not an owner\/repo name/);
  });
});
