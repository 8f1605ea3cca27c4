/**
 * The demo district's people, units and a year of tasks, as plain rows keyed by the schema's column keys
 * (src/core/schema.ts). Deterministic: one seeded PRNG, so every reset builds the same register.
 *
 * The shape follows the Ngũ Hành Sơn figures the product quotes (of 901 tasks: 67 % done on time, 19 %
 * late, 6 % archived, 7 % in progress, a handful overdue, nearly all with a progress update).
 */

export const DEMO_DOMAIN = 'nguhanhson.gov.vn';
export const DEMO_ADMIN = `vanphong@${DEMO_DOMAIN}`;
/** "Now" in the demo: Monday 23 November 2026, 08:00 in Viet Nam. */
/** The agency's name, given to setup (printed on slips, reports and e-mails). */
export const DEMO_AGENCY = 'UBND quận Ngũ Hành Sơn';
export const DEMO_NOW = Date.parse('2026-11-23T08:00:00+07:00');
export const DEMO_TASK_COUNT = 900;

/** mulberry32: small, fast, good enough for demo data, and the same in every Node version. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

// ---- Units ------------------------------------------------------------------------------------------

export interface DemoUnit {
  code: string;
  name: string;
  parent: string;
  /** Which Vice-Chair's portfolio the unit is in (index into LEADERS; 0 = the Chair). */
  portfolio: number;
  kind: 'root' | 'office' | 'department' | 'ward';
}

const U = (
  code: string,
  name: string,
  portfolio: number,
  kind: DemoUnit['kind'] = 'department',
): DemoUnit => ({
  code,
  name,
  parent: kind === 'root' ? '' : 'UBND',
  portfolio,
  kind,
});

export const DEMO_UNITS: DemoUnit[] = [
  U('UBND', 'UBND quận Ngũ Hành Sơn', 0, 'root'),
  U('VP', 'Văn phòng HĐND và UBND quận', 0, 'office'),
  U('NV', 'Phòng Nội vụ', 3),
  U('TP', 'Phòng Tư pháp', 3),
  U('TCKH', 'Phòng Tài chính – Kế hoạch', 1),
  U('QLDT', 'Phòng Quản lý đô thị', 1),
  U('TNMT', 'Phòng Tài nguyên và Môi trường', 1),
  U('KT', 'Phòng Kinh tế', 1),
  U('VHTT', 'Phòng Văn hoá và Thông tin', 2),
  U('GDDT', 'Phòng Giáo dục và Đào tạo', 2),
  U('YT', 'Phòng Y tế', 2),
  U('LDTBXH', 'Phòng Lao động – Thương binh và Xã hội', 2),
  U('TTR', 'Thanh tra quận', 3),
  U('BQLDA', 'Ban Quản lý dự án đầu tư xây dựng', 1),
  U('TTVHTT', 'Trung tâm Văn hoá – Thể thao', 2),
  U('DQLTT', 'Đội Quản lý trật tự đô thị', 1),
  U('BQLDT', 'Ban Quản lý Khu danh thắng Ngũ Hành Sơn', 2),
  U('TTPTQD', 'Trung tâm Phát triển quỹ đất', 1),
  U('DTT', 'Đài Truyền thanh quận', 2),
  U('TTYT', 'Trung tâm Y tế quận', 2),
  U('MYAN', 'UBND phường Mỹ An', 0, 'ward'),
  U('KHUEMY', 'UBND phường Khuê Mỹ', 0, 'ward'),
  U('HOAHAI', 'UBND phường Hoà Hải', 0, 'ward'),
  U('HOAQUY', 'UBND phường Hoà Quý', 0, 'ward'),
];

// ---- People -----------------------------------------------------------------------------------------

export interface DemoPerson {
  email: string;
  name: string;
  unit: string;
  /** The schema's role label in Vietnamese (ROLE_LABELS[role].vi). */
  role: string;
  position: string;
  active: boolean;
}

const ROLE = {
  admin: 'Quản trị (văn phòng)',
  leader: 'Lãnh đạo',
  follower: 'Chuyên viên theo dõi',
  focal: 'Đầu mối đơn vị',
  official: 'Cán bộ thực hiện',
} as const;

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Ngọc', 'Xuân'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Phương'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khoa',
  'Long',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Trung',
  'Vinh',
  'Tuấn',
  'Hiếu',
  'Lâm',
  'Tín',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
  'Uyên',
];

/** 'Nguyễn Văn An' → 'nguyen.van.an' (đ → d, diacritics dropped). */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .join('.');
}

function makePeople(rng: Rng): DemoPerson[] {
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  const add = (unit: string, role: string, position: string): DemoPerson => {
    for (;;) {
      const female = rng() < 0.45;
      const name = `${pick(rng, SURNAMES)} ${pick(rng, female ? MIDDLE_F : MIDDLE_M)} ${pick(rng, female ? GIVEN_F : GIVEN_M)}`;
      const local = emailLocalPart(name);
      if (used.has(local)) continue;
      used.add(local);
      const p: DemoPerson = { email: `${local}@${DEMO_DOMAIN}`, name, unit, role, position, active: true };
      people.push(p);
      return p;
    }
  };
  people.push({
    email: DEMO_ADMIN,
    name: 'Văn phòng HĐND và UBND quận',
    unit: 'VP',
    role: ROLE.admin,
    position: 'Tài khoản quản trị',
    active: true,
  });
  add('UBND', ROLE.leader, 'Chủ tịch UBND quận');
  add('UBND', ROLE.leader, 'Phó Chủ tịch UBND quận');
  add('UBND', ROLE.leader, 'Phó Chủ tịch UBND quận');
  add('UBND', ROLE.leader, 'Phó Chủ tịch UBND quận');
  add('VP', ROLE.leader, 'Chánh Văn phòng');
  add('VP', ROLE.follower, 'Phó Chánh Văn phòng');
  for (let i = 0; i < 4; i++) add('VP', ROLE.follower, 'Chuyên viên tổng hợp');
  for (const u of DEMO_UNITS) {
    if (u.kind !== 'department' && u.kind !== 'ward') continue;
    add(
      u.code,
      ROLE.official,
      u.kind === 'ward' ? 'Chủ tịch UBND phường' : u.code === 'TTR' ? 'Chánh Thanh tra' : 'Trưởng phòng',
    );
    add(u.code, ROLE.focal, u.kind === 'ward' ? 'Công chức Văn phòng – Thống kê' : 'Chuyên viên');
  }
  for (const code of ['QLDT', 'TNMT', 'GDDT', 'LDTBXH', 'MYAN', 'HOAHAI'])
    add(code, ROLE.official, 'Chuyên viên');
  // One who has left: kept in the sheet, no longer active.
  const left = add('KT', ROLE.official, 'Chuyên viên');
  left.active = false;
  return people;
}

// ---- Tasks ------------------------------------------------------------------------------------------

/** A task row by schema column key. Dates are epoch ms of midnight in Viet Nam. */
export type DemoTask = Record<string, string | number | boolean | { date: number } | null>;

const DAY = 86_400_000;
const VN = 7 * 3_600_000;
/** Midnight in Viet Nam of a calendar date, as epoch ms. */
const vnDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) - VN;
const weekday = (ms: number): number => new Date(ms + VN).getUTCDay();

/** 2026's days off (Labour Code art. 112, Tết and Hùng Kings by the lunar calendar; swaps aside). */
const HOLIDAYS_2026 = new Set(
  [
    [1, 1],
    [2, 16],
    [2, 17],
    [2, 18],
    [2, 19],
    [2, 20],
    [4, 27],
    [4, 30],
    [5, 1],
    [9, 1],
    [9, 2],
  ].map(([m, d]) => vnDay(2026, m, d)),
);
const isWorkingDay = (ms: number): boolean =>
  weekday(ms) !== 0 && weekday(ms) !== 6 && !HOLIDAYS_2026.has(ms);
function addWorkingDays(ms: number, n: number): number {
  let d = ms;
  let left = n;
  const step = n >= 0 ? 1 : -1;
  while (left !== 0) {
    d += step * DAY;
    if (isWorkingDay(d)) left -= step;
  }
  return d;
}
function nextWorkingDay(ms: number): number {
  let d = ms;
  while (!isWorkingDay(d)) d += DAY;
  return d;
}

const TOPICS: Record<number, string[]> = {
  // The Chair and wards: everything.
  0: [
    'Rà soát, tổng hợp kết quả thực hiện Nghị quyết của HĐND quận {q}',
    'Chuẩn bị nội dung làm việc với Đoàn công tác của Thành uỷ',
    'Triển khai thực hiện Chỉ thị về cải cách hành chính năm 2026',
    'Xử lý kiến nghị của cử tri tại kỳ họp HĐND quận',
    'Báo cáo tình hình kinh tế – xã hội {q}',
    'Tổ chức đối thoại với Nhân dân về công tác chỉnh trang đô thị',
    'Kiểm tra công tác tiếp công dân tại phường',
    'Tổng hợp kết quả chuyển đổi số {q}',
  ],
  // Economy and urban affairs.
  1: [
    'Giải quyết kiến nghị về bồi thường, giải phóng mặt bằng dự án {p}',
    'Rà soát các dự án chậm tiến độ trên địa bàn quận',
    'Kiểm tra, xử lý vi phạm trật tự xây dựng tại {w}',
    'Lập kế hoạch duy tu, sửa chữa hệ thống thoát nước mùa mưa bão',
    'Tham mưu phương án quản lý lòng lề đường tuyến {s}',
    'Đẩy nhanh tiến độ giải ngân vốn đầu tư công {q}',
    'Rà soát quỹ đất công, đề xuất phương án khai thác',
    'Kiểm tra công tác vệ sinh môi trường tuyến biển {s}',
    'Thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng',
    'Xây dựng kế hoạch phát triển du lịch làng đá mỹ nghệ Non Nước',
  ],
  // Culture and society.
  2: [
    'Tổ chức các hoạt động kỷ niệm {e}',
    'Rà soát hộ nghèo, hộ cận nghèo năm 2026',
    'Chuẩn bị cơ sở vật chất cho năm học mới 2026–2027',
    'Triển khai chiến dịch tiêm chủng mở rộng tại các phường',
    'Kiểm tra an toàn thực phẩm dịp {e}',
    'Tổ chức thăm, tặng quà gia đình chính sách dịp {e}',
    'Xây dựng kế hoạch phòng, chống dịch sốt xuất huyết',
    'Tuyên truyền phòng, chống đuối nước tại các bãi tắm',
    'Bảo tồn, phát huy giá trị Khu danh thắng Ngũ Hành Sơn',
    'Tổ chức Lễ hội Quán Thế Âm năm 2026',
  ],
  // Internal affairs.
  3: [
    'Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn',
    'Giải quyết đơn khiếu nại của công dân tại {w}',
    'Thanh tra việc quản lý, sử dụng ngân sách tại đơn vị dự toán',
    'Đánh giá, xếp loại cán bộ, công chức {q}',
    'Rà soát văn bản quy phạm pháp luật do UBND quận ban hành',
    'Kiểm tra công tác cải cách thủ tục hành chính tại bộ phận một cửa',
    'Xây dựng kế hoạch tuyển dụng công chức năm 2026',
    'Lập dự toán ngân sách năm 2027',
  ],
};
const PROJECTS = [
  'Khu dân cư Đông Hải',
  'Khu đô thị sinh thái Hoà Quý',
  'tuyến đường Võ Chí Công',
  'Khu tái định cư Hoà Hải',
  'công viên ven sông Cổ Cò',
];
const STREETS = [
  'Trường Sa',
  'Võ Nguyên Giáp',
  'Lê Văn Hiến',
  'Ngũ Hành Sơn',
  'Minh Mạng',
  'Huyền Trân Công Chúa',
];
const EVENTS = [
  'Tết Nguyên đán Bính Ngọ',
  'ngày Giải phóng miền Nam 30/4',
  'Quốc khánh 2/9',
  'ngày Thương binh – Liệt sĩ 27/7',
  'Tết Trung thu',
  'ngày Nhà giáo Việt Nam 20/11',
];
const WARDS = ['phường Mỹ An', 'phường Khuê Mỹ', 'phường Hoà Hải', 'phường Hoà Quý'];
const quarter = (ms: number): string => `quý ${Math.floor(new Date(ms + VN).getUTCMonth() / 3) + 1}/2026`;

function title(rng: Rng, portfolio: number, assigned: number): string {
  return pick(rng, TOPICS[portfolio])
    .replace('{q}', quarter(assigned))
    .replace('{p}', pick(rng, PROJECTS))
    .replace('{w}', pick(rng, WARDS))
    .replace('{s}', pick(rng, STREETS))
    .replace('{e}', pick(rng, EVENTS));
}

/** Numbers of documents grow through the year, as each office numbers its documents. */
function source(rng: Rng, assigned: number): string {
  const dayOfYear = Math.floor((assigned - vnDay(2026, 1, 1)) / DAY);
  const n = (k: number) => Math.max(1, Math.round(dayOfYear * k) + int(rng, 0, 5));
  const r = rng();
  if (r < 0.45) return `Thông báo ${n(1.1)}/TB-UBND`;
  if (r < 0.7) return `Công văn ${n(14)}/UBND-VP`;
  if (r < 0.82) return `Kế hoạch ${n(0.6)}/KH-UBND`;
  if (r < 0.9) return `Quyết định ${n(9)}/QĐ-UBND`;
  if (r < 0.96) return `Kết luận ${n(0.3)}/KL-UBND`;
  return `Công văn ${n(16)}/UBND-KT của UBND thành phố`;
}

type Outcome = 'early' | 'onTime' | 'late' | 'archived' | 'inProgress' | 'overdue' | 'awaiting' | 'ongoing';
/** Shares out of 1000, close to the Ngũ Hành Sơn report. */
const OUTCOMES: [Outcome, number][] = [
  ['early', 440],
  ['onTime', 245],
  ['late', 170],
  ['archived', 62],
  ['inProgress', 50],
  ['awaiting', 15],
  ['overdue', 3],
  ['ongoing', 15],
];
function outcome(rng: Rng): Outcome {
  let r = rng() * 1000;
  for (const [o, w] of OUTCOMES) {
    r -= w;
    if (r < 0) return o;
  }
  return 'early';
}

const EXPLANATIONS = [
  'Chờ ý kiến của các sở, ngành thành phố nên chậm so với thời hạn.',
  'Khối lượng hồ sơ lớn, phải phối hợp nhiều đơn vị.',
  'Ảnh hưởng của mưa bão, phải tạm dừng thi công.',
  'Công chức phụ trách nghỉ ốm dài ngày, đã phân công người thay thế.',
  'Phải lấy ý kiến Nhân dân nên kéo dài thời gian.',
];
const ARCHIVE_NOTES = [
  'Rút nhiệm vụ: đã được giải quyết theo văn bản khác.',
  'Gộp vào nhiệm vụ cùng nội dung.',
  'Không còn cần thiết do thay đổi chủ trương của thành phố.',
];

export interface DemoDistrict {
  units: Record<string, string | boolean>[];
  people: DemoPerson[];
  tasks: DemoTask[];
}

export function demoDistrict(seed = 20261123, count = DEMO_TASK_COUNT, now = DEMO_NOW): DemoDistrict {
  const rng = prng(seed);
  const people = makePeople(rng);
  const inUnit = (code: string, role?: string) =>
    people.filter((p) => p.unit === code && p.active && (!role || p.role === role));
  const leaders = inUnit('UBND', ROLE.leader);
  const followers = inUnit('VP', ROLE.follower);
  const workUnits = DEMO_UNITS.filter(
    (u) => u.kind === 'department' || u.kind === 'ward' || u.kind === 'office',
  );

  const leadUnits = workUnits.filter((u) => u.code !== 'VP');
  const followerOf: Record<string, string> = {};
  workUnits.forEach((u, i) => (followerOf[u.code] = followers[i % followers.length].email));
  const units = DEMO_UNITS.map((u) => {
    const head =
      u.kind === 'root'
        ? leaders[0]
        : u.code === 'VP'
          ? inUnit('VP', ROLE.leader)[0]
          : inUnit(u.code, ROLE.official)[0];
    const focal =
      u.kind === 'root' ? people[0] : u.code === 'VP' ? followers[0] : inUnit(u.code, ROLE.focal)[0];
    return {
      code: u.code,
      name: u.name,
      parent: u.parent,
      leader: head.email,
      follower: u.kind === 'root' ? '' : followerOf[u.code],
      focal: focal.email,
    };
  });

  const today = Math.floor((now + VN) / DAY) * DAY - VN;
  const yearStart = vnDay(2026, 1, 5);
  const tasks: DemoTask[] = [];
  for (let i = 0; i < count; i++) {
    const o = outcome(rng);
    const unit = pick(rng, leadUnits);
    const portfolio = unit.kind === 'ward' ? 0 : unit.portfolio;
    const assigner = rng() < 0.3 || portfolio === 0 ? leaders[0] : leaders[portfolio];
    const span = pick(rng, [5, 7, 10, 10, 15, 15, 20, 30, 45]);
    // Open tasks were assigned recently; finished ones any time in the year.
    let assigned: number;
    if (o === 'inProgress' || o === 'awaiting') assigned = nextWorkingDay(today - int(rng, 3, 40) * DAY);
    else if (o === 'overdue') assigned = nextWorkingDay(today - int(rng, 25, 60) * DAY);
    else assigned = nextWorkingDay(yearStart + Math.floor(rng() * (today - 45 * DAY - yearStart)));
    if (assigned >= today) assigned = addWorkingDays(today, -1);
    let deadline: number | null = o === 'ongoing' ? null : addWorkingDays(assigned, span);
    if (o === 'inProgress' && deadline !== null && deadline < today)
      deadline = addWorkingDays(today, int(rng, 1, 20));
    if (o === 'overdue') deadline = addWorkingDays(today, -int(rng, 1, 6));

    const extended =
      deadline !== null && (o === 'onTime' || o === 'late' || o === 'inProgress') && rng() < 0.12;
    const extendedDeadline = extended ? addWorkingDays(deadline!, pick(rng, [5, 10, 15])) : null;
    const D = extendedDeadline ?? deadline;

    let reported: number | null = null;
    if (D !== null) {
      if (o === 'early')
        reported = Math.max(assigned + DAY, addWorkingDays(D, -int(rng, 1, Math.max(1, span - 1))));
      if (o === 'onTime') reported = D;
      if (o === 'late') reported = addWorkingDays(D, int(rng, 1, 25));
    }
    if (o === 'awaiting') reported = addWorkingDays(today, -int(rng, 1, 3));
    if (reported !== null && reported > today) reported = addWorkingDays(today, -1);
    const confirmed = reported !== null && o !== 'awaiting';
    const confirmedAt = confirmed ? Math.min(today, addWorkingDays(reported!, int(rng, 0, 3))) : null;

    const assignees = inUnit(unit.code).filter((p) => p.role !== ROLE.leader);
    const assignee = pick(rng, assignees.length ? assignees : inUnit(unit.code));
    const coUnits =
      rng() < 0.3
        ? [pick(rng, workUnits), pick(rng, workUnits)]
            .filter((u, k, xs) => u.code !== unit.code && xs.findIndex((x) => x.code === u.code) === k)
            .map((u) => u.name)
            .join(', ')
        : '';
    const done = confirmed || o === 'awaiting';
    const updates = o === 'archived' ? int(rng, 0, 2) : rng() < 0.03 ? 0 : int(rng, 1, 6);
    const lastUpdate =
      updates === 0 ? null : Math.min(today, reported ?? addWorkingDays(assigned, int(rng, 1, 10)));
    const progress = done
      ? 1
      : o === 'archived'
        ? 0
        : updates === 0
          ? 0
          : pick(rng, [0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const d = (ms: number | null) => (ms === null ? null : { date: ms });
    const no = int(rng, 10, 980);

    tasks.push({
      title: title(rng, portfolio, assigned),
      details: rng() < 0.4 ? 'Báo cáo kết quả về UBND quận (qua Văn phòng) để tổng hợp.' : '',
      source: source(rng, assigned),
      assigner: assigner.email,
      leadUnit: unit.name,
      coUnits,
      assignees: assignee.email,
      assignedDate: d(assigned),
      deadline: d(deadline),
      extendedDeadline: d(extendedDeadline),
      extensionCount: extended ? 1 : 0,
      progress,
      lastUpdate: d(lastUpdate),
      updateCount: updates,
      reportedDate: d(reported),
      result: reported !== null ? `Đã báo cáo tại Báo cáo số ${no}/BC-${unit.code}` : '',
      confirmedBy: confirmed ? (rng() < 0.6 ? assigner.email : followerOf[unit.code]) : '',
      confirmedAt: d(confirmedAt),
      archived: o === 'archived',
      explanation: o === 'late' || o === 'overdue' ? pick(rng, EXPLANATIONS) : '',
      confidential: rng() < 0.02,
      notes: o === 'archived' ? pick(rng, ARCHIVE_NOTES) : '',
    });
  }
  tasks.sort((a, b) => (a.assignedDate as { date: number }).date - (b.assignedDate as { date: number }).date);
  return { units, people, tasks };
}
