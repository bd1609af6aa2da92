import type { DocumentSiteStatus } from '../../site-status/site-status';

/** How often the panel asks again, while the change is on its way. */
export const POLL_WHILE_UPDATING_MS = 2_000;
/** …and once it is there (another editor may change the entry). */
export const POLL_WHEN_SETTLED_MS = 15_000;

export interface SiteStatusView {
  /** One sentence in Vietnamese. */
  message: string;
  /** The "Xem trên trang" link, once the change is on the site. */
  link: string | null;
  settled: boolean;
}

const TIME = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

export function siteStatusView(answer: DocumentSiteStatus): SiteStatusView {
  switch (answer.state) {
    case 'live':
      return {
        message: answer.liveBuiltAt ? `Bài đã có trên trang (bản cập nhật lúc ${TIME.format(new Date(answer.liveBuiltAt))}).` : 'Bài đã có trên trang.',
        link: answer.url,
        settled: true,
      };
    case 'updating':
      return { message: 'Trang đang cập nhật thay đổi này, thường trong vài giây…', link: null, settled: false };
    case 'failed':
      return {
        message: `Trang chưa cập nhật được: ${answer.error ?? 'lần dựng trang gần nhất không thành công'}. Hãy báo quản trị viên.`,
        link: null,
        settled: true,
      };
    case 'rolled-back':
      return { message: 'Trang đang tạm quay về một bản trước; thay đổi này sẽ lên trang ở lần xuất bản sau.', link: null, settled: true };
    case 'not-published':
      return { message: 'Bài chưa xuất bản, hoặc đã được gỡ khỏi trang.', link: null, settled: true };
    case 'unknown':
      return { message: 'Không hỏi được dịch vụ dựng trang, nên chưa biết thay đổi đã lên trang chưa.', link: answer.url, settled: true };
  }
}
