/*
 * Words and phrases the synthetic content is made of, in the register of the
 * Union's own articles (see cms/data/legacy-articles). Places are Hoà Bình's
 * districts and communes as they were before the 1/7/2025 reorganisation,
 * like the demo content (cms/src/seed/demo-content.ts).
 */

export interface Place {
  commune: string;
  district: string;
}

/* District → a few of its communes or wards. */
const COMMUNES: Record<string, string[]> = {
  'thành phố Hoà Bình': ['phường Thịnh Lang', 'phường Dân Chủ', 'phường Hữu Nghị', 'xã Hoà Bình'],
  'huyện Lạc Sơn': ['xã Tân Lập', 'xã Vũ Bình', 'xã Ân Nghĩa', 'xã Yên Phú'],
  'huyện Mai Châu': ['xã Mai Hạ', 'xã Chiềng Châu', 'xã Pà Cò', 'thị trấn Mai Châu'],
  'huyện Đà Bắc': ['xã Cao Sơn', 'xã Tú Lý', 'xã Hiền Lương', 'xã Đoàn Kết'],
  'huyện Tân Lạc': ['xã Thanh Hối', 'xã Mãn Đức', 'xã Phong Phú', 'xã Ngọc Mỹ'],
  'huyện Yên Thủy': ['xã Yên Trị', 'xã Lạc Thịnh', 'xã Ngọc Lương', 'xã Đoàn Kết'],
  'huyện Lương Sơn': ['xã Liên Sơn', 'xã Nhuận Trạch', 'xã Cư Yên', 'xã Cao Dương'],
  'huyện Cao Phong': ['xã Bình Thanh', 'xã Thu Phong', 'xã Bắc Phong', 'thị trấn Cao Phong'],
  'huyện Kim Bôi': ['xã Nam Thượng', 'xã Cuối Hạ', 'xã Vĩnh Tiến', 'xã Hợp Tiến'],
  'huyện Lạc Thủy': ['thị trấn Chi Nê', 'xã Phú Nghĩa', 'xã An Bình', 'xã Khoan Dụ'],
};

export const DISTRICTS = Object.keys(COMMUNES);
export const PLACES: Place[] = Object.entries(COMMUNES).flatMap(([district, communes]) => communes.map((commune) => ({ commune, district })));

/** "huyện Lạc Sơn" → "Lạc Sơn": how titles name a place. */
export function shortPlaceName(name: string): string {
  return name.replace(/^(thành phố|huyện|thị trấn|xã|phường)\s+/, '');
}

export const CATEGORY_NAMES = [
  ['Tin hoạt động', 'Hoạt động của Hội LHPN các cấp trong tỉnh'],
  ['Xây dựng tổ chức Hội', 'Công tác cán bộ, đào tạo, bồi dưỡng, kiểm tra, giám sát'],
  ['Gương điển hình', 'Cán bộ, hội viên tiêu biểu, mô hình hay'],
  ['Hỗ trợ phụ nữ khởi nghiệp', 'Hoạt động thuộc Đề án 939'],
  ['Bình đẳng giới', 'Thực hiện bình đẳng giới và vì sự tiến bộ của phụ nữ'],
  ['Phòng, chống bạo lực gia đình', 'Phòng ngừa, ứng phó với bạo lực trên cơ sở giới'],
  ['Chăm lo phụ nữ, trẻ em', 'An sinh xã hội, hỗ trợ phụ nữ, trẻ em có hoàn cảnh khó khăn'],
  ['Tuyên truyền, giáo dục', 'Tuyên truyền, giáo dục chính trị, tư tưởng cho hội viên'],
  ['Văn bản chỉ đạo', 'Nghị quyết, kế hoạch, hướng dẫn của Hội cấp trên'],
  ['Giảm nghèo bền vững', 'Hỗ trợ sinh kế, vốn vay, giảm nghèo'],
  ['Xây dựng nông thôn mới', 'Phụ nữ tham gia xây dựng nông thôn mới, đô thị văn minh'],
  ['Phụ nữ dân tộc thiểu số', 'Hoạt động vùng đồng bào dân tộc thiểu số và miền núi'],
  ['Kiểm tra, giám sát', 'Công tác kiểm tra, giám sát, giải quyết khiếu nại, tố cáo'],
  ['Thi đua, khen thưởng', 'Phong trào thi đua, biểu dương, khen thưởng'],
  ['Chuyển đổi số', 'Ứng dụng công nghệ thông tin trong công tác Hội'],
  ['Sức khoẻ phụ nữ', 'Chăm sóc sức khoẻ sinh sản, dinh dưỡng, phòng bệnh'],
  ['Giáo dục gia đình', 'Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh'],
  ['Bảo vệ môi trường', 'Phụ nữ tham gia bảo vệ môi trường, thích ứng biến đổi khí hậu'],
  ['Hoạt động đối ngoại', 'Hợp tác, giao lưu với các tổ chức trong và ngoài nước'],
  ['Tin địa phương', 'Tin từ Hội LHPN các huyện, thành phố và cơ sở'],
] as const;

export const TAG_TERMS = [
  'cán bộ Hội cơ sở',
  'bồi dưỡng',
  'khen thưởng',
  'khởi nghiệp',
  'bình đẳng giới',
  'bạo lực gia đình',
  'hội viên danh dự',
  'tổ phụ nữ tiết kiệm',
  'sinh kế',
  'vốn vay ưu đãi',
  'nông thôn mới',
  'chi hội mẫu',
  'an sinh xã hội',
  'mẹ đỡ đầu',
  'dân tộc thiểu số',
  'chuyển đổi số',
  'kiểm tra giám sát',
  'tảo hôn',
  'mua bán người',
  'sức khoẻ sinh sản',
  'hợp tác xã',
  'thổ cẩm',
  'OCOP',
  'gia đình 5 không 3 sạch',
  'Ngày Phụ nữ Việt Nam 20/10',
  'Quốc tế Phụ nữ 8/3',
];

export const HEADLINES = [
  'Hội nghị biểu dương cán bộ Hội cơ sở giỏi giai đoạn {period}',
  'Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng năm {year}',
  'Ra mắt mô hình “{model}” tại {commune}',
  'Trao sinh kế hỗ trợ phụ nữ nghèo, phụ nữ dân tộc thiểu số năm {year}',
  'Tuyên truyền phòng, chống bạo lực gia đình tại {commune}',
  'Hội LHPN {district} tổng kết công tác Hội và phong trào phụ nữ năm {year}',
  'Đẩy mạnh hỗ trợ phụ nữ khởi nghiệp theo Đề án 939',
  'Kết nạp hội viên danh dự, xây dựng chi hội vững mạnh ở {commune}',
  'Sôi nổi hội thi “{contest}” năm {year}',
  'Ký kết chương trình phối hợp giữa Hội LHPN {district} và {partner}',
  'Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở năm {year}',
  'Đại hội đại biểu Phụ nữ {commune} nhiệm kỳ {term}',
  'Kiểm tra, giám sát việc thực hiện Điều lệ Hội tại {commune}',
  'Tọa đàm “Phụ nữ với chuyển đổi số” năm {year}',
  'Thăm, tặng quà phụ nữ, trẻ em có hoàn cảnh khó khăn dịp Tết Nguyên đán {year}',
  'Hưởng ứng Tháng hành động vì bình đẳng giới năm {year}',
  'Phụ nữ {commune} chung tay xây dựng nông thôn mới',
  'Nhân rộng mô hình “{model}” trong toàn {district}',
  'Gặp mặt kỷ niệm Ngày thành lập Hội LHPN Việt Nam 20/10/{year}',
  'Tổ hợp tác do phụ nữ làm chủ ở {commune} nâng cao thu nhập',
  'Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống ở {commune}',
  'Sơ kết 5 năm thực hiện Đề án 938 tại {district}',
  'Hội thảo giới thiệu sản phẩm OCOP do phụ nữ làm chủ năm {year}',
  'Tập huấn kỹ năng sử dụng mạng xã hội cho cán bộ Hội cơ sở {district}',
];

export const MODELS = [
  'Tổ phụ nữ tiết kiệm',
  'Địa chỉ tin cậy tại cộng đồng',
  'Câu lạc bộ phụ nữ khởi nghiệp',
  'Gia đình 5 không 3 sạch',
  'Mẹ đỡ đầu',
  'Phụ nữ tham gia bảo vệ môi trường',
  'Tổ hợp tác dệt thổ cẩm',
  'Chi hội phụ nữ không có người vi phạm pháp luật',
  'Ngôi nhà an toàn',
  'Nuôi heo đất tiết kiệm',
];

export const CONTESTS = [
  'Phụ nữ với văn hoá ứng xử',
  'Tìm hiểu Luật Bình đẳng giới',
  'Cán bộ Hội cơ sở giỏi',
  'Ý tưởng khởi nghiệp',
  'Tuyên truyền viên giỏi',
  'Phụ nữ với an toàn giao thông',
  'Nấu ăn ngon với sản vật địa phương',
];

export const PARTNERS = [
  'Ngân hàng Chính sách xã hội',
  'Trung tâm Y tế huyện',
  'Công an huyện',
  'Hội Nông dân',
  'Trung tâm bồi dưỡng Chính trị huyện',
  'Liên minh Hợp tác xã tỉnh',
  'Hội Cựu chiến binh',
  'Đoàn Thanh niên',
];

export const EVENTS = [
  'hội nghị tập huấn',
  'buổi sinh hoạt chi hội mẫu',
  'lễ ra mắt mô hình',
  'buổi truyền thông',
  'hội thi',
  'lớp bồi dưỡng nghiệp vụ',
  'buổi gặp mặt',
  'hội nghị sơ kết',
  'chương trình trao sinh kế',
];

export const SURNAMES = [
  'Bùi',
  'Hà',
  'Nguyễn',
  'Xa',
  'Đinh',
  'Quách',
  'Trương',
  'Bạch',
  'Lò',
  'Vì',
  'Sa',
  'Hoàng',
  'Trần',
  'Lê',
  'Phạm',
  'Đặng',
  'Đỗ',
  'Vũ',
  'Lường',
  'Mai',
];
export const MIDDLE_NAMES = ['Thị', 'Thị', 'Thị', 'Thị Thu', 'Thị Thanh', 'Thị Minh', 'Thị Hồng', 'Thị Ngọc', 'Thị Kim', 'Thị Bích'];
export const GIVEN_NAMES = [
  'Hoa',
  'Lan',
  'Hương',
  'Mai',
  'Ngà',
  'Thuỷ',
  'Hạnh',
  'Tuyết',
  'Nga',
  'Hằng',
  'Thảo',
  'Nhung',
  'Yến',
  'Loan',
  'Dung',
  'Huệ',
  'Liên',
  'Phượng',
  'Trang',
  'Vân',
  'Xuân',
  'Quế',
  'Oanh',
  'Hiền',
  'Lý',
  'Duyên',
];

export const AUTHORS = ['Kim Quế', 'Minh Thu', 'Thu Hà', 'Hồng Nhung', 'Ban Tuyên giáo', 'Ban Tổ chức', 'Văn phòng Hội', 'Ngọc Lan', 'Bích Hằng', 'Thanh Xuân'];

/* Real, embeddable YouTube ids (the demo content's own). */
export const YOUTUBE_IDS = ['M7lc1UVf-VE', 'aqz-KE-bpKQ', 'ScMzIvxBSi4'];

/** Paragraphs as the Union writes them: {placeholders} are filled per article. */
export const PARAGRAPH_TEMPLATES = [
  'Ngày {date}, Hội LHPN {district} đã tổ chức {event} cho {people} cán bộ, hội viên phụ nữ trên địa bàn. Tham dự có đại diện lãnh đạo Huyện ủy, UBND {district}, các ban, ngành, đoàn thể và Hội LHPN các xã, thị trấn.',
  'Tại {event}, các đại biểu đã được nghe phổ biến những nội dung cơ bản của Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình; kỹ năng tuyên truyền, vận động hội viên; cách xây dựng và duy trì các mô hình thu hút hội viên tại cộng đồng.',
  'Thời gian qua, Hội LHPN {commune} đã tích cực triển khai nhiều hoạt động thiết thực, hướng về cơ sở. Đến nay, toàn xã có {members} hội viên, đạt {percent}% so với tổng số phụ nữ trong độ tuổi; {groups} tổ phụ nữ tiết kiệm với tổng số vốn hơn {money} triệu đồng.',
  'Mô hình “{model}” được thành lập với {founders} thành viên, hoạt động theo nguyên tắc tự nguyện, cùng có lợi. Sau một thời gian đi vào hoạt động, mô hình đã giúp nhiều chị em có thêm vốn, kiến thức để phát triển kinh tế gia đình, góp phần giảm nghèo bền vững ở địa phương.',
  'Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội LHPN {district} ghi nhận, biểu dương những kết quả mà các cấp Hội đã đạt được; đồng thời đề nghị trong thời gian tới tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy hội viên, phụ nữ làm trung tâm.',
  'Dịp này, Hội LHPN {district} đã trao tặng {gifts} suất quà, mỗi suất trị giá {giftValue} nghìn đồng cho phụ nữ, trẻ em có hoàn cảnh khó khăn; trao giấy khen cho {awarded} tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm {year}.',
  'Thông qua hoạt động, nhận thức của cán bộ, hội viên về vai trò, vị trí của tổ chức Hội được nâng lên; nhiều chị em đã mạnh dạn chia sẻ kinh nghiệm làm kinh tế, nuôi dạy con tốt, xây dựng gia đình no ấm, tiến bộ, hạnh phúc.',
  'Trong năm {year}, các cấp Hội trong {district} đã phối hợp với {partner} giúp {helped} hội viên tiếp cận nguồn vốn vay ưu đãi với tổng dư nợ trên {loans} tỷ đồng; tổ chức {classes} lớp dạy nghề, chuyển giao khoa học kỹ thuật cho {trainees} lượt chị em.',
];

export const CAPTION_TEMPLATES = [
  'Quang cảnh {event} tại {commune}',
  'Đại biểu trao quà cho phụ nữ có hoàn cảnh khó khăn ở {commune}',
  'Mô hình “{model}” của chị em {commune}',
  'Lãnh đạo Hội LHPN {district} phát biểu tại {event}',
];
