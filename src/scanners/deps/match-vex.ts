import { RampartError } from '../../core/errors.ts';
import type { Finding, ScanResult } from '../../core/finding.ts';

/** The OpenVEX statuses (https://github.com/openvex/spec); only the first two silence a finding. */
type VexStatus = 'not_affected' | 'fixed' | 'affected' | 'under_investigation';
const vexStatuses: readonly string[] = ['not_affected', 'fixed', 'affected', 'under_investigation'];

export interface VexStatement {
  /** The vulnerability's name and the aliases the statement gives (CVE, GHSA …). */
  readonly vulnerabilities: readonly string[];
  /** Package URLs of the products the statement is about; one without a version covers every version. */
  readonly products: readonly string[];
  readonly status: VexStatus;
  readonly justification: string | undefined;
  readonly impactStatement: string | undefined;
  /** Where it came from, for the suppression reason. */
  readonly source: string;
}

/**
 * Reads one OpenVEX document (v0.2.0, or the older form where `vulnerability` and products are
 * plain strings). A document that is not OpenVEX is a usage error: silently ignoring it would
 * leave findings the user meant to explain, or hide that the file is wrong.
 */
export function readOpenVex(text: string, source: string): VexStatement[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `not JSON: ${(error as Error).message}`);
  }
  const statements = (document as { statements?: unknown } | null)?.statements;
  if (!Array.isArray(statements)) throw invalid(source, 'no "statements" array');
  return statements.map((statement: unknown, index) => readStatement(statement, `${source} statement ${index + 1}`));
}

function readStatement(value: unknown, where: string): VexStatement {
  if (value === null || typeof value !== 'object') throw invalid(where, 'not an object');
  const statement = value as Record<string, unknown>;
  const status = statement.status;
  if (typeof status !== 'string' || !vexStatuses.includes(status)) throw invalid(where, `status must be one of ${vexStatuses.join(', ')}`);
  const vulnerabilities = vulnerabilityNames(statement.vulnerability);
  if (vulnerabilities.length === 0) throw invalid(where, 'no vulnerability name');
  const products = Array.isArray(statement.products) ? statement.products.map(productId).filter((id): id is string => id !== undefined) : [];
  if (products.length === 0) throw invalid(where, 'no product with a package URL (@id)');
  return {
    vulnerabilities,
    products,
    status: status as VexStatus,
    justification: typeof statement.justification === 'string' ? statement.justification : undefined,
    impactStatement: typeof statement.impact_statement === 'string' ? statement.impact_statement : undefined,
    source: where,
  };
}

function vulnerabilityNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  const { name, aliases } = value as { name?: unknown; aliases?: unknown };
  return [name, ...(Array.isArray(aliases) ? aliases : [])].filter((item): item is string => typeof item === 'string' && item !== '');
}

function productId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const id = (value as { '@id'?: unknown } | null)?.['@id'];
  return typeof id === 'string' ? id : undefined;
}

function invalid(where: string, problem: string): RampartError {
  return new RampartError('RAMPART_E_USAGE', `--vex ${where}: not a usable OpenVEX document: ${problem}`, { hint: 'see https://github.com/openvex/spec for the format' });
}

/**
 * Moves the dependency findings that a `not_affected` or `fixed` statement covers to the
 * suppressed list, with the justification as the reason. The last statement that applies wins,
 * as later OpenVEX statements supersede earlier ones.
 */
/** The latest statement that covers the finding (later statements supersede earlier ones), without copying the list per finding. */
function lastCovering(statements: readonly VexStatement[], finding: Finding): VexStatement | undefined {
  for (let index = statements.length - 1; index >= 0; index--) if (covers(statements[index]!, finding)) return statements[index];
  return undefined;
}

export function applyVex(result: ScanResult, statements: readonly VexStatement[]): ScanResult {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [...result.suppressed];
  for (const finding of result.findings) {
    const statement = lastCovering(statements, finding);
    if (statement && (statement.status === 'not_affected' || statement.status === 'fixed')) {
      suppressed.push({ ...finding, suppressed: { kind: 'vex', reason: reasonOf(statement) } });
      result.stats.byScanner[finding.scanner]!.findings--;
    } else {
      findings.push(finding);
    }
  }
  return { ...result, findings, suppressed };
}

function covers(statement: VexStatement, finding: Finding): boolean {
  if (!finding.vulnerability || !finding.package?.purl) return false;
  const names = new Set([finding.vulnerability.id, ...(finding.vulnerability.aliases ?? [])]);
  if (!statement.vulnerabilities.some((name) => names.has(name))) return false;
  const installed = splitPurl(finding.package.purl);
  return statement.products.some((product) => {
    const wanted = splitPurl(product);
    return wanted.base === installed.base && (wanted.version === undefined || wanted.version === installed.version);
  });
}

/** `pkg:type/namespace/name@version?qualifiers#subpath` → base (lowercased type and name part) and version; qualifiers and subpath do not narrow a match. */
function splitPurl(purl: string): { base: string; version: string | undefined } {
  const withoutExtras = purl.replace(/[?#].*$/, '');
  const at = withoutExtras.lastIndexOf('@');
  // An `@` right after a slash starts an npm scope (`pkg:npm/%40scope` is the encoded form, but some writers leave it raw).
  const hasVersion = at > 0 && withoutExtras[at - 1] !== '/';
  const base = hasVersion ? withoutExtras.slice(0, at) : withoutExtras;
  return { base: decodeURIComponent(base).toLowerCase(), version: hasVersion ? decodeURIComponent(withoutExtras.slice(at + 1)) : undefined };
}

function reasonOf(statement: VexStatement): string {
  const detail = [statement.justification, statement.impactStatement].filter(Boolean).join(': ');
  return `VEX ${statement.status}${detail ? ` (${detail})` : ''}, ${statement.source}`;
}
