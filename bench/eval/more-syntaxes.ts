import type { AssignmentSyntax } from './config-syntaxes.ts';
import type { Entry } from './entries.ts';
import type { FileBuilder } from './file-builder.ts';
import { formatName } from './names.ts';

function put(builder: FileBuilder, entry: Entry, text: string): void {
  builder.add(text, entry.label, entry.value);
}

function literalOr(entry: Entry, quote: string, lookup: (variable: string) => string): string {
  if (entry.code !== undefined) return entry.code;
  return entry.envVariable === undefined ? `${quote}${entry.value}${quote}` : lookup(entry.envVariable);
}

/** Typed declarations: the type sits between the name and the value. */
const typedTypeScript: AssignmentSyntax = {
  syntax: 'typescript',
  paths: ['src/settings.ts', 'src/lib/secrets.ts'],
  render: (b, entries, r) => {
    b.add("import type { Config } from './types';");
    for (const e of entries) {
      const value = literalOr(e, "'", (variable) => `process.env.${variable} ?? ''`);
      put(b, e, r.pick([`export const ${formatName(e.words, 'camel')}: string = ${value};`, `  readonly ${formatName(e.words, 'camel')}: string = ${value};`, `const ${formatName(e.words, 'screaming')}: string | undefined = ${value};`]));
    }
  },
};

const rust: AssignmentSyntax = {
  syntax: 'rust',
  paths: ['src/config.rs', 'src/main.rs'],
  render: (b, entries, r) => {
    b.add('use std::env;\n');
    for (const e of entries) {
      if (e.envVariable !== undefined) {
        put(b, e, `    let ${formatName(e.words, 'snake')} = env::var("${e.envVariable}").expect("missing ${e.envVariable}");`);
        continue;
      }
      put(b, e, r.pick([`const ${formatName(e.words, 'screaming')}: &str = "${e.value}";`, `static ${formatName(e.words, 'screaming')}: &'static str = "${e.value}";`, `    let ${formatName(e.words, 'snake')}: String = "${e.value}".to_string();`]));
    }
  },
};

const kotlin: AssignmentSyntax = {
  syntax: 'kotlin',
  paths: ['app/src/main/java/com/acme/app/Config.kt', 'src/main/kotlin/Settings.kt'],
  render: (b, entries, r) => {
    b.add('package com.acme.app\n\nobject Config {');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `System.getenv("${variable}")`);
      put(b, e, r.pick([`    const val ${formatName(e.words, 'screaming')} = ${value}`, `    val ${formatName(e.words, 'camel')}: String = ${value}`, `    private val ${formatName(e.words, 'camel')} = ${value}`]));
    }
    b.add('}');
  },
};

const swift: AssignmentSyntax = {
  syntax: 'swift',
  paths: ['App/Config.swift', 'Sources/App/Secrets.swift'],
  render: (b, entries, r) => {
    b.add('import Foundation\n\nenum Config {');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `ProcessInfo.processInfo.environment["${variable}"] ?? ""`);
      put(b, e, r.pick([`    static let ${formatName(e.words, 'camel')} = ${value}`, `    static let ${formatName(e.words, 'camel')}: String = ${value}`]));
    }
    b.add('}');
  },
};

const goTyped: AssignmentSyntax = {
  syntax: 'go',
  paths: ['internal/auth/keys.go', 'pkg/settings/settings.go'],
  render: (b, entries, r) => {
    b.add('package settings\n\nimport "os"\n');
    for (const e of entries) {
      const value = literalOr(e, r.pick(['"', '`']), (variable) => `os.Getenv("${variable}")`);
      put(b, e, r.pick([`var ${formatName(e.words, 'camel')} string = ${value}`, `\t${formatName(e.words, 'camel')} := ${value}`, `const ${formatName(e.words, 'pascal')} string = ${value}`]));
    }
  },
};

const cHeader: AssignmentSyntax = {
  syntax: 'c',
  paths: ['src/config.h', 'firmware/secrets.h'],
  render: (b, entries, r) => {
    b.add('#pragma once\n');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `getenv("${variable}")`);
      put(b, e, r.pick([`#define ${formatName(e.words, 'screaming')} ${value}`, `static const char *${formatName(e.words, 'snake')} = ${value};`, `const char ${formatName(e.words, 'screaming')}[] = ${value};`]));
    }
  },
};

const powershell: AssignmentSyntax = {
  syntax: 'powershell',
  paths: ['scripts/deploy.ps1', 'tools/Setup.ps1'],
  render: (b, entries, r) => {
    b.add('$ErrorActionPreference = "Stop"');
    for (const e of entries) {
      const value = literalOr(e, '"', (variable) => `$env:${variable}`);
      if (e.label?.type === 'secret' && /pass/.test(e.words.join(' ')) && r.chance(0.5) && e.envVariable === undefined) {
        put(b, e, `$${formatName(e.words, 'pascal')} = ConvertTo-SecureString "${e.value}" -AsPlainText -Force`);
        continue;
      }
      put(b, e, r.pick([`$${formatName(e.words, 'camel')} = ${value}`, `$env:${formatName(e.words, 'screaming')} = ${value}`]));
    }
  },
};

const sql: AssignmentSyntax = {
  syntax: 'sql',
  paths: ['db/init.sql', 'migrations/0001_users.sql'],
  render: (b, entries, r) => {
    b.add('-- bootstrap roles');
    for (const e of entries) {
      const role = formatName(e.words, 'snake').replace(/_?(?:password|pwd|pass|secret|token|key)$/, '') || 'app';
      if (e.envVariable !== undefined) {
        put(b, e, `CREATE USER ${role} WITH PASSWORD :'${e.envVariable.toLowerCase()}';`);
        continue;
      }
      // Only secrets and stand-in passwords become passwords; other values are settings rows.
      const isPassword = e.label?.type === 'secret' || ['placeholder', 'template-variable', 'masked-value', 'test-fake-value', 'low-entropy'].includes(e.label?.kind ?? '');
      if (!isPassword || r.chance(0.2)) {
        put(b, e, `INSERT INTO settings (name, value) VALUES ('${formatName(e.words, 'snake')}', '${e.value}');`);
        continue;
      }
      put(b, e, r.pick([`CREATE USER ${role} WITH PASSWORD '${e.value}';`, `ALTER ROLE ${role} WITH LOGIN PASSWORD '${e.value}';`, `CREATE USER '${role}'@'%' IDENTIFIED BY '${e.value}';`]));
    }
  },
};

const notebook: AssignmentSyntax = {
  syntax: 'jupyter',
  paths: ['notebooks/explore.ipynb', 'analysis/train.ipynb'],
  render: (b, entries) => {
    b.addAll('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",');
    for (const e of entries) {
      const value = e.envVariable === undefined ? `\\"${e.value}\\"` : `os.environ[\\"${e.envVariable}\\"]`;
      put(b, e, `    "${formatName(e.words, 'snake')} = ${value}\\n",`);
    }
    b.addAll('    "print(\'ready\')"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}');
  },
};

const yamlBlock: AssignmentSyntax = {
  syntax: 'yaml-config',
  paths: ['config/credentials.yml', 'deploy/values.secret.yaml'],
  render: (b, entries, r) => {
    b.add('credentials:');
    for (const e of entries) {
      const value = e.envVariable === undefined ? e.value : `\${${e.envVariable}}`;
      if (r.chance(0.5)) {
        b.add(`  ${formatName(e.words, 'snake')}: ${r.pick(['|', '>-', '|-'])}`);
        put(b, e, `    ${value}`);
        continue;
      }
      put(b, e, `  - { name: ${formatName(e.words, 'snake')}, value: "${value}" }`);
    }
  },
};

const spacedConfig: AssignmentSyntax = {
  syntax: 'space-config',
  paths: ['redis.conf', 'config/pgbouncer.ini.tmpl', 'conf/service.conf'],
  render: (b, entries, r) => {
    b.addAll('# generated by ops\nbind 0.0.0.0\nport 6379');
    for (const e of entries) put(b, e, `${r.pick(['', '  '])}${formatName(e.words, r.pick(['snake', 'kebab'] as const))} ${e.envVariable === undefined ? e.value : `\${${e.envVariable}}`}`);
  },
};

const jenkinsfile: AssignmentSyntax = {
  syntax: 'groovy',
  paths: ['Jenkinsfile', 'ci/Jenkinsfile.release'],
  render: (b, entries, r) => {
    b.addAll("pipeline {\n  agent any\n  environment {");
    for (const e of entries) {
      const value = e.envVariable === undefined ? `${r.pick(["'", '"'])}${e.value}${r.pick(["'", '"'])}`.replace(/^(.)(.*).$/, '$1$2$1') : `credentials('${e.envVariable.toLowerCase()}')`;
      put(b, e, `    ${formatName(e.words, 'screaming')} = ${value}`);
    }
    b.addAll("  }\n  stages {\n    stage('Deploy') {\n      steps { sh './deploy.sh' }\n    }\n  }\n}");
  },
};

const elixir: AssignmentSyntax = {
  syntax: 'elixir',
  paths: ['config/prod.exs', 'config/runtime.exs'],
  render: (b, entries) => {
    b.add('import Config\n');
    for (const e of entries) {
      const value = e.envVariable === undefined ? `"${e.value}"` : `System.get_env("${e.envVariable}")`;
      put(b, e, `config :acme, ${formatName(e.words, 'snake')}: ${value}`);
    }
  },
};

/** Syntaxes added to check what typed languages, SQL, notebooks and space-separated config do to matching. */
export const moreSyntaxes: readonly AssignmentSyntax[] = [typedTypeScript, rust, kotlin, swift, goTyped, cHeader, powershell, sql, notebook, yamlBlock, spacedConfig, jenkinsfile, elixir];
