import type { InventoryPackage } from './inventory-package.ts';

/**
 * OS package databases name dependencies that may be virtual (`so:libc.musl…`, `mail-transport-agent`)
 * or not installed; an SBOM edge must point at a package that is there. Drops the others, and
 * `dependsOn` itself when nothing is left.
 */
export function keepEdgesToInstalled(packages: InventoryPackage[]): void {
  const installed = new Set(packages.map((item) => item.name));
  for (const item of packages) {
    if (!item.dependsOn) continue;
    item.dependsOn = item.dependsOn.filter((reference) => installed.has(reference.name));
    if (item.dependsOn.length === 0) delete item.dependsOn;
  }
}
