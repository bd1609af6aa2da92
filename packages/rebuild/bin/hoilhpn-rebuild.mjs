#!/usr/bin/env node
// A committed entry point: pnpm links a package's bin at install, before the
// shared packages are built, and warned on every first install that dist/main.js
// did not exist. This file always exists; it runs the built command.
import '../dist/main.js';
