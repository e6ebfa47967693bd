import type { Ecosystem } from './inventory-package.ts';

/**
 * The spelling advisories use for a package name. PyPI compares names by PEP 503 (case, `-`, `_`
 * and `.` do not matter); every other ecosystem here compares them as written.
 */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  // Runs of `-`, `_` and `.` are one separator under PEP 503.
  if (ecosystem === 'PyPI') return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
  return name.trim();
}
