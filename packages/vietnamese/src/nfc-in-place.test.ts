import { describe, expect, it } from 'vitest';
import { nfcInPlace } from './nfc-in-place.js';

const nfd = (text: string) => text.normalize('NFD');

describe('nfcInPlace', () => {
  it('rewrites every string at any depth to NFC and leaves other values alone', () => {
    const data = {
      title: nfd('Hoà Bình'),
      count: 3,
      missing: null,
      flag: true,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: nfd('Đượm'), bold: true }] }, nfd('Quế'), 7, null],
      nested: { deeper: { list: [[nfd('Tân Lập')]] } },
    };
    const result = nfcInPlace(data);
    expect(result).toBe(data);
    expect(data).toEqual({
      title: 'Hoà Bình',
      count: 3,
      missing: null,
      flag: true,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Đượm', bold: true }] }, 'Quế', 7, null],
      nested: { deeper: { list: [['Tân Lập']] } },
    });
    expect(JSON.stringify(data)).toBe(JSON.stringify(data).normalize('NFC'));
  });

  it('keeps NFC text as it is, tone marks placed either way', () => {
    const data = { a: 'Hoà Bình', b: 'Hòa Bình', c: 'plain ASCII' };
    nfcInPlace(data);
    expect(data).toEqual({ a: 'Hoà Bình', b: 'Hòa Bình', c: 'plain ASCII' });
  });

  it('accepts a bare string or nothing', () => {
    expect(nfcInPlace(nfd('Hoà'))).toBe('Hoà');
    expect(nfcInPlace(null)).toBeNull();
  });
});
