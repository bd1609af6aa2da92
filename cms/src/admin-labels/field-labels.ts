/** [label, description] shown to editors in the admin's edit view, per field. */
export type FieldLabels = Record<string, readonly [label: string, description?: string]>;

/** Stands in a description for how soon the scheduler acts, filled in at start-up from its real interval (scheduleTiming). */
export const SCHEDULER_TIMING = '{scheduler}';

const SCHEDULE = {
  scheduledPublishAt: ['Hẹn giờ xuất bản', `Giờ Việt Nam. Đến giờ, CMS tự xuất bản bản nháp lúc đó (${SCHEDULER_TIMING}) và trang web tự cập nhật; để trống nếu không hẹn`],
  scheduledUnpublishAt: ['Hẹn giờ gỡ bài', `Giờ Việt Nam. Đến giờ, CMS tự gỡ bài khỏi trang web (${SCHEDULER_TIMING}); để trống nếu không hẹn`],
} as const;

/** How soon a due schedule is carried out, in the editors' words, for the scheduler's interval in seconds (0 = off). */
export function scheduleTiming(intervalSeconds: number): string {
  if (intervalSeconds === 0) return 'máy chủ này đang tắt hẹn giờ: không có gì tự xuất bản hay tự gỡ';
  if (intervalSeconds < 120) return `chậm nhất khoảng ${Math.ceil(intervalSeconds)} giây sau giờ hẹn`;
  return `chậm nhất khoảng ${Math.ceil(intervalSeconds / 60)} phút sau giờ hẹn`;
}

const SLUG = ['Đường dẫn (slug)', 'Tự tạo từ tiêu đề, chỉ gồm chữ không dấu và dấu gạch ngang'] as const;

export const CONTENT_TYPE_LABELS: Record<string, FieldLabels> = {
  'api::article.article': {
    title: ['Tiêu đề'],
    slug: SLUG,
    lead: ['Sapo', 'Đoạn mở đầu in đậm dưới tiêu đề'],
    body: ['Nội dung'],
    cover: ['Ảnh đại diện'],
    coverCaption: ['Chú thích ảnh đại diện'],
    figures: ['Ảnh trong bài', 'Mỗi ảnh kèm chú thích; "Sau đoạn số" cho biết ảnh nằm sau đoạn văn thứ mấy'],
    author: ['Tác giả', 'Tên người viết, ví dụ: Kim Quế'],
    publishedDate: ['Ngày đăng', 'Ngày giờ đăng bài hiển thị cho bạn đọc (giờ Việt Nam); để trống thì lấy lúc xuất bản'],
    category: ['Chuyên mục'],
    tags: ['Thẻ'],
    trainingCourses: ['Lớp bồi dưỡng, tập huấn liên quan'],
    awards: ['Khen thưởng liên quan'],
    projects: ['Đề án liên quan'],
    videos: ['Video liên quan'],
    seo: ['SEO', 'Tiêu đề và mô tả khi chia sẻ lên mạng xã hội'],
    ...SCHEDULE,
  },
  'api::category.category': {
    name: ['Tên chuyên mục'],
    slug: SLUG,
    description: ['Mô tả'],
    order: ['Thứ tự', 'Số nhỏ hiện trước'],
    articles: ['Bài viết'],
  },
  'api::tag.tag': {
    name: ['Tên thẻ'],
    slug: SLUG,
    articles: ['Bài viết'],
  },
  'api::training-course.training-course': {
    title: ['Tên lớp'],
    slug: SLUG,
    kind: ['Loại lớp'],
    level: ['Cấp tổ chức'],
    organizer: ['Đơn vị tổ chức'],
    partners: ['Đơn vị phối hợp'],
    location: ['Địa điểm', 'Ghi như tại thời điểm tổ chức'],
    startDate: ['Ngày bắt đầu'],
    endDate: ['Ngày kết thúc'],
    classCount: ['Số lớp'],
    participantCount: ['Số học viên'],
    audience: ['Đối tượng'],
    description: ['Nội dung'],
    articles: ['Bài viết'],
    cadres: ['Cán bộ tham gia'],
    ...SCHEDULE,
  },
  'api::cadre.cadre': {
    fullName: ['Họ và tên'],
    slug: SLUG,
    position: ['Chức danh'],
    positionTitle: ['Chức danh đầy đủ', 'Ví dụ: Chủ tịch Hội LHPN xã Tân Lập'],
    unit: ['Đơn vị (xã, phường)', 'Ghi như tại thời điểm đăng, kể cả khi địa giới đã thay đổi'],
    district: ['Huyện, thành phố (cũ)', 'Chỉ ghi khi nội dung gốc có; từ 1/7/2025 không còn cấp huyện'],
    province: ['Tỉnh (tại thời điểm đó)'],
    photo: ['Ảnh chân dung'],
    bio: ['Giới thiệu'],
    officePhone: ['Điện thoại cơ quan', 'Công khai trên trang Giới thiệu và trang của cán bộ; chỉ ghi số của cơ quan'],
    officialEmail: ['Email công vụ', 'Công khai trên trang Giới thiệu và trang của cán bộ; chỉ ghi hộp thư công vụ'],
    courses: ['Lớp đã tham gia'],
    awards: ['Khen thưởng'],
    phone: ['Số điện thoại (nội bộ)', 'Không công khai trên trang'],
    email: ['Email (nội bộ)', 'Không công khai trên trang'],
    birthYear: ['Năm sinh (nội bộ)', 'Không công khai trên trang'],
    ...SCHEDULE,
  },
  'api::award.award': {
    title: ['Tên đợt khen thưởng'],
    slug: SLUG,
    level: ['Cấp khen thưởng'],
    period: ['Giai đoạn', 'Ví dụ: 2021–2023'],
    date: ['Ngày khen thưởng'],
    decisionNumber: ['Số quyết định'],
    issuer: ['Cơ quan khen thưởng'],
    description: ['Mô tả'],
    tally: ['Số lượng theo nhóm', 'Ví dụ: 27 Chủ tịch Hội cơ sở; tổng các nhóm là tổng số người được khen'],
    recipients: ['Người được khen'],
    articles: ['Bài viết'],
    ...SCHEDULE,
  },
  'api::project.project': {
    code: ['Số đề án', 'Ví dụ: 938'],
    title: ['Tên đề án'],
    slug: SLUG,
    shortTitle: ['Tên ngắn'],
    period: ['Giai đoạn'],
    startYear: ['Năm bắt đầu'],
    endYear: ['Năm kết thúc'],
    decision: ['Quyết định phê duyệt'],
    summary: ['Tóm tắt'],
    body: ['Nội dung'],
    cover: ['Ảnh đại diện'],
    documents: ['Văn bản, tài liệu', 'Tệp để bạn đọc tải về'],
    implementationStatus: ['Tình trạng'],
    articles: ['Bài viết'],
    videos: ['Video'],
    ...SCHEDULE,
  },
  'api::video.video': {
    title: ['Tiêu đề'],
    slug: SLUG,
    youtubeUrl: ['Đường dẫn YouTube', 'Dán đường dẫn https://www.youtube.com/watch?v=…; để trống nếu tải tệp lên'],
    file: ['Tệp video', 'Dùng khi không có đường dẫn YouTube'],
    poster: ['Ảnh bìa'],
    captions: ['Phụ đề (.vtt)'],
    durationSeconds: ['Thời lượng (giây)'],
    publishedDate: ['Ngày đăng', 'Để trống thì lấy lúc xuất bản'],
    description: ['Mô tả'],
    project: ['Đề án'],
    articles: ['Bài viết'],
    ...SCHEDULE,
  },
  'api::site-setting.site-setting': {
    siteName: ['Tên trang', 'Ví dụ: Hội Liên hiệp Phụ nữ tỉnh Hoà Bình'],
    shortName: ['Tên ngắn'],
    description: ['Mô tả trang'],
    logo: ['Logo', 'Ảnh PNG hoặc JPG, vuông, từ 112 × 112 điểm ảnh; dùng khi chia sẻ bài và cho công cụ tìm kiếm. Để trống thì dùng logo mặc định của trang'],
    province: ['Tỉnh'],
    address: ['Địa chỉ'],
    phone: ['Điện thoại'],
    email: ['Email liên hệ'],
    socialLinks: ['Mạng xã hội'],
    navigation: ['Trình đơn'],
    featuredArticles: ['Tin nổi bật'],
  },
  'api::introduction.introduction': {
    functions: ['Chức năng, nhiệm vụ'],
    structure: ['Cơ cấu tổ chức'],
    leaders: ['Lãnh đạo Hội', 'Chọn cán bộ theo thứ tự hiện trên trang; trang hiện điện thoại cơ quan và email công vụ của họ, không bao giờ số riêng'],
    workingHours: ['Giờ làm việc', 'Ví dụ: Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu'],
    nameEn: ['Tên tiếng Anh', "Ví dụ: Hoa Binh Provincial Women's Union"],
    introductionEn: ['Giới thiệu (tiếng Anh)', 'Hiện ở trang /en/'],
    structureEn: ['Cơ cấu tổ chức (tiếng Anh)'],
    addressEn: ['Địa chỉ (tiếng Anh)'],
    workingHoursEn: ['Giờ làm việc (tiếng Anh)'],
  },
};

export const COMPONENT_LABELS: Record<string, FieldLabels> = {
  'shared.figure': {
    image: ['Ảnh'],
    caption: ['Chú thích'],
    alt: ['Mô tả ảnh cho người khiếm thị', 'Để trống thì dùng chú thích'],
    afterParagraph: ['Sau đoạn số', '0: ngay sau sapo'],
  },
  'shared.tally-item': { label: ['Nhóm'], count: ['Số lượng'] },
  'shared.seo': { metaTitle: ['Tiêu đề SEO'], metaDescription: ['Mô tả SEO'], shareImage: ['Ảnh chia sẻ'] },
  'shared.link': { label: ['Nhãn'], url: ['Đường dẫn'] },
};
