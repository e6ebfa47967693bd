import type { IacValue } from '../../iac-value.ts';

/**
 * The syntax of a Terraform file, reduced to what evaluation needs. Both native HCL (through
 * tree-sitter) and `.tf.json` produce it, so one evaluator serves both.
 */
export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  expression: Expression;
  line: number;
  column: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  line: number;
  column: number;
  endLine: number;
}

/** Where an expression starts (1-based), for positions of object keys and list elements. */
export interface At {
  line: number;
  column: number;
}

export type TraversalStep =
  | { kind: 'attribute'; name: string }
  | { kind: 'index'; key: Expression }
  /** `[*]` / `.*`: the steps after it apply to each element. */
  | { kind: 'splat'; steps: TraversalStep[] };

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'interpolation'; expression: Expression }
  | { kind: 'if'; condition: Expression; whenTrue: TemplatePart[]; whenFalse: TemplatePart[] }
  | { kind: 'for'; keyName?: string; valueName: string; collection: Expression; body: TemplatePart[] };

export type Expression = At &
  (
    | { kind: 'literal'; value: IacValue }
    | { kind: 'template'; parts: TemplatePart[] }
    | { kind: 'tuple'; items: Expression[] }
    | { kind: 'object'; entries: { key: Expression; value: Expression; keyIsName: boolean }[] }
    /** A name followed by attribute/index/splat steps: `var.x`, `aws_s3_bucket.b.id`, `each.value[0]`. */
    | { kind: 'scope'; name: string; steps: TraversalStep[] }
    /** Steps applied to any other expression: `(local.m)["k"]`, `f(x).y`. */
    | { kind: 'traverse'; target: Expression; steps: TraversalStep[] }
    | { kind: 'call'; name: string; args: Expression[]; expandLast: boolean }
    | { kind: 'conditional'; condition: Expression; whenTrue: Expression; whenFalse: Expression }
    | { kind: 'unary'; operator: string; operand: Expression }
    | { kind: 'binary'; operator: string; left: Expression; right: Expression }
    | {
        kind: 'for';
        keyName?: string;
        valueName: string;
        collection: Expression;
        keyExpression?: Expression;
        valueExpression: Expression;
        condition?: Expression;
        grouping: boolean;
      }
    /** Syntax the parser recovered from; evaluates to unknown. */
    | { kind: 'invalid'; text: string }
  );
