export function startBanner(ports: { port: string; sitePort: string; controlPort: string; previewPort: string }): string[];
