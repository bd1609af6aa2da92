#!/usr/bin/env node
// @ts-check
// Builds the site once (`pnpm --dir site build`), configured by the
// environment (build-release.mjs, buildSettings). The rebuild service keeps a
// build server running instead (build-server.mjs), which builds the same way
// with what the last build computed still in memory.
import { buildRelease, buildSettings } from './build-release.mjs';

const ok = await buildRelease(buildSettings(process.env));
process.exitCode = ok ? 0 : 1;
