import { isMap } from 'yaml';
import { readScalar } from './read-model-nodes.ts';
import type { Job, ScalarField, WorkflowFile } from './workflow-model.ts';
import { entry, mapEntries, type MapEntry, type Span } from './yaml-source.ts';

/** A job's `container:` or one of its `services:`, read straight from the YAML. */
export interface JobContainer {
  job: Job;
  /** `container`, or the service's name. */
  label: string;
  isService: boolean;
  /** The `container:`/service key, for findings about the whole entry. */
  keySpan: Span;
  image: ScalarField | undefined;
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
    return [...(container ? [readContainer(file, job, container, false)] : []), ...services.map((service) => readContainer(file, job, service, true))];
  });
}

/** `container: image:tag` or `container: { image, credentials: { username, password } }`. */
function readContainer(file: WorkflowFile, job: Job, item: MapEntry, isService: boolean): JobContainer {
  const source = file.source;
  const base = { job, label: isService ? item.key : 'container', isService, keySpan: item.keySpan };
  if (!isMap(item.value)) return { ...base, image: readScalar(source, item.value), password: undefined };
  const entries = mapEntries(source, item.value);
  const credentials = mapEntries(source, entry(entries, 'credentials')?.value);
  return { ...base, image: readScalar(source, entry(entries, 'image')?.value), password: readScalar(source, entry(credentials, 'password')?.value) };
}
