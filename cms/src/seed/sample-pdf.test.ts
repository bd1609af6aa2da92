import { describe, expect, it } from 'vitest';
import { samplePdf } from './sample-pdf';

describe('samplePdf', () => {
  it('lays out a PDF whose cross-reference table points at each object, with the text written without tones', () => {
    const pdf = samplePdf(['Kế hoạch số 12/KH-HPN (mẫu)', 'Đại hội']).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(pdf.match(/startxref\n(\d+)\n%%EOF\n$/)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(pdf.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`));
    const length = Number(pdf.match(/<< \/Length (\d+) >>\nstream\n/)![1]);
    const stream = pdf.slice(pdf.indexOf('stream\n') + 7, pdf.indexOf('\nendstream'));
    expect(stream.length).toBe(length);
    expect(stream).toContain('(Ke hoach so 12/KH-HPN \\(mau\\)) Tj');
    expect(stream).toContain('(Dai hoi) Tj');
  });
});
