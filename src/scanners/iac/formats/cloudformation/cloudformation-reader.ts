import type { SourceFile } from '../../../../core/source-file.ts';
import { ResourceGraph } from '../../resource-graph.ts';
import type { IacFormatReader, IacReadResult } from '../iac-format-reader.ts';
import { parseTemplateJson } from './parse-template-json.ts';
import { parseTemplateYaml } from './parse-template-yaml.ts';
import { templateResources } from './template-resources.ts';

// Files a template may be written in.
const templateExtension = /\.(?:ya?ml|json|template)$/i;
// The version key CloudFormation templates open with, as a top-level YAML key or a JSON key.
const formatVersion = /^["']?AWSTemplateFormatVersion["']?[ \t]*:|"AWSTemplateFormatVersion"\s*:/m;
// A top-level `Resources:` key (YAML, at the start of a line) or a `"Resources"` JSON key.
const resourcesKey = /^["']?Resources["']?[ \t]*:|"Resources"\s*:/m;
// A resource type of a CloudFormation provider namespace: `Type: AWS::S3::Bucket`, `"Type": "AWS::…"`, Alibaba ROS `ALIYUN::…`.
const resourceType = /["']?Type["']?\s*:\s*["']?(?:AWS|Alexa|Alibaba|ALIYUN|Custom)::/;
// Kubernetes manifests carry both of these top-level keys; a template never does.
const topLevelApiVersion = /^["']?apiVersion["']?[ \t]*:/m;
const topLevelKind = /^["']?kind["']?[ \t]*:/m;

/**
 * CloudFormation and SAM templates in YAML (short-form tags) and JSON. Claims `.yaml`, `.yml`,
 * `.json` and `.template` files whose text opens a template: `AWSTemplateFormatVersion`, or a
 * `Resources` map with provider resource types.
 */
export const cloudformationReader: IacFormatReader = {
  format: 'cloudformation',
  claimsPath: (path) => templateExtension.test(path),
  sniff: (_path, text) => looksLikeTemplate(text),
  read: (file, text) => readTemplate(file, text),
};

/** Cheap textual test first; Kubernetes manifests, workflows and package.json are not templates. */
export function looksLikeTemplate(text: string): boolean {
  if (!text.includes('Resources') && !text.includes('AWSTemplateFormatVersion')) return false;
  if (formatVersion.test(text)) return true;
  if (topLevelApiVersion.test(text) && topLevelKind.test(text)) return false;
  return resourcesKey.test(text) && resourceType.test(text);
}

function readTemplate(file: SourceFile, text: string): IacReadResult {
  const isJson = text.trimStart().startsWith('{');
  const parsed = isJson ? parseTemplateJson(text) : parseTemplateYaml(text);
  if ('message' in parsed) return { resources: [], errors: [{ path: file.path, line: parsed.line, code: 'RAMPART_E_PARSE', message: parsed.message }], notices: [] };
  const { resources, errors } = templateResources(file.path, text, parsed);
  return { resources, graph: new ResourceGraph(resources), errors, notices: [] };
}
