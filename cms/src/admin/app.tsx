import { useEffect, useState } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { adminConfig } from './app-config';
import { defaultToVietnamese, silenceStrapiPromotions, type KeyValueStore } from './browser-defaults';
import { installClipboardFallback, type BrowserWindow } from './clipboard-fallback';
import { savePickedLanguage, type SignInBrowser } from './save-picked-language';
import { hideEditTheModel } from './hide-edit-the-model';
import { withConfirmedUnpublish, type DocumentActionComponent } from './confirm-unpublish';
import { humanListCells, LIST_COLUMNS_HOOK } from './human-list-cells';
import { withoutMarketplace } from './marketplace';
import { SiteStatusPanel } from './site-status/site-status-panel';
import { useFormValues } from './use-form-values';
import { withBarePublishWarning } from './warn-bare-publish';

export default {
  config: adminConfig,
  // Runs before the admin's first render, which reads the language and the dismissed banners from localStorage.
  register(app: StrapiApp) {
    const browser = globalThis as unknown as BrowserWindow & { localStorage: KeyValueStore };
    defaultToVietnamese(browser.localStorage);
    silenceStrapiPromotions(browser.localStorage);
    installClipboardFallback(browser);
    savePickedLanguage(browser as unknown as SignInBrowser);
    app.addRBACMiddleware([withoutMarketplace as never]);
  },
  bootstrap(app: { getPlugin(id: string): { apis: unknown }; registerHook(name: string, hook: (input: never) => unknown): void }) {
    const contentManager = app.getPlugin('content-manager').apis as Parameters<typeof hideEditTheModel>[0] & { addEditViewSidePanel(panels: unknown[]): void };
    hideEditTheModel(contentManager);
    // A take-down reaches readers in seconds: the editor confirms it first. An article without a sapo or body is published only when confirmed.
    const guarded = (actions: DocumentActionComponent[]) => withBarePublishWarning(withConfirmedUnpublish(actions), { useFormValues, useState, useEffect });
    contentManager.addDocumentAction(guarded as unknown as (current: { type?: string }[]) => { type?: string }[]);
    // "Trên trang": whether the public site has the entry's last change yet, and a link to its page.
    contentManager.addEditViewSidePanel([SiteStatusPanel]);
    app.registerHook(LIST_COLUMNS_HOOK, humanListCells);
  },
};
