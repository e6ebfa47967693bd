import type { AssignmentSyntax } from './config-syntaxes.ts';
import type { Entry } from './entries.ts';
import type { FileBuilder } from './file-builder.ts';
import { formatName } from './names.ts';

function put(builder: FileBuilder, entry: Entry, text: string): void {
  builder.add(text, entry.label, entry.value);
}

/** `"value"` in the language, or its environment lookup written as code. */
function literalOr(entry: Entry, quote: string, lookup: (variable: string) => string): string {
  if (entry.code !== undefined) return entry.code;
  return entry.envVariable === undefined ? `${quote}${entry.value}${quote}` : lookup(entry.envVariable);
}

// Bearer credentials are token68 text (RFC 7235); a password with other symbols is sent another way.
const looksLikeBearer = (e: Entry) => e.label?.type === 'secret' && /token|bearer|api|key/.test(e.words.join(' ')) && /^[A-Za-z0-9._~+/=-]+$/.test(e.value);

const shell: AssignmentSyntax = {
  syntax: 'shell',
  paths: ['scripts/deploy.sh', 'bin/setup.sh', 'scripts/backup.sh', 'ci/release.sh'],
  render: (b, entries, r) => {
    b.addAll('#!/usr/bin/env bash\nset -euo pipefail');
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = e.envVariable === undefined ? e.value : `\${${e.envVariable}:?missing}`;
      if (looksLikeBearer(e) && r.chance(0.4)) {
        put(b, e, r.pick([
          `curl -sf -H "Authorization: Bearer ${value}" https://api.partner-hub.net/v2/orders`,
          `curl -X POST -H 'Authorization: Bearer ${value}' -H 'Content-Type: application/json' https://api.acme-corp.io/deploy`,
          `curl --header "X-Api-Key: ${value}" https://metrics.acme-corp.io/v1/push`,
        ]));
        continue;
      }
      if (e.label?.type === 'secret' && /pass|pwd/.test(e.words.join(' ')) && r.chance(0.4)) {
        put(b, e, r.pick([
          `curl -u deploy:${value} https://nexus.acme-corp.io/repository/releases/app.tar.gz -o app.tar.gz`,
          `docker login registry.acme-corp.io -u ci-bot -p '${value}'`,
          `mysql -h db.prod.internal -u backup -p'${value}' shop > dump.sql`,
          `PGPASSWORD='${value}' pg_dump -h db.prod.internal -U app orders > orders.sql`,
        ]));
        continue;
      }
      put(b, e, r.pick([`export ${name}="${value}"`, `export ${name}=${value}`, `${name}='${value}'`]));
    }
    b.add('./bin/run --env production');
  },
};

const python: AssignmentSyntax = {
  syntax: 'python',
  paths: ['app/settings.py', 'src/client.py', 'scripts/sync.py', 'config.py'],
  render: (b, entries, r) => {
    b.addAll('import os\n\nimport requests\n');
    const lookup = (variable: string) => r.pick([`os.environ["${variable}"]`, `os.getenv("${variable}")`, `os.environ.get("${variable}", "")`]);
    for (const e of entries) {
      const value = literalOr(e, r.pick(['"', "'"]), lookup);
      if (looksLikeBearer(e) && r.chance(0.3)) {
        put(b, e, `HEADERS = {"Authorization": "Bearer ${e.envVariable === undefined ? e.value : '" + TOKEN'}"}`);
        continue;
      }
      put(b, e, r.pick([
        `${formatName(e.words, 'screaming')} = ${value}`,
        `    ${formatName(e.words, 'snake')}=${value},`,
        `    "${formatName(e.words, 'snake')}": ${value},`,
      ]));
    }
    b.addAll('\n\ndef main():\n    requests.get("https://api.acme-corp.io/health", timeout=5)');
  },
};

function javascriptLike(syntax: string, paths: string[]): AssignmentSyntax {
  return {
    syntax,
    paths,
    render: (b, entries, r) => {
      b.addAll(syntax === 'typescript' ? "import axios from 'axios';\n" : "const axios = require('axios');\n");
      for (const e of entries) {
        const value = literalOr(e, r.pick(["'", '"', '`']), (variable) => r.pick([`process.env.${variable}`, `process.env['${variable}']`]));
        if (looksLikeBearer(e) && r.chance(0.3)) {
          put(b, e, `  headers: { Authorization: \`Bearer ${e.envVariable === undefined ? e.value : `\${process.env.${e.envVariable}}`}\` },`);
          continue;
        }
        if (e.label?.type === 'secret' && r.chance(0.15)) {
          put(b, e, `const ${formatName(e.words, 'camel')} = process.env.${formatName(e.words, 'screaming')} || '${e.value}';`);
          continue;
        }
        put(b, e, r.pick([
          `const ${formatName(e.words, 'camel')} = ${value};`,
          `export const ${formatName(e.words, 'screaming')} = ${value};`,
          `  ${formatName(e.words, 'camel')}: ${value},`,
        ]));
      }
      b.addAll("\nexport async function ping() {\n  return axios.get('https://api.acme-corp.io/health');\n}");
    },
  };
}

const go: AssignmentSyntax = {
  syntax: 'go',
  paths: ['internal/config/config.go', 'cmd/server/main.go', 'pkg/client/client.go'],
  render: (b, entries, r) => {
    b.addAll('package config\n\nimport "os"\n');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `os.Getenv("${variable}")`);
      if (looksLikeBearer(e) && r.chance(0.3)) {
        put(b, e, `\treq.Header.Set("Authorization", "Bearer ${e.envVariable === undefined ? e.value : '"+token'}")`);
        continue;
      }
      put(b, e, r.pick([`const ${formatName(e.words, 'camel')} = ${value}`, `var ${formatName(e.words, 'pascal')} = ${value}`, `\t${formatName(e.words, 'pascal')}: ${value},`]));
    }
  },
};

const java: AssignmentSyntax = {
  syntax: 'java',
  paths: ['src/main/java/com/acme/orders/Config.java', 'src/main/java/com/acme/client/ApiClient.java'],
  render: (b, entries, r) => {
    b.addAll('package com.acme.orders;\n\npublic final class Config {');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `System.getenv("${variable}")`);
      put(b, e, r.pick([
        `    private static final String ${formatName(e.words, 'screaming')} = ${value};`,
        `    props.setProperty("${formatName(e.words, 'dotted')}", ${value});`,
        `    private String ${formatName(e.words, 'camel')} = ${value};`,
      ]));
    }
    b.add('}');
  },
};

const csharp: AssignmentSyntax = {
  syntax: 'csharp',
  paths: ['src/Api/Settings.cs', 'Program.cs', 'src/Worker/Credentials.cs'],
  render: (b, entries, r) => {
    b.addAll('namespace Acme.Api;\n\npublic static class Settings\n{');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `Environment.GetEnvironmentVariable("${variable}")`);
      put(b, e, r.pick([
        `    public const string ${formatName(e.words, 'pascal')} = ${value};`,
        `    private static readonly string ${formatName(e.words, 'pascal')} = ${value};`,
        `        var ${formatName(e.words, 'camel')} = ${value};`,
      ]));
    }
    b.add('}');
  },
};

const ruby: AssignmentSyntax = {
  syntax: 'ruby',
  paths: ['config/initializers/integrations.rb', 'lib/acme/client.rb', 'config/secrets.rb'],
  render: (b, entries, r) => {
    b.add("require 'net/http'");
    for (const e of entries) {
      const value = literalOr(e, r.pick(['"', "'"]), (variable) => r.pick([`ENV["${variable}"]`, `ENV.fetch("${variable}")`]));
      put(b, e, r.pick([`${formatName(e.words, 'screaming')} = ${value}`, `  config.${formatName(e.words, 'snake')} = ${value}`, `  ${formatName(e.words, 'snake')}: ${value},`]));
    }
  },
};

const php: AssignmentSyntax = {
  syntax: 'php',
  paths: ['config/services.php', 'wp-config.php', 'src/Client.php'],
  render: (b, entries, r) => {
    b.add('<?php');
    for (const e of entries) {
      const value = literalOr(e, "'", (variable) => r.pick([`getenv('${variable}')`, `$_ENV['${variable}']`, `env('${variable}')`]));
      put(b, e, r.pick([
        `$${formatName(e.words, 'camel')} = ${value};`,
        `    '${formatName(e.words, 'snake')}' => ${value},`,
        `define('${formatName(e.words, 'screaming')}', ${value});`,
      ]));
    }
  },
};

const markdown: AssignmentSyntax = {
  syntax: 'markdown',
  paths: ['README.md', 'docs/setup.md', 'docs/deployment.md'],
  render: (b, entries, r) => {
    b.addAll(`# ${r.pick(['Orders service', 'Billing API', 'Ingest worker'])}\n\nSet these variables before starting the service:\n\n\`\`\`bash`);
    for (const e of entries) {
      const value = e.envVariable === undefined ? e.value : `$${e.envVariable}`;
      put(b, e, r.pick([`export ${formatName(e.words, 'screaming')}=${value}`, `${formatName(e.words, 'screaming')}=${value}`]));
    }
    b.addAll('```\n\nThen run `npm start`.');
  },
};

export const codeSyntaxes: readonly AssignmentSyntax[] = [
  shell, python, javascriptLike('javascript', ['src/config.js', 'server/index.js']), javascriptLike('typescript', ['src/config.ts', 'src/api/client.ts']),
  go, java, csharp, ruby, php, markdown,
];
