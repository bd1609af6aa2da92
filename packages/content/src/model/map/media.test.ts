import { describe, expect, it } from 'vitest';
import { mapContext } from './collector.js';
import { mediaAsset, withBlockImages, type MediaLike } from './media.js';

const file = (overrides: Partial<MediaLike> = {}): MediaLike => ({
  url: '/uploads/hoi-nghi.jpg',
  name: 'hoi-nghi.jpg',
  alternativeText: null,
  width: 1200,
  height: 800,
  mime: 'image/jpeg',
  size: 120,
  formats: {
    large: { url: '/uploads/large_hoi-nghi.jpg', width: 1000, height: 667 },
    thumbnail: { url: '/uploads/thumbnail_hoi-nghi.jpg', width: 234, height: 156 },
    broken: { url: '/uploads/broken.jpg', width: null, height: null },
  },
  ...overrides,
});

describe('mediaAsset', () => {
  it('makes CMS-relative URLs absolute against the CMS without doubling its slash, and keeps URLs from elsewhere', () => {
    const context = mapContext('http://cms.local:1337///');
    expect(mediaAsset(file(), 'here', context)!.sourceUrl).toBe('http://cms.local:1337/uploads/hoi-nghi.jpg');
    expect(mediaAsset(file({ url: 'https://cdn.example/x.jpg' }), 'here', context)!.src).toBe('https://cdn.example/x.jpg');
  });

  it('keeps only complete renditions as variants, smallest first', () => {
    const asset = mediaAsset(file(), 'here', mapContext('http://cms'))!;
    expect(asset.variants.map((variant) => [variant.src, variant.width])).toEqual([
      ['http://cms/uploads/thumbnail_hoi-nghi.jpg', 234],
      ['http://cms/uploads/large_hoi-nghi.jpg', 1000],
    ]);
  });

  it("prefers this use's alt, then the file's, and warns only when a stand-in (or nothing) is shown for an image", () => {
    const context = mapContext('http://cms');
    expect(mediaAsset(file({ alternativeText: 'Ảnh của thư viện' }), 'a', context, { alt: ' Ảnh riêng ', fallback: 'Chú thích' })!.alt).toBe('Ảnh riêng');
    expect(mediaAsset(file({ alternativeText: 'Ảnh của thư viện' }), 'b', context, { alt: '  ', fallback: 'Chú thích' })!.alt).toBe('Ảnh của thư viện');
    expect(context.collector.warnings).toEqual([]);

    const fallback = mediaAsset(file(), 'article "X"', context, { fallback: 'Chú thích' })!;
    const bare = mediaAsset(file(), 'article "Y"', context)!;
    const pdf = mediaAsset(file({ mime: 'application/pdf', name: 'ke-hoach.pdf' }), 'document "Z"', context)!;
    expect([fallback.alt, fallback.altMissing, bare.alt, bare.altMissing, pdf.altMissing]).toEqual(['Chú thích', true, '', true, true]);
    expect(context.collector.warnings).toEqual([
      'missing alt text: image "hoi-nghi.jpg" in article "X" (showing "Chú thích" instead)',
      'missing alt text: image "hoi-nghi.jpg" in article "Y"',
    ]);
  });

  it('registers every use as its own object, so copying can rewrite each; no file, no use', () => {
    const context = mapContext('http://cms');
    const first = mediaAsset(file(), 'a', context, { alt: 'x' });
    const second = mediaAsset(file(), 'b', context, { alt: 'x' });
    expect(mediaAsset(null, 'c', context)).toBeNull();
    expect(context.collector.media).toHaveLength(2);
    expect(context.collector.media[0]).toBe(first);
    expect(context.collector.media[1]).toBe(second);
    expect(first).not.toBe(second);
  });
});

describe('withBlockImages', () => {
  it('registers rich-text images with their caption, and turns an image without a file into an empty paragraph in its place', () => {
    const context = mapContext('http://cms');
    const blocks = withBlockImages(
      [
        { type: 'paragraph', children: [] },
        { type: 'image', image: { ...file({ alternativeText: 'Đại biểu' }), caption: 'Hội nghị 2024' } },
        { type: 'image', image: { name: 'gone.jpg', url: null } },
        { type: 'image', image: null },
      ],
      'article "X"',
      context,
    );
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'image', 'paragraph', 'image']);
    expect(blocks[1]!.image).toMatchObject({ src: 'http://cms/uploads/hoi-nghi.jpg', alt: 'Đại biểu', caption: 'Hội nghị 2024' });
    expect(context.collector.media).toEqual([blocks[1]!.image]);
  });
});
