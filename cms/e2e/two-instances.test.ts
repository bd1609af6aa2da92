import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startCms, type RunningCms } from '@hoilhpn/testing/cms-process';
import { EDITOR, EDITOR_ACCOUNT_SETUP } from '@hoilhpn/testing/editor-account';
import { EditorClient } from '@hoilhpn/testing/editor-client';
import { testSecrets } from '@hoilhpn/testing/secrets';
import { freePort } from '@hoilhpn/testing/free-port';
import pg from 'pg';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REBUILD_WEBHOOK_NAME } from '../src/rebuild/rebuild-webhook';
import { createTestDatabase, type TestDatabase } from './harness/test-database';
import { noisePngBytes } from './fixtures/upload-files';

/*
 * Two CMS processes on one PostgreSQL database, as behind a load balancer.
 * Each runs the scheduler every second; ten articles fall due at the same
 * moment. Each must be published once: one row, one "entry.publish" sent to
 * the rebuild service (Strapi's cron runs on every instance, #15634). The
 * rebuild webhook exists once however many instances started. Media live in
 * one bucket (a real S3 server from npm on loopback), so what an editor
 * uploads through one instance is served, and deleted, through the other.
 */
const BUCKET = 'hoilhpn-two-instances';
const SECRET = 'hai-may-chu-mot-co-so-du-lieu';

describe.runIf(process.env.TEST_DATABASE === 'postgres')('two CMS instances on one PostgreSQL database', () => {
  let database: TestDatabase & { client: 'postgres' };
  let receiver: Server;
  const calls: { event: string; uid?: string; documentId?: string }[] = [];
  const instances: RunningCms[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-two-instances-'));
  let sql: pg.Client;
  let s3: S3rver;
  let endpoint = '';

  beforeAll(async () => {
    database = (await createTestDatabase('postgres')) as TestDatabase & { client: 'postgres' };
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const payload = JSON.parse(body || '{}') as { event: string; uid?: string; entry?: { documentId?: string } };
        calls.push({ event: payload.event, uid: payload.uid, documentId: payload.entry?.documentId });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const s3Port = await freePort();
    s3 = new S3rver({ address: '127.0.0.1', port: s3Port, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: BUCKET, configs: [] }] });
    await s3.run();
    endpoint = `http://127.0.0.1:${s3Port}`;
    // Instances of one CMS share its secrets (tokens are encrypted with ENCRYPTION_KEY, sessions signed with the rest).
    const env = {
      ...testSecrets(),
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: database.url,
      SCHEDULER_INTERVAL_SECONDS: '1',
      SITE_REBUILD_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`,
      SITE_REBUILD_SECRET: SECRET,
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PUBLIC_URL: `${endpoint}/${BUCKET}/`,
    };
    // The first makes the schema; the second joins the running one.
    for (const name of ['a', 'b']) {
      instances.push(await startCms({ databaseFile: path.join(dir, `${name}.db`), setupModule: EDITOR_ACCOUNT_SETUP, env }));
    }
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await sql?.end();
    await new Promise((resolve) => receiver?.close(resolve));
    await s3?.close();
    await database?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers the rebuild webhook once', async () => {
    const { rows } = await sql.query('select count(*)::int as count from strapi_webhooks where name = $1', [REBUILD_WEBHOOK_NAME]);
    expect(rows[0].count).toBe(1);
  });

  it('publishes each of ten articles due at the same moment exactly once', async () => {
    const editor = new EditorClient(instances[0]!.url);
    await editor.login(EDITOR.email, EDITOR.password);
    const dueAt = new Date(Date.now() + 8_000).toISOString();
    const ids: string[] = [];
    for (let index = 1; index <= 10; index += 1) {
      ids.push(await editor.createDraft({ title: `Tin hẹn giờ chung số ${index}`, lead: 'Sapo.', scheduledPublishAt: dueAt }));
    }
    const published = async () =>
      (await sql.query('select count(distinct document_id)::int as count from articles where published_at is not null and document_id = any($1)', [ids]))
        .rows[0].count as number;
    const deadline = Date.now() + 60_000;
    while ((await published()) < ids.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await published()).toBe(ids.length);
    // Both schedulers keep running: give a second publish every chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 4_000));

    const { rows } = await sql.query(
      'select document_id, count(*) filter (where published_at is not null)::int as published, count(*) filter (where scheduled_publish_at is not null)::int as scheduled from articles where document_id = any($1) group by document_id',
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row, row.document_id).toMatchObject({ published: 1, scheduled: 0 });
    const publishes = calls.filter((call) => call.event === 'entry.publish' && ids.includes(call.documentId ?? ''));
    expect(publishes.map((call) => call.documentId).sort()).toEqual([...ids].sort());
  });

  it('serves and deletes through one instance what an editor uploaded through the other', async () => {
    const [first, second] = [new EditorClient(instances[0]!.url), new EditorClient(instances[1]!.url)];
    await first.login(EDITOR.email, EDITOR.password);
    await second.login(EDITOR.email, EDITOR.password);
    const uploaded = await first.upload('anh-hai-may.png', await noisePngBytes(30_000), 'image/png');
    const listed = await second.file(uploaded.id);
    expect(listed.url).toBe(uploaded.url);
    expect(listed.url.startsWith(`${endpoint}/${BUCKET}/`)).toBe(true);
    const served = await fetch(listed.url);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    // What the CMS stored (Strapi may re-encode an upload): a PNG of the size it recorded, in kB (1000 bytes).
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.round(bytes.byteLength / 10) / 100).toBeCloseTo(listed.size, 1);

    await second.deleteFile(uploaded.id);
    expect((await fetch(listed.url)).status).toBe(404);
  });
});
