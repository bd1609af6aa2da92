interface TextField {
  value: string;
  style: { position: string; opacity: string };
  setAttribute(name: string, value: string): void;
  select(): void;
  remove(): void;
}

/** The window, as far as this module uses it (the CMS's Node type-check has no DOM types). */
export interface BrowserWindow {
  navigator: { clipboard?: { writeText(text: string): Promise<void> } };
  document: { createElement(tag: 'textarea'): TextField; body: { appendChild(node: TextField): unknown }; execCommand(command: 'copy'): boolean };
}

/**
 * Strapi's copy buttons (the invite link a new colleague needs, shown cut to
 * 70 characters; preview and media links) use navigator.clipboard, which
 * browsers offer only on https or localhost. The CMS on a LAN address over
 * plain http would copy nothing, silently: there, copy through a selected
 * text field instead, which every browser still allows on a click.
 */
export function installClipboardFallback(win: BrowserWindow): void {
  if (win.navigator.clipboard) return;
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
