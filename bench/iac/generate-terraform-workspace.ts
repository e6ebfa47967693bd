import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A large Terraform workspace written the way teams write one: many root stacks, each with its
 * variables, locals, tfvars and resources (count, for_each, dynamic blocks, jsonencode policies,
 * joins between a bucket and its versioning and encryption resources), each calling several
 * local modules with its own inputs. Nothing random: the same `stacks` always gives the same
 * bytes, so timings of two runs or two commits compare.
 */
export interface TerraformWorkspace {
  rootDir: string;
  stacks: number;
  files: number;
  bytes: number;
  /** Resource blocks written (before count and for_each expansion). */
  resourceBlocks: number;
  /** Module calls written in the stacks. */
  moduleCalls: number;
}

/** Bump when the generated text changes, so a cached workspace is rebuilt. */
const GENERATOR_VERSION = 1;
const moduleKinds = ['storage', 'network', 'compute', 'database', 'identity', 'logging'] as const;
type ModuleKind = (typeof moduleKinds)[number];
/** Direct resource files per stack, each holding one of the resource groups below. */
const resourceFilesPerStack = 4;
const callsPerStack = 3;

export function ensureTerraformWorkspace(parentDir: string, stacks: number): TerraformWorkspace & { isReused: boolean } {
  const rootDir = join(parentDir, `terraform-workspace-${stacks}`);
  const manifestPath = join(rootDir, 'workspace.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as TerraformWorkspace & { version: number };
    if (manifest.version === GENERATOR_VERSION) return { ...manifest, rootDir, isReused: true };
  }
  rmSync(rootDir, { recursive: true, force: true });
  const files = new Map<string, string>();
  let resourceBlocks = 0;
  for (const kind of moduleKinds) {
    for (const [name, text] of Object.entries(moduleFiles(kind))) files.set(`modules/${kind}/${name}`, text);
    resourceBlocks += moduleResourceBlocks[kind];
  }
  for (let stack = 0; stack < stacks; stack++) {
    const dir = `stacks/stack-${String(stack).padStart(3, '0')}`;
    files.set(`${dir}/variables.tf`, stackVariables(stack));
    files.set(`${dir}/locals.tf`, stackLocals(stack));
    files.set(`${dir}/terraform.tfvars`, stackTfvars(stack));
    files.set(`${dir}/modules.tf`, stackModuleCalls(stack));
    for (let group = 0; group < resourceFilesPerStack; group++) {
      const [name, text, blocks] = resourceGroup(stack, group);
      files.set(`${dir}/${name}`, text);
      resourceBlocks += blocks;
    }
  }
  let bytes = 0;
  for (const [path, text] of files) {
    mkdirSync(join(rootDir, path, '..'), { recursive: true });
    writeFileSync(join(rootDir, path), text);
    bytes += Buffer.byteLength(text);
  }
  const workspace: TerraformWorkspace = { rootDir, stacks, files: files.size, bytes, resourceBlocks, moduleCalls: stacks * callsPerStack };
  writeFileSync(manifestPath, `${JSON.stringify({ ...workspace, version: GENERATOR_VERSION }, null, 2)}\n`);
  return { ...workspace, isReused: false };
}

function stackVariables(stack: number): string {
  return `variable "environment" {
  type    = string
  default = "env-${stack}"
}

variable "region" {
  type    = string
  default = "${['us-east-1', 'eu-west-1', 'ap-southeast-2'][stack % 3]}"
}

variable "bucket_names" {
  type    = list(string)
  default = ["assets", "logs", "backups", "exports"]
}

variable "instance_count" {
  type    = number
  default = ${2 + (stack % 3)}
}

variable "admin_cidr" {
  type = string
}

variable "owner" {
  type    = string
  default = "team-${stack % 7}"
}
`;
}

function stackLocals(stack: number): string {
  return `locals {
  prefix    = "\${var.environment}-app${stack}"
  retention = ${stack % 2 === 0 ? 365 : 7}
  common_tags = {
    Environment = var.environment
    Owner       = var.owner
    Stack       = "stack-${stack}"
  }
  subnets = { for index, zone in ["a", "b", "c"] : zone => cidrsubnet("10.${stack % 250}.0.0/16", 8, index) }
  ports   = [22, 80, 443${stack % 4 === 0 ? ', 3389' : ''}]
  buckets = toset([for name in var.bucket_names : "\${local.prefix}-\${name}"])
}
`;
}

function stackTfvars(stack: number): string {
  return `admin_cidr = "${stack % 5 === 0 ? '0.0.0.0/0' : `10.${stack % 250}.0.0/24`}"\n`;
}

function stackModuleCalls(stack: number): string {
  const calls: string[] = [];
  for (let call = 0; call < callsPerStack; call++) {
    const kind = moduleKinds[(stack + call * 2) % moduleKinds.length]!;
    calls.push(`module "${kind}_${call}" {
  source      = "../../modules/${kind}"
  name        = "\${local.prefix}-${kind}"
  encrypted   = ${(stack + call) % 3 !== 0}
  copies      = ${1 + ((stack + call) % 3)}
  tags        = merge(local.common_tags, { Module = "${kind}" })
  allowed_cidr = var.admin_cidr
}
`);
  }
  return calls.join('\n');
}

/** One of a stack's direct resource files: its name, text and number of resource blocks. */
function resourceGroup(stack: number, group: number): [string, string, number] {
  switch (group) {
    case 0:
      return ['storage.tf', stackStorage(stack), 5];
    case 1:
      return ['network.tf', stackNetwork(stack), 4];
    case 2:
      return ['compute.tf', stackCompute(stack), 3];
    default:
      return ['observability.tf', stackObservability(stack), 4];
  }
}

function stackStorage(stack: number): string {
  return `resource "aws_s3_bucket" "data" {
  for_each = local.buckets
  bucket   = each.value
  tags     = merge(local.common_tags, { Name = each.value })
}

resource "aws_s3_bucket_versioning" "data" {
  for_each = aws_s3_bucket.data
  bucket   = each.value.id
  versioning_configuration {
    status = "${stack % 3 === 0 ? 'Suspended' : 'Enabled'}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  for_each = ${stack % 2 === 0 ? 'aws_s3_bucket.data' : '{}'}
  bucket   = each.value.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  for_each                = aws_s3_bucket.data
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = ${stack % 4 !== 1}
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_dynamodb_table" "state" {
  name         = "\${local.prefix}-state"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "LockID"
  attribute {
    name = "LockID"
    type = "S"
  }
  point_in_time_recovery {
    enabled = ${stack % 2 === 0}
  }
  tags = local.common_tags
}
`;
}

function stackNetwork(stack: number): string {
  return `resource "aws_vpc" "main" {
  cidr_block           = "10.${stack % 250}.0.0/16"
  enable_dns_hostnames = true
  tags                 = merge(local.common_tags, { Name = "\${local.prefix}-vpc" })
}

resource "aws_subnet" "private" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = "\${var.region}\${each.key}"
  map_public_ip_on_launch = ${stack % 3 === 0}
}

resource "aws_security_group" "app" {
  name        = "\${local.prefix}-app"
  description = "application servers"
  vpc_id      = aws_vpc.main.id
  dynamic "ingress" {
    for_each = local.ports
    content {
      description = "port \${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [ingress.value == 443 ? "0.0.0.0/0" : var.admin_cidr]
    }
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_flow_log" "main" {
  count           = ${stack % 2}
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
}
`;
}

function stackCompute(stack: number): string {
  return `resource "aws_instance" "web" {
  count         = var.instance_count
  ami           = "ami-0${String(stack).padStart(7, '0')}abcdef0"
  instance_type = count.index == 0 ? "t3.large" : "t3.micro"
  subnet_id     = aws_subnet.private["a"].id
  monitoring    = ${stack % 2 === 0}
  ebs_optimized = true
  vpc_security_group_ids = [aws_security_group.app.id]
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "${stack % 3 === 0 ? 'optional' : 'required'}"
  }
  root_block_device {
    encrypted   = ${stack % 4 !== 0}
    volume_size = 20 + count.index * 10
  }
  tags = merge(local.common_tags, { Name = format("%s-web-%02d", local.prefix, count.index) })
}

resource "aws_ebs_volume" "data" {
  count             = var.instance_count
  availability_zone = "\${var.region}a"
  size              = 100
  encrypted         = ${stack % 2 === 1}
  tags              = local.common_tags
}

resource "aws_iam_role" "web" {
  name = "\${local.prefix}-web"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
  inline_policy {
    name = "access"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ${stack % 5 === 0 ? '"*"' : '["s3:GetObject", "s3:PutObject"]'}
        Resource = ${stack % 5 === 0 ? '"*"' : '[for bucket in aws_s3_bucket.data : "${bucket.arn}/*"]'}
      }]
    })
  }
}
`;
}

function stackObservability(stack: number): string {
  return `resource "aws_cloudwatch_log_group" "flow" {
  name              = "/\${local.prefix}/flow"
  retention_in_days = local.retention
  kms_key_id        = ${stack % 2 === 0 ? 'aws_kms_key.logs.arn' : 'null'}
}

resource "aws_kms_key" "logs" {
  description             = "log encryption for stack ${stack}"
  deletion_window_in_days = 10
  enable_key_rotation     = ${stack % 3 !== 2}
}

resource "aws_sqs_queue" "events" {
  for_each                = toset(["orders", "audit"])
  name                    = "\${local.prefix}-\${each.key}"
  sqs_managed_sse_enabled = ${stack % 2 === 0}
}

resource "aws_sns_topic" "alerts" {
  name              = "\${local.prefix}-alerts"
  kms_master_key_id = ${stack % 3 === 0 ? '""' : '"alias/aws/sns"'}
}
`;
}

const moduleResourceBlocks: Record<ModuleKind, number> = { storage: 3, network: 2, compute: 2, database: 3, identity: 2, logging: 3 };

const moduleVariables = `variable "name" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "copies" {
  type    = number
  default = 1
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "allowed_cidr" {
  type    = string
  default = "10.0.0.0/8"
}
`;

function moduleFiles(kind: ModuleKind): Record<string, string> {
  return {
    'variables.tf': moduleVariables,
    'locals.tf': `locals {\n  name = lower(replace(var.name, "_", "-"))\n  tags = merge(var.tags, { Component = "${kind}" })\n}\n`,
    'main.tf': moduleMain[kind],
    'outputs.tf': `output "name" {\n  value = local.name\n}\n`,
  };
}

const moduleMain: Record<ModuleKind, string> = {
  storage: `resource "aws_s3_bucket" "this" {
  count  = var.copies
  bucket = "\${local.name}-\${count.index}"
  tags   = local.tags
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = var.encrypted ? var.copies : 0
  bucket = aws_s3_bucket.this[count.index].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.copies
  bucket        = aws_s3_bucket.this[count.index].id
  target_bucket = "central-logs"
  target_prefix = "\${local.name}/"
}
`,
  network: `resource "aws_security_group" "this" {
  count       = var.copies
  name        = "\${local.name}-\${count.index}"
  description = "module security group"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.allowed_cidr]
  }
}

resource "aws_lb" "this" {
  name                       = local.name
  internal                   = !var.encrypted
  drop_invalid_header_fields = var.encrypted
  tags                       = local.tags
}
`,
  compute: `resource "aws_launch_template" "this" {
  name_prefix   = local.name
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.encrypted ? "required" : "optional"
  }
}

resource "aws_lambda_function" "this" {
  count         = var.copies
  function_name = "\${local.name}-\${count.index}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  tracing_config {
    mode = var.encrypted ? "Active" : "PassThrough"
  }
}
`,
  database: `resource "aws_db_instance" "this" {
  count                   = var.copies
  identifier              = "\${local.name}-\${count.index}"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  storage_encrypted       = var.encrypted
  publicly_accessible     = !var.encrypted
  backup_retention_period = var.encrypted ? 7 : 0
  kms_key_id              = aws_kms_key.this.arn
  tags                    = local.tags
}

resource "aws_kms_key" "this" {
  description         = "\${local.name} database key"
  enable_key_rotation = var.encrypted
}

resource "aws_rds_cluster" "this" {
  cluster_identifier  = local.name
  engine              = "aurora-postgresql"
  storage_encrypted   = var.encrypted
  master_username     = "admin"
  manage_master_user_password = true
}
`,
  identity: `resource "aws_iam_policy" "this" {
  count = var.copies
  name  = "\${local.name}-\${count.index}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.encrypted ? ["kms:Decrypt"] : ["iam:*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_user" "this" {
  name = local.name
  tags = local.tags
}
`,
  logging: `resource "aws_cloudtrail" "this" {
  name                       = local.name
  s3_bucket_name             = "central-trail"
  is_multi_region_trail      = var.encrypted
  enable_log_file_validation = var.encrypted
  kms_key_id                 = var.encrypted ? "arn:aws:kms:us-east-1:123456789012:key/abc" : null
}

resource "aws_cloudwatch_log_group" "this" {
  count             = var.copies
  name              = "/\${local.name}/\${count.index}"
  retention_in_days = var.encrypted ? 365 : 1
}

resource "aws_ecr_repository" "this" {
  name                 = local.name
  image_tag_mutability = var.encrypted ? "IMMUTABLE" : "MUTABLE"
  image_scanning_configuration {
    scan_on_push = var.encrypted
  }
}
`,
};
