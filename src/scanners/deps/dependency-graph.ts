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
  dependencyPath: string[];
}

/** `edges(node)` lists the node ids a node depends on; `label(node)` is the name shown in paths. */
export function walkDependencyGraph(roots: GraphRoots, edges: (node: string) => Iterable<string>, label: (node: string) => string): Map<string, GraphVerdict> {
  const verdicts = new Map<string, GraphVerdict>();
  walkFrom(roots.production, false, verdicts, edges, label);
  walkFrom(roots.development, true, verdicts, edges, label);
  return verdicts;
}

function walkFrom(starts: Iterable<string>, dev: boolean, verdicts: Map<string, GraphVerdict>, edges: (node: string) => Iterable<string>, label: (node: string) => string): void {
  const queue: string[] = [];
  for (const start of starts) {
    if (verdicts.has(start)) continue;
    verdicts.set(start, { dev, dependencyPath: [label(start)] });
    queue.push(start);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const path = verdicts.get(node)!.dependencyPath;
    for (const next of edges(node)) {
      if (verdicts.has(next)) continue;
      verdicts.set(next, { dev, dependencyPath: [...path, label(next)] });
      queue.push(next);
    }
  }
}
