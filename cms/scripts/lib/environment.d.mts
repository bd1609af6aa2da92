export const CMS_DIR: string;
export const OFFLINE_ENV: Record<string, string>;
export function envFilePath(environment?: NodeJS.ProcessEnv): string;
export function ensureDevelopmentSecrets(environment?: NodeJS.ProcessEnv): string[];
export function applyOfflineEnvironment(environment?: NodeJS.ProcessEnv): void;
