/** A document action as the content manager hands it to addDocumentAction: a component that returns its description. */
export interface DocumentActionComponent {
  (props: unknown): ActionDescription | null;
  type?: string;
  position?: unknown;
}

interface ActionDescription {
  onClick?: (event?: unknown) => unknown;
  dialog?: unknown;
  [other: string]: unknown;
}

/** What the editor reads before a published entry leaves the site. */
export const UNPUBLISH_CONFIRMATION = {
  title: 'Gỡ bài khỏi trang?',
  content: 'Bài sẽ không còn trên trang web sau vài giây. Bản nháp vẫn được giữ để sửa và xuất bản lại.',
};

/**
 * Strapi unpublishes at the first click when the entry has no unsaved draft
 * changes (it asks only when it has). A take-down reaches readers in
 * seconds, so the editor confirms it first. The wrapper renders Strapi's own
 * action (same rights, same request) and only adds the question.
 */
export function confirmUnpublish(unpublish: DocumentActionComponent): DocumentActionComponent {
  const Confirmed: DocumentActionComponent = (props) => {
    const description = unpublish(props);
    // Strapi's own dialog (keep or replace the draft) already asks.
    if (!description || description.dialog || !description.onClick) return description;
    const { onClick } = description;
    return {
      ...description,
      onClick: undefined,
      dialog: { type: 'dialog', title: UNPUBLISH_CONFIRMATION.title, content: UNPUBLISH_CONFIRMATION.content, onConfirm: () => onClick() },
    };
  };
  Confirmed.type = unpublish.type;
  Confirmed.position = unpublish.position;
  return Confirmed;
}

/** The content manager's hook for its document actions, with unpublishing confirmed. */
export function withConfirmedUnpublish(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.map((action) => (action.type === 'unpublish' ? confirmUnpublish(action) : action));
}
