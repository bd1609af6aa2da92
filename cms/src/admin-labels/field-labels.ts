// Each type's labels are editors' words, a row a field: data. The ones every type shares are here, by field name.
import LABELS from './field-labels.json';

/** [label, description] shown to editors in the admin's edit view, per field. */
export type FieldLabels = Record<string, readonly [label: string, description?: string]>;

/** Stands in a description for how soon the scheduler acts, filled in at start-up from its real interval (scheduleTiming). */
export const SCHEDULER_TIMING = '{scheduler}';

/** Fields that say the same to editors in every type that has them. */
export const SHARED_LABELS: FieldLabels = {
  slug: ['Đường dẫn (slug)', 'Tự tạo từ tiêu đề, chỉ gồm chữ không dấu và dấu gạch ngang'],
  scheduledPublishAt: [
    'Hẹn giờ xuất bản',
    `Giờ Việt Nam. Đến giờ, CMS tự xuất bản bản nháp lúc đó (${SCHEDULER_TIMING}) và trang web tự cập nhật; để trống nếu không hẹn`,
  ],
  scheduledUnpublishAt: ['Hẹn giờ gỡ bài', `Giờ Việt Nam. Đến giờ, CMS tự gỡ bài khỏi trang web (${SCHEDULER_TIMING}); để trống nếu không hẹn`],
};

/** How soon a due schedule is carried out, in the editors' words, for the scheduler's interval in seconds (0 = off). */
export function scheduleTiming(intervalSeconds: number): string {
  if (intervalSeconds === 0) return 'máy chủ này đang tắt hẹn giờ: không có gì tự xuất bản hay tự gỡ';
  if (intervalSeconds < 120) return `chậm nhất khoảng ${Math.ceil(intervalSeconds)} giây sau giờ hẹn`;
  return `chậm nhất khoảng ${Math.ceil(intervalSeconds / 60)} phút sau giờ hẹn`;
}

/** The JSON's rows as labels: a label, and at most one description. */
function fieldLabelsOf(table: Record<string, Record<string, string[]>>): Record<string, FieldLabels> {
  return Object.fromEntries(
    Object.entries(table).map(([uid, fields]) => [
      uid,
      Object.fromEntries(
        Object.entries(fields).map(([field, texts]) => {
          const [label, description, ...rest] = texts;
          if (label === undefined || rest.length > 0) throw new Error(`field-labels.json: ${uid}.${field} needs a label and at most one description`);
          return [field, description === undefined ? [label] : [label, description]] as const;
        }),
      ),
    ]),
  );
}

/** Each content type's own labels (field-labels.json): the shared ones come from labelsFor. */
export const CONTENT_TYPE_LABELS = fieldLabelsOf(LABELS.contentTypes);
export const COMPONENT_LABELS = fieldLabelsOf(LABELS.components);

/** A type's labels for its fields: its own, and the shared ones for those of its fields that have one. */
export function labelsFor(own: FieldLabels, fields: readonly string[]): FieldLabels {
  const shared = fields.flatMap((field) => {
    const labels = SHARED_LABELS[field];
    return labels ? [[field, labels] as const] : [];
  });
  return { ...Object.fromEntries(shared), ...own };
}
