import type { SeededRandom } from '../corpus/seeded-random.ts';
import { FileBuilder } from './file-builder.ts';
import { alphabets, mixedChars, randomBytes, randomPassword } from './random-text.ts';
import type { BuiltFile } from './secret-files.ts';
import { realisticJwt, urlSafePassword } from './secret-values.ts';

const secret = (kind: string) => ({ type: 'secret' as const, kind });
const trap = (kind: string) => ({ type: 'trap' as const, kind });

function kubeconfig(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll(`apiVersion: v1\nkind: Config\nclusters:\n  - name: prod\n    cluster:\n      server: https://k8s.prod.acme-corp.io:6443\nusers:\n  - name: ci\n    user:`);
  const token = realisticJwt(r);
  b.add(`      token: ${token}`, secret('kubeconfig-token'), token);
  b.addAll('  - name: admin\n    user:\n      username: admin');
  const password = randomPassword(r, 18);
  b.add(`      password: ${password}`, secret('kubeconfig-password'), password);
  return { path: r.pick(['kubeconfig', '.kube/config', 'deploy/kubeconfig.yaml']), syntax: 'kubeconfig', builder: b };
}

function ansibleInventory(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.add('[web]');
  const password = randomPassword(r, 16);
  b.add(`web-01 ansible_host=10.0.4.11 ansible_user=deploy ansible_password=${password}`, secret('ansible-inventory-password'), password);
  const become = randomPassword(r, 14);
  b.add(`web-02 ansible_host=10.0.4.12 ansible_user=deploy ansible_become_pass=${become}`, secret('ansible-inventory-password'), become);
  b.add('web-03 ansible_host=10.0.4.13 ansible_user=deploy ansible_password="{{ vault_web_password }}"', trap('template-variable'));
  return { path: r.pick(['inventory/hosts.ini', 'ansible/inventory']), syntax: 'ansible-inventory', builder: b };
}

function gitConfigRemote(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('[core]\n\trepositoryformatversion = 0\n[remote "origin"]');
  const password = urlSafePassword(r);
  b.add(`\turl = https://ci-bot:${password}@git.acme-corp.io/platform/api.git`, secret('url-basic-auth'), password);
  b.add('\tfetch = +refs/heads/*:refs/remotes/origin/*');
  return { path: r.pick(['git-config', 'ci/gitconfig-remote']), syntax: 'ini', builder: b };
}

function androidManifest(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const key = `AIza${mixedChars(r, alphabets.base64url, 35)}`;
  b.addAll('<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="io.acme.app">\n  <application android:label="Acme">');
  b.add(`    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${key}" />`, secret('gcp-api-key'), key);
  b.addAll('  </application>\n</manifest>');
  return { path: 'app/src/main/AndroidManifest.xml', syntax: 'xml', builder: b };
}

function travis(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('language: node_js\nnode_js:\n  - 20\nenv:\n  global:');
  b.add(`    - secure: "${Buffer.from(randomBytes(r, 256)).toString('base64')}"`, trap('encrypted-value'));
  const token = mixedChars(r, alphabets.base62, 40);
  b.add(`    - COVERALLS_REPO_TOKEN=${token}`, secret('generic-base62'), token);
  return { path: '.travis.yml', syntax: 'yaml-config', builder: b };
}

function htpasswd(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.add(`admin:$apr1$${mixedChars(r, alphabets.base62, 8)}$${mixedChars(r, alphabets.base62 + './', 22)}`, trap('password-hash'));
  b.add(`deploy:$2y$10$${mixedChars(r, alphabets.base62 + './', 53)}`, trap('password-hash'));
  b.add(`ops:{SHA}${Buffer.from(randomBytes(r, 20)).toString('base64')}`, trap('password-hash'));
  return { path: r.pick(['.htpasswd', 'nginx/htpasswd']), syntax: 'htpasswd', builder: b };
}

function privateJwk(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const part = (bytes: number) => Buffer.from(randomBytes(r, bytes)).toString('base64url');
  b.addAll('{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "use": "sig",');
  b.add(`      "kid": "${r.hex(16)}",`);
  b.add(`      "x": "${part(32)}",`, trap('public-key'));
  b.add(`      "y": "${part(32)}",`, trap('public-key'));
  const d = part(32);
  b.add(`      "d": "${d}"`, secret('jwk-private-key'), d);
  b.addAll('    }\n  ]\n}');
  return { path: r.pick(['config/jwks.json', 'keys/signing-jwk.json']), syntax: 'json', builder: b };
}

/** Fourth batch of credential-bearing files: kubeconfig users, Ansible inventories, git remotes, Android manifests, Travis, JWKs. */
export const moreSecretFileMakers: readonly ((random: SeededRandom) => BuiltFile)[] = [kubeconfig, ansibleInventory, gitConfigRemote, androidManifest, travis, htpasswd, privateJwk];
