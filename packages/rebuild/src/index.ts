export { BuildScheduler, type BuildRequest } from './build-scheduler.js';
export { DEFAULT_DEBOUNCE_MS, readConfig, readRelayConfig, type RebuildConfig, type RelayConfig } from './config.js';
export { createControlServer, MAX_BODY_BYTES, SECRET_HEADER, type ControlTarget } from './control-server.js';
export { GithubDispatchRelay, DISPATCH_EVENT_TYPE } from './github-dispatch-relay.js';
export { RebuildService, type LastBuild } from './rebuild-service.js';
export { ReleaseStore, type BuildInfo, type RolledBack } from './releases.js';
export { runBuild, type BuildCommand } from './run-build.js';
export { createStaticServer } from './static-server.js';
export { validateRelease, REQUIRED_FILES } from './validate-release.js';
