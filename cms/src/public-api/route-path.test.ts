import { describe, expect, it } from 'vitest';
import { canonicalRoutePath, isUnder } from './route-path';

describe('canonicalRoutePath', () => {
  it.each([
    ['/api/upload/files', '/api/upload/files'],
    ['/API/upload/files', '/api/upload/files'],
    ['/Api/Upload/Files/', '/api/upload/files'],
    ['/api/upload/files//', '/api/upload/files'],
    ['//api//upload/files', '/api/upload/files'],
    ['/api/%75pload/files', '/api/upload/files'],
    ['/api/%2575pload/files', '/api/upload/files'],
    ['/api%2Fupload%2ffiles', '/api/upload/files'],
    ['/api\\upload\\files', '/api/upload/files'],
    ['/', '/'],
    ['', '/'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalRoutePath(raw)).toBe(canonical);
  });

  it('keeps a stray % where decoding stops, so the prefix still matches', () => {
    expect(canonicalRoutePath('/api/upload/files/%ZZ')).toBe('/api/upload/files/%zz');
    expect(canonicalRoutePath('/uploads/100%25.jpg')).toBe('/uploads/100%.jpg');
  });
});

describe('isUnder', () => {
  it('matches the prefix itself and what lies below it, not a longer name', () => {
    expect(isUnder('/api/upload', '/api/upload')).toBe(true);
    expect(isUnder('/api/upload/files/1', '/api/upload')).toBe(true);
    expect(isUnder('/api/uploads', '/api/upload')).toBe(false);
  });
});
