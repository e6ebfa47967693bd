import { isMap } from 'yaml';
import { readScalar } from './read-model-nodes.ts';
import type { Job, ScalarField, WorkflowFile } from './workflow-model.ts';
import { entry, mapEntries, seqItems, type MapEntry, type Span } from './yaml-source.ts';

/** A job's `container:` or one of its `services:`, read straight from the YAML. */
export interface JobContainer {
  job: Job;
  /** `container`, or the service's name. */
  label: string;
  isService: boolean;
  /** The `container:`/service key, for findings about the whole entry. */
  keySpan: Span;
  image: ScalarField | undefined;
  /**
   * The images the entry can run: its literal image, or each value of `matrix.<key>` when the image
   * is `${{ matrix.<key> }}`; empty for other expressions, which cannot be known from the file.
   */
  imageCandidates: string[];
  /** `credentials.password`, when the entry sets one. */
  password: ScalarField | undefined;
}

/** Every container and service image of a workflow's jobs, in file order. */
export function jobContainers(file: WorkflowFile): JobContainer[] {
  const source = file.source;
  const jobsNode = entry(mapEntries(source, source.doc.contents), 'jobs')?.value;
  const jobNodes = new Map(mapEntries(source, jobsNode).map((item) => [item.key, item.value] as const));
  return file.jobs.flatMap((job) => {
    const entries = mapEntries(source, jobNodes.get(job.id));
    const container = entry(entries, 'container');
    const services = mapEntries(source, entry(entries, 'services')?.value);
    const matrix = mapEntries(source, entry(mapEntries(source, entry(entries, 'strategy')?.value), 'matrix')?.value);
    const read = (item: MapEntry, isService: boolean) => withCandidates(file, readContainer(file, job, item, isService), matrix);
    return [...(container ? [read(container, false)] : []), ...services.map((service) => read(service, true))];
  });
}

/** `container: image:tag` or `container: { image, credentials: { username, password } }`. */
function readContainer(file: WorkflowFile, job: Job, item: MapEntry, isService: boolean): Omit<JobContainer, 'imageCandidates'> {
  const source = file.source;
  const base = { job, label: isService ? item.key : 'container', isService, keySpan: item.keySpan };
  if (!isMap(item.value)) return { ...base, image: readScalar(source, item.value), password: undefined };
  const entries = mapEntries(source, item.value);
  const credentials = mapEntries(source, entry(entries, 'credentials')?.value);
  return { ...base, image: readScalar(source, entry(entries, 'image')?.value), password: readScalar(source, entry(credentials, 'password')?.value) };
}

/** `${{ matrix.name }}` and nothing else around it; captures the matrix key. */
const matrixReference = /^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$/;

function withCandidates(file: WorkflowFile, container: Omit<JobContainer, 'imageCandidates'>, matrix: MapEntry[]): JobContainer {
  const image = container.image?.value.trim() ?? '';
  const key = matrixReference.exec(image)?.[1];
  if (key) return { ...container, imageCandidates: matrixValues(file, matrix, key) };
  return { ...container, imageCandidates: image.includes('${{') || image === '' ? [] : [image] };
}

/** Every literal value a matrix key takes: its own list and each `include:` entry that sets it. */
function matrixValues(file: WorkflowFile, matrix: MapEntry[], key: string): string[] {
  const source = file.source;
  const listed = seqItems(source, entry(matrix, key)?.value).map((item) => readScalar(source, item)?.value);
  const included = seqItems(source, entry(matrix, 'include')?.value).map((item) => readScalar(source, entry(mapEntries(source, item), key)?.value)?.value);
  const values = [...listed, ...included].flatMap((value) => (value === undefined || value.trim() === '' || value.includes('${{') ? [] : [value.trim()]));
  return [...new Set(values)];
}
