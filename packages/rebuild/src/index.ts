export { BuildScheduler, type BuildRequest } from './build-scheduler.js';
export { readConfig, type RebuildConfig } from './config.js';
export { createControlServer, MAX_BODY_BYTES, SECRET_HEADER } from './control-server.js';
export { RebuildService, type LastBuild } from './rebuild-service.js';
export { ReleaseStore, type BuildInfo } from './releases.js';
export { runBuild, type BuildCommand } from './run-build.js';
export { createStaticServer } from './static-server.js';
export { validateRelease, REQUIRED_FILES } from './validate-release.js';
