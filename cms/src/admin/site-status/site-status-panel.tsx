import { useEffect, useState } from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient } from '@strapi/strapi/admin';
import { PAGE_ADDRESS_PATH, SITE_STATUS_PATH } from '../../site-status/site-status-paths';
import type { DocumentSiteStatus } from '../../site-status/site-status';
import { POLL_WHEN_SETTLED_MS, POLL_WHILE_UPDATING_MS, siteStatusView } from './site-status-view';

interface PanelProps {
  model: string;
  documentId?: string;
}

/** How long the title must rest before the address is asked for. */
const TYPING_PAUSE_MS = 400;

/**
 * For an entry being written: the address its page will have, from the title
 * as it is typed (Strapi's own slug box shows the placeholder "article" until
 * the first save, when the CMS makes the slug from the title).
 */
function usePlannedAddress(model: string, creating: boolean): string | null {
  const { get } = useFetchClient();
  const { form } = useContentManagerContext();
  const values = (form as { values?: Record<string, unknown> } | undefined)?.values ?? {};
  const title = typeof values.title === 'string' ? values.title : typeof values.fullName === 'string' ? values.fullName : '';
  const slug = typeof values.slug === 'string' ? values.slug : '';
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    if (!creating || !title.trim()) {
      setAddress(null);
      return undefined;
    }
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const { data } = await get<{ path: string | null; url: string | null }>(
          `${PAGE_ADDRESS_PATH}?model=${encodeURIComponent(model)}&title=${encodeURIComponent(title)}&slug=${encodeURIComponent(slug)}`,
        );
        if (!stopped) setAddress(data.url ?? data.path);
      } catch {
        if (!stopped) setAddress(null);
      }
    }, TYPING_PAUSE_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get, model, creating, title, slug]);
  return address;
}

/**
 * The edit view's "Trên trang" panel: after Lưu or Xuất bản it says when the
 * public site has the change and links to the page ("Xem trên trang"). It
 * asks the CMS every 2 s while the change is on its way, every 15 s after.
 */
export function SiteStatusPanel({ model, documentId }: PanelProps) {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<DocumentSiteStatus | null>(null);
  const planned = usePlannedAddress(model, !documentId);

  useEffect(() => {
    if (!documentId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      let next: DocumentSiteStatus | null;
      try {
        next = (await get<DocumentSiteStatus>(`${SITE_STATUS_PATH}?model=${encodeURIComponent(model)}&documentId=${encodeURIComponent(documentId)}`)).data;
      } catch (error) {
        // 400: a type without pages of its own (a category, a tag): nothing to show, nothing to ask again.
        if ((error as { status?: number }).status === 400) return;
        next = null;
      }
      if (stopped) return;
      if (next) setAnswer(next);
      timer = setTimeout(ask, next && siteStatusView(next).settled ? POLL_WHEN_SETTLED_MS : POLL_WHILE_UPDATING_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get, model, documentId]);

  if (!documentId) {
    if (!planned) return null;
    return {
      title: 'Trên trang',
      content: (
        <div data-testid="planned-address" style={{ display: 'flex', flexDirection: 'column', gap: 4, width: '100%' }}>
          <p style={{ margin: 0, fontSize: 14 }}>Địa chỉ của bài trên trang sẽ là:</p>
          <p style={{ margin: 0, fontSize: 14, fontWeight: 600, wordBreak: 'break-all' }}>{planned}</p>
        </div>
      ),
    };
  }
  // Only types with pages on the site (the route answers 400 for the others), and only saved entries.
  if (!answer) return null;
  const view = siteStatusView(answer);
  return {
    title: 'Trên trang',
    content: (
      <div data-testid="site-status" style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}>
        <p style={{ margin: 0, fontSize: 14, lineHeight: 1.4 }} role="status">
          {view.message}
        </p>
        {view.link && (
          <a href={view.link} target="_blank" rel="noopener noreferrer" style={{ fontSize: 14, fontWeight: 600 }}>
            Xem trên trang
          </a>
        )}
      </div>
    ),
  };
}
