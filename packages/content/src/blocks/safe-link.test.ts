import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link.js';

const SITE = 'https://phunu.example.vn';

describe('safeLink accepts', () => {
  it.each([
    // Paths on the site.
    { input: '/tin-tuc/', href: '/tin-tuc/', external: false },
    { input: '/tin-tuc/bai-viet/?trang=2#muc-1', href: '/tin-tuc/bai-viet/?trang=2#muc-1', external: false },
    { input: '/', href: '/', external: false },
    { input: '  /de-an/\n', href: '/de-an/', external: false },
    { input: '/tim-kiem/?q=a%2Fb', href: '/tim-kiem/?q=a%2Fb', external: false },
    { input: '/tin-tuc/%C3%A1', href: '/tin-tuc/%C3%A1', external: false },
    { input: '/a\\b', href: '/a\\b', external: false },
    // Mail and phone: no other site either.
    { input: 'mailto:hoi@example.vn', href: 'mailto:hoi@example.vn', external: false },
    { input: 'MAILTO:hoi@example.vn?subject=Hỏi', href: 'mailto:hoi@example.vn?subject=H%E1%BB%8Fi', external: false },
    { input: 'tel:0912000101', href: 'tel:0912000101', external: false },
    { input: 'TeL:+84 912 000 101', href: 'tel:+84 912 000 101', external: false },
    // Other sites.
    { input: 'https://hoilhpn.example.vn/a?b=1&c=2', href: 'https://hoilhpn.example.vn/a?b=1&c=2', external: true },
    { input: 'HTTPS://Example.VN/Á', href: 'https://example.vn/%C3%81', external: true },
    { input: 'http://phunu.example.vn.evil.example/', href: 'http://phunu.example.vn.evil.example/', external: true },
    { input: 'https://phunu.example.vn:8443/', href: 'https://phunu.example.vn:8443/', external: true },
    // The WHATWG parser reads these as https://evil.example/: output its reading, marked external.
    { input: 'https:\\\\evil.example\\x', href: 'https://evil.example/x', external: true },
    { input: 'https:evil.example', href: 'https://evil.example/', external: true },
    { input: 'ht\ttps://evil.example', href: 'https://evil.example/', external: true },
  ])('$input as $href, external: $external', ({ input, href, external }) => {
    expect(safeLink(input, SITE)).toEqual({ href, external });
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
