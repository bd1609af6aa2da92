/**
 * Strapi's copy buttons (the invite link a new colleague needs, shown cut to
 * 70 characters; preview and media links) use navigator.clipboard, which
 * browsers offer only on https or localhost. The CMS on a LAN address over
 * plain http would copy nothing, silently: there, copy through a selected
 * text field instead, which every browser still allows on a click.
 */
export function installClipboardFallback(win: Window & typeof globalThis): void {
  // Absent, not just unusable, outside secure contexts: the DOM typings do not say so.
  if ((win.navigator as { clipboard?: Clipboard }).clipboard) return;
  const writeText = async (text: string): Promise<void> => {
    const field = win.document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    win.document.body.appendChild(field);
    field.select();
    const copied = win.document.execCommand('copy');
    field.remove();
    if (!copied) throw new Error('copy refused by the browser');
  };
  Object.defineProperty(win.navigator, 'clipboard', { value: { writeText }, configurable: true });
}
