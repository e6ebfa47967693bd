// Skip comments in YAML documents (Kubernetes manifests, CloudFormation templates): both formats
// honour Checkov's, KICS's and rampart's comment forms the same way.

// `checkov:skip=CKV_K8S_20:reason` or `checkov:skip=CKV_K8S_20 reason`: the id, then an optional reason.
const checkovSkip = /checkov:skip=([A-Za-z0-9_]+)(?:[:\s]\s*(.*))?$/;
// `rampart-ignore: k8s-a, k8s-b reason`: kebab-case ids separated by commas, then free text.
const rampartIgnore = /rampart-ignore:\s*([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)(.*)$/;
// KICS's `# kics-scan ignore-line`, which silences the line below it.
const kicsIgnoreLine = /kics-scan\s+ignore-line/;

export interface DocumentSkips {
  /** Rule or peer id → reason. */
  skips: Map<string, string>;
  /** 1-based lines whose findings are silenced, with the reason. */
  ignoredLines: Map<number, string>;
}

/**
 * Skip comments written in a document's lines (`firstLine` is the 1-based line of `lines[0]`).
 * Cheap when there are none: a line is looked at only when it holds a `#`.
 */
export function skipsInComments(lines: readonly string[], firstLine: number): DocumentSkips {
  const result: DocumentSkips = { skips: new Map(), ignoredLines: new Map() };
  lines.forEach((line, index) => {
    const hash = line.indexOf('#');
    if (hash === -1) return;
    const comment = line.slice(hash + 1);
    const checkov = checkovSkip.exec(comment);
    if (checkov) result.skips.set(checkov[1]!, checkov[2]?.trim() || `checkov:skip=${checkov[1]}`);
    const own = rampartIgnore.exec(comment);
    if (own) for (const id of own[1]!.split(',')) result.skips.set(id.trim(), own[2]!.trim() || 'rampart-ignore');
    if (kicsIgnoreLine.test(comment)) result.ignoredLines.set(firstLine + index + 1, 'kics-scan ignore-line');
  });
  return result;
}
