#!/usr/bin/env node
// V8 settings first: they must be in place before the scanning code runs.
import '../dist/cli/tune-v8.js';
import '../dist/cli/main.js';
