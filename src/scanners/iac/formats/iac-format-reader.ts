import type { ScanError, ScanNotice } from '../../../core/finding.ts';
import type { SourceFile } from '../../../core/source-file.ts';
import type { IacFormat, IacResource } from '../iac-resource.ts';
import type { ResourceGraph } from '../resource-graph.ts';

/** What a format reader makes of one scanned file. */
export interface IacReadResult {
  /** Resources written in this file: the ones judged and reported for it. */
  resources: IacResource[];
  /**
   * Everything evaluated with them (the whole Terraform module, the whole template), for joins;
   * defaults to a graph of `resources`.
   */
  graph?: ResourceGraph;
  errors: ScanError[];
  notices: ScanNotice[];
  /**
   * The same evaluation under other assumptions about what could not be resolved (Terraform:
   * `dynamic` blocks over unknown collections producing no block, then one). A rule that cannot
   * decide on a resource but fails it in every world fails it (`run-iac-rules.ts`).
   */
  worlds?: readonly IacWorld[];
}

/** Resources by address, with the graph they were evaluated in, under one assumption. */
export interface IacWorld {
  resources: ReadonlyMap<string, IacResource>;
  graph: ResourceGraph;
}

/**
 * One IaC format. `claimsPath` decides from the path alone (cheap, before reading);
 * `sniff` decides from the text for files whose extension is shared with other formats (a
 * `.yaml` may be Kubernetes, CloudFormation or neither). `read` parses and evaluates.
 */
export interface IacFormatReader {
  format: IacFormat;
  claimsPath(path: string): boolean;
  sniff?(path: string, text: string): boolean;
  read(file: SourceFile, text: string, options: IacReadOptions): IacReadResult;
}

export interface IacReadOptions {
  /** Terraform input variables given on the command line or in config (`-var name=value`). */
  variables?: Readonly<Record<string, string>>;
  /** Repo-relative `.tfvars` files to load in addition to `terraform.tfvars` and `*.auto.tfvars`. */
  varFiles?: readonly string[];
  /** Variable files given by `--var-file`, read by the CLI since they may lie outside the scanned tree. */
  varFileTexts?: readonly { path: string; text: string }[];
  /**
   * Lives as long as the scanner (one per thread): readers keep work shared by several files
   * here, such as a Terraform module evaluated once for all of its files.
   */
  session?: Map<string, unknown>;
}
