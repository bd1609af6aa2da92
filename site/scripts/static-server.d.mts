import type { Server } from 'node:http';
export function createStaticServer(rootDir: string, options?: { getRoot?: () => string }): Server;
