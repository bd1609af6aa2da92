import { describe, expect, it } from 'vitest';
import { UNPUBLISH_CONFIRMATION, withConfirmedUnpublish, type DocumentActionComponent } from './confirm-unpublish';

const action = (type: string, description: Record<string, unknown> | null): DocumentActionComponent =>
  Object.assign(() => description as never, { type, position: 'panel' });

describe('withConfirmedUnpublish', () => {
  it('turns the unpublish click into a question whose confirmation does the unpublish', async () => {
    let unpublished = 0;
    const [publish, unpublish] = withConfirmedUnpublish([
      action('publish', { label: 'Xuất bản' }),
      action('unpublish', { label: 'Gỡ xuất bản', onClick: async () => (unpublished += 1) }),
    ]);
    expect(publish!({})).toEqual({ label: 'Xuất bản' });
    const described = unpublish!({}) as { onClick?: unknown; dialog: { title: string; onConfirm: () => Promise<unknown> } };
    expect(unpublish!.type).toBe('unpublish');
    expect(described.onClick).toBeUndefined();
    expect(described.dialog.title).toBe(UNPUBLISH_CONFIRMATION.title);
    expect(unpublished).toBe(0);
    await described.dialog.onConfirm();
    expect(unpublished).toBe(1);
  });

  it("leaves Strapi's own dialog (an entry with draft changes) and a hidden action alone", () => {
    const own = { label: 'Gỡ xuất bản', onClick: () => undefined, dialog: { type: 'dialog', title: 'Strapi' } };
    expect(withConfirmedUnpublish([action('unpublish', own)])[0]!({})).toBe(own);
    expect(withConfirmedUnpublish([action('unpublish', null)])[0]!({})).toBeNull();
  });
});
