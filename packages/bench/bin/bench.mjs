#!/usr/bin/env node
// `npm run bench` lands here: loads the TypeScript sources through tsx (no build
// step needed), then runs the benchmark with the given flags.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
