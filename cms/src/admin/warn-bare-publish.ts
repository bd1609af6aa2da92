import type { DocumentActionComponent } from './confirm-unpublish';

const ARTICLE = 'api::article.article';

/** The parts of an article readers miss when they are empty, as the editor knows them (the fields' labels). */
const ARTICLE_PARTS = [
  { field: 'lead', label: 'sapo' },
  { field: 'body', label: 'nội dung' },
] as const;

/** True when a blocks value (Strapi's rich text) holds no text and no image. */
export function blocksAreEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(blocksAreEmpty);
  if (typeof value !== 'object') return false;
  const node = value as { type?: unknown; text?: unknown; image?: unknown; children?: unknown };
  if (node.type === 'image' || node.image) return false;
  if (typeof node.text === 'string' && node.text.trim() !== '') return false;
  return blocksAreEmpty(node.children);
}

/** The labels of the parts an article's form values leave empty ([] for other types). */
export function missingArticleParts(model: string, values: Record<string, unknown> | undefined): string[] {
  if (model !== ARTICLE || !values) return [];
  return ARTICLE_PARTS.filter(({ field }) => blocksAreEmpty(values[field])).map(({ label }) => label);
}

/** What the editor reads before an article without a sapo or body goes out. */
export function barePublishQuestion(missing: string[]): { title: string; content: string; confirmLabel: string } {
  const parts = missing.join(' và ');
  return {
    title: `Xuất bản bài chưa có ${parts}?`,
    content: `Bài này chưa có ${parts}. Bạn đọc sẽ thấy bài thiếu phần đó trên trang web, trong danh sách tin và kết quả tìm kiếm. Bấm Huỷ để viết thêm, hoặc Vẫn xuất bản.`,
    confirmLabel: 'Vẫn xuất bản',
  };
}

interface ActionProps {
  model?: string;
}

/**
 * Strapi's Publish, with a question first when an article's sapo or body is
 * empty (both are optional, so Strapi publishes such an article at once).
 * `useFormValues` is a hook reading the edit form's current values; it is
 * passed in so this module stays free of Strapi's admin runtime (it is
 * tested in Node). Confirming publishes through Strapi's own publish, as its
 * draft-relations dialog does (that dialog is then not shown as well).
 */
export function warnBeforeBarePublish(publish: DocumentActionComponent, useFormValues: () => Record<string, unknown> | undefined): DocumentActionComponent {
  const Warned: DocumentActionComponent = (props) => {
    const values = useFormValues();
    const description = publish(props);
    const missing = missingArticleParts((props as ActionProps).model ?? '', values);
    if (!description || missing.length === 0) return description;
    const { onClick } = description;
    const ownDialog = description.dialog as { onConfirm?: () => unknown } | undefined;
    const question = barePublishQuestion(missing);
    return {
      ...description,
      // Returning nothing makes Strapi's button open the dialog below instead of publishing.
      onClick: () => undefined,
      dialog: {
        type: 'dialog',
        variant: 'danger',
        title: question.title,
        content: question.content,
        confirmLabel: question.confirmLabel,
        onConfirm: async () => {
          if (ownDialog?.onConfirm) return ownDialog.onConfirm();
          return onClick?.();
        },
      },
    };
  };
  Warned.type = publish.type;
  Warned.position = publish.position;
  return Warned;
}

/** The content manager's document actions, with Publish warned when an article has no sapo or body. */
export function withBarePublishWarning(actions: DocumentActionComponent[], useFormValues: () => Record<string, unknown> | undefined): DocumentActionComponent[] {
  return actions.map((action) => (action.type === 'publish' ? warnBeforeBarePublish(action, useFormValues) : action));
}
