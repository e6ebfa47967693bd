import type { SeededRandom } from './seeded-random.ts';
import { credentialReference, credentialWords, environments, regions, serviceName, serviceNames, settingValue, settingWords } from './vocabulary.ts';

/**
 * One kind of generated config file: how to name it, how to fill it with plausible blocks, and
 * how to write a credential assignment in its syntax (used to plant fake secrets).
 */
export interface ConfigFormat {
  id: string;
  fileName(random: SeededRandom, index: number): string;
  block(random: SeededRandom): string[];
  assign(name: string, value: string): string;
}

const envFormat: ConfigFormat = {
  id: 'env',
  fileName: (random, index) => `${random.pick(serviceNames)}-${index}/${random.pick(['.env', '.env.example', `.env.${random.pick(environments)}`])}`,
  block: (random) => {
    const prefix = random.pick(serviceNames).toUpperCase();
    const lines = [`# ${prefix.toLowerCase()} settings`];
    for (let i = random.int(3, 8); i > 0; i--) {
      const word = random.pick(settingWords);
      lines.push(`${prefix}_${word.toUpperCase()}=${settingValue(random, word)}`);
    }
    const credential = random.pick(credentialWords);
    lines.push(`${prefix}_${credential.toUpperCase()}=${credentialReference(random, credential)}`, '');
    return lines;
  },
  assign: (name, value) => `${name.toUpperCase()}=${value}`,
};

const kubernetesFormat: ConfigFormat = {
  id: 'kubernetes',
  fileName: (random, index) => `deploy/${random.pick(environments)}/${serviceName(random)}-${index}.yaml`,
  block: (random) => {
    const name = serviceName(random);
    const env = [];
    for (let i = random.int(2, 6); i > 0; i--) {
      const word = random.pick(settingWords);
      env.push(`            - name: ${word.toUpperCase()}`, `              value: "${settingValue(random, word)}"`);
    }
    return [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${name}`,
      `  labels: { app: ${name}, tier: ${random.pick(['backend', 'frontend', 'jobs'])} }`,
      'spec:',
      `  replicas: ${random.int(1, 6)}`,
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      `          image: registry.acme.test/${name}:${random.int(1, 9)}.${random.int(0, 30)}.${random.int(0, 99)}`,
      '          env:',
      ...env,
      `            - name: ${random.pick(credentialWords).toUpperCase()}`,
      '              valueFrom: { secretKeyRef: { name: app-secrets, key: value } }',
      '          resources:',
      `            limits: { cpu: "${random.int(1, 4)}", memory: "${random.pick(['256Mi', '512Mi', '1Gi'])}" }`,
      '---',
    ];
  },
  assign: (name, value) => `  ${name}: ${value}`,
};

const workflowFormat: ConfigFormat = {
  id: 'workflow',
  fileName: (random, index) => `ci/${random.pick(serviceNames)}-${index}/.github/workflows/${random.pick(['ci', 'release', 'deploy', 'nightly'])}.yml`,
  block: (random) => [
    `  ${random.pick(['build', 'test', 'lint', 'deploy', 'publish'])}-${random.int(1, 99)}:`,
    `    runs-on: ${random.pick(['ubuntu-latest', 'ubuntu-22.04', 'macos-14'])}`,
    '    steps:',
    '      - uses: actions/checkout@v4',
    `      - uses: actions/setup-node@v4`,
    `        with: { node-version: ${random.pick(['18', '20', '22'])} }`,
    '      - run: npm ci',
    `      - run: npm run ${random.pick(['build', 'test', 'lint', 'bundle'])}`,
    '        env:',
    `          ${random.pick(credentialWords).toUpperCase()}: \${{ secrets.${random.pick(credentialWords).toUpperCase()} }}`,
    '',
  ],
  assign: (name, value) => `          ${name.toUpperCase()}: ${value}`,
};

const terraformFormat: ConfigFormat = {
  id: 'terraform',
  fileName: (random, index) => `infra/${random.pick(environments)}/${random.pick(['main', 'network', 'storage', 'iam', 'compute'])}-${index}.tf`,
  block: (random) => {
    const name = random.pick(serviceNames);
    return random.pick([
      [
        `resource "aws_s3_bucket" "${name}_${random.int(1, 999)}" {`,
        `  bucket = "acme-${name}-${random.pick(environments)}"`,
        '  tags = {',
        `    Team = "${random.pick(serviceNames)}"`,
        `    Env  = "${random.pick(environments)}"`,
        '  }',
        '}',
        '',
      ],
      [
        `resource "aws_instance" "${name}" {`,
        `  ami           = "ami-${random.hex(17)}"`,
        `  instance_type = "${random.pick(['t3.micro', 'm5.large', 'c6g.xlarge'])}"`,
        `  subnet_id     = aws_subnet.${name}.id`,
        '}',
        '',
      ],
      [
        `variable "${name}_${random.pick(credentialWords)}" {`,
        '  type      = string',
        '  sensitive = true',
        '}',
        '',
      ],
      [
        `provider "aws" {`,
        `  region = "${random.pick(regions)}"`,
        `  alias  = "${name}"`,
        '}',
        '',
      ],
    ]);
  },
  assign: (name, value) => `  ${name} = "${value}"`,
};

const propertiesFormat: ConfigFormat = {
  id: 'properties',
  fileName: (random, index) => `${random.pick(serviceNames)}-service-${index}/src/main/resources/application-${random.pick(environments)}.properties`,
  block: (random) => {
    const prefix = `${random.pick(['spring', 'app', 'server', 'management'])}.${random.pick(serviceNames)}`;
    const lines = [];
    for (let i = random.int(3, 7); i > 0; i--) {
      const word = random.pick(settingWords);
      lines.push(`${prefix}.${word.replace(/_/g, '-')}=${settingValue(random, word)}`);
    }
    lines.push(`${prefix}.${random.pick(credentialWords).replace(/_/g, '-')}=\${${prefix.toUpperCase().replace(/\./g, '_')}_SECRET}`);
    return lines;
  },
  assign: (name, value) => `${name.replace(/_/g, '.')}=${value}`,
};

const dockerfileFormat: ConfigFormat = {
  id: 'dockerfile',
  fileName: (random, index) => `images/${serviceName(random)}-${index}/Dockerfile`,
  block: (random) => [
    `FROM ${random.pick(['node:20-alpine', 'python:3.12-slim', 'golang:1.22', 'eclipse-temurin:21-jre'])} AS stage${random.int(1, 9)}`,
    'WORKDIR /app',
    `COPY ${random.pick(['package*.json', 'requirements.txt', 'go.mod go.sum', 'build/libs/app.jar'])} ./`,
    `RUN ${random.pick(['npm ci --omit=dev', 'pip install --no-cache-dir -r requirements.txt', 'go mod download', 'true'])}`,
    `ENV ${random.pick(settingWords).toUpperCase()}=${random.int(1, 500)}`,
    `EXPOSE ${random.int(3000, 9000)}`,
    `USER ${random.pick(['node', 'app', '10001'])}`,
    '',
  ],
  assign: (name, value) => `ENV ${name.toUpperCase()}=${value}`,
};

const shellFormat: ConfigFormat = {
  id: 'shell',
  fileName: (random, index) => `scripts/${random.pick(['deploy', 'backup', 'rotate', 'bootstrap', 'migrate'])}-${random.pick(serviceNames)}-${index}.sh`,
  block: (random) => {
    const name = random.pick(serviceNames);
    return [
      `# ${random.pick(['deploy', 'restart', 'drain', 'warm up'])} ${name} in ${random.pick(regions)}`,
      `export ${name.toUpperCase()}_${random.pick(settingWords).toUpperCase()}=${random.int(1, 900)}`,
      `if [ -z "\${${name.toUpperCase()}_TOKEN:-}" ]; then`,
      `  echo "missing ${name} token" >&2`,
      '  exit 1',
      'fi',
      `aws s3 sync ./dist "s3://acme-${name}-${random.pick(environments)}" --delete --region ${random.pick(regions)}`,
      `kubectl -n ${name} rollout restart deployment/${name}-api`,
      '',
    ];
  },
  assign: (name, value) => `export ${name.toUpperCase()}="${value}"`,
};

const javascriptFormat: ConfigFormat = {
  id: 'javascript',
  fileName: (random, index) => `apps/${random.pick(serviceNames)}-${index}/src/${random.pick(['config', 'client', 'settings', 'bootstrap'])}.js`,
  block: (random) => {
    const name = random.pick(serviceNames);
    return [
      `export async function ${random.pick(['load', 'fetch', 'sync', 'refresh'])}${name[0]!.toUpperCase()}${name.slice(1)}(options = {}) {`,
      `  const url = new URL('/v${random.int(1, 3)}/${name}', options.baseUrl ?? 'https://${name}.acme.test');`,
      `  const response = await fetch(url, { headers: { authorization: \`Bearer \${options.token}\` } });`,
      `  if (!response.ok) throw new Error(\`${name} failed: \${response.status}\`);`,
      '  return response.json();',
      '}',
      '',
    ];
  },
  assign: (name, value) => `export const ${name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())} = '${value}';`,
};

export const configFormats = [
  envFormat,
  kubernetesFormat,
  workflowFormat,
  terraformFormat,
  propertiesFormat,
  dockerfileFormat,
  shellFormat,
  javascriptFormat,
] as const satisfies readonly ConfigFormat[];

/** Lines of one generated file of roughly the given size, opened by its first block. */
export function generateConfigLines(format: ConfigFormat, random: SeededRandom, targetBytes: number): string[] {
  const lines: string[] = format.id === 'workflow' ? ['name: ci', 'on: [push, pull_request]', 'jobs:'] : [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const line of format.block(random)) {
      lines.push(line);
      bytes += line.length + 1;
    }
  }
  return lines;
}
