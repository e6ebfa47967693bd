import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimises a function once it has run for a while (its "interrupt budget"). A scan runs
 * hundreds of rule, reader and evaluator functions for well under a second each, and by default
 * most of them are optimised on background threads just before they stop being used: measured
 * on a 1.5-second Terraform scan, half a second of CPU went to that (docs/BENCHMARKS.md). With a
 * budget eight times larger only code that keeps running (a long scan's hot loops) is
 * optimised. Imported first by the `rampart` bin, before any scanning code has run; worker
 * threads share the process's flags. Set RAMPART_V8_DEFAULTS=1 to keep V8's defaults.
 */
export const RAMPART_INTERRUPT_BUDGET = 8 * 66 * 1024;

if (process.env.RAMPART_V8_DEFAULTS !== '1') setFlagsFromString(`--interrupt-budget=${RAMPART_INTERRUPT_BUDGET}`);
