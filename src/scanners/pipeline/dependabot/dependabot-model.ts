import type { Anchor, ScalarField } from '../workflow-model.ts';
import type { Span, YamlSource } from '../yaml-source.ts';

/** One `updates:` entry: an ecosystem in a directory that Dependabot keeps up to date. */
export interface DependabotUpdate {
  anchor: Anchor;
  /** The `- package-ecosystem: …` item as a whole. */
  span: Span;
  ecosystem: ScalarField | undefined;
  directory: ScalarField | undefined;
  /** `insecure-external-code-execution: allow | deny`. */
  externalCodeExecution: ScalarField | undefined;
  /** The `cooldown:` key and its `default-days`, when present. */
  cooldown: { keySpan: Span; defaultDays: ScalarField | undefined } | undefined;
}

/** One private registry under `registries:` and the credential fields it sets. */
export interface DependabotRegistry {
  name: string;
  keySpan: Span;
  type: ScalarField | undefined;
  /** `password`, `token` or `key` (and their values), in file order. */
  credentials: { field: string; value: ScalarField }[];
}

/** `.github/dependabot.yml`. */
export interface DependabotFile {
  kind: 'dependabot';
  path: string;
  source: YamlSource;
  updates: DependabotUpdate[];
  registries: DependabotRegistry[];
}
