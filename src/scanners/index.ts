import type { ScannerFactory } from '../core/scanner.ts';

/** Registry of scanner kinds. Each entry loads its rules only when created. */
export const scannerFactories = [
  {
    name: 'secrets',
    summary: 'Leaked credentials: token formats with checksums, private keys, keyword-plus-entropy assignments',
    isDefault: true,
    create: async (config) => (await import('./secrets/index.ts')).createSecretsScanner(config as never),
  },
  {
    name: 'pipeline',
    summary: 'GitHub Actions workflows and action metadata, and GitLab CI pipelines with their local includes: template and script injection, unpinned actions, includes and images, privileged triggers running fork code, token permissions, unguarded deployments',
    isDefault: true,
    create: async (config) => (await import('./pipeline/index.ts')).createPipelineScanner(config as never),
  },
  {
    name: 'deps',
    summary: 'Known-vulnerable dependencies: packages pinned by lockfiles and manifests (npm, PyPI, Go, crates.io, RubyGems, Packagist, Maven, NuGet) matched offline against the local OSV database',
    isDefault: true,
    create: async (config) => (await import('./deps/index.ts')).createDepsScanner(config as never),
  },
  {
    name: 'iac',
    summary: 'Infrastructure as code: Terraform (evaluated with variables, locals and local modules), CloudFormation, Kubernetes manifests and Dockerfiles checked for cloud and cluster misconfigurations',
    isDefault: true,
    create: async (config) => (await import('./iac/index.ts')).createIacScanner(config as never),
  },
  {
    name: 'image',
    summary: 'Container image configuration (rampart image only): runs as root, no health check, SSH exposed, layers added from remote URLs, credentials in the environment, a base image recorded by tag without a digest',
    isDefault: false,
    create: async () => (await import('./image/index.ts')).createImageConfigScanner(),
  },
] as const satisfies readonly ScannerFactory[];

export type ScannerName = (typeof scannerFactories)[number]['name'];

export const scannerNames: readonly string[] = scannerFactories.map((factory) => factory.name);

export const defaultScannerNames: readonly string[] = scannerFactories.filter((factory) => factory.isDefault).map((factory) => factory.name);
