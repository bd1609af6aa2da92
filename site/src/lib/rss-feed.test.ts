import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed } from './rss-feed';

const SITE = 'https://phunu.example.vn/';
const data = {
  title: 'Hội LHPN tỉnh Hoà Bình',
  description: 'Tin tức & hoạt động của Hội',
  items: [
    {
      title: 'Hoà Bình: Chú trọng <b>năng lực</b> & "kỹ năng" cho cán bộ Hội',
      url: '/tin-tuc/hoa-binh-chu-trong/',
      publishedDate: '2023-11-20T08:30:00.000Z',
      lead: 'Tập huấn </description><script>alert(1)</script> cho 120 cán bộ',
      author: 'Nguyễn Thị Hằng & cộng sự',
      category: 'Tin hoạt động',
    },
    {
      title: 'Tin lưu trữ số 1',
      url: '/tin-tuc/tin-luu-tru-so-1/',
      publishedDate: '2020-01-05T00:00:00.000Z',
      lead: 'Bản tin cũ',
      author: null,
      category: null,
    },
  ],
};

const parse = async () => {
  const xml = await rssFeed(data, SITE);
  return { xml, rss: new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).rss };
};

describe('rssFeed', () => {
  it('is an RSS 2.0 channel about the news list, with its own address as the self link', async () => {
    const { xml, rss } = await parse();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(rss['@version']).toBe('2.0');
    expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss.channel.title).toBe('Hội LHPN tỉnh Hoà Bình: Tin tức');
    expect(rss.channel.description).toBe('Tin tức & hoạt động của Hội');
    expect(rss.channel.link).toBe('https://phunu.example.vn/tin-tuc/');
    expect(rss.channel.language).toBe('vi');
    expect(rss.channel['atom:link']).toEqual({ '@href': 'https://phunu.example.vn/rss.xml', '@rel': 'self', '@type': 'application/rss+xml' });
  });

  it('has one item per article, in order, with absolute links, RFC 822 dates and the text as written', async () => {
    const { rss } = await parse();
    const items = rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items.map((item: { link: string }) => item.link)).toEqual([
      'https://phunu.example.vn/tin-tuc/hoa-binh-chu-trong/',
      'https://phunu.example.vn/tin-tuc/tin-luu-tru-so-1/',
    ]);
    expect(items[0].guid).toEqual({ '#text': 'https://phunu.example.vn/tin-tuc/hoa-binh-chu-trong/', '@isPermaLink': 'true' });
    expect(items.map((item: { pubDate: string }) => item.pubDate)).toEqual(['Mon, 20 Nov 2023 08:30:00 GMT', 'Sun, 05 Jan 2020 00:00:00 GMT']);
    // Markup in titles and leads is text, escaped, never elements of the feed.
    expect(items[0].title).toBe(data.items[0]!.title);
    expect(items[0].description).toBe(data.items[0]!.lead);
    expect(items[0]['dc:creator']).toBe('Nguyễn Thị Hằng & cộng sự');
    expect(items[0].category).toBe('Tin hoạt động');
    expect(items[1]).not.toHaveProperty('dc:creator');
    expect(items[1]).not.toHaveProperty('category');
  });

  it('keeps Vietnamese in NFC', async () => {
    const { xml } = await parse();
    expect(xml.normalize('NFC')).toBe(xml);
    expect(xml).toContain('Hoà Bình');
  });
});
