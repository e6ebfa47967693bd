import type { LockfileInput } from './inventory-package.ts';
import { isRecord } from './json-document.ts';
import { normalizePackageName } from './package-names.ts';
import { readSiblingToml } from './toml-document.ts';

export interface PyprojectDependencies {
  /** PEP 503 names. */
  production: Set<string>;
  development: Set<string>;
}

/** A PEP 508 string's name: letters, digits and `._-` up to the first other character. */
const requirementName = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

/**
 * The direct dependencies the pyproject.toml beside a lockfile declares: PEP 621 `[project]`,
 * Poetry's `[tool.poetry]` groups, PEP 735 `[dependency-groups]` and uv's `dev-dependencies`.
 * Undefined when there is no readable pyproject.toml.
 */
export function readPyprojectDependencies(input: LockfileInput): PyprojectDependencies | undefined {
  const document = readSiblingToml(input, 'pyproject.toml');
  if (!document) return undefined;
  const production = new Set<string>();
  const development = new Set<string>();
  const project = isRecord(document.project) ? document.project : {};
  addRequirements(production, project.dependencies);
  const tool = isRecord(document.tool) ? document.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  addTableKeys(production, poetry.dependencies);
  addTableKeys(development, poetry['dev-dependencies']);
  for (const group of Object.values(isRecord(poetry.group) ? poetry.group : {})) if (isRecord(group)) addTableKeys(development, group.dependencies);
  for (const group of Object.values(isRecord(document['dependency-groups']) ? document['dependency-groups'] : {})) addRequirements(development, group);
  const uv = isRecord(tool.uv) ? tool.uv : {};
  addRequirements(development, uv['dev-dependencies']);
  production.delete('python');
  for (const name of production) development.delete(name);
  return { production, development };
}

function addRequirements(target: Set<string>, list: unknown): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const match = typeof item === 'string' ? requirementName.exec(item) : null;
    if (match) target.add(normalizePackageName('PyPI', match[1]!));
  }
}

function addTableKeys(target: Set<string>, table: unknown): void {
  if (isRecord(table)) for (const name of Object.keys(table)) target.add(normalizePackageName('PyPI', name));
}
