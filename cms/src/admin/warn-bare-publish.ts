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

/** The key event fields Strapi's edit view reads for its shortcuts. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Strapi's "publish" shortcut in the edit view: Ctrl+Shift+Enter, or Command+Shift+Enter on a Mac. */
export function isPublishShortcut(event: ShortcutKey): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'enter';
}

/** The enabled button that shows exactly this label, outside any open dialog (there, Strapi's own shortcut rules apply). */
function enabledButton(label: string): { click(): void } | undefined {
  const page = (
    globalThis as {
      document?: {
        querySelector(selector: string): unknown;
        querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; disabled: boolean; click(): void }>;
      };
    }
  ).document;
  if (!page || page.querySelector('[role="dialog"], [role="alertdialog"]')) return undefined;
  return Array.from(page.querySelectorAll('button')).find((button) => !button.disabled && button.textContent?.trim() === label);
}

/** The React hooks this module needs, passed in so that it stays free of Strapi's admin runtime (it is tested in Node). */
export interface PublishWarningHooks {
  /** A reader of the edit form's latest values (Strapi's `getValues`: what the editor typed, saved or not). */
  useFormValues: () => () => Record<string, unknown> | undefined;
  useState: <T>(initial: T) => [T, (value: T) => void];
  useEffect: (effect: () => void | (() => void), deps: unknown[]) => void;
}

/**
 * Strapi's Publish, with a question first when an article's sapo or body is
 * empty (both are optional, so Strapi would publish such an article at
 * once). The form is read when the button is pressed, after one microtask,
 * as Strapi's own publish does: a key typed just before the click is in.
 * With nothing missing it is Strapi's Publish exactly, draft-relations
 * question included. Confirming publishes through Strapi's own publish (the
 * draft-relations question is then not asked as well).
 */
export function warnBeforeBarePublish(publish: DocumentActionComponent, hooks: PublishWarningHooks): DocumentActionComponent {
  const Warned: DocumentActionComponent = (props) => {
    const readValues = hooks.useFormValues();
    // The parts missing when the editor last pressed Publish; null while no question is open.
    const [asked, setAsked] = hooks.useState<string[] | null>(null);
    const description = publish(props);
    const model = (props as ActionProps).model ?? '';
    const label = typeof description?.label === 'string' ? description.label : '';
    // Strapi's Ctrl+Shift+Enter publishes without pressing the button. For an article missing its sapo or body it
    // presses the button instead, so the question is asked; it runs before Strapi's listener (capture phase).
    hooks.useEffect(() => {
      const target = globalThis as unknown as {
        addEventListener?: (
          type: string,
          listener: (event: ShortcutKey & { preventDefault(): void; stopImmediatePropagation(): void }) => void,
          capture: boolean,
        ) => void;
        removeEventListener?: (type: string, listener: never, capture: boolean) => void;
      };
      if (model !== ARTICLE || !label || !target.addEventListener) return undefined;
      const onKey = (event: ShortcutKey & { preventDefault(): void; stopImmediatePropagation(): void }) => {
        if (!isPublishShortcut(event) || missingArticleParts(model, readValues()).length === 0) return;
        const button = enabledButton(label);
        if (!button) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        button.click();
      };
      target.addEventListener('keydown', onKey, true);
      return () => target.removeEventListener?.('keydown', onKey as never, true);
    }, [model, label, readValues]);
    if (!description || model !== ARTICLE) return description;
    const { onClick } = description;
    const strapiDialog = description.dialog as { onConfirm?: () => unknown } | undefined;
    const question = asked ? barePublishQuestion(asked) : null;
    return {
      ...description,
      onClick: async (event?: unknown) => {
        await Promise.resolve();
        const missing = missingArticleParts(model, readValues());
        setAsked(missing.length > 0 ? missing : null);
        // Nothing returned: Strapi's button opens the dialog, which shows the question once `asked` is set.
        return missing.length > 0 ? undefined : onClick?.(event);
      },
      dialog: question
        ? {
            type: 'dialog',
            variant: 'danger',
            title: question.title,
            content: question.content,
            confirmLabel: question.confirmLabel,
            onConfirm: async () => {
              setAsked(null);
              if (strapiDialog?.onConfirm) return strapiDialog.onConfirm();
              return onClick?.();
            },
          }
        : description.dialog,
    };
  };
  Warned.type = publish.type;
  Warned.position = publish.position;
  return Warned;
}

/** The content manager's document actions, with Publish warned when an article has no sapo or body. */
export function withBarePublishWarning(actions: DocumentActionComponent[], hooks: PublishWarningHooks): DocumentActionComponent[] {
  return actions.map((action) => (action.type === 'publish' ? warnBeforeBarePublish(action, hooks) : action));
}
