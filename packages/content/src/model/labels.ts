import type {
  Enum_Award_Level,
  Enum_Cadre_Position,
  Enum_Legaldocument_Kind,
  Enum_Project_Implementationstatus,
  Enum_Trainingcourse_Kind,
  Enum_Trainingcourse_Level,
} from '../generated/graphql.js';

/*
 * What readers and editors see for the CMS's enumeration values. Each list is
 * typed by the enumeration generated from the CMS's schema: a value added in
 * the CMS and not here, or one here the CMS does not have, does not compile.
 */
export const TRAINING_KIND_LABELS: Record<Enum_Trainingcourse_Kind, string> = {
  boi_duong_nghiep_vu: 'Bồi dưỡng nghiệp vụ',
  tap_huan_kiem_tra_giam_sat: 'Tập huấn kiểm tra, giám sát',
  tap_huan_ky_nang: 'Tập huấn kỹ năng',
  boi_duong_chinh_tri: 'Bồi dưỡng chính trị',
  khac: 'Khác',
};

export const LEVEL_LABELS: Record<Enum_Trainingcourse_Level | Enum_Award_Level, string> = {
  trung_uong: 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

export const POSITION_LABELS: Record<Enum_Cadre_Position, string> = {
  chu_tich: 'Chủ tịch',
  pho_chu_tich: 'Phó Chủ tịch',
  uy_vien_ban_thuong_vu: 'Ủy viên Ban Thường vụ',
  uy_vien_ubkt: 'Ủy viên Ủy ban Kiểm tra',
  chi_hoi_truong: 'Chi hội trưởng',
  chi_hoi_pho: 'Chi hội phó',
  to_truong_phu_nu: 'Tổ trưởng phụ nữ',
  nguoi_dung_dau_mo_hinh: 'Người đứng đầu mô hình',
  khac: 'Khác',
};

/** The same positions in English, for the English page (/en/). */
export const POSITION_LABELS_EN: Record<Enum_Cadre_Position, string> = {
  chu_tich: 'President',
  pho_chu_tich: 'Vice President',
  uy_vien_ban_thuong_vu: 'Member of the Standing Committee',
  uy_vien_ubkt: 'Member of the Inspection Committee',
  chi_hoi_truong: 'Branch Head',
  chi_hoi_pho: 'Deputy Branch Head',
  to_truong_phu_nu: "Women's Group Leader",
  nguoi_dung_dau_mo_hinh: 'Community Model Leader',
  khac: 'Officer',
};

/** Kinds of the Union's documents (Văn bản), in the order the filters list them. */
export const DOCUMENT_KIND_LABELS: Record<Enum_Legaldocument_Kind, string> = {
  nghi_quyet: 'Nghị quyết',
  chi_thi: 'Chỉ thị',
  ke_hoach: 'Kế hoạch',
  huong_dan: 'Hướng dẫn',
  cong_van: 'Công văn',
  quyet_dinh: 'Quyết định',
  thong_bao: 'Thông báo',
  bao_cao: 'Báo cáo',
  khac: 'Khác',
};

export const PROJECT_STATUS_LABELS: Record<Enum_Project_Implementationstatus, string> = {
  dang_trien_khai: 'Đang triển khai',
  da_ket_thuc: 'Đã kết thúc',
};

export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/**
 * Every enumeration value's label, for the CMS admin: its dropdowns ask for a
 * value's label by the value itself. A value two lists share has one label.
 */
export const ENUMERATION_LABELS: Record<string, string> = mergeLabels([
  TRAINING_KIND_LABELS,
  LEVEL_LABELS,
  POSITION_LABELS,
  PROJECT_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
]);

function mergeLabels(lists: Record<string, string>[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const list of lists) {
    for (const [value, label] of Object.entries(list)) {
      if (merged[value] !== undefined && merged[value] !== label)
        throw new Error(`enumeration value "${value}" has two labels: "${merged[value]}" and "${label}"`);
      merged[value] = label;
    }
  }
  return merged;
}
