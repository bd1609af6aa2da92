/**
 * The rich-text (blocks) editor and its link dialog. Strapi 5.54 keeps their
 * English under `components.Blocks.*` in @strapi/admin's en.json; the editor
 * asks for some as "content-manager.components.Blocks.*" (so Strapi's own
 * Vietnamese for those never shows) and for the others, the link dialog's
 * among them, without the prefix (where Strapi's vi.json has few). vi.ts
 * registers them both ways.
 */
export const blocksEditor: Record<string, string> = {
  'components.Blocks.modifiers.bold': 'Đậm',
  'components.Blocks.modifiers.italic': 'Nghiêng',
  'components.Blocks.modifiers.underline': 'Gạch dưới',
  'components.Blocks.modifiers.strikethrough': 'Gạch ngang',
  'components.Blocks.modifiers.code': 'Mã trong dòng',
  'components.Blocks.link': 'Liên kết',
  'components.Blocks.expand': 'Mở rộng',
  'components.Blocks.collapse': 'Thu gọn',
  'components.Blocks.popover.text': 'Chữ hiện',
  'components.Blocks.popover.text.placeholder': 'Nhập chữ của liên kết',
  'components.Blocks.popover.link': 'Liên kết',
  'components.Blocks.popover.link.placeholder': 'Dán địa chỉ',
  'components.Blocks.popover.link.rel': 'Quan hệ liên kết, rel (không bắt buộc)',
  'components.Blocks.popover.link.rel.placeholder': 'ví dụ: noopener noreferrer',
  'components.Blocks.popover.link.target': 'Mở ở đâu, target (không bắt buộc)',
  'components.Blocks.popover.link.target.placeholder': '_blank (thẻ mới), _self (cùng thẻ)',
  'components.Blocks.popover.link.error': 'Địa chỉ không hợp lệ',
  'components.Blocks.popover.remove': 'Bỏ liên kết',
  'components.Blocks.popover.edit': 'Sửa',
  'components.Blocks.blocks.selectBlock': 'Chọn kiểu đoạn',
  'components.Blocks.blocks.text': 'Đoạn văn',
  'components.Blocks.blocks.heading1': 'Tiêu đề 1',
  'components.Blocks.blocks.heading2': 'Tiêu đề 2',
  'components.Blocks.blocks.heading3': 'Tiêu đề 3',
  'components.Blocks.blocks.heading4': 'Tiêu đề 4',
  'components.Blocks.blocks.heading5': 'Tiêu đề 5',
  'components.Blocks.blocks.heading6': 'Tiêu đề 6',
  'components.Blocks.blocks.code': 'Khối mã',
  'components.Blocks.blocks.quote': 'Trích dẫn',
  'components.Blocks.blocks.image': 'Ảnh',
  'components.Blocks.blocks.unorderedList': 'Danh sách gạch đầu dòng',
  'components.Blocks.blocks.orderedList': 'Danh sách đánh số',
  'components.Blocks.blocks.code.languageLabel': 'Chọn ngôn ngữ',
  'components.Blocks.dnd.instruction': 'Để chuyển một khối lên hoặc xuống, giữ Ctrl (hoặc Command) và Shift rồi bấm mũi tên lên hoặc xuống',
  'components.Blocks.dnd.reorder': 'Đã chuyển {item}. Vị trí mới: {position}.',
};
