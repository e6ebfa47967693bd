import { withBase62Crc32 } from '../../src/scanners/secrets/checksums.ts';
import type { SeededRandom } from '../corpus/seeded-random.ts';
import { FileBuilder } from './file-builder.ts';
import { alphabets, mixedChars, pemBody, randomBase64, randomPassword, randomUuid } from './random-text.ts';
import { realisticJwt, urlSafePassword } from './secret-values.ts';

/** A whole file of one syntax, built with its labels. */
export interface BuiltFile {
  path: string;
  syntax: string;
  builder: FileBuilder;
}

const secret = (kind: string) => ({ type: 'secret' as const, kind });
const trap = (kind: string) => ({ type: 'trap' as const, kind });

const npmToken = (r: SeededRandom) => `npm_${withBase62Crc32(mixedChars(r, alphabets.base62, 30))}`;
const githubToken = (r: SeededRandom) => `ghp_${withBase62Crc32(mixedChars(r, alphabets.base62, 30))}`;

function npmrc(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.add('registry=https://registry.npmjs.org/');
  const form = r.int(0, 3);
  if (form === 0) {
    const token = npmToken(r);
    b.add(`//registry.npmjs.org/:_authToken=${token}`, secret('npmrc-npm-token'), token);
  } else if (form === 1) {
    const token = githubToken(r);
    b.add('@acme:registry=https://npm.pkg.github.com');
    b.add(`//npm.pkg.github.com/:_authToken=${token}`, secret('npmrc-github-token'), token);
  } else if (form === 2) {
    const auth = Buffer.from(`ci-publisher:${randomPassword(r, 18)}`).toString('base64');
    b.add('registry=https://artifacts.acme-corp.io/api/npm/npm-virtual/');
    b.add(`_auth=${auth}`, secret('npmrc-basic-auth'), auth);
    b.add('always-auth=true');
  } else {
    const token = mixedChars(r, alphabets.base64url, 64);
    b.add(`//artifacts.acme-corp.io/api/npm/npm-virtual/:_authToken=${token}`, secret('npmrc-private-token'), token);
  }
  if (r.chance(0.5)) b.add('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', trap('env-reference'));
  return { path: '.npmrc', syntax: 'npmrc', builder: b };
}

function pypirc(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll('[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__');
  const token = `pypi-AgEIcHlwaS5vcmc${mixedChars(r, alphabets.base64url, 150)}`;
  b.add(`password = ${token}`, secret('pypirc-pypi-token'), token);
  b.addAll('\n[private]\nrepository = https://pypi.acme-corp.io/simple/\nusername = deploy');
  const password = randomPassword(r, 16);
  b.add(`password = ${password}`, secret('pypirc-password'), password);
  return { path: '.pypirc', syntax: 'pypirc', builder: b };
}

function netrc(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const heroku = randomUuid(r);
  b.addAll('machine api.heroku.com\n  login ops@acme-corp.io');
  b.add(`  password ${heroku}`, secret('netrc-password'), heroku);
  const token = githubToken(r);
  b.add(`machine github.com login deploy-bot password ${token}`, secret('netrc-github-token'), token);
  const password = randomPassword(r, 14);
  b.add(`machine ftp.acme-corp.io login backup password ${password}`, secret('netrc-password'), password);
  return { path: r.pick(['.netrc', 'ci/netrc']), syntax: 'netrc', builder: b };
}

function gitCredentials(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const token = githubToken(r);
  b.add(`https://deploy-bot:${token}@github.com`, secret('git-credentials'), token);
  const password = urlSafePassword(r);
  b.add(`https://jenkins:${password}@git.acme-corp.io`, secret('git-credentials'), password);
  return { path: '.git-credentials', syntax: 'git-credentials', builder: b };
}

function dockerConfig(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const auth = Buffer.from(`${r.pick(['ci-bot', 'deploy', '_json_key'])}:${randomPassword(r, 20)}`).toString('base64');
  b.addAll('{\n  "auths": {\n    "registry.acme-corp.io": {');
  b.add(`      "auth": "${auth}"`, secret('docker-config-auth'), auth);
  b.addAll('    }\n  },\n  "credsStore": "desktop"\n}');
  return { path: r.pick(['.docker/config.json', 'deploy/dockerconfig.json']), syntax: 'docker-config', builder: b };
}

function privateKeyPem(r: SeededRandom): string {
  const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const bytes = kind === 'EC PRIVATE KEY' ? 121 : kind === 'OPENSSH PRIVATE KEY' ? 400 : 1190;
  const prefix = kind === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' : kind === 'PRIVATE KEY' ? 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' : kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : 'b3BlbnNzaC1rZXktdjEAAAAA';
  return [`-----BEGIN ${kind}-----`, ...pemBody(r, bytes, prefix), `-----END ${kind}-----`].join('\n');
}

function pemFile(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const pem = privateKeyPem(r);
  b.addLabelledBlock(pem, secret('private-key-file'));
  return { path: r.pick(['certs/server.key', 'id_rsa', 'keys/jwt-private.pem', 'deploy/ssh/deploy_key', 'config/ssl/private.pem']), syntax: 'pem', builder: b };
}

function pemInYaml(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.addAll(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |`);
  b.addLabelledBlock(privateKeyPem(r).split('\n').map((line) => `    ${line}`).join('\n'), secret('private-key-yaml-block'));
  return { path: r.pick(['k8s/tls-secret.yaml', 'deploy/ingress-tls.yaml']), syntax: 'k8s-secret-stringdata', builder: b };
}

function pemInEnv(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  b.add('APP_NAME=orders');
  const escaped = privateKeyPem(r).replace(/\n/g, '\\n');
  b.add(`JWT_PRIVATE_KEY="${escaped}"`, secret('private-key-escaped'), escaped);
  b.add('JWT_ISSUER=https://auth.acme-corp.io');
  return { path: r.pick(['.env.production', 'deploy/jwt.env']), syntax: 'env', builder: b };
}

function gcpServiceAccount(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const project = `acme-${r.pick(['prod', 'data', 'ml'])}-${r.int(100000, 999999)}`;
  const escaped = privateKeyPem(r).replace(/^-----BEGIN [A-Z ]+-----/, '-----BEGIN PRIVATE KEY-----').replace(/-----END [A-Z ]+-----$/, '-----END PRIVATE KEY-----').replace(/\n/g, '\\n');
  b.addAll(`{\n  "type": "service_account",\n  "project_id": "${project}",\n  "private_key_id": "${r.hex(40)}",`);
  b.add(`  "private_key": "${escaped}\\n",`, secret('gcp-service-account-key'), escaped);
  b.addAll(`  "client_email": "deployer@${project}.iam.gserviceaccount.com",\n  "client_id": "${r.chars(alphabets.digits, 21)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`);
  return { path: r.pick(['credentials/service-account.json', 'gcp-key.json', 'secrets/sa.json']), syntax: 'gcp-service-account', builder: b };
}

function wireguard(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const privateKey = randomBase64(r, 32);
  b.add('[Interface]');
  b.add(`PrivateKey = ${privateKey}`, secret('wireguard-private-key'), privateKey);
  b.addAll('Address = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]');
  const publicKey = randomBase64(r, 32);
  b.add(`PublicKey = ${publicKey}`, trap('public-key'), publicKey);
  b.addAll('Endpoint = vpn.acme-corp.io:51820\nAllowedIPs = 0.0.0.0/0');
  return { path: r.pick(['wg0.conf', 'vpn/wg-office.conf']), syntax: 'wireguard', builder: b };
}

function webConfigConnectionString(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const password = randomPassword(r, 18).replace(/[;&]/g, '');
  b.addAll('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>');
  b.add(`    <add name="Default" connectionString="Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${password};Encrypt=True;" providerName="System.Data.SqlClient" />`, secret('ado-connection-string'), password);
  b.add('    <add name="Local" connectionString="Server=(localdb)\\mssqllocaldb;Database=orders;Trusted_Connection=True;" />');
  b.addAll('  </connectionStrings>\n</configuration>');
  return { path: r.pick(['Web.config', 'src/Orders.Web/Web.config']), syntax: 'xml', builder: b };
}

function appSettingsConnectionString(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const password = randomPassword(r, 16).replace(/[;&]/g, '');
  b.addAll('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {');
  b.add(`    "Default": "Server=orders-db.prod.internal;Port=5432;Database=orders;User Id=app;Password=${password};"`, secret('ado-connection-string'), password);
  b.addAll('  },\n  "AllowedHosts": "*"\n}');
  return { path: r.pick(['appsettings.Production.json', 'src/Api/appsettings.json']), syntax: 'appsettings-json', builder: b };
}

function mavenSettings(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const password = randomPassword(r, 16).replace(/[&<>]/g, '');
  b.addAll('<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployment</username>');
  b.add(`      <password>${password}</password>`, secret('maven-settings-password'), password);
  b.addAll('    </server>\n    <server>\n      <id>acme-snapshots</id>\n      <username>${env.MAVEN_USER}</username>');
  b.add('      <password>${env.MAVEN_PASSWORD}</password>', trap('env-reference'));
  b.addAll('    </server>\n  </servers>\n</settings>');
  return { path: r.pick(['settings.xml', '.mvn/settings.xml', 'ci/maven-settings.xml']), syntax: 'xml', builder: b };
}

function httpRequests(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const token = mixedChars(r, alphabets.base62, r.int(32, 48));
  b.add('### list orders');
  b.add('GET https://api.acme-corp.io/v1/orders');
  b.add(`Authorization: Bearer ${token}`, secret('bearer-header'), token);
  b.add('');
  const basic = Buffer.from(`admin:${randomPassword(r, 14)}`).toString('base64');
  b.add('### admin stats');
  b.add('GET https://admin.acme-corp.io/stats');
  b.add(`Authorization: Basic ${basic}`, secret('basic-auth-header'), basic);
  return { path: r.pick(['requests.http', 'api/orders.http']), syntax: 'http', builder: b };
}

function jwtInJson(r: SeededRandom): BuiltFile {
  const b = new FileBuilder();
  const token = realisticJwt(r);
  b.addAll('{\n  "name": "orders-e2e",\n  "baseUrl": "https://staging.acme-corp.io",');
  b.add(`  "serviceToken": "${token}",`, secret('jwt'), token);
  b.add('  "retries": 3\n}');
  return { path: r.pick(['tests/e2e/config.json', 'postman/environment.json']), syntax: 'json', builder: b };
}

/** Files whose syntax carries the credential itself (.npmrc, PEM, service-account JSON …). */
export const secretFileMakers: readonly ((random: SeededRandom) => BuiltFile)[] = [
  npmrc, pypirc, netrc, gitCredentials, dockerConfig, pemFile, pemInYaml, pemInEnv, gcpServiceAccount, wireguard, webConfigConnectionString,
  appSettingsConnectionString, mavenSettings, httpRequests, jwtInJson,
];

export { privateKeyPem };
