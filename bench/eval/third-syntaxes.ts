import type { AssignmentSyntax } from './config-syntaxes.ts';
import type { Entry } from './entries.ts';
import type { FileBuilder } from './file-builder.ts';
import { formatName } from './names.ts';

function put(builder: FileBuilder, entry: Entry, text: string): void {
  builder.add(text, entry.label, entry.value);
}

const shellLookup = (e: Entry) => (e.envVariable === undefined ? e.value : `\${${e.envVariable}}`);

/** Terraform variables whose default holds the value: the name sits on the block's first line. */
const terraformVariables: AssignmentSyntax = {
  syntax: 'terraform',
  paths: ['variables.tf', 'infra/variables.tf'],
  render: (b, entries, r) => {
    for (const e of entries) {
      b.add(`variable "${formatName(e.words, 'snake')}" {`);
      b.add('  type      = string');
      if (r.chance(0.5)) b.add('  sensitive = true');
      put(b, e, e.envVariable === undefined ? `  default   = "${e.value}"` : '  default   = null');
      b.add('}');
      b.add('');
    }
  },
};

/** CloudFormation parameters with a Default: the name is the parameter's key, lines above. */
const cloudFormation: AssignmentSyntax = {
  syntax: 'cloudformation',
  paths: ['template.yaml', 'cfn/stack.yml'],
  render: (b, entries, r) => {
    b.addAll('AWSTemplateFormatVersion: "2010-09-09"\nParameters:');
    for (const e of entries) {
      b.add(`  ${formatName(e.words, 'pascal')}:`);
      b.add('    Type: String');
      if (r.chance(0.6)) b.add('    NoEcho: true');
      const quote = r.pick(['', '"']);
      put(b, e, e.envVariable === undefined ? `    Default: ${quote}${e.value}${quote}` : `    Default: '{{resolve:ssm:/prod/${e.envVariable.toLowerCase()}}}'`);
    }
    b.addAll('Resources:\n  Queue:\n    Type: AWS::SQS::Queue');
  },
};

/** Values wrapped in XML CDATA sections. */
const xmlCdata: AssignmentSyntax = {
  syntax: 'xml',
  paths: ['conf/credentials.xml', 'src/main/resources/secrets.xml'],
  render: (b, entries) => {
    b.add('<?xml version="1.0"?>\n<credentials>');
    for (const e of entries) {
      const name = formatName(e.words, 'camel');
      put(b, e, `  <${name}><![CDATA[${shellLookup(e)}]]></${name}>`);
    }
    b.add('</credentials>');
  },
};

/** docker-compose with anchors, command-line flags and URLs carrying tokens in the query string. */
const composeVariants: AssignmentSyntax = {
  syntax: 'docker-compose',
  paths: ['docker-compose.override.yml', 'deploy/compose.prod.yaml'],
  render: (b, entries, r) => {
    b.addAll('x-common: &common\n  restart: always\nservices:\n  cache:\n    <<: *common\n    image: redis:7');
    for (const e of entries) {
      const name = formatName(e.words, 'snake');
      const form = e.label?.type === 'secret' ? r.int(0, 3) : r.int(0, 1);
      if (form === 2) {
        put(b, e, `    command: redis-server --requirepass ${shellLookup(e)} --appendonly yes`);
        continue;
      }
      if (form === 3) {
        put(b, e, `    healthcheck_url: "https://status.acme-corp.io/api/push?${name}=${shellLookup(e)}&status=up"`);
        continue;
      }
      put(b, e, form === 0 ? `    ${name}: &${name.replace(/_/g, '-')} ${shellLookup(e)}` : `    ${name}: !!str ${shellLookup(e)}`);
    }
  },
};

/** Assignments into the environment and config maps from code. */
const codeEnvWrites: AssignmentSyntax = {
  syntax: 'python',
  paths: ['scripts/bootstrap.py', 'tools/seed_env.py'],
  render: (b, entries, r) => {
    b.add('import os\n');
    for (const e of entries) {
      const name = formatName(e.words, 'screaming');
      const value = e.code ?? (e.envVariable === undefined ? `"${e.value}"` : `os.environ["${e.envVariable}"]`);
      put(b, e, r.pick([`os.environ["${name}"] = ${value}`, `config['${formatName(e.words, 'snake')}'] = ${value}`, `os.environ.setdefault("${name}", ${value})`]));
    }
  },
};

const laravelConfig: AssignmentSyntax = {
  syntax: 'php',
  paths: ['config/database.php', 'config/mail.php'],
  render: (b, entries) => {
    b.addAll("<?php\n\nreturn [\n    'connections' => [");
    for (const e of entries) {
      const value = e.envVariable === undefined ? `'${e.value}'` : 'null';
      put(b, e, `        '${formatName(e.words, 'snake')}' => env('${formatName(e.words, 'screaming')}', ${value}),`);
    }
    b.addAll('    ],\n];');
  },
};

/** Third batch: values whose name is lines away (Terraform defaults, CloudFormation), CDATA, anchors, flags, query strings, env writes. */
export const thirdSyntaxes: readonly AssignmentSyntax[] = [terraformVariables, cloudFormation, xmlCdata, composeVariants, codeEnvWrites, laravelConfig];
