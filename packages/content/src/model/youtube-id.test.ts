import { describe, expect, it } from 'vitest';
import { youtubeId } from './youtube-id.js';

describe('youtubeId (the video allow-list)', () => {
  it.each([
    ['https://www.youtube.com/watch?v=M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://youtu.be/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://www.youtube.com/embed/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://m.youtube.com/watch?v=M7lc1UVf-VE&t=10', 'M7lc1UVf-VE'],
    ['https://www.youtube.com/shorts/M7lc1UVf-VE', 'M7lc1UVf-VE'],
  ])('accepts %s', (url, id) => {
    expect(youtubeId(url)).toBe(id);
  });

  it.each([
    'http://www.youtube.com/watch?v=M7lc1UVf-VE',
    'https://evil.example.com/embed/M7lc1UVf-VE',
    'https://www.youtube.com.evil.example/watch?v=M7lc1UVf-VE',
    'https://user@www.youtube.com/watch?v=M7lc1UVf-VE',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=M7lc1UVf-VE"><script>',
    'javascript:alert(1)',
    '',
    null,
  ])('refuses %j', (url) => {
    expect(youtubeId(url)).toBeNull();
  });
});
