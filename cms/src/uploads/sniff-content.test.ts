import { describe, expect, it } from 'vitest';
import {
  OLD_OFFICE_STREAMS,
  compoundFileBytes,
  exeBytes,
  imageBytes,
  mp4Bytes,
  officeOpenXmlBytes,
  openDocumentBytes,
  pdfBytes,
  svgWithScriptBytes,
  vttBytes,
  zipBytes,
} from '../../e2e/fixtures/upload-files';
import { bufferAccess } from './random-access';
import { sniffContent } from './sniff-content';

const sniff = (bytes: Buffer) => sniffContent(bufferAccess(bytes));

describe('sniffContent: what the bytes are, whatever the name says', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)('recognises a real %s image', async (format) => {
    expect(await sniff(await imageBytes(format, 64, 48))).toBe(format);
  });

  it('recognises PDF, WebVTT (with or without a byte-order mark) and MP4', async () => {
    expect(await sniff(pdfBytes())).toBe('pdf');
    expect(await sniff(vttBytes())).toBe('vtt');
    expect(await sniff(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), vttBytes()]))).toBe('vtt');
    expect(await sniff(Buffer.from('WEBVTT', 'utf8'))).toBe('vtt');
    expect(await sniff(mp4Bytes('isom'))).toBe('mp4');
    expect(await sniff(mp4Bytes('mp42'))).toBe('mp4');
  });

  it('tells Word, Excel and PowerPoint apart inside their containers', async () => {
    expect(await sniff(officeOpenXmlBytes('docx'))).toBe('docx');
    expect(await sniff(officeOpenXmlBytes('xlsx'))).toBe('xlsx');
    expect(await sniff(officeOpenXmlBytes('pptx'))).toBe('pptx');
    expect(await sniff(openDocumentBytes('odt'))).toBe('odt');
    expect(await sniff(openDocumentBytes('ods'))).toBe('ods');
    expect(await sniff(openDocumentBytes('odp'))).toBe('odp');
    expect(await sniff(compoundFileBytes([...OLD_OFFICE_STREAMS.doc]))).toBe('doc');
    expect(await sniff(compoundFileBytes([...OLD_OFFICE_STREAMS.xls]))).toBe('xls');
    expect(await sniff(compoundFileBytes([...OLD_OFFICE_STREAMS.ppt]))).toBe('ppt');
  });

  it('follows a compound file directory that spans several sectors, and one beyond the header’s 109 table pointers', async () => {
    const manyStreams = ['\u0005SummaryInformation', 'Data', 'ObjectPool', '1Table', 'CompObj', 'WordDocument'];
    expect(await sniff(compoundFileBytes(manyStreams))).toBe('doc');
    // 20,000 sectors of padding: the allocation table needs 157 sectors, so the directory's entry is reached through the DIFAT chain.
    expect(await sniff(compoundFileBytes([...OLD_OFFICE_STREAMS.xls], 20_000))).toBe('xls');
  });

  it('does not take a Windows program for anything, whatever it is called', async () => {
    expect(await sniff(exeBytes())).toBeUndefined();
  });

  it('does not take any ZIP for an Office document, nor any compound file (an .msi installer) for an old Office one', async () => {
    expect(await sniff(zipBytes([{ name: 'setup.exe', data: exeBytes() }]))).toBeUndefined();
    expect(await sniff(zipBytes([{ name: 'word/document.xml', data: '<w:document/>' }]))).toBeUndefined();
    expect(await sniff(compoundFileBytes(['\u4840\u3f3f\u4577\u446c', 'SummaryInformation']))).toBeUndefined();
  });

  it('names SVG and documents with macros, so that the refusal can say why', async () => {
    expect(await sniff(svgWithScriptBytes())).toBe('svg');
    expect(await sniff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('svg');
    expect(await sniff(officeOpenXmlBytes('docx', [{ name: 'word/vbaProject.bin', data: 'VBA' }]))).toBe('office-macro');
    expect(await sniff(compoundFileBytes([...OLD_OFFICE_STREAMS.doc, 'Macros', 'VBA', '_VBA_PROJECT']))).toBe('office-macro');
    expect(await sniff(openDocumentBytes('odt', [{ name: 'Basic/Standard/Module1.xml', data: '<script/>' }]))).toBe('office-macro');
  });

  it('refuses what only looks like a format at first glance', async () => {
    expect(await sniff(Buffer.from('WEBVTTX\n'))).toBeUndefined();
    expect(await sniff(Buffer.concat([Buffer.from('WEBVTT\n'), Buffer.from([0x00, 0x01, 0x02])]))).toBeUndefined();
    expect(await sniff(Buffer.concat([Buffer.from('WEBVTT\n'), Buffer.from([0xc3, 0x28])]))).toBeUndefined();
    expect(await sniff(mp4Bytes('qt'))).toBeUndefined();
    expect(await sniff(mp4Bytes('heic'))).toBeUndefined();
    expect(await sniff(Buffer.from('<html><body>hello</body></html>'))).toBeUndefined();
    expect(await sniff(Buffer.alloc(0))).toBeUndefined();
  });

  it('gives up on damaged containers instead of guessing', async () => {
    const docx = officeOpenXmlBytes('docx');
    expect(await sniff(docx.subarray(0, docx.length - 10))).toBeUndefined();
    const doc = compoundFileBytes([...OLD_OFFICE_STREAMS.doc]);
    const looped = Buffer.from(doc);
    // The directory's next sector points back to itself.
    const fatSector = looped.readUInt32LE(0x4c);
    looped.writeUInt32LE(looped.readUInt32LE(0x30), 512 * (fatSector + 1) + 4 * looped.readUInt32LE(0x30));
    expect(await sniff(looped)).toBeUndefined();
    expect(await sniff(doc.subarray(0, 700))).toBeUndefined();
  });
});
