import { createPackage } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage } from '../../inventory-package.ts';
import type { AuditablePackage } from './read-cargo-auditable.ts';

/**
 * Inventory packages from a cargo-auditable list. Only `crates.io` packages can be matched
 * against advisories; git, local and other sources keep their version but say where they came
 * from. The root crates (the binary's own) are the project; what they depend on is direct.
 */
export function cargoAuditablePackages(path: string, list: readonly AuditablePackage[]): InventoryPackage[] {
  const id = (index: number): string => String(index);
  const roots = list.flatMap((item, index) => (item.root ? [index] : []));
  const direct = new Set(roots.flatMap((index) => list[index]!.dependencies.map(id)));
  const runtimeStarts = [...direct].filter((node) => list[Number(node)]!.kind === 'runtime');
  const buildStarts = [...direct].filter((node) => list[Number(node)]!.kind === 'build');
  const edges = (node: string): string[] => list[Number(node)]!.dependencies.map(id);
  const graph = walkDependencyGraph({ production: runtimeStarts, development: buildStarts }, edges, (node) => list[Number(node)]!.name);
  const packagesByNode = new Map<string, InventoryPackage>();
  list.forEach((item, index) => {
    const node = id(index);
    const fromRegistry = item.source === 'crates.io';
    const verdict = graph.get(node);
    packagesByNode.set(node, createPackage({
      ecosystem: 'crates.io',
      name: item.name,
      version: item.version,
      unresolved: fromRegistry ? undefined : { reason: 'url', detail: item.root ? `the binary's own crate (source: ${item.source})` : `source: ${item.source}` },
      direct: item.root ? true : direct.has(node),
      // Build-script dependencies run at build time and are not linked into the binary.
      dev: item.kind === 'build' || (verdict?.dev ?? false),
      location: { path, startLine: 1 },
      dependencyPath: item.root ? undefined : verdict?.dependencyPath,
    }));
  });
  linkDependencies(packagesByNode, edges);
  return [...packagesByNode.values()];
}
