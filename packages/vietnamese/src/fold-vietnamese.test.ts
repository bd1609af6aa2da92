import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold-vietnamese.js';

describe('foldVietnamese', () => {
  it('makes "hoa binh", "Hòa Bình" and "Hoà Bình" equal', () => {
    expect(foldVietnamese('Hòa Bình')).toBe('hoa binh');
    expect(foldVietnamese('Hoà Bình')).toBe('hoa binh');
    expect(foldVietnamese('hoa binh')).toBe('hoa binh');
  });

  it('folds every Vietnamese vowel with every tone', () => {
    expect(foldVietnamese('ẮẰẲẴẶ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ')).toBe('aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy');
  });

  it('keeps the text otherwise as it was', () => {
    expect(foldVietnamese('Đề án 938, giai đoạn 2017–2027')).toBe('de an 938, giai doan 2017–2027');
  });
});
