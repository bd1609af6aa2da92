import { describe, expect, it } from 'vitest';
import { nfcDeep } from './nfc-deep';

const NFD = 'Hoà Bình: Phụ nữ đảm đang'.normalize('NFD');
const NFC = 'Hoà Bình: Phụ nữ đảm đang'.normalize('NFC');

describe('nfcDeep', () => {
  it('normalises strings in fields, components, rich-text nodes and arrays', () => {
    const data = {
      title: NFD,
      count: 3,
      publishedDate: null,
      seo: { metaTitle: NFD },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: NFD, bold: true }, { type: 'link', url: 'https://example.vn', children: [{ type: 'text', text: NFD }] }] }],
      tags: ['x', NFD],
    };
    const result = nfcDeep(data);
    expect(NFD).not.toBe(NFC);
    expect(JSON.stringify(result)).toBe(JSON.stringify(data).normalize('NFC'));
    expect(result.title).toBe(NFC);
    expect(result.body[0].children[1].children![0].text).toBe(NFC);
    expect(result.count).toBe(3);
  });

  it('returns the very same object when everything is NFC already', () => {
    const data = { title: NFC, body: [{ type: 'text', text: NFC }] };
    expect(nfcDeep(data)).toBe(data);
  });

  it('leaves non-plain objects (dates, buffers) alone', () => {
    const date = new Date(0);
    expect(nfcDeep({ at: date }).at).toBe(date);
  });
});
