import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imageBytes } from '../../e2e/fixtures/upload-files';
import { MAX_IMAGE_SIDE } from './allowed-uploads';
import { shrinkLargeImage } from './shrink-image';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-shrink-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Buffer): string {
  const filepath = path.join(dir, name);
  writeFileSync(filepath, bytes);
  return filepath;
}

describe('shrinkLargeImage', () => {
  it('scales a 4000 × 2500 photo down to 2560 px on its longest side, as JPEG', async () => {
    const input = write('lon.jpg', await imageBytes('jpeg', 4000, 2500));
    const output = path.join(dir, 'lon-nho.jpg');
    expect(await shrinkLargeImage(input, 'jpeg', output)).toMatchObject({ width: 2560, height: 1600 });
    expect(await sharp(output).metadata()).toMatchObject({ format: 'jpeg', width: 2560, height: 1600 });
  });

  it('keeps PNG as PNG, and scales a tall image by its height', async () => {
    const input = write('cao.png', await imageBytes('png', 1000, 3000));
    const output = path.join(dir, 'cao-nho.png');
    const shrunk = await shrinkLargeImage(input, 'png', output);
    expect(shrunk).toMatchObject({ width: 853, height: MAX_IMAGE_SIDE });
    expect(await sharp(output).metadata()).toMatchObject({ format: 'png', width: 853, height: 2560 });
  });

  it('turns a phone photo stored sideways (EXIF orientation 6) the right way up', async () => {
    const sideways = await sharp(await imageBytes('jpeg', 3000, 2000))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const output = path.join(dir, 'dung.jpg');
    expect(await shrinkLargeImage(write('nghieng.jpg', sideways), 'jpeg', output)).toMatchObject({ width: 1707, height: 2560 });
    const metadata = await sharp(output).metadata();
    expect([metadata.width, metadata.height, metadata.orientation ?? 1]).toEqual([1707, 2560, 1]);
  });

  it('keeps every frame of an animated GIF', async () => {
    const frames = 3;
    const frame = (colour: string) =>
      sharp({ create: { width: 3000, height: 200, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const gif = await sharp(await Promise.all(['#c05080', '#5080c0', '#80c050'].map(frame)), { join: { animated: true } })
      .gif()
      .toBuffer();
    expect(await sharp(gif).metadata()).toMatchObject({ pages: frames });
    const input = write('dong.gif', gif);
    const output = path.join(dir, 'dong-nho.gif');
    expect(await shrinkLargeImage(input, 'gif', output)).toMatchObject({ width: 2560 });
    expect(await sharp(output).metadata()).toMatchObject({ format: 'gif', pages: frames, width: 2560 });
  });

  it('leaves an image within the limit alone and writes nothing', async () => {
    const input = write('vua.webp', await imageBytes('webp', MAX_IMAGE_SIDE, 1200));
    const output = path.join(dir, 'vua-nho.webp');
    expect(await shrinkLargeImage(input, 'webp', output)).toBeUndefined();
    expect(existsSync(output)).toBe(false);
  });
});
