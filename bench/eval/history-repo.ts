import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SeededRandom } from '../corpus/seeded-random.ts';
import { FileBuilder } from './file-builder.ts';
import { previewOf, type LineLabel } from './labels.ts';
import { alphabets, mixedChars, randomPassword } from './random-text.ts';
import { drawSecret, realisticJwt, urlSafePassword } from './secret-values.ts';

const secret = (kind: string) => ({ type: 'secret' as const, kind });
const trap = (kind: string) => ({ type: 'trap' as const, kind });

interface Change {
  path: string;
  syntax: string;
  /** New content, or undefined to delete the file. */
  builder?: FileBuilder;
}

/**
 * A small repository whose history adds secrets and later deletes or replaces them, so only a
 * history scan can find them; labels carry the commit that added each line.
 */
export function buildHistoryRepo(root: string, random: SeededRandom): { path: string; commits: number; labels: LineLabel[] } {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const labels: LineLabel[] = [];
  let commits = 0;
  const git = (args: string[], date?: string): string =>
    execFileSync('git', ['-C', root, '-c', 'user.name=Eval Bot', '-c', 'user.email=eval-bot@acme-corp.io', '-c', 'commit.gpgsign=false', ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '', GIT_CONFIG_NOSYSTEM: '1' },
    }).trim();
  git(['init', '--quiet', '-b', 'main']);
  const commit = (message: string, changes: Change[]): void => {
    for (const change of changes) {
      const full = join(root, change.path);
      if (!change.builder) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, change.builder.text());
    }
    git(['add', '-A']);
    commits++;
    git(['commit', '--quiet', '-m', message], `2024-03-${String(commits).padStart(2, '0')}T10:00:00Z`);
    const sha = git(['rev-parse', 'HEAD']);
    for (const change of changes) {
      for (const mark of change.builder?.marks ?? []) labels.push({ ...mark.label, path: change.path, line: mark.line, syntax: change.syntax, preview: previewOf(mark.value), commit: sha });
    }
  };

  const readme = new FileBuilder();
  readme.addAll('# Payments service\n\nCopy `.env.example` to `.env` and fill in the values.\n\n```bash');
  readme.add('export STRIPE_SECRET_KEY=sk_live_your_key_here', trap('placeholder'));
  readme.add('```');
  const app = (tokenLine: (b: FileBuilder) => void) => {
    const b = new FileBuilder();
    b.addAll("const express = require('express');\nconst app = express();");
    tokenLine(b);
    b.addAll("app.listen(process.env.PORT || 3000);");
    return b;
  };
  commit('Initial commit', [
    { path: 'README.md', syntax: 'markdown', builder: readme },
    { path: 'src/server.js', syntax: 'javascript', builder: app((b) => b.add('const apiKey = process.env.PARTNER_API_KEY;', trap('env-reference'))) },
  ]);

  const env = new FileBuilder();
  const dbPassword = randomPassword(random, 18);
  env.add(`DB_PASSWORD=${dbPassword}`, secret('generic-password'), dbPassword);
  const session = mixedChars(random, alphabets.hex, 64);
  env.add(`SESSION_SECRET=${session}`, secret('generic-hex64'), session);
  const url = `postgres://payments:${urlSafePassword(random)}@payments-db.prod.internal:5432/payments`;
  env.add(`DATABASE_URL=${url}`, secret('database-url'), url);
  commit('Add local environment', [{ path: '.env', syntax: 'env', builder: env }]);

  const hardCoded = drawSecret(random);
  const withToken = app((b) => b.add(`const apiKey = '${hardCoded.value}';`, secret(hardCoded.kind), hardCoded.value));
  commit('Quick fix for partner API', [{ path: 'src/server.js', syntax: 'javascript', builder: withToken }]);

  const gitignore = new FileBuilder();
  gitignore.addAll('.env\nnode_modules/');
  commit('Stop tracking .env', [{ path: '.env', syntax: 'env' }, { path: '.gitignore', syntax: 'gitignore', builder: gitignore }]);

  commit('Read partner key from the environment', [{ path: 'src/server.js', syntax: 'javascript', builder: app((b) => b.add('const apiKey = process.env.PARTNER_API_KEY;', trap('env-reference'))) }]);

  const k8s = new FileBuilder();
  k8s.addAll('apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ntype: Opaque\ndata:');
  const stripe = `sk_live_${mixedChars(random, alphabets.base62, 24)}`;
  k8s.add(`  STRIPE_SECRET_KEY: ${Buffer.from(stripe).toString('base64')}`, secret('stripe-secret-key'), stripe);
  k8s.add(`  PLACEHOLDER_TOKEN: ${Buffer.from('changeme').toString('base64')}`, trap('k8s-base64-placeholder'));
  commit('Add payments secret manifest', [{ path: 'k8s/secret.yaml', syntax: 'k8s-secret-data', builder: k8s }]);
  commit('Remove secret manifest; use external-secrets', [{ path: 'k8s/secret.yaml', syntax: 'k8s-secret-data' }]);

  git(['checkout', '--quiet', '-b', 'feature/webhooks']);
  const hooks = new FileBuilder();
  hooks.add('webhooks:');
  const jwt = realisticJwt(random);
  hooks.add(`  service_token: ${jwt}`, secret('jwt'), jwt);
  hooks.add('  signing_secret: ${WEBHOOK_SECRET}', trap('template-variable'));
  commit('WIP webhooks', [{ path: 'config/webhooks.yml', syntax: 'yaml-config', builder: hooks }]);
  git(['checkout', '--quiet', 'main']);

  const ci = new FileBuilder();
  ci.addAll('name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n        env:');
  ci.add('          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}', trap('env-reference'));
  const npmToken = drawSecret(random);
  ci.add(`          ${npmToken.words.join('_').toUpperCase()}: ${npmToken.value}`, secret(npmToken.kind), npmToken.value);
  commit('Add CI', [{ path: '.github/workflows/ci.yml', syntax: 'github-actions', builder: ci }]);
  const ciFixed = new FileBuilder();
  ciFixed.addAll(ci.lines.slice(0, -1).join('\n'));
  ciFixed.add(`          ${npmToken.words.join('_').toUpperCase()}: \${{ secrets.${npmToken.words.join('_').toUpperCase()} }}`, trap('env-reference'));
  commit('Move CI token to secrets', [{ path: '.github/workflows/ci.yml', syntax: 'github-actions', builder: ciFixed }]);
  return { path: root, commits, labels };
}
