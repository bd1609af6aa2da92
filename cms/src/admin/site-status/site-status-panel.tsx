import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { POLL_WHEN_SETTLED_MS, POLL_WHILE_UPDATING_MS, siteStatusView, type SiteStatusAnswer } from './site-status-view';

interface PanelProps {
  model: string;
  documentId?: string;
}

/** The admin API route of cms/src/site-status/site-status-route.ts. */
const SITE_STATUS_PATH = '/hoilhpn/site-status';

/**
 * The edit view's "Trên trang" panel: after Lưu or Xuất bản it says when the
 * public site has the change and links to the page ("Xem trên trang"). It
 * asks the CMS every 2 s while the change is on its way, every 15 s after.
 */
export function SiteStatusPanel({ model, documentId }: PanelProps) {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<SiteStatusAnswer | null>(null);

  useEffect(() => {
    if (!documentId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      let next: SiteStatusAnswer | null = null;
      try {
        next = (await get<SiteStatusAnswer>(`${SITE_STATUS_PATH}?model=${encodeURIComponent(model)}&documentId=${encodeURIComponent(documentId)}`)).data;
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

  // Only types with pages on the site (the route answers 400 for the others), and only saved entries.
  if (!documentId || !answer) return null;
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
