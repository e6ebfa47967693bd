import type { InventoryPackage } from '../../core/package-inventory.ts';

/**
 * Dev/production and dependency paths from a lockfile's graph: a package is production when a
 * production direct dependency reaches it, and its path is the shortest chain from a direct one.
 * Breadth-first, so cycles (which real lockfiles have) end the walk instead of looping.
 */
export interface GraphRoots {
  production: Iterable<string>;
  development: Iterable<string>;
}

export interface GraphVerdict {
  dev: boolean;
  /** Undefined when the chain is longer than maxPathLength (a hostile or pathological graph). */
  dependencyPath: string[] | undefined;
}

/** Real chains are a few dozen deep; a cap keeps a crafted 100,000-deep chain from costing quadratic memory. */
const maxPathLength = 64;

interface Visit {
  dev: boolean;
  parent: string | undefined;
  depth: number;
}

/** `edges(node)` lists the node ids a node depends on; `label(node)` is the name shown in paths. */
export function walkDependencyGraph(roots: GraphRoots, edges: (node: string) => Iterable<string>, label: (node: string) => string): Map<string, GraphVerdict> {
  const visits = new Map<string, Visit>();
  walkFrom(roots.production, false, visits, edges);
  walkFrom(roots.development, true, visits, edges);
  const verdicts = new Map<string, GraphVerdict>();
  for (const [node, visit] of visits) verdicts.set(node, { dev: visit.dev, dependencyPath: pathTo(node, visit, visits, label) });
  return verdicts;
}

function walkFrom(starts: Iterable<string>, dev: boolean, visits: Map<string, Visit>, edges: (node: string) => Iterable<string>): void {
  const queue: string[] = [];
  for (const start of starts) {
    if (visits.has(start)) continue;
    visits.set(start, { dev, parent: undefined, depth: 1 });
    queue.push(start);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const depth = visits.get(node)!.depth + 1;
    for (const next of edges(node)) {
      if (visits.has(next)) continue;
      visits.set(next, { dev, parent: node, depth });
      queue.push(next);
    }
  }
}

function pathTo(node: string, visit: Visit, visits: Map<string, Visit>, label: (node: string) => string): string[] | undefined {
  if (visit.depth > maxPathLength) return undefined;
  // Collected from the package up to its direct dependency, then read back in that reverse order.
  const upward: string[] = [];
  for (let current: string | undefined = node; current !== undefined; current = visits.get(current)!.parent) upward.push(label(current));
  return upward.map((_, index) => upward[upward.length - 1 - index]!);
}

/**
 * Records on each package every package it depends on: all of `edges(node)`, for every node that
 * became a package, whether or not a walk from the roots reaches it, so a package with two parents
 * is listed under both. Targets that are not packages (the project, a link) are left out.
 */
export function linkDependencies(packagesByNode: ReadonlyMap<string, InventoryPackage>, edges: (node: string) => Iterable<string>): void {
  for (const [node, item] of packagesByNode) {
    const seen = new Set<InventoryPackage>();
    for (const next of edges(node)) {
      const target = packagesByNode.get(next);
      if (target && target !== item) seen.add(target);
    }
    if (seen.size > 0) item.dependsOn = [...seen].map((target) => ({ name: target.name, version: target.version }));
  }
}
