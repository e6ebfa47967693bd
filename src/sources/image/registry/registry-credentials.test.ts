import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostOfAuthKey, lookupCredentials } from './registry-credentials.ts';

function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-docker-config-'));
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

describe('lookupCredentials', () => {
  it('prefers RAMPART_REGISTRY_USERNAME/PASSWORD over the Docker config', () => {
    const dir = configDir({ auths: { 'registry.example.com': { auth: basic('fromfile', 'fake-file-password') } } });
    const found = lookupCredentials('registry.example.com', { DOCKER_CONFIG: dir, RAMPART_REGISTRY_USERNAME: 'ci', RAMPART_REGISTRY_PASSWORD: 'fake-env-password' });
    assert.deepEqual(found.credentials, { username: 'ci', password: 'fake-env-password', source: 'RAMPART_REGISTRY_USERNAME/RAMPART_REGISTRY_PASSWORD' });
  });

  it('reads auths from $DOCKER_CONFIG/config.json by host, with a port, or under a URL key', () => {
    const dir = configDir({ auths: { 'registry.example.com:5000': { auth: basic('alice', 'fake:with:colons') }, 'https://index.docker.io/v1/': { username: 'bob', password: 'fake-hub-password' } } });
    assert.deepEqual(lookupCredentials('registry.example.com:5000', { DOCKER_CONFIG: dir }).credentials, { username: 'alice', password: 'fake:with:colons', source: join(dir, 'config.json') });
    assert.equal(lookupCredentials('docker.io', { DOCKER_CONFIG: dir }).credentials?.username, 'bob');
    assert.equal(lookupCredentials('registry.example.com', { DOCKER_CONFIG: dir }).credentials, undefined, 'a different port is a different registry');
  });

  it('reads ~/.docker/config.json when DOCKER_CONFIG is unset', () => {
    const home = mkdtempSync(join(tmpdir(), 'rampart-home-'));
    mkdirSync(join(home, '.docker'));
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: basic('carol', 'fake-ghcr-password') } } }));
    assert.equal(lookupCredentials('ghcr.io', { HOME: home }).credentials?.username, 'carol');
  });

  it('never runs a credential helper or store, and says so', () => {
    const dir = configDir({ credHelpers: { 'gcr.io': 'gcloud' }, credsStore: 'desktop' });
    const helper = lookupCredentials('gcr.io', { DOCKER_CONFIG: dir });
    assert.equal(helper.credentials, undefined);
    assert.match(helper.notes.join('\n'), /docker-credential-gcloud.*never runs programs/);
    const store = lookupCredentials('quay.io', { DOCKER_CONFIG: dir });
    assert.match(store.notes.join('\n'), /docker-credential-desktop/);
  });

  it('notes a half-set environment pair and a broken config without failing', () => {
    const dir = configDir('{ not json');
    const found = lookupCredentials('ghcr.io', { DOCKER_CONFIG: dir, RAMPART_REGISTRY_USERNAME: 'only-user' });
    assert.equal(found.credentials, undefined);
    assert.equal(found.notes.length, 2);
    assert.ok(!found.notes.join('').includes('only-user'));
  });

  it('normalises auths keys', () => {
    assert.equal(hostOfAuthKey('https://Index.Docker.io/v1/'), 'index.docker.io');
    assert.equal(hostOfAuthKey('registry.example.com:5000'), 'registry.example.com:5000');
  });
});
