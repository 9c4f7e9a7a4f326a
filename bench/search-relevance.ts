// The search relevance set: queries a reader would type, each with the object expected among
// the first three hits, over the portal seed content. Run as a test (test/search.test.ts) and
// scored (MRR) by the benchmark suite.
const MAIN_TITLE =
  'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương';

/** [query, the label expected among the first three hits] */
export const relevanceSet: [string, string][] = [
  ['Nguyen Van Long', 'Nguyễn Văn Long'],
  ['nguyễn văn long', 'Nguyễn Văn Long'],
  ['edmund goh', 'Edmund Goh'],
  ['Luong Tam Quang', 'Lương Tam Quang'],
  ['Thuong tuong', 'Nguyễn Văn Long'],
  ['trung ta lao', 'Lao Hoàng Hải'],
  ['Lao Hoang Hai', 'Lao Hoàng Hải'],
  ['INTERPOL', 'Tổ chức Cảnh sát hình sự quốc tế'],
  ['interpol viet nam', 'Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an'],
  ['dieu tra', 'Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an'],
  ['Bo Cong an', 'Bộ Công an'],
  ['an ninh mang cong nghe cao', 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao'],
  ['canh sat hinh su', 'Cục Cảnh sát hình sự'],
  ['GFCE', 'Diễn đàn toàn cầu về an ninh mạng'],
  ['UNODC', 'UNODC'],
  ['Kaspersky', 'Kaspersky'],
  ['Kasper', 'Kaspersky'],
  ['Group-IB', 'Group-IB'],
  [
    'Chien dich SECURE',
    'Chiến dịch triệt phá các phần mềm đánh cắp thông tin khu vực châu Á và Nam Thái Bình Dương',
  ],
  ['cong uoc Ha Noi', 'Lễ mở ký Công ước của Liên hợp quốc về phòng, chống tội phạm mạng'],
  [
    'hoi nghi nhom cong tac',
    'Hội nghị lần thứ 2 Nhóm công tác về tội phạm mạng khu vực châu Á và Nam Thái Bình Dương',
  ],
  ['toi pham mang chau A', 'Dự án phòng, chống tội phạm mạng khu vực châu Á - Thái Bình Dương'],
  ['hop tac quoc te', MAIN_TITLE],
  // The story whose headline holds the words, above the organisations and events whose longer
  // names contain them too.
  ['toi pham mang', MAIN_TITLE],
  ['phong chong toi pham mang', MAIN_TITLE],
  ['"tội phạm mạng" hợp tác', MAIN_TITLE],
  ['qua luu niem', MAIN_TITLE],
  [
    'cuop ngan hang Gia Lai',
    'Họp báo thông tin vụ bắt giữ đối tượng cướp ngân hàng xảy ra tại tỉnh Gia Lai',
  ],
  [
    'vien tim mach',
    'Công bố Quyết định của Bộ trưởng Bộ Công an về việc thành lập Viện Tim mạch thuộc Bệnh viện 19-8',
  ],
  [
    'Quang Ninh cu ong',
    'Công an xã Thống Nhất, tỉnh Quảng Ninh giúp cụ ông đi lạc đoàn tụ với gia đình',
  ],
  [
    'phao hoa Bac Ninh',
    'Bắc Ninh: Khởi tố đối tượng lừa đảo chiếm đoạt 73 thùng pháo hoa do Bộ Quốc phòng sản xuất trị giá gần 700 triệu đồng',
  ],
  [
    'chuyen nham tien',
    'Cảnh giác thủ đoạn lừa đảo và quy trình xử lý an toàn khi chuyển nhầm tiền qua tài khoản',
  ],
  [
    'app tinh cam',
    'Cao Bằng: Triệt phá đường dây lừa đảo sử dụng “app tình cảm” chiếm đoạt tài sản xuyên quốc gia',
  ],
  ['khi cuoi Hai Phong', 'Hải Phòng: Bắt quả tang xe vận chuyển số lượng lớn bình nghi khí cười'],
  [
    'Tet Nguyen dan Binh Ngo',
    'Tăng cường công tác tổ chức vận tải, bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội xuân năm 2026',
  ],
  [
    'Tin lanh Hung Yen',
    'Hội thánh Tin lành Việt Nam (miền Bắc) thăm, chúc Tết Công an tỉnh Hưng Yên',
  ],
  [
    'thuong binh Lang Giang',
    'Công an tỉnh Bắc Ninh thăm, tặng quà thương, bệnh binh tại Trung tâm điều dưỡng thương binh Lạng Giang và Mẹ Việt Nam Anh hùng',
  ],
];

/** The queries the benchmark suite times: the relevance set's and five common ones. */
export const timedQueries = [
  ...relevanceSet.map(([q]) => q),
  'toi pham mang',
  'cong an',
  'dieu tra',
  'ngan hang',
  'an ninh mang',
];

/** Timed passes over them at least (however long they take): with about 40 queries each, p99 is then not one slowest query. */
export const SEARCH_PASSES = 5;
