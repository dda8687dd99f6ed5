export { ConfigError, parseConfig, type Env } from './parse-config';
export { ApiConfig, loadApiConfig } from './api-config';
export { WorkerConfig, loadWorkerConfig } from './worker-config';
export { LauncherConfig, loadLauncherConfig } from './launcher-config';
export { WebConfig, loadWebConfig } from './web-config';
export { TestConfig, loadTestConfig } from './test-config';
export { inheritedEnvironment } from './inherited-environment';
export { AdaptersConfig, adaptersFields, checkAdaptersConfig, loadAdaptersConfig } from './adapters-config';
export { CliConfig, loadCliConfig } from './cli-config';
