import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link.js';

const SITE = 'https://phunu.example.vn';

describe('safeLink accepts', () => {
  it.each([
    ['/tin-tuc/', '/tin-tuc/'],
    ['/tin-tuc/bai-viet/?trang=2#muc-1', '/tin-tuc/bai-viet/?trang=2#muc-1'],
    ['/', '/'],
    ['  /de-an/\n', '/de-an/'],
    ['/tim-kiem/?q=a%2Fb', '/tim-kiem/?q=a%2Fb'],
    ['/tin-tuc/%C3%A1', '/tin-tuc/%C3%A1'],
    ['/a\\b', '/a\\b'],
  ])('the site path %j as %j', (input, href) => {
    expect(safeLink(input, SITE)).toEqual({ href, external: false });
  });

  it.each([
    ['mailto:hoi@example.vn', 'mailto:hoi@example.vn'],
    ['MAILTO:hoi@example.vn?subject=Hỏi', 'mailto:hoi@example.vn?subject=H%E1%BB%8Fi'],
    ['tel:0912000101', 'tel:0912000101'],
    ['TeL:+84 912 000 101', 'tel:+84 912 000 101'],
  ])('%j as %j, not external', (input, href) => {
    expect(safeLink(input, SITE)).toEqual({ href, external: false });
  });

  it.each([
    ['https://hoilhpn.example.vn/a?b=1&c=2', 'https://hoilhpn.example.vn/a?b=1&c=2'],
    ['HTTPS://Example.VN/Á', 'https://example.vn/%C3%81'],
    ['http://phunu.example.vn.evil.example/', 'http://phunu.example.vn.evil.example/'],
    ['https://phunu.example.vn:8443/', 'https://phunu.example.vn:8443/'],
    // The WHATWG parser reads these as https://evil.example/: output its reading, marked external.
    ['https:\\\\evil.example\\x', 'https://evil.example/x'],
    ['https:evil.example', 'https://evil.example/'],
    ['ht\ttps://evil.example', 'https://evil.example/'],
  ])('the other site %j as %j, external', (input, href) => {
    expect(safeLink(input, SITE)).toEqual({ href, external: true });
  });

  it('treats http(s) links to the site itself as internal, whatever the letter case or scheme', () => {
    expect(safeLink('https://PHUNU.example.vn/tin-tuc/', SITE)).toEqual({ href: 'https://phunu.example.vn/tin-tuc/', external: false });
    expect(safeLink('http://phunu.example.vn/', new URL(SITE))).toEqual({ href: 'http://phunu.example.vn/', external: false });
  });

  it('counts every http(s) link as external when the site address is not given', () => {
    expect(safeLink('https://phunu.example.vn/tin-tuc/')).toEqual({ href: 'https://phunu.example.vn/tin-tuc/', external: true });
    expect(safeLink('/tin-tuc/')).toEqual({ href: '/tin-tuc/', external: false });
  });
});

describe('safeLink refuses', () => {
  it.each([
    // Another site dressed as a path.
    '/\\evil.example/x',
    '//evil.example/x',
    '\\\\evil.example/x',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n\\evil.example',
    ' \u3000//evil.example',
    '/%2f%2fevil.example',
    '/%2F/evil.example',
    '/%5cevil.example',
    '/%5Cevil.example',
    '/%252f%252fevil.example',
    '/%25252f%25252fevil.example',
    '/%09/evil.example',
    // Scripts, in every disguise.
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript\u200b:alert(1)',
    '\u202ejavascript:alert(1)',
    '%6Aavascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://phunu.example.vn/x',
    'file:///etc/passwd',
    'ftp://example.vn/x',
    // Credentials that make another host read as ours.
    'https://phunu.example.vn@evil.example/',
    'https://user:pass@example.vn/',
    // Not a link to anywhere in particular.
    'tin-tuc/bai-viet/',
    './tin-tuc/',
    '../tin-tuc/',
    '#muc-1',
    '?trang=2',
    'evil.example',
    'https://',
    '',
    '   ',
    '\t\n',
  ])('%j', (input) => {
    expect(safeLink(input, SITE)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['/tin-tuc/'], { toString: () => '/tin-tuc/' }])('a value that is not a string: %j', (input) => {
    expect(safeLink(input, SITE)).toBeNull();
  });

  it('a path encoded more deeply than anyone writes one', () => {
    expect(safeLink('/%2525252525252fevil.example', SITE)).toBeNull();
  });
});
