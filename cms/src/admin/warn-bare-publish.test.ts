import { describe, expect, it } from 'vitest';
import type { DocumentActionComponent } from './confirm-unpublish';
import { barePublishQuestion, blocksAreEmpty, isPublishShortcut, missingArticleParts, withBarePublishWarning } from './warn-bare-publish';

const ARTICLE = 'api::article.article';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const action = (type: string, description: Record<string, unknown> | null): DocumentActionComponent =>
  Object.assign(() => description as never, { type, position: 'panel' });

describe('blocksAreEmpty', () => {
  it('finds no text in what Strapi stores for an untouched or cleared editor', () => {
    expect(blocksAreEmpty(undefined)).toBe(true);
    expect(blocksAreEmpty(null)).toBe(true);
    expect(blocksAreEmpty([])).toBe(true);
    expect(blocksAreEmpty([paragraph('')])).toBe(true);
    expect(blocksAreEmpty([paragraph('  \n'), { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: '' }] }] }])).toBe(true);
    expect(blocksAreEmpty('   ')).toBe(true);
  });

  it('finds text anywhere, an image, or a lead', () => {
    expect(blocksAreEmpty([paragraph(''), { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Hội viên' }] }] }])).toBe(false);
    expect(blocksAreEmpty([{ type: 'image', image: { url: '/uploads/a.jpg' }, children: [{ type: 'text', text: '' }] }])).toBe(false);
    expect(blocksAreEmpty('Sapo của bài')).toBe(false);
  });
});

describe('missingArticleParts', () => {
  it('names the empty sapo and body of an article, and nothing for other types', () => {
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: '', body: [paragraph('')] })).toEqual(['sapo', 'nội dung']);
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: 'Sapo', body: [] })).toEqual(['nội dung']);
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: 'Sapo', body: [paragraph('Nội dung')] })).toEqual([]);
    expect(missingArticleParts('api::video.video', { title: 'Video' })).toEqual([]);
    expect(missingArticleParts(ARTICLE, undefined)).toEqual([]);
  });

  it('asks in Vietnamese, naming what is missing', () => {
    expect(barePublishQuestion(['sapo', 'nội dung']).title).toBe('Xuất bản bài chưa có sapo và nội dung?');
    expect(barePublishQuestion(['nội dung']).content).toContain('Bài này chưa có nội dung.');
  });
});

/** The hooks as React would run them for one mounted action: state kept between renders. */
function fakeHooks(values: () => Record<string, unknown>) {
  const state: unknown[] = [];
  let slot = 0;
  return {
    render<T>(run: () => T): T {
      slot = 0;
      return run();
    },
    hooks: {
      useFormValues: () => values,
      useState<T>(initial: T): [T, (value: T) => void] {
        const index = slot++;
        if (state.length <= index) state.push(initial);
        return [state[index] as T, (value: T) => void (state[index] = value)];
      },
      // Effects run at once: outside a browser the shortcut listener is not installed.
      useEffect(effect: () => void | (() => void)) {
        effect();
      },
    },
  };
}

describe('withBarePublishWarning', () => {
  it("asks when Publish is pressed on an article without a body, and publishes through Strapi's own publish when confirmed", async () => {
    let published = 0;
    const strapiDialog = { type: 'dialog', title: 'Confirmation', onConfirm: async () => (published += 1) };
    let values: Record<string, unknown> = { lead: 'Sapo', body: [] };
    const { render, hooks } = fakeHooks(() => values);
    const [publish, unpublish] = withBarePublishWarning(
      [action('publish', { label: 'Xuất bản', onClick: async () => ((published += 1), true), dialog: strapiDialog }), action('unpublish', { label: 'Gỡ' })],
      hooks,
    );
    expect(publish!.type).toBe('publish');
    expect(render(() => unpublish!({ model: ARTICLE }))).toEqual({ label: 'Gỡ' });
    type Described = { onClick: () => Promise<unknown>; dialog: { title: string; confirmLabel?: string; onConfirm: () => Promise<unknown> } };
    const first = render(() => publish!({ model: ARTICLE })) as Described;
    // Nothing returned: Strapi's button opens the dialog, and nothing is published.
    expect(await first.onClick()).toBeUndefined();
    expect(published).toBe(0);
    const asking = render(() => publish!({ model: ARTICLE })) as Described;
    expect(asking.dialog.title).toBe('Xuất bản bài chưa có nội dung?');
    expect(asking.dialog.confirmLabel).toBe('Vẫn xuất bản');
    await asking.dialog.onConfirm();
    expect(published).toBe(1);
    // The body typed just before the click counts: Strapi's own Publish runs at once, its dialog kept.
    values = { lead: 'Sapo', body: [paragraph('Nội dung')] };
    const written = render(() => publish!({ model: ARTICLE })) as Described;
    expect(written.dialog).toBe(strapiDialog);
    expect(await written.onClick()).toBe(true);
    expect(published).toBe(2);
  });

  it('leaves other types and a hidden Publish alone', () => {
    const own = { label: 'Xuất bản', onClick: () => true };
    expect(
      fakeHooks(() => ({})).render(() => withBarePublishWarning([action('publish', own)], fakeHooks(() => ({})).hooks)[0]!({ model: 'api::tag.tag' })),
    ).toBe(own);
    expect(withBarePublishWarning([action('publish', null)], fakeHooks(() => ({})).hooks)[0]!({ model: ARTICLE })).toBeNull();
  });
});

describe('isPublishShortcut', () => {
  const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...modifiers,
  });
  it("is Strapi's Ctrl+Shift+Enter (Command on a Mac), not its save shortcuts", () => {
    expect(isPublishShortcut(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isPublishShortcut(key('Enter', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isPublishShortcut(key('Enter', { ctrlKey: true }))).toBe(false);
    expect(isPublishShortcut(key('s', { ctrlKey: true }))).toBe(false);
    expect(isPublishShortcut(key('Enter', { shiftKey: true }))).toBe(false);
  });
});
