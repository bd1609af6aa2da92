import { describe, expect, it } from 'vitest';
import { youtubeId } from './youtube-id.js';

describe('youtubeId (the video allow-list)', () => {
  it.each([
    // YouTube's own addresses over https: the id.
    ['https://www.youtube.com/watch?v=M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://youtu.be/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://www.youtube.com/embed/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    ['https://m.youtube.com/watch?v=M7lc1UVf-VE&t=10', 'M7lc1UVf-VE'],
    ['https://www.youtube.com/shorts/M7lc1UVf-VE', 'M7lc1UVf-VE'],
    // Anything else: null.
    ['http://www.youtube.com/watch?v=M7lc1UVf-VE', null],
    ['https://evil.example.com/embed/M7lc1UVf-VE', null],
    ['https://www.youtube.com.evil.example/watch?v=M7lc1UVf-VE', null],
    ['https://user@www.youtube.com/watch?v=M7lc1UVf-VE', null],
    ['https://www.youtube.com/watch?v=short', null],
    ['https://www.youtube.com/watch?v=M7lc1UVf-VE"><script>', null],
    ['javascript:alert(1)', null],
    ['', null],
    [null, null],
  ])('%j → %j', (url, id) => {
    expect(youtubeId(url)).toBe(id);
  });
});
