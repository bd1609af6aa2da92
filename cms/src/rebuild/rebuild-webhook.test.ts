import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeWebhookOutcome } from './rebuild-webhook';

const webhook = { name: 'Dựng lại trang tĩnh', url: 'http://127.0.0.1:9/webhook' };

/** A port nothing listens on: what the rebuild webhook meets while `npm start` seeds. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('describeWebhookOutcome', () => {
  it('says nothing when the webhook was accepted', () => {
    expect(describeWebhookOutcome(webhook, { statusCode: 202 })).toBeUndefined();
  });

  it('reports a rebuild service that is not up yet as information, not as a 500', async () => {
    // The message Strapi's webhook runner passes on is fetch's own: take it from a real refused call.
    const message = await fetch(`http://127.0.0.1:${await closedPort()}/webhook`, { method: 'POST' }).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    const report = describeWebhookOutcome(webhook, { statusCode: 500, message });
    expect(report?.level).toBe('info');
    expect(report?.message).toContain('nothing answers at http://127.0.0.1:9/webhook yet');
    expect(report?.message).not.toMatch(/answered 500/);
  });

  it('warns when the service answered with an error', () => {
    expect(describeWebhookOutcome(webhook, { statusCode: 500, message: 'build failed' })).toEqual({
      level: 'warn',
      message: 'Webhook "Dựng lại trang tĩnh" answered 500: build failed',
    });
    expect(describeWebhookOutcome(webhook, { statusCode: 401, message: 'bad secret' })?.level).toBe('warn');
  });
});
