import { expectedRuleByKind, plantedKinds, type PlantedKind, type PlantedSecret } from './corpus/planted-secrets.ts';
import type { HistoryPlant } from './history/build-history-repo.ts';
import type { RampartReport } from './tools/rampart.ts';

export interface KindRecall {
  kind: PlantedKind;
  planted: number;
  found: number;
  /** False when rampart has no rule for this kind yet: misses are expected, not a failure. */
  isCovered: boolean;
}

export interface SelfCheck<T> {
  kinds: KindRecall[];
  missed: T[];
  isPassing: boolean;
}

type ReportedFinding = RampartReport['findings'][number];

/**
 * A fast scanner that finds nothing would win every race, so the bench insists that every
 * planted secret of a kind rampart has a rule for shows up in the report where it was planted.
 */
function checkRecall<T extends { kind: PlantedKind }>(
  planted: readonly T[],
  report: RampartReport,
  ruleIds: readonly string[],
  isAt: (secret: T, finding: ReportedFinding) => boolean,
): SelfCheck<T> {
  const isFound = (secret: T): boolean => report.findings.some((finding) => expectedRuleByKind[secret.kind].test(finding.ruleId) && isAt(secret, finding));
  const missed: T[] = [];
  const kinds = plantedKinds.map((kind): KindRecall => {
    const ofKind = planted.filter((secret) => secret.kind === kind);
    const isCovered = ruleIds.some((id) => expectedRuleByKind[kind].test(id));
    const notFound = ofKind.filter((secret) => !isFound(secret));
    if (isCovered) missed.push(...notFound);
    return { kind, planted: ofKind.length, found: ofKind.length - notFound.length, isCovered };
  });
  return { kinds, missed, isPassing: missed.length === 0 && kinds.some((kind) => kind.isCovered && kind.found > 0) };
}

/** Directory scan: each planted secret at its path and line. */
export function checkPlantedSecrets(planted: readonly PlantedSecret[], report: RampartReport, ruleIds: readonly string[]): SelfCheck<PlantedSecret> {
  return checkRecall(planted, report, ruleIds, (secret, finding) => finding.location.path === secret.path && finding.location.startLine === secret.line);
}

/** History scan: each planted secret in the file and commit that added it. */
export function checkHistoryPlants(planted: readonly HistoryPlant[], report: RampartReport, ruleIds: readonly string[]): SelfCheck<HistoryPlant> {
  return checkRecall(planted, report, ruleIds, (secret, finding) => finding.location.path === secret.path && finding.location.commit === secret.commit);
}
