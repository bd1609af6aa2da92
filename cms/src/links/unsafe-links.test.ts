import { describe, expect, it } from 'vitest';
import { findUnsafeLinks } from './unsafe-links';

const components: Record<string, Record<string, { type: string; component?: string; repeatable?: boolean }>> = {
  'shared.link': { label: { type: 'string' }, url: { type: 'string' } },
  'shared.seo': { title: { type: 'string' } },
};
const componentSchema = (uid: string) => components[uid];

const link = (url: string) => ({
  type: 'paragraph',
  children: [
    { type: 'text', text: 'x' },
    { type: 'link', url, children: [{ type: 'text', text: 'bấm' }] },
  ],
});

describe('findUnsafeLinks', () => {
  const schema = {
    title: { type: 'string' },
    body: { type: 'blocks' },
    navigation: { type: 'component', component: 'shared.link', repeatable: true },
    seo: { type: 'component', component: 'shared.seo' },
  };

  it('finds rich-text links and link components a browser would take off the site', () => {
    const data = {
      title: 'javascript:alert(1)',
      body: [
        link('/\\evil.example/x'),
        link('https://hoilhpn.example.vn/tin-tuc/'),
        { type: 'list', children: [{ type: 'list-item', children: [{ type: 'link', url: 'JaVaScRiPt:alert(1)', children: [] }] }] },
      ],
      navigation: [
        { label: 'Tin tức', url: '/tin-tuc/' },
        { label: 'Xấu', url: '//evil.example' },
      ],
      seo: { title: 'x' },
    };
    expect(findUnsafeLinks(data, schema, componentSchema)).toEqual([
      { path: ['body'], url: '/\\evil.example/x' },
      { path: ['body'], url: 'JaVaScRiPt:alert(1)' },
      { path: ['navigation', 1, 'url'], url: '//evil.example' },
    ]);
  });

  it('accepts http(s), mailto, tel and site paths, and skips fields an update leaves out', () => {
    const data = {
      body: [link('https://phunu.example.vn'), link('mailto:hoi@example.vn'), link('tel:+842183852000'), link('/de-an/de-an-938/')],
      navigation: [{ label: 'Đề án', url: '/de-an/' }],
    };
    expect(findUnsafeLinks(data, schema, componentSchema)).toEqual([]);
    expect(findUnsafeLinks({ title: 'chỉ tiêu đề' }, schema, componentSchema)).toEqual([]);
  });
});
