/*
 * Demo content for a fresh CMS. Figures come from the seed article
 * (data/legacy-articles/000_0c5172275c553ac9.txt) and the Prime Minister's
 * decisions 938/QĐ-TTg and 939/QĐ-TTg of 30/6/2017. Places are written as
 * they were at the time (Hoà Bình province, its districts), before the
 * 1/7/2025 reorganisation.
 */

import { slugify } from '@hoilhpn/vietnamese';

export const SEED_ARTICLE_FILE = '000_0c5172275c553ac9.txt';
export const SEED_ARTICLE_SLUG = 'hoa-binh-chu-trong-nang-cao-nang-luc-cho-can-bo-hoi-phu-nu-co-so';

export const CATEGORIES = [
  { name: 'Tin hoạt động', slug: 'tin-hoat-dong', order: 1, description: 'Hoạt động của Hội LHPN các cấp trong tỉnh' },
  { name: 'Xây dựng tổ chức Hội', slug: 'xay-dung-to-chuc-hoi', order: 2, description: 'Công tác cán bộ, đào tạo, bồi dưỡng, kiểm tra, giám sát' },
  { name: 'Gương điển hình', slug: 'guong-dien-hinh', order: 3, description: 'Cán bộ, hội viên tiêu biểu, mô hình hay' },
  { name: 'Hỗ trợ phụ nữ khởi nghiệp', slug: 'ho-tro-phu-nu-khoi-nghiep', order: 4, description: 'Hoạt động thuộc Đề án 939' },
];

/* Slugs as the CMS makes them from a new tag's name. */
export const TAGS = ['cán bộ Hội cơ sở', 'bồi dưỡng', 'khen thưởng'].map((name) => ({ name, slug: slugify(name) }));

export const PROJECTS = [
  {
    code: '938',
    slug: 'de-an-938',
    shortTitle: 'Đề án 938',
    title: 'Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017–2027"',
    period: '2017–2027',
    startYear: 2017,
    endYear: 2027,
    decision: 'Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ',
    implementationStatus: 'dang_trien_khai',
    summary:
      'Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết các vấn đề xã hội liên quan đến phụ nữ: bạo lực gia đình, mua bán người, hôn nhân có yếu tố nước ngoài trái pháp luật, tảo hôn, hôn nhân cận huyết thống, bình đẳng giới.',
  },
  {
    code: '939',
    slug: 'de-an-939',
    shortTitle: 'Đề án 939',
    title: 'Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017–2025"',
    period: '2017–2025',
    startYear: 2017,
    endYear: 2025,
    decision: 'Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ',
    implementationStatus: 'da_ket_thuc',
    summary:
      'Hỗ trợ phụ nữ khởi nghiệp: tuyên truyền, nâng cao nhận thức, bồi dưỡng kiến thức, kỹ năng khởi sự kinh doanh, hỗ trợ ý tưởng và doanh nghiệp do phụ nữ làm chủ, phát triển hợp tác xã, tổ hợp tác do phụ nữ quản lý.',
  },
];

export const VIDEOS = [
  {
    slug: 'phu-nu-hoa-binh-khoi-nghiep-tu-san-vat-dia-phuong',
    title: 'Phụ nữ Hoà Bình khởi nghiệp từ sản vật địa phương',
    youtubeUrl: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    durationSeconds: 312,
    publishedDate: '2023-10-12T08:00:00+07:00',
    description: 'Những mô hình khởi nghiệp của chị em vùng cao được hỗ trợ từ Đề án 939.',
    project: '939',
  },
  {
    slug: 'chung-tay-phong-chong-bao-luc-gia-dinh',
    title: 'Chung tay phòng, chống bạo lực gia đình',
    youtubeUrl: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    durationSeconds: 245,
    publishedDate: '2023-11-25T08:00:00+07:00',
    description: 'Hoạt động truyền thông hưởng ứng Tháng hành động vì bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới.',
    project: '938',
  },
];

/** A video an editor has not published: the public must never see it, not even through Đề án 939. */
export const DRAFT_VIDEO = {
  slug: 'ban-nhap-video-tong-ket-de-an-939',
  title: 'Bản nháp: Video tổng kết Đề án 939',
  youtubeUrl: 'https://www.youtube.com/watch?v=ScMzIvxBSi4',
  publishedDate: '2025-12-20T08:00:00+07:00',
  description: 'Chưa duyệt.',
  project: '939',
};

export const TRAINING_COURSES = [
  {
    slug: 'boi-duong-nghiep-vu-cong-tac-hoi-cho-can-bo-hoi-co-so-nam-2023',
    title: 'Bồi dưỡng, tập huấn nghiệp vụ công tác Hội cho cán bộ Hội cơ sở năm 2023',
    kind: 'boi_duong_nghiep_vu',
    level: 'tinh',
    organizer: 'Hội LHPN tỉnh Hoà Bình',
    partners: 'Trung tâm bồi dưỡng Chính trị các huyện, thành phố; MTTQ và các đoàn thể',
    location: 'Các huyện, thành phố trong tỉnh Hoà Bình',
    startDate: '2023-01-01',
    endDate: '2023-12-31',
    classCount: 21,
    participantCount: 817,
    audience: 'Chủ tịch và nguồn chức danh Chủ tịch Hội LHPN cấp cơ sở, chi hội trưởng, chi hội phó',
  },
  {
    slug: 'tap-huan-cong-tac-kiem-tra-giam-sat-khieu-nai-to-cao-nam-2023',
    title: 'Tập huấn công tác kiểm tra, giám sát, khiếu nại, tố cáo năm 2023',
    kind: 'tap_huan_kiem_tra_giam_sat',
    level: 'tinh',
    organizer: 'Hội LHPN tỉnh Hoà Bình',
    partners: null,
    location: 'Tỉnh Hoà Bình',
    startDate: '2023-01-01',
    endDate: '2023-12-31',
    classCount: 1,
    participantCount: 50,
    audience: 'Chủ tịch, Phó Chủ tịch Hội LHPN các huyện, thành phố và ủy viên UBKT cấp tỉnh, huyện',
  },
];

/* Contact details are invented for the demo and are private: the API must never show them. */
export const CADRES = [
  {
    slug: 'bui-thi-hoa-tan-lap',
    fullName: 'Bùi Thị Hoa',
    position: 'chu_tich',
    positionTitle: 'Chủ tịch Hội LHPN xã Tân Lập',
    unit: 'xã Tân Lập',
    district: 'huyện Lạc Sơn',
    phone: '0912000101',
    email: 'hoa.tanlap@example.vn',
    birthYear: 1982,
  },
  {
    slug: 'ha-thi-lan-mai-ha',
    fullName: 'Hà Thị Lan',
    position: 'chu_tich',
    positionTitle: 'Chủ tịch Hội LHPN xã Mai Hạ',
    unit: 'xã Mai Hạ',
    district: 'huyện Mai Châu',
    phone: '0912000102',
    email: 'lan.maiha@example.vn',
    birthYear: 1985,
  },
  {
    slug: 'nguyen-thi-thu-huong-thinh-lang',
    fullName: 'Nguyễn Thị Thu Hương',
    position: 'chi_hoi_truong',
    positionTitle: 'Chi hội trưởng chi hội phụ nữ tổ 5',
    unit: 'phường Thịnh Lang',
    district: 'thành phố Hoà Bình',
    phone: '0912000103',
    email: 'huong.thinhlang@example.vn',
    birthYear: 1978,
  },
  {
    slug: 'xa-thi-mai-cao-son',
    fullName: 'Xa Thị Mai',
    position: 'chi_hoi_truong',
    positionTitle: 'Chi hội trưởng chi hội phụ nữ xóm Bưa Cứa',
    unit: 'xã Cao Sơn',
    district: 'huyện Đà Bắc',
    phone: '0912000104',
    email: 'mai.caoson@example.vn',
    birthYear: 1988,
  },
  {
    slug: 'dinh-thi-nga-thanh-hoi',
    fullName: 'Đinh Thị Ngà',
    position: 'to_truong_phu_nu',
    positionTitle: 'Tổ trưởng tổ phụ nữ xóm Đồng Lề',
    unit: 'xã Thanh Hối',
    district: 'huyện Tân Lạc',
    phone: '0912000105',
    email: 'nga.thanhhoi@example.vn',
    birthYear: 1990,
  },
  {
    slug: 'quach-thi-thuy-yen-tri',
    fullName: 'Quách Thị Thuỷ',
    position: 'nguoi_dung_dau_mo_hinh',
    positionTitle: 'Tổ trưởng tổ hợp tác dệt thổ cẩm',
    unit: 'xã Yên Trị',
    district: 'huyện Yên Thủy',
    phone: '0912000106',
    email: 'thuy.yentri@example.vn',
    birthYear: 1980,
  },
  {
    slug: 'truong-thi-hanh-lien-son',
    fullName: 'Trương Thị Hạnh',
    position: 'chi_hoi_truong',
    positionTitle: 'Chi hội trưởng chi hội phụ nữ thôn Gò Bài',
    unit: 'xã Liên Sơn',
    district: 'huyện Lương Sơn',
    phone: '0912000107',
    email: 'hanh.lienson@example.vn',
    birthYear: 1983,
  },
  {
    slug: 'bach-thi-tuyet-binh-thanh',
    fullName: 'Bạch Thị Tuyết',
    position: 'chu_tich',
    positionTitle: 'Chủ tịch Hội LHPN xã Bình Thanh',
    unit: 'xã Bình Thanh',
    district: 'huyện Cao Phong',
    phone: '0912000108',
    email: 'tuyet.binhthanh@example.vn',
    birthYear: 1979,
  },
].map((cadre) => ({ ...cadre, province: 'Hoà Bình' }));

export const AWARD = {
  slug: 'bieu-duong-can-bo-hoi-co-so-gioi-giai-doan-2021-2023',
  title: 'Biểu dương cán bộ Hội cơ sở giỏi giai đoạn 2021–2023',
  level: 'tinh',
  period: '2021–2023',
  issuer: 'Hội LHPN tỉnh Hoà Bình',
  description: 'Hội nghị biểu dương, khen thưởng 95 cán bộ Hội cơ sở giỏi, người đứng đầu các mô hình tiêu biểu tại cộng đồng giai đoạn 2021–2023.',
  tally: [
    { label: 'Chủ tịch Hội phụ nữ cơ sở', count: 27 },
    { label: 'Chi hội trưởng chi hội phụ nữ', count: 50 },
    { label: 'Tổ trưởng phụ nữ', count: 10 },
    { label: 'Người đứng đầu mô hình tại cộng đồng', count: 8 },
  ],
};

/** Never published: proves the public API hides drafts, even through Đề án 938's articles. */
export const DRAFT_ARTICLE = {
  slug: 'ban-nhap-ke-hoach-tap-huan-can-bo-hoi-nam-2024',
  title: 'Bản nháp: Kế hoạch tập huấn cán bộ Hội năm 2024',
  lead: 'Bản nháp nội bộ, chưa được duyệt đăng.',
  author: 'Ban Tổ chức',
  publishedDate: '2024-01-15T08:00:00+07:00',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung đang soạn thảo.' }] }],
  category: 'xay-dung-to-chuc-hoi',
  project: '938',
};

export const SITE_SETTINGS = {
  siteName: 'Hội Liên hiệp Phụ nữ tỉnh Hoà Bình',
  shortName: 'Hội LHPN tỉnh Hoà Bình',
  description: 'Cổng thông tin điện tử của Hội Liên hiệp Phụ nữ tỉnh Hoà Bình',
  province: 'Hoà Bình',
  address: 'Số 1 đường Mẫu, phường Phương Lâm, thành phố Hoà Bình (địa chỉ mẫu)',
  phone: '0218 3000 000',
  email: 'lienhe@hoiphunu.example.vn',
  navigation: [
    { label: 'Giới thiệu', url: '/gioi-thieu/' },
    { label: 'Tin tức', url: '/tin-tuc/' },
    { label: 'Các đề án', url: '/de-an/' },
    { label: 'Video', url: '/video/' },
    { label: 'Đào tạo, bồi dưỡng', url: '/dao-tao/' },
    { label: 'Cán bộ Hội', url: '/can-bo/' },
    { label: 'Khen thưởng', url: '/khen-thuong/' },
    { label: 'Văn bản', url: '/van-ban/' },
  ],
};

/**
 * The provincial Union's leadership, for the introduction page. Sample people
 * with sample official contacts (example.vn); their private phone, email and
 * birth year exist to prove the site never shows them.
 */
export const LEADERS = [
  {
    slug: 'tran-thi-minh-hang-tinh',
    fullName: 'Trần Thị Minh Hằng',
    position: 'chu_tich',
    positionTitle: 'Chủ tịch Hội LHPN tỉnh',
    officePhone: '0218 3000 001',
    officialEmail: 'chutich@hoiphunu.example.vn',
    phone: '0912000201',
    email: 'hang.rieng@example.vn',
    birthYear: 1975,
  },
  {
    slug: 'le-thi-thanh-van-tinh',
    fullName: 'Lê Thị Thanh Vân',
    position: 'pho_chu_tich',
    positionTitle: 'Phó Chủ tịch Hội LHPN tỉnh',
    officePhone: '0218 3000 002',
    officialEmail: 'phochutich@hoiphunu.example.vn',
    phone: '0912000202',
    email: 'van.rieng@example.vn',
    birthYear: 1979,
  },
].map((leader) => ({ ...leader, unit: 'Hội LHPN tỉnh Hoà Bình', province: 'Hoà Bình' }));

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const bullets = (items: string[]) => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});
const SAMPLE_NOTE = 'Nội dung mẫu để minh hoạ: biên tập viên thay bằng văn bản chính thức trong mục Giới thiệu của CMS.';

/** The introduction page (Giới thiệu) and its English counterpart, after the Union's Charter; `leaders` are LEADERS' slugs. */
export const INTRODUCTION = {
  functions: [
    paragraph(
      'Hội Liên hiệp Phụ nữ Việt Nam là tổ chức chính trị – xã hội đại diện cho quyền và lợi ích hợp pháp, chính đáng của các tầng lớp phụ nữ Việt Nam, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới.',
    ),
    bullets([
      'Đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của phụ nữ.',
      'Đoàn kết, vận động phụ nữ thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      'Tham gia xây dựng Đảng, xây dựng Nhà nước; giám sát và phản biện xã hội.',
      'Xây dựng tổ chức Hội vững mạnh; bồi dưỡng cán bộ Hội các cấp.',
    ]),
    paragraph(SAMPLE_NOTE),
  ],
  structure: [
    paragraph('Hội LHPN tỉnh có Ban Chấp hành, Ban Thường vụ và Thường trực do Đại hội phụ nữ tỉnh bầu ra. Cơ quan chuyên trách gồm:'),
    bullets(['Văn phòng', 'Ban Tổ chức – Kiểm tra', 'Ban Tuyên giáo – Chính sách luật pháp', 'Ban Gia đình – Xã hội', 'Ban Kinh tế']),
    paragraph('Dưới tỉnh là Hội LHPN các xã, phường và các chi hội, tổ phụ nữ ở thôn, xóm, tổ dân phố.'),
  ],
  workingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ)',
  nameEn: "Hoa Binh Provincial Women's Union",
  introductionEn: [
    paragraph(
      "The Vietnam Women's Union is the socio-political organisation that represents the lawful rights and interests of Vietnamese women of all walks of life and works for women's advancement and gender equality.",
    ),
    paragraph(
      "The Hoa Binh Provincial Women's Union brings together the women of the province: it protects their rights, helps them learn and earn a living, and trains the Union's officers in every commune and ward. (Sample text.)",
    ),
  ],
  structureEn: [
    paragraph(
      "The Provincial Executive Committee, its Standing Committee and the Standing Board are elected by the Provincial Women's Congress. The Union's office has five departments: the Office; Organisation and Inspection; Communication, Policy and Law; Family and Social Affairs; and Economic Affairs. Below the province are the Women's Unions of the communes and wards and their branches in every village and neighbourhood.",
    ),
  ],
  addressEn: 'No. 1 Mau Street, Phuong Lam Ward, Hoa Binh City (sample address)',
  workingHoursEn: 'Monday to Friday, 7:30–11:30 and 13:30–17:00 (Vietnam time), except public holidays',
  leaders: LEADERS.map((leader) => leader.slug),
};

const SAMPLE = 'Văn bản mẫu để minh hoạ cổng thông tin, không phải văn bản thật của Hội.';

/**
 * The demo's documents (Văn bản), marked as samples in their summary and in
 * their file. `project` is a project code, `article` the seed article; a
 * document without `file` shows how the site says "no file yet".
 */
export const LEGAL_DOCUMENTS = [
  {
    slug: 'nghi-quyet-dai-hoi-dai-bieu-phu-nu-tinh-lan-thu-xvii',
    title: 'Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Hoà Bình lần thứ XVII, nhiệm kỳ 2021–2026',
    kind: 'nghi_quyet',
    number: '01-NQ/ĐH',
    issuer: 'Đại hội đại biểu Phụ nữ tỉnh Hoà Bình',
    issuedDate: '2021-05-20',
    summary: `Mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm của phong trào phụ nữ và công tác Hội nhiệm kỳ 2021–2026. ${SAMPLE}`,
    file: true,
  },
  {
    slug: 'ke-hoach-thuc-hien-de-an-939-nam-2023',
    title: 'Kế hoạch thực hiện Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" năm 2023',
    kind: 'ke_hoach',
    number: '12/KH-HPN',
    issuer: 'Ban Thường vụ Hội LHPN tỉnh',
    issuedDate: '2023-02-15',
    effectiveDate: '2023-02-15',
    summary: `Các hoạt động hỗ trợ phụ nữ khởi nghiệp, phát triển kinh doanh trong năm 2023 và phân công thực hiện. ${SAMPLE}`,
    file: true,
    project: '939',
  },
  {
    slug: 'huong-dan-bieu-duong-can-bo-hoi-co-so-gioi-2021-2023',
    title: 'Hướng dẫn biểu dương, khen thưởng cán bộ Hội cơ sở giỏi giai đoạn 2021–2023',
    kind: 'huong_dan',
    number: '05/HD-HPN',
    issuer: 'Ban Thường vụ Hội LHPN tỉnh',
    issuedDate: '2023-08-10',
    summary: `Đối tượng, tiêu chuẩn, số lượng và hồ sơ đề nghị biểu dương cán bộ Hội cơ sở giỏi. ${SAMPLE}`,
    file: false,
    article: true,
  },
];
