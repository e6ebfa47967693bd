import type { SeededRandom } from '../corpus/seeded-random.ts';
import { FileBuilder } from './file-builder.ts';
import { alphabets, mixedChars, pemBody, randomBase64, randomUuid } from './random-text.ts';
import type { BuiltFile } from './secret-files.ts';

const trap = (kind: string) => ({ type: 'trap' as const, kind });

function typeDeclarations(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  switch (r.int(0, 2)) {
    case 0:
      b.add('export interface Credentials {');
      b.add('  password: string;', trap('type-declaration'));
      b.add('  apiKey?: string;', trap('type-declaration'));
      b.add('  accessToken: string | null;', trap('type-declaration'));
      b.add('}');
      b.add('export type Secret = { clientSecret: Buffer; privateKey: KeyObject };', trap('type-declaration'));
      b.add('export function login(username: string, password: string): Promise<Session> {', trap('type-declaration'));
      b.add('  return api.post("/login", { username, password });');
      b.add('}');
      return { path: r.pick(['src/types/auth.ts', 'src/models/credentials.ts']), syntax: 'typescript', builder: b };
    case 1:
      b.addAll('package auth\n\ntype Config struct {');
      b.add('\tAPIKey       string `json:"api_key" env:"API_KEY,required"`', trap('type-declaration'));
      b.add('\tClientSecret string `yaml:"client_secret"`', trap('type-declaration'));
      b.add('\tPassword     []byte `json:"-"`', trap('type-declaration'));
      b.add('}');
      b.add('func (c *Config) Token() (token string, err error) { return c.source.Token() }', trap('type-declaration'));
      return { path: r.pick(['internal/auth/config.go', 'pkg/client/options.go']), syntax: 'go', builder: b };
    default:
      b.addAll('from dataclasses import dataclass\nfrom typing import Optional\n\n@dataclass\nclass Settings:');
      b.add('    api_key: str', trap('type-declaration'));
      b.add('    db_password: Optional[str] = None', trap('type-declaration'));
      b.add('    secret_key: str = field(default_factory=lambda: os.environ["SECRET_KEY"])', trap('env-reference'));
      b.add('    token: SecretStr = Field(..., env="PARTNER_TOKEN")', trap('type-declaration'));
      return { path: r.pick(['app/settings_model.py', 'src/config/schema.py']), syntax: 'python', builder: b };
  }
}

function locale(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.add('{');
  b.add('  "login.password": "Mot de passe",', trap('i18n-text'));
  b.add('  "login.forgotPassword": "Mot de passe oublié ?",', trap('i18n-text'));
  b.add('  "settings.apiKey": "Clé API",', trap('i18n-text'));
  b.add('  "errors.tokenExpired": "Votre session a expiré",', trap('i18n-text'));
  b.add('  "settings.secretKeyHelp": "Gardez cette clé secrète"', trap('i18n-text'));
  b.add('}');
  return { path: r.pick(['locales/fr.json', 'src/i18n/fr-FR.json']), syntax: 'json', builder: b };
}

function morePublicMaterial(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  if (r.chance(0.5)) {
    b.add(`github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${mixedChars(r, alphabets.base64, 43)}`, trap('public-key'));
    b.add(`gitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${mixedChars(r, alphabets.base64, 88)}=`, trap('public-key'));
    b.add(`|1|${randomBase64(r, 20)}|${randomBase64(r, 20)} ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${mixedChars(r, alphabets.base64, 300)}`, trap('public-key'));
    return { path: r.pick(['.ssh/known_hosts', 'ci/known_hosts']), syntax: 'ssh-public-key', builder: b };
  }
  b.addLabelledBlock(['-----BEGIN PUBLIC KEY-----', ...pemBody(r, 294, 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'), '-----END PUBLIC KEY-----'].join('\n'), trap('public-key'));
  return { path: r.pick(['keys/jwt-public.pem', 'config/jwks/public.pem']), syntax: 'pem', builder: b };
}

function moreLocks(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  if (r.chance(0.5)) {
    b.addAll('PODS:\n  - Alamofire (5.9.1)\n\nSPEC CHECKSUMS:');
    b.add(`  Alamofire: ${r.hex(40)}`, trap('lockfile-hash'));
    b.add(`  KeychainAccess: ${r.hex(40)}`, trap('lockfile-hash'));
    b.add('');
    b.add(`PODFILE CHECKSUM: ${r.hex(40)}`, trap('lockfile-hash'));
    return { path: 'ios/Podfile.lock', syntax: 'lockfile', builder: b };
  }
  b.addAll('{\n  "nodes": {\n    "nixpkgs": {\n      "locked": {\n        "lastModified": 1717179513,');
  b.add(`        "narHash": "sha256-${randomBase64(r, 32)}",`, trap('lockfile-hash'));
  b.add(`        "rev": "${r.hex(40)}",`, trap('git-sha'));
  b.addAll('        "type": "github"\n      }\n    }\n  },\n  "version": 7\n}');
  return { path: 'flake.lock', syntax: 'lockfile', builder: b };
}

function testFixtures(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('import pytest\n\n\ndef test_login_rejects_wrong_password(client):');
  b.add('    response = client.post("/login", json={"username": "alice", "password": "wrong-password"})', trap('test-fake-value'));
  b.add('    assert response.status_code == 401\n');
  b.add('def test_token_is_masked(caplog):');
  b.add('    token = "fake-token-for-tests"', trap('test-fake-value'));
  b.add('    assert "****" in mask(token)');
  b.add('    api_key = "test_api_key"', trap('test-fake-value'));
  return { path: r.pick(['tests/test_auth.py', 'tests/unit/test_login.py']), syntax: 'python', builder: b };
}

function k8sNonSecretData(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:');
  b.add(`  username: ${Buffer.from(r.pick(['admin', 'orders_svc', 'deploy'])).toString('base64')}`, trap('k8s-base64-non-secret'));
  b.add(`  host: ${Buffer.from('db.prod.internal').toString('base64')}`, trap('k8s-base64-non-secret'));
  b.add(`  config.json: ${Buffer.from('{"logLevel":"info","featureFlags":{"checkout":true}}').toString('base64')}`, trap('k8s-base64-non-secret'));
  b.add(`  password: ${Buffer.from('${DB_PASSWORD}').toString('base64')}`, trap('k8s-base64-placeholder'));
  return { path: r.pick(['k8s/app-config-secret.yaml', 'deploy/k8s/config.yaml']), syntax: 'k8s-secret-data', builder: b };
}

function jenkinsCredentials(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n  <domainCredentialsMap>\n    <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      <id>nexus</id>\n      <username>deploy</username>");
  b.add(`      <password>{AQAAABAAAAAQ${mixedChars(r, alphabets.base64, 64)}=}</password>`, trap('encrypted-value'));
  b.addAll('    </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n    <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n      <id>slack</id>');
  b.add(`      <secret>{AQAAABAAAAAg${mixedChars(r, alphabets.base64, 86)}==}</secret>`, trap('encrypted-value'));
  b.addAll('    </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>');
  return { path: r.pick(['jenkins/credentials.xml', 'ci/jenkins-home/credentials.xml']), syntax: 'xml', builder: b };
}

function composeDevDefaults(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('services:\n  db:\n    image: postgres:16\n    environment:');
  b.add('      POSTGRES_PASSWORD: postgres', trap('dev-default-credential'));
  b.add('      POSTGRES_USER: postgres');
  b.addAll('  mysql:\n    image: mysql:8\n    environment:');
  b.add('      MYSQL_ROOT_PASSWORD: example', trap('dev-default-credential'));
  b.add(`      MYSQL_PASSWORD: ${r.pick(['secret', 'password', 'changeme'])}`, trap('dev-default-credential'));
  b.addAll('  app:\n    build: .\n    environment:');
  b.add('      DATABASE_URL: postgres://postgres:postgres@db:5432/app', trap('dev-default-credential'));
  b.add('      REDIS_URL: redis://redis:6379', trap('url-without-credentials'));
  b.add('      JWT_SECRET: ${JWT_SECRET:-dev-only-secret}', trap('template-variable'));
  return { path: r.pick(['docker-compose.dev.yml', 'compose.override.yaml']), syntax: 'docker-compose', builder: b };
}

function terraformSafe(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"');
  b.add(r.chance(0.5) ? '  password = random_password.db.result' : '  password = var.db_password', trap('env-reference'));
  b.add('  manage_master_user_password = true');
  b.addAll('}\n\ndata "aws_secretsmanager_secret_version" "api" {');
  b.add(`  secret_id = "${r.pick(['prod/orders/api', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api'])}"`, trap('secret-manager-reference'));
  b.add('}');
  b.add('locals {');
  b.add('  api_token = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["token"]', trap('env-reference'));
  b.add(`  token_id  = "${randomUuid(r)}"`, trap('uuid-under-id-name'));
  b.add('}');
  return { path: r.pick(['infra/rds.tf', 'terraform/modules/db/main.tf']), syntax: 'terraform', builder: b };
}

function workflowReferences(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('name: release\non:\n  release:\n    types: [published]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/cache@v4\n        with:\n          path: ~/.npm');
  b.add("          key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}", trap('env-reference'));
  b.add('      - run: npm publish');
  b.add('        env:');
  b.add('          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}', trap('env-reference'));
  b.add('      - uses: docker/login-action@v3\n        with:\n          username: ${{ github.actor }}');
  b.add('          password: ${{ secrets.GITHUB_TOKEN }}', trap('env-reference'));
  b.add(`      - uses: actions/checkout@${r.hex(40)}`, trap('git-sha'));
  return { path: r.pick(['.github/workflows/publish.yml', '.github/workflows/npm.yml']), syntax: 'github-actions', builder: b };
}

/** Second batch of trap files: declarations, translations, public keys, more lockfiles, tests and safe IaC. */
export const moreTrapFileMakers: readonly ((random: SeededRandom) => BuiltFile)[] = [
  typeDeclarations, locale, morePublicMaterial, moreLocks, testFixtures, k8sNonSecretData, jenkinsCredentials, composeDevDefaults, terraformSafe,
  workflowReferences,
];
