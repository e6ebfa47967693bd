import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs.ts';

for (const [path, content] of await renderRuleDocs()) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  process.stdout.write(`wrote ${path}\n`);
}
