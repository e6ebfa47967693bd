import { isIacObject, isUnknown, type IacObject, type IacValue } from './iac-value.ts';

export type IacFormat = 'terraform' | 'cloudformation' | 'kubernetes' | 'dockerfile';

export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * One thing a rule judges: a Terraform resource or data source, a CloudFormation resource, a
 * Kubernetes object, a Dockerfile. Every format reader produces these, so rules, the graph,
 * custom rules and compliance summaries work the same way on all of them.
 */
export interface IacResource {
  format: IacFormat;
  /** `aws_s3_bucket`, `AWS::S3::Bucket`, `Deployment`, `Dockerfile`. */
  type: string;
  /** `data`, the logical id, `metadata.name`, the file name. */
  name: string;
  /** Unique in the scan target and stable across edits: `module.logs.aws_s3_bucket.data[0]`, `Resources.DataBucket`, `Deployment/default/web`. */
  address: string;
  /** Repo-relative path of the file the resource is written in. */
  path: string;
  startLine: number;
  endLine: number;
  /**
   * The evaluated configuration: Terraform arguments and nested blocks (a nested block is always
   * an array of objects, as blocks may repeat), CloudFormation `Properties`, a Kubernetes
   * object's whole document.
   */
  attributes: IacObject;
  /**
   * Where each attribute is written, keyed by its path with array indices (`ingress.0.cidr_blocks`).
   * Paths not present fall back to the nearest written ancestor, then to the resource's start.
   */
  positions: ReadonlyMap<string, SourcePosition>;
  /** Addresses of resources this one refers to, from any attribute (for joins such as S3 bucket → its encryption resource). */
  references: readonly string[];
  /** Checkov/Trivy/rampart skip comments written anywhere inside the resource (rule or peer id → reason). */
  skips?: ReadonlyMap<string, string>;
  /** Lines whose findings a line-level skip comment silences (KICS `# kics-scan ignore-line`), with the reason. */
  ignoredLines?: ReadonlyMap<number, string>;
  /** A format's own typed model when plain attributes do not suit its rules (a Dockerfile's instructions). */
  model?: unknown;
  /**
   * Set when the resource is a fragment merged into an object written elsewhere (a Kustomize
   * patch): it is judged only on values it writes itself, since what it leaves out comes from
   * the base. The reason says where it is merged.
   */
  partial?: { reason: string };
}

/** A path as rules write it: dotted, with optional array indices (`versioning.0.enabled`, `spec.containers`). */
export type AttributePath = string;

/**
 * The value at a path, or undefined when it is not written. Walking into an array of blocks with
 * a name (not an index) takes the first block, since most blocks occur once; use `valuesAt` when
 * every occurrence matters. Walking through an unknown yields that unknown.
 */
export function valueAt(source: IacResource | IacValue | undefined, path: AttributePath): IacValue | undefined {
  let current: IacValue | undefined = isResource(source) ? source.attributes : source;
  const segments = splitPath(path);
  // Indexed loops: `for…of` allocates per element until V8 optimises the caller, and rules call these constantly.
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (current === undefined || current === null) return undefined;
    if (isUnknown(current)) return current;
    if (Array.isArray(current)) {
      if (isIndexSegment(segment)) {
        current = current[Number(segment)];
        continue;
      }
      current = current[0];
      if (current === undefined || isUnknown(current)) return current;
    }
    if (!isIacObject(current)) return undefined;
    current = Object.hasOwn(current, segment) ? current[segment] : undefined;
  }
  return current;
}

/**
 * Every value at a path, descending into each element of every array on the way
 * (`ingress.cidr_blocks` gives the CIDR lists of all ingress blocks). An unknown met on the way
 * is returned as one of the values.
 */
export function valuesAt(source: IacResource | IacValue | undefined, path: AttributePath): IacValue[] {
  if (source === undefined) return [];
  let current: IacValue[] = [isResource(source) ? source.attributes : source];
  const segments = splitPath(path);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const next: IacValue[] = [];
    for (let valueIndex = 0; valueIndex < current.length; valueIndex++) {
      const value = current[valueIndex]!;
      if (isUnknown(value)) next.push(value);
      else if (Array.isArray(value)) {
        if (isIndexSegment(segment)) pushDefined(next, value[Number(segment)]);
        else {
          for (let elementIndex = 0; elementIndex < value.length; elementIndex++) {
            const element = value[elementIndex];
            pushDefined(next, isIacObject(element) ? element[segment] : isUnknown(element) ? element : undefined);
          }
        }
      } else if (isIacObject(value) && Object.hasOwn(value, segment)) pushDefined(next, value[segment]);
    }
    current = next;
  }
  return current;
}

/** Elements of a block list or list attribute at a path (a single object counts as a list of one). */
export function blocksAt(source: IacResource | IacValue | undefined, path: AttributePath): IacValue[] {
  const value = valueAt(source, path);
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The line and column an attribute path is written at: the path is first made canonical (array
 * indices filled in as `valueAt` walks), then the longest written prefix wins; the resource's
 * own start when nothing on the path is written.
 */
export function positionOf(resource: IacResource, path: AttributePath | undefined): SourcePosition {
  const fallback = { line: resource.startLine, column: 1 };
  if (!path) return fallback;
  const canonical = canonicalPath(resource.attributes, splitPath(path));
  for (let length = canonical.length; length > 0; length--) {
    const found = resource.positions.get(canonical.slice(0, length).join('.'));
    if (found) return found;
  }
  return fallback;
}

function canonicalPath(root: IacValue, segments: readonly string[]): string[] {
  const out: string[] = [];
  let current: IacValue | undefined = root;
  for (const segment of segments) {
    if (Array.isArray(current) && !/^\d+$/.test(segment)) {
      out.push('0');
      current = current[0];
    }
    out.push(segment);
    current = Array.isArray(current) ? current[Number(segment)] : isIacObject(current) ? current[segment] : undefined;
  }
  return out;
}

// Rules ask for the same few hundred paths for every resource: split each once.
/** Whether a path segment is an array index (`0`, `12`): digits only. */
function isIndexSegment(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let index = 0; index < segment.length; index++) {
    const code = segment.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const splitPaths = new Map<string, readonly string[]>();
const MAX_SPLIT_PATHS = 10_000;

function splitPath(path: AttributePath): readonly string[] {
  let segments = splitPaths.get(path);
  if (segments === undefined) {
    segments = path === '' ? [] : path.split('.');
    if (splitPaths.size < MAX_SPLIT_PATHS) splitPaths.set(path, segments);
  }
  return segments;
}

function pushDefined(into: IacValue[], value: IacValue | undefined): void {
  if (value !== undefined) into.push(value);
}

function isResource(value: unknown): value is IacResource {
  return typeof value === 'object' && value !== null && 'attributes' in value && 'positions' in value && 'address' in value;
}

/** Attributes as a positionless resource, for unit tests and readers that have no positions. */
export function positionsFromPaths(entries: readonly (readonly [string, number])[]): Map<string, SourcePosition> {
  return new Map(entries.map(([path, line]) => [path, { line, column: 1 }]));
}
