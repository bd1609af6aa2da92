#!/usr/bin/env node
// @ts-check
// The site build kept running between publishes (the rebuild service starts
// it with an IPC channel). Each message { type: 'build', id, env } runs one
// build as scripts/build.mjs would with that environment added, and is
// answered { type: 'done', id, ok }; what it prints goes to stdout and stderr
// as a cold build's does. Between builds it keeps the content snapshot, the
// last manifest, the routing code and the renderer in memory (warm-state.mjs).
//
// Code it has loaded cannot be reloaded: when the site's code version, or its
// own scripts, are no longer what it started with, it answers
// { type: 'restart', id } without building, and the service starts a new one.
import { buildRelease, buildSettings } from './build-release.mjs';
import { CODE_INPUTS, codeVersion } from './code-version.mjs';
import { WarmState } from './warm-state.mjs';

/**
 * A request from the rebuild service (packages/rebuild/src/build-server.ts).
 * @typedef {{ type: 'build', id: number, env: NodeJS.ProcessEnv }} BuildMessage
 */

if (!process.send) {
  console.error('site: build-server.mjs is started by the rebuild service (an IPC channel); run scripts/build.mjs to build once.');
  process.exit(2);
}
/** @type {(message: object) => void} */
const send = process.send.bind(process);

const loadedCode = () => codeVersion({ inputs: [...CODE_INPUTS, 'site/scripts'] });
const startedWith = await loadedCode();
const state = new WarmState();
let queue = Promise.resolve();

/** Where a build's output ends on stdout (BUILD_DONE_MARK in packages/rebuild/src/build-server.ts): the answer travels apart. */
const BUILD_DONE_MARK = '\u001ebuild-done ';
/** Resolves once everything printed so far, and the end mark, are handed to the pipes. */
const flushed = (/** @type {number} */ id) =>
  Promise.all([
    new Promise((resolve) => process.stdout.write(`\n${BUILD_DONE_MARK}${id}\n`, resolve)),
    new Promise((resolve) => process.stderr.write('', resolve)),
  ]);

/** @param {BuildMessage} message */
async function handle({ id, env }) {
  if ((await loadedCode()) !== startedWith) {
    await state.idle();
    send({ type: 'restart', id });
    return;
  }
  let ok = false;
  try {
    ok = await buildRelease(buildSettings({ ...process.env, ...env }), { state });
  } catch (error) {
    console.error(`site: build failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
  await flushed(id);
  send({ type: 'done', id, ok });
}

process.on('message', (/** @type {BuildMessage | undefined} */ message) => {
  if (message?.type !== 'build') return;
  // One build at a time, in the order asked (the service never asks for two at once).
  queue = queue.then(() => handle(message));
});
// The service is gone: finish saving the snapshot, then go too.
process.on('disconnect', () => {
  void queue.then(() => state.idle()).finally(() => process.exit(0));
});
send({ type: 'ready', codeVersion: startedWith });
