import { describe, expect, it } from 'vitest';
import { isDateLine, readByline } from './legacy-byline';

describe('readByline', () => {
  /* What a byline may be, each kind with the lines that must come back whole. */
  const BYLINES: [kind: string, lines: string[]][] = [
    ['a name', ['Kim Quế', 'Nguyễn Văn A', 'Nguyễn Thị Minh Khai', 'KIM QUẾ', 'N.T.H', 'Ng. Hương', 'TTXVN', 'Kim Quế.']],
    [
      'a name with an affiliation after a dash, a comma or in brackets (the 8-word line that was lost)',
      [
        'Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn',
        'Nguyễn Thị Hoa – Hội LHPN huyện Lạc Sơn',
        'Nguyễn Thị Hoa — Hội LHPN huyện Lạc Sơn',
        'Nguyễn Thị Hoa-Hội LHPN huyện Lạc Sơn',
        'Kim Quế, Hội LHPN xã Tân Lập',
        'Kim Quế (Hội LHPN huyện Lạc Sơn)',
        'Hà Linh - Hội LHPN huyện Lạc Sơn, tỉnh Hòa Bình',
        'Bùi Thị Mai - Chủ tịch Hội LHPN xã Tân Lập',
      ],
    ],
    ['a credit such as "Bài, ảnh: …"', ['Bài, ảnh: Hà Linh', 'Tin và ảnh: Kim Quế - Hội LHPN huyện Lạc Sơn', 'Bài: Minh Châu']],
    [
      '"Theo …" and "Nguồn: …" source lines',
      ['Theo Báo Phụ nữ Việt Nam', 'Theo TTXVN', 'Theo hoilhpn.org.vn', 'Nguồn: Báo Hòa Bình', 'Nguồn: hoilhpn.org.vn', 'Nguồn: Cổng thông tin tỉnh.'],
    ],
  ];

  it.each(BYLINES)('takes %s', (_kind, lines) => {
    for (const line of lines) expect(readByline(line), line).toBe(line);
  });

  it('drops a date after the byline', () => {
    expect(readByline('Kim Quế - 21/11/2023')).toBe('Kim Quế');
    expect(readByline('Kim Quế, 21/11/2023')).toBe('Kim Quế');
    expect(readByline('Kim Quế 21/11/2023')).toBe('Kim Quế');
    expect(readByline('Kim Quế (21/11/2023)')).toBe('Kim Quế');
    expect(readByline('Kim Quế - Thứ Ba, 21/11/2023 08:30')).toBe('Kim Quế');
    expect(readByline('Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn - 21/11/2023')).toBe('Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn');
    expect(readByline('Theo Báo Hòa Bình, 21/11/2023')).toBe('Theo Báo Hòa Bình');
  });

  it('refuses captions, sentences and dates', () => {
    for (const line of [
      'Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh',
      'Mô hình kết nạp hội viên danh dự xã Tân Lập, Lạc Sơn',
      'Các đại biểu dự hội nghị',
      'Ảnh: Các thí sinh dự thi',
      'Đoạn cuối.',
      'Theo kế hoạch, năm 2024 Hội sẽ tổ chức 30 lớp tập huấn',
      'Theo đó, các cấp Hội tập trung hướng về cơ sở',
      'Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn phát biểu tại hội nghị tổng kết công tác năm 2023 của tỉnh.',
      'Kim Quế - Hội LHPN huyện Lạc Sơn đã tổ chức nhiều hoạt động thiết thực trong năm qua để hỗ trợ hội viên',
      '21/11/2023',
      'Thứ Ba, 21/11/2023',
      '',
    ]) {
      expect(readByline(line), line).toBeNull();
    }
  });
});

describe('isDateLine', () => {
  it('knows a date line from a byline', () => {
    expect(isDateLine('21/11/2023')).toBe(true);
    expect(isDateLine('Thứ Ba, 21/11/2023 08:30')).toBe(true);
    expect(isDateLine('Kim Quế - 21/11/2023')).toBe(false);
  });
});
