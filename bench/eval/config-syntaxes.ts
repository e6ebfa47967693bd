import type { SeededRandom } from '../corpus/seeded-random.ts';
import type { Entry } from './entries.ts';
import type { FileBuilder } from './file-builder.ts';
import { formatName } from './names.ts';

/** A file syntax that can hold name = value slots, with the paths such files have in repositories. */
export interface AssignmentSyntax {
  syntax: string;
  paths: readonly string[];
  render: (builder: FileBuilder, entries: Entry[], random: SeededRandom) => void;
}

/** The value as this syntax writes it: the literal, or the syntax's own way of reading a variable. */
export function valueIn(entry: Entry, lookup: (variable: string) => string): string {
  return entry.envVariable === undefined ? entry.value : lookup(entry.envVariable);
}

const shellLookup = (variable: string) => `\${${variable}}`;

function put(builder: FileBuilder, entry: Entry, text: string): void {
  builder.add(text, entry.label, entry.value);
}

const env: AssignmentSyntax = {
  syntax: 'env',
  paths: ['.env', '.env.production', 'deploy/.env.staging', '.env.local', 'config/.env'],
  render: (b, entries, r) => {
    b.add(`# ${r.pick(['Production settings', 'Loaded by docker compose', 'Service configuration'])}`);
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = valueIn(e, shellLookup);
      put(b, e, r.pick([`${name}=${value}`, `${name}="${value}"`, `${name}=${value}`, `${name}='${value}'`]));
      if (r.chance(0.15)) b.add('');
    }
  },
};

const yamlSections = ['app', 'database', 'auth', 'integrations', 'mail', 'cache', 'payments', 'storage'];

function renderNestedYaml(b: FileBuilder, entries: Entry[], r: SeededRandom, style: 'snake' | 'camel'): void {
  let section = '';
  for (const e of entries) {
    if (section === '' || r.chance(0.3)) {
      section = r.pick(yamlSections);
      b.add(`${section}:`);
    }
    const name = formatName(e.words, style);
    const value = valueIn(e, shellLookup);
    put(b, e, r.pick([`  ${name}: ${value}`, `  ${name}: "${value}"`, `  ${name}: '${value}'`]));
  }
}

const yamlConfig: AssignmentSyntax = {
  syntax: 'yaml-config',
  paths: ['config/settings.yaml', 'config/application.yml', 'app.yaml', 'config/production.yml', 'conf/service.yaml'],
  render: (b, entries, r) => {
    b.add('# Service configuration');
    renderNestedYaml(b, entries, r, 'snake');
  },
};

const helmValues: AssignmentSyntax = {
  syntax: 'helm-values',
  paths: ['charts/app/values.yaml', 'helm/values-prod.yaml', 'deploy/chart/values.yaml'],
  render: (b, entries, r) => {
    b.addAll(`replicaCount: ${r.int(1, 5)}\nimage:\n  repository: ghcr.io/acme/api\n  tag: "1.${r.int(0, 30)}.${r.int(0, 9)}"\n  pullPolicy: IfNotPresent`);
    renderNestedYaml(b, entries, r, 'camel');
    b.addAll('resources:\n  limits:\n    cpu: 500m\n    memory: 512Mi');
  },
};

const dockerCompose: AssignmentSyntax = {
  syntax: 'docker-compose',
  paths: ['docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml'],
  render: (b, entries, r) => {
    const listForm = r.chance(0.5);
    b.addAll(`services:\n  api:\n    image: ghcr.io/acme/api:1.${r.int(0, 20)}.${r.int(0, 9)}\n    restart: unless-stopped\n    ports:\n      - "8080:8080"\n    environment:`);
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = valueIn(e, shellLookup);
      put(b, e, listForm ? `      - ${name}=${value}` : r.pick([`      ${name}: ${value}`, `      ${name}: "${value}"`]));
    }
    b.addAll('    depends_on:\n      - db\n  db:\n    image: postgres:16-alpine\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}');
  },
};

const githubActions: AssignmentSyntax = {
  syntax: 'github-actions',
  paths: ['.github/workflows/deploy.yml', '.github/workflows/ci.yml', '.github/workflows/release.yaml'],
  render: (b, entries, r) => {
    b.addAll(`name: ${r.pick(['deploy', 'ci', 'release'])}\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - name: Deploy\n        env:`);
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = valueIn(e, (variable) => `\${{ secrets.${variable} }}`);
      put(b, e, r.pick([`          ${name}: ${value}`, `          ${name}: "${value}"`]));
    }
    b.add('        run: ./scripts/deploy.sh');
  },
};

const gitlabCi: AssignmentSyntax = {
  syntax: 'gitlab-ci',
  paths: ['.gitlab-ci.yml'],
  render: (b, entries, r) => {
    b.addAll('stages:\n  - test\n  - deploy\nvariables:');
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      put(b, e, r.pick([`  ${name}: ${valueIn(e, shellLookup)}`, `  ${name}: "${valueIn(e, shellLookup)}"`]));
    }
    b.addAll('deploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - ./deploy.sh\n  only:\n    - main');
  },
};

function k8sSecretHeader(b: FileBuilder, r: SeededRandom): void {
  b.addAll(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['app-secrets', 'api-credentials', 'db-secret'])}\n  namespace: ${r.pick(['prod', 'payments', 'default'])}\ntype: Opaque`);
}

const k8sStringData: AssignmentSyntax = {
  syntax: 'k8s-secret-stringdata',
  paths: ['k8s/secret.yaml', 'deploy/k8s/app-secret.yaml', 'manifests/secrets.yml'],
  render: (b, entries, r) => {
    k8sSecretHeader(b, r);
    b.add('stringData:');
    for (const e of entries) put(b, e, r.pick([`  ${formatName(e.words, 'screaming')}: "${valueIn(e, shellLookup)}"`, `  ${formatName(e.words, 'kebab')}: ${valueIn(e, shellLookup)}`]));
  },
};

const k8sData: AssignmentSyntax = {
  syntax: 'k8s-secret-data',
  paths: ['k8s/secret-data.yaml', 'deploy/k8s/db-secret.yaml', 'manifests/credentials.yaml'],
  render: (b, entries, r) => {
    k8sSecretHeader(b, r);
    b.add('data:');
    for (const e of entries) {
      const encoded = Buffer.from(valueIn(e, shellLookup) + (r.chance(0.2) ? '\n' : '')).toString('base64');
      put(b, e, `  ${formatName(e.words, r.pick(['screaming', 'kebab', 'dotted'] as const))}: ${encoded}`);
    }
  },
};

const k8sDeployment: AssignmentSyntax = {
  syntax: 'k8s-deployment-env',
  paths: ['k8s/deployment.yaml', 'deploy/k8s/api.yaml', 'manifests/worker-deployment.yml'],
  render: (b, entries, r) => {
    b.addAll(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: ${r.int(1, 4)}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:2.${r.int(0, 9)}.0\n          env:`);
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      if (e.envVariable !== undefined) {
        put(b, e, `            - name: ${name}`);
        b.addAll(`              valueFrom:\n                secretKeyRef:\n                  name: app-secrets\n                  key: ${formatName(e.words, 'kebab')}`);
        continue;
      }
      b.add(`            - name: ${name}`);
      put(b, e, r.pick([`              value: "${e.value}"`, `              value: ${e.value}`]));
    }
  },
};

/** JSON nested one level under sections, in the given key style. */
function renderJson(b: FileBuilder, entries: Entry[], r: SeededRandom, style: 'camel' | 'pascal' | 'snake'): void {
  const sections = new Map<string, Entry[]>();
  for (const e of entries) {
    const section = formatName([r.pick(yamlSections)], style);
    sections.set(section, [...(sections.get(section) ?? []), e]);
  }
  b.add('{');
  const names = [...sections.keys()];
  names.forEach((section, sectionIndex) => {
    b.add(`  "${section}": {`);
    const items = sections.get(section)!;
    items.forEach((e, index) => {
      const comma = index < items.length - 1 ? ',' : '';
      put(b, e, `    "${formatName(e.words, style)}": "${valueIn(e, shellLookup)}"${comma}`);
    });
    b.add(`  }${sectionIndex < names.length - 1 ? ',' : ''}`);
  });
  b.add('}');
}

const jsonConfig: AssignmentSyntax = {
  syntax: 'json',
  paths: ['config/default.json', 'config/production.json', 'config.json', 'settings.json'],
  render: (b, entries, r) => renderJson(b, entries, r, r.pick(['camel', 'snake'] as const)),
};

const appSettings: AssignmentSyntax = {
  syntax: 'appsettings-json',
  paths: ['appsettings.json', 'src/Api/appsettings.Production.json'],
  render: (b, entries, r) => renderJson(b, entries, r, 'pascal'),
};

const properties: AssignmentSyntax = {
  syntax: 'properties',
  paths: ['src/main/resources/application.properties', 'config/app.properties', 'gradle.properties'],
  render: (b, entries, r) => {
    b.addAll(`# ${r.pick(['Spring Boot', 'Application'])} settings\nspring.application.name=orders`);
    for (const e of entries) {
      const name = `${r.pick(['app', 'spring.datasource', 'integration', 'mail'])}.${formatName(e.words, r.pick(['dotted', 'kebab', 'camel'] as const))}`;
      put(b, e, r.pick([`${name}=${valueIn(e, shellLookup)}`, `${name} = ${valueIn(e, shellLookup)}`, `${name}: ${valueIn(e, shellLookup)}`]));
    }
  },
};

function renderSections(b: FileBuilder, entries: Entry[], r: SeededRandom, line: (name: string, value: string) => string): void {
  let section = '';
  for (const e of entries) {
    if (section === '' || r.chance(0.3)) {
      section = r.pick(yamlSections);
      b.add('');
      b.add(`[${section}]`);
    }
    put(b, e, line(formatName(e.words, 'snake'), valueIn(e, shellLookup)));
  }
}

const ini: AssignmentSyntax = {
  syntax: 'ini',
  paths: ['config.ini', 'setup.cfg', 'conf/app.cfg', 'settings.ini'],
  render: (b, entries, r) => {
    b.add('; service settings');
    renderSections(b, entries, r, (name, value) => r.pick([`${name} = ${value}`, `${name}=${value}`, `${name}: ${value}`]));
  },
};

const toml: AssignmentSyntax = {
  syntax: 'toml',
  paths: ['config.toml', 'settings.toml', '.streamlit/secrets.toml', 'config/app.toml'],
  render: (b, entries, r) => {
    b.add('title = "service"');
    renderSections(b, entries, r, (name, value) => r.pick([`${name} = "${value}"`, `${name} = '${value}'`]));
  },
};

function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const xmlAppSettings: AssignmentSyntax = {
  syntax: 'xml',
  paths: ['Web.config', 'App.config', 'src/Service/app.config'],
  render: (b, entries, r) => {
    b.addAll('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>');
    for (const e of entries) put(b, e, `    <add key="${formatName(e.words, r.pick(['pascal', 'camel'] as const))}" value="${xmlEscape(valueIn(e, shellLookup))}" />`);
    b.addAll('  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>');
  },
};

const xmlElements: AssignmentSyntax = {
  syntax: 'xml',
  paths: ['src/main/resources/config.xml', 'conf/integration.xml'],
  render: (b, entries, r) => {
    b.addAll('<?xml version="1.0" encoding="UTF-8"?>\n<settings>');
    for (const e of entries) {
      const name = formatName(e.words, r.pick(['camel', 'kebab'] as const));
      put(b, e, r.pick([`  <${name}>${xmlEscape(valueIn(e, shellLookup))}</${name}>`, `  <property name="${name}" value="${xmlEscape(valueIn(e, shellLookup))}"/>`]));
    }
    b.add('</settings>');
  },
};

const terraform: AssignmentSyntax = {
  syntax: 'terraform',
  paths: ['main.tf', 'infra/providers.tf', 'modules/app/main.tf', 'terraform/prod/main.tf'],
  render: (b, entries, r) => {
    b.addAll(`terraform {\n  required_version = ">= 1.5"\n}\n\nresource "${r.pick(['aws_ssm_parameter', 'kubernetes_secret', 'vault_generic_secret', 'aws_lambda_function'])}" "app" {`);
    for (const e of entries) {
      const value = e.envVariable === undefined ? `"${e.value}"` : `var.${e.envVariable.toLowerCase()}`;
      put(b, e, `  ${formatName(e.words, 'snake')} = ${value}`);
    }
    b.addAll('  tags = {\n    team = "platform"\n  }\n}');
  },
};

const tfvars: AssignmentSyntax = {
  syntax: 'tfvars',
  paths: ['terraform.tfvars', 'env/prod.tfvars', 'infra/secrets.auto.tfvars'],
  render: (b, entries) => {
    b.add('region = "eu-west-1"');
    for (const e of entries) put(b, e, `${formatName(e.words, 'snake')} = "${valueIn(e, shellLookup)}"`);
  },
};

const dockerfile: AssignmentSyntax = {
  syntax: 'dockerfile',
  paths: ['Dockerfile', 'docker/api.Dockerfile', 'build/Dockerfile.prod'],
  render: (b, entries, r) => {
    b.addAll(`FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev`);
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = valueIn(e, (variable) => `$${variable}`);
      put(b, e, r.pick([`ENV ${name}=${value}`, `ENV ${name}="${value}"`, `ARG ${name}=${value}`, `ENV ${name} ${value}`]));
    }
    b.addAll('COPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]');
  },
};

export const configSyntaxes: readonly AssignmentSyntax[] = [
  env, yamlConfig, helmValues, dockerCompose, githubActions, gitlabCi, k8sStringData, k8sData, k8sDeployment, jsonConfig, appSettings,
  properties, ini, toml, xmlAppSettings, xmlElements, terraform, tfvars, dockerfile,
];
