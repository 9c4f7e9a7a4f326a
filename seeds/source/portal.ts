// The portal content of ../shared/source as data: the INTERPOL cybercrime conference article
// and the page's "Tin tức mới cập nhật" headlines, with the people, organisations, events and
// places they name. Only what the page states; a field the page does not give stays empty.
// `key` is how these records refer to each other here; slugs derive from names unless given.
import article from './interpol-cybercrime-2025.json' with { type: 'json' };
import type { DatePrecision } from '../../src/modules/taxonomy/date-precision.js';
import type { EventKind } from '../../src/modules/event/event.entity.js';
import type { OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import type { PlaceKind } from '../../src/modules/place/place.entity.js';

export type PlaceSeed = {
  key: string;
  name: string;
  kind: `${PlaceKind}`;
  parent?: string;
  slug?: string;
};
export type OrganisationSeed = {
  key: string;
  name: string;
  slug?: string;
  shortName?: string;
  aliases?: string[];
  kind: `${OrganisationKind}`;
  country?: string;
  parent?: string;
  funders?: string[];
};
export type PersonSeed = {
  key: string;
  name: string;
  rank?: string;
  title?: string;
  positions?: { title: string; organisation?: string }[];
};
export type EventSeed = {
  key: string;
  name: string;
  slug?: string;
  shortName?: string;
  kind: `${EventKind}`;
  /** ISO 8601 with the portal's offset, at the precision below. */
  startsAt?: string;
  endsAt?: string;
  datePrecision?: `${DatePrecision}`;
  dateText?: string;
  place?: string;
  organisers?: string[];
  participants?: string[];
  attendeeCount?: number;
  countryCount?: number;
  parent?: string;
};
export type ArticleLinks = {
  category?: string;
  authors?: string[];
  people?: string[];
  organisations?: string[];
  events?: string[];
  places?: string[];
  tags?: string[];
};
export type BlockSeed =
  { kind: 'PARAGRAPH'; text: string } | { kind: 'IMAGE'; alt: string; caption: string };
export type ArticleSeed = ArticleLinks & {
  title: string;
  lead?: string;
  /** Calendar date in Asia/Ho_Chi_Minh, when the page gives one. */
  publishedDate?: string;
  blocks?: BlockSeed[];
};

export const categories = [
  { key: 'tin-tuc', name: 'Tin tức' },
  { key: 'chi-dao-dieu-hanh', name: 'Chỉ đạo điều hành' },
  { key: 'bo-voi-cong-dan', name: 'Bộ với công dân' },
];

export const tags = [
  { key: 'toi-pham-mang', name: 'Tội phạm mạng' },
  { key: 'hop-tac-quoc-te', name: 'Hợp tác quốc tế' },
  { key: 'an-ninh-mang', name: 'An ninh mạng' },
  { key: 'cuop-ngan-hang', name: 'Cướp ngân hàng' },
  { key: 'lua-dao', name: 'Lừa đảo' },
  { key: 'tet-nguyen-dan', name: 'Tết Nguyên đán' },
];

export const places: PlaceSeed[] = [
  { key: 'viet-nam', name: 'Việt Nam', kind: 'COUNTRY' },
  { key: 'ha-noi', name: 'Hà Nội', kind: 'CITY', parent: 'viet-nam' },
  { key: 'chau-a-nam-tbd', name: 'Khu vực châu Á và Nam Thái Bình Dương', kind: 'REGION' },
  { key: 'vuong-quoc-anh', name: 'Vương quốc Anh', kind: 'COUNTRY' },
  { key: 'lao', name: 'Lào', kind: 'COUNTRY' },
  { key: 'gia-lai', name: 'Gia Lai', kind: 'PROVINCE', parent: 'viet-nam' },
  { key: 'quang-ninh', name: 'Quảng Ninh', kind: 'PROVINCE', parent: 'viet-nam' },
  {
    key: 'xa-thong-nhat',
    name: 'Thống Nhất',
    slug: 'xa-thong-nhat-quang-ninh',
    kind: 'COMMUNE',
    parent: 'quang-ninh',
  },
  { key: 'bac-ninh', name: 'Bắc Ninh', kind: 'PROVINCE', parent: 'viet-nam' },
  { key: 'cao-bang', name: 'Cao Bằng', kind: 'PROVINCE', parent: 'viet-nam' },
  { key: 'hai-phong', name: 'Hải Phòng', kind: 'CITY', parent: 'viet-nam' },
  { key: 'hung-yen', name: 'Hưng Yên', kind: 'PROVINCE', parent: 'viet-nam' },
  { key: 'thai-nguyen', name: 'Thái Nguyên', kind: 'PROVINCE', parent: 'viet-nam' },
];

export const organisations: OrganisationSeed[] = [
  {
    key: 'bca',
    name: 'Bộ Công an',
    aliases: ['Bộ Công an Việt Nam'],
    kind: 'GOVERNMENT_AGENCY',
    country: 'viet-nam',
  },
  {
    key: 'vp-cqcsdt',
    name: 'Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an',
    aliases: ['Văn phòng INTERPOL Việt Nam', 'Văn phòng Cơ quan Cảnh sát điều tra'],
    kind: 'POLICE_UNIT',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'cuc-anm',
    name: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
    kind: 'POLICE_UNIT',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'cuc-cshs',
    name: 'Cục Cảnh sát hình sự',
    kind: 'POLICE_UNIT',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'vien-khhs',
    name: 'Viện Khoa học hình sự',
    kind: 'RESEARCH_INSTITUTE',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'cuc-doi-ngoai',
    name: 'Cục Đối ngoại',
    kind: 'GOVERNMENT_AGENCY',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'ca-ha-noi',
    name: 'Công an thành phố Hà Nội',
    kind: 'POLICE_UNIT',
    country: 'viet-nam',
    parent: 'bca',
  },
  {
    key: 'interpol',
    name: 'Tổ chức Cảnh sát hình sự quốc tế',
    shortName: 'INTERPOL',
    kind: 'INTERNATIONAL_ORGANISATION',
  },
  {
    key: 'interpol-cyber',
    name: 'Ban phòng, chống tội phạm mạng',
    slug: 'ban-phong-chong-toi-pham-mang-interpol',
    aliases: ['Ban phòng, chống tội phạm mạng của INTERPOL'],
    kind: 'INTERNATIONAL_ORGANISATION',
    parent: 'interpol',
  },
  {
    key: 'interpol-gs',
    name: 'Ban Tổng thư ký',
    slug: 'ban-tong-thu-ky-interpol',
    aliases: ['Ban Tổng thư ký INTERPOL'],
    kind: 'INTERNATIONAL_ORGANISATION',
    parent: 'interpol',
  },
  {
    key: 'interpol-wg',
    name: 'Nhóm công tác về tội phạm mạng khu vực châu Á và Nam Thái Bình Dương',
    aliases: ['Nhóm công tác về tội phạm mạng của INTERPOL'],
    kind: 'INTERNATIONAL_ORGANISATION',
    parent: 'interpol',
  },
  {
    key: 'interpol-apac-project',
    name: 'Dự án phòng, chống tội phạm mạng khu vực châu Á - Thái Bình Dương',
    kind: 'PROJECT',
    parent: 'interpol',
    funders: ['uk'],
  },
  { key: 'uk', name: 'Vương quốc Anh', kind: 'STATE', country: 'vuong-quoc-anh' },
  { key: 'unodc', name: 'UNODC', shortName: 'UNODC', kind: 'INTERNATIONAL_ORGANISATION' },
  {
    key: 'gfce',
    name: 'Diễn đàn toàn cầu về an ninh mạng',
    shortName: 'GFCE',
    kind: 'INTERNATIONAL_ORGANISATION',
  },
  { key: 'kaspersky', name: 'Kaspersky', kind: 'COMPANY' },
  { key: 'trend-micro', name: 'Trend Micro', kind: 'COMPANY' },
  { key: 'uppsala', name: 'Uppsala', kind: 'OTHER' },
  { key: 'group-ib', name: 'Group-IB', kind: 'COMPANY' },
  { key: 'un', name: 'Liên hợp quốc', kind: 'INTERNATIONAL_ORGANISATION' },
  // Named in the "Tin tức mới cập nhật" headlines.
  { key: 'bv-19-8', name: 'Bệnh viện 19-8', kind: 'HOSPITAL' },
  {
    key: 'vien-tim-mach',
    name: 'Viện Tim mạch',
    slug: 'vien-tim-mach-benh-vien-19-8',
    kind: 'HOSPITAL',
    parent: 'bv-19-8',
  },
  {
    key: 'ca-xa-thong-nhat',
    name: 'Công an xã Thống Nhất',
    slug: 'cong-an-xa-thong-nhat-quang-ninh',
    kind: 'POLICE_UNIT',
  },
  { key: 'bqp', name: 'Bộ Quốc phòng', kind: 'GOVERNMENT_AGENCY' },
  { key: 'bca-lao', name: 'Bộ Công an Lào', kind: 'GOVERNMENT_AGENCY', country: 'lao' },
  { key: 'ddbqh-bac-ninh', name: 'Đoàn đại biểu Quốc hội tỉnh Bắc Ninh', kind: 'LEGISLATIVE_BODY' },
  {
    key: 'tin-lanh-mien-bac',
    name: 'Hội thánh Tin lành Việt Nam (miền Bắc)',
    kind: 'RELIGIOUS_ORGANISATION',
  },
  { key: 'ca-hung-yen', name: 'Công an tỉnh Hưng Yên', kind: 'POLICE_UNIT' },
  { key: 'ca-bac-ninh', name: 'Công an tỉnh Bắc Ninh', kind: 'POLICE_UNIT' },
  { key: 'ttdd-lang-giang', name: 'Trung tâm điều dưỡng thương binh Lạng Giang', kind: 'OTHER' },
  { key: 'ca-thai-nguyen', name: 'Công an tỉnh Thái Nguyên', kind: 'POLICE_UNIT' },
];

export const people: PersonSeed[] = [
  {
    key: 'nguyen-van-long',
    name: 'Nguyễn Văn Long',
    rank: 'Thượng tướng',
    title: 'Thứ trưởng Bộ Công an',
    positions: [{ title: 'Thứ trưởng', organisation: 'bca' }],
  },
  {
    key: 'edmund-goh',
    name: 'Edmund Goh',
    title: 'Trưởng Dự án phòng, chống tội phạm mạng khu vực châu Á - Thái Bình Dương của INTERPOL',
    positions: [{ title: 'Trưởng Dự án', organisation: 'interpol-apac-project' }],
  },
  { key: 'hong-dung', name: 'Hồng Dũng' },
  // The headline calls him "Bộ trưởng" without naming the ministry, so none is linked.
  {
    key: 'luong-tam-quang',
    name: 'Lương Tam Quang',
    title: 'Bộ trưởng',
    positions: [{ title: 'Bộ trưởng' }],
  },
  { key: 'lao-hoang-hai', name: 'Lao Hoàng Hải', rank: 'Trung tá' },
];

const conference = 'hoi-nghi-2-nhom-cong-tac-toi-pham-mang';

export const events: EventSeed[] = [
  {
    key: conference,
    name: 'Hội nghị lần thứ 2 Nhóm công tác về tội phạm mạng khu vực châu Á và Nam Thái Bình Dương',
    kind: 'CONFERENCE',
    startsAt: '2025-07-08T00:00:00+07:00',
    endsAt: '2025-07-11T00:00:00+07:00',
    datePrecision: 'DAY',
    dateText: 'Từ ngày 08 - 11/7/2025',
    place: 'ha-noi',
    organisers: ['vp-cqcsdt', 'interpol-cyber'],
    participants: [
      'unodc',
      'gfce',
      'kaspersky',
      'trend-micro',
      'uppsala',
      'group-ib',
      'uk',
      'interpol-gs',
      'vp-cqcsdt',
      'cuc-anm',
      'cuc-cshs',
      'vien-khhs',
      'cuc-doi-ngoai',
      'ca-ha-noi',
    ],
    attendeeCount: 70,
    countryCount: 24,
  },
  {
    key: 'le-khai-mac',
    name: 'Lễ khai mạc Hội nghị lần thứ 2 Nhóm công tác về tội phạm mạng khu vực châu Á và Nam Thái Bình Dương',
    kind: 'CEREMONY',
    parent: conference,
  },
  {
    key: 'buoi-lam-viec-ca-ha-noi',
    name: 'Buổi làm việc với Công an thành phố Hà Nội',
    kind: 'MEETING',
    startsAt: '2025-07-09T12:00:00+07:00',
    datePrecision: 'HALF_DAY',
    dateText: 'chiều ngày 09/7/2025',
    participants: ['ca-ha-noi'],
    parent: conference,
  },
  {
    key: 'chien-dich-secure',
    name: 'Chiến dịch triệt phá các phần mềm đánh cắp thông tin khu vực châu Á và Nam Thái Bình Dương',
    slug: 'chien-dich-secure',
    shortName: 'Chiến dịch SECURE',
    kind: 'OPERATION',
    place: 'chau-a-nam-tbd',
    organisers: ['interpol'],
    participants: ['bca'],
  },
  {
    key: 'le-mo-ky-cong-uoc-ha-noi',
    name: 'Lễ mở ký Công ước của Liên hợp quốc về phòng, chống tội phạm mạng',
    slug: 'le-mo-ky-cong-uoc-ha-noi',
    shortName: 'Công ước Hà Nội',
    kind: 'CEREMONY',
    startsAt: '2025-10-01T00:00:00+07:00',
    datePrecision: 'MONTH',
    dateText: 'tháng 10/2025',
    place: 'viet-nam',
  },
];

export const mainArticle: ArticleSeed = {
  title: article.title,
  lead: article.lead,
  publishedDate: article.publishedDate,
  blocks: article.blocks as BlockSeed[],
  category: 'tin-tuc',
  authors: ['hong-dung'],
  people: ['nguyen-van-long', 'edmund-goh'],
  organisations: [
    'vp-cqcsdt',
    'bca',
    'interpol-cyber',
    'interpol',
    'interpol-wg',
    'unodc',
    'gfce',
    'kaspersky',
    'trend-micro',
    'uppsala',
    'group-ib',
    'interpol-apac-project',
    'uk',
    'interpol-gs',
    'cuc-anm',
    'cuc-cshs',
    'vien-khhs',
    'cuc-doi-ngoai',
    'ca-ha-noi',
    'un',
  ],
  events: [
    conference,
    'le-khai-mac',
    'buoi-lam-viec-ca-ha-noi',
    'chien-dich-secure',
    'le-mo-ky-cong-uoc-ha-noi',
  ],
  places: ['ha-noi', 'viet-nam', 'chau-a-nam-tbd', 'vuong-quoc-anh'],
  tags: ['toi-pham-mang', 'hop-tac-quoc-te', 'an-ninh-mang'],
};

/** "Tin tức mới cập nhật": the page gives each headline only, so only the title and what it names. */
export const latestHeadlines: ArticleSeed[] = [
  {
    title: 'Họp báo thông tin vụ bắt giữ đối tượng cướp ngân hàng xảy ra tại tỉnh Gia Lai',
    places: ['gia-lai'],
    tags: ['cuop-ngan-hang'],
  },
  {
    title:
      'Công bố Quyết định của Bộ trưởng Bộ Công an về việc thành lập Viện Tim mạch thuộc Bệnh viện 19-8',
    organisations: ['bca', 'vien-tim-mach', 'bv-19-8'],
  },
  {
    title:
      'Xử phạt trường hợp chia sẻ, đăng tải thông tin sai sự thật xúc phạm lực lượng Cảnh sát giao thông trên môi trường mạng',
  },
  {
    title: 'Công an xã Thống Nhất, tỉnh Quảng Ninh giúp cụ ông đi lạc đoàn tụ với gia đình',
    organisations: ['ca-xa-thong-nhat'],
    places: ['xa-thong-nhat', 'quang-ninh'],
  },
  { title: 'Phụ nữ khối các trường CAND đồng hành cùng phụ nữ biên cương' },
  {
    title:
      'Biểu dương chiến công xuất sắc của Công an các đơn vị, địa phương trong vụ bắt giữ 02 đối tượng cướp ngân hàng tại tỉnh Gia Lai',
    places: ['gia-lai'],
    tags: ['cuop-ngan-hang'],
  },
  {
    title:
      'Bắc Ninh: Khởi tố đối tượng lừa đảo chiếm đoạt 73 thùng pháo hoa do Bộ Quốc phòng sản xuất trị giá gần 700 triệu đồng',
    organisations: ['bqp'],
    places: ['bac-ninh'],
    tags: ['lua-dao'],
  },
  {
    title:
      'Cảnh giác thủ đoạn lừa đảo và quy trình xử lý an toàn khi chuyển nhầm tiền qua tài khoản',
    tags: ['lua-dao'],
  },
  {
    title:
      'Khởi tố, bắt tạm giam đối tượng “Lợi dụng các quyền tự do dân chủ xâm phạm lợi ích của Nhà nước, quyền, lợi ích hợp pháp của tổ chức, cá nhân”',
  },
  {
    title:
      'Cao Bằng: Triệt phá đường dây lừa đảo sử dụng “app tình cảm” chiếm đoạt tài sản xuyên quốc gia',
    places: ['cao-bang'],
    tags: ['lua-dao'],
  },
  {
    title: 'Bộ trưởng Lương Tam Quang gặp song phương Bộ trưởng Bộ Công an Lào',
    people: ['luong-tam-quang'],
    organisations: ['bca-lao'],
    places: ['lao'],
  },
  {
    title: 'Hải Phòng: Bắt quả tang xe vận chuyển số lượng lớn bình nghi khí cười',
    places: ['hai-phong'],
  },
  {
    title:
      'Tăng cường công tác tổ chức vận tải, bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội xuân năm 2026',
    tags: ['tet-nguyen-dan'],
  },
  {
    title:
      'Đoàn đại biểu Quốc hội tỉnh Bắc Ninh trao quà Tết tặng các đối tượng chính sách - xã hội nhân dịp Tết Nguyên đán 2026',
    organisations: ['ddbqh-bac-ninh'],
    places: ['bac-ninh'],
    tags: ['tet-nguyen-dan'],
  },
  {
    title: 'Hội thánh Tin lành Việt Nam (miền Bắc) thăm, chúc Tết Công an tỉnh Hưng Yên',
    organisations: ['tin-lanh-mien-bac', 'ca-hung-yen'],
    places: ['hung-yen'],
    tags: ['tet-nguyen-dan'],
  },
  {
    title:
      'Công an tỉnh Bắc Ninh thăm, tặng quà thương, bệnh binh tại Trung tâm điều dưỡng thương binh Lạng Giang và Mẹ Việt Nam Anh hùng',
    organisations: ['ca-bac-ninh', 'ttdd-lang-giang'],
    places: ['bac-ninh'],
  },
  {
    title:
      'Nâng cao chất lượng công tác nghỉ dưỡng, phát triển hệ thống nhà khách, nhà nghỉ dưỡng trong Công an nhân dân',
  },
  { title: 'Lực lượng Công an xã - Điểm tựa cho người tái hòa nhập cộng đồng' },
  {
    title:
      'Công an tỉnh Thái Nguyên tổ chức viếng Trung tá Lao Hoàng Hải hy sinh khi thi hành công vụ',
    people: ['lao-hoang-hai'],
    organisations: ['ca-thai-nguyen'],
    places: ['thai-nguyen'],
  },
].map((a) => ({ ...a, category: 'tin-tuc' }));

export const byline = article.byline;
