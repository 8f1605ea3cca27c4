/**
 * A generated register reproducing the year the Ngũ Hành Sơn article reports (docs/product.md): 901 tasks
 * assigned by the district in 2026, 878 of them updated, 18 of 24 units at a 100 % update rate;
 * 604 completed on time, 173 late, 57 archived, 64 in progress within the deadline, 3 overdue.
 *
 * Every status the register knows appears (early, on the deadline, late, archived, in progress, due
 * soon, ongoing, awaiting confirmation reported in time and reported late, overdue), some tasks were
 * extended, and the rows the statistics must leave out are there too: 36 sub-tasks delegated inside
 * the units (persons count them, units must not) and 12 tasks assigned in 2025 (outside the period).
 * Deterministic: the same rows every run.
 */
import { dayFromYmd, instantOfDayStart, type Day } from '../../src/core/civil-date';
import { prng } from '../../playground/demo-data';

export const NHS_TODAY_ISO = '2026-11-23'; // a Monday
export const NHS_NOW = '2026-11-23T08:00:00+07:00';
export const NHS_ADMIN = 'vanphong@nguhanhson.gov.vn';
export const TODAY: Day = dayFromYmd(2026, 11, 23)!;

export const NHS_UNIT_NAMES = [
  'Văn phòng HĐND và UBND quận',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Kinh tế',
  'Phòng Quản lý đô thị',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Văn hóa và Thông tin',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Lao động - Thương binh và Xã hội',
  'Thanh tra quận',
  'Ban Quản lý dự án đầu tư xây dựng',
  'Trung tâm Văn hóa - Thể thao',
  'Đội Quản lý trật tự đô thị',
  'Trung tâm Phát triển quỹ đất',
  'Ban Quản lý chợ',
  'Hạt Kiểm lâm',
  'Ban Chỉ huy quân sự quận',
  'Phòng Dân tộc - Tôn giáo',
  'UBND phường Mỹ An',
  'UBND phường Khuê Mỹ',
  'UBND phường Hòa Hải',
  'UBND phường Hòa Quý',
];
export const NHS_UNITS = NHS_UNIT_NAMES.map((name, i) => ({
  code: `NHS${String(i + 1).padStart(2, '0')}`,
  name,
}));
/** The six units below 100 %: they hold the 23 tasks nobody updated. */
export const NOT_FULL_UNITS = NHS_UNITS.slice(18).map((u) => u.code);

export const NHS_PEOPLE = NHS_UNITS.flatMap((u, i) =>
  [0, 1, 2].map((k) => ({
    email: `cb${i + 1}.${k + 1}@nguhanhson.gov.vn`,
    name: `Cán bộ ${k + 1} ${u.name}`,
    unit: u.code,
  })),
);

/** The published figures. */
export const NHS_EXPECTED = {
  assigned: 901,
  updated: 878,
  completedOnTime: 604,
  doneLate: 173,
  archived: 57,
  inTime: 64,
  overdue: 3,
  handled: 834,
  unitsFull: 18,
  units: 24,
  text: {
    completedOnTime: '67 %',
    doneLate: '19 %',
    archived: '6 %',
    inTime: '7 %',
    overdue: '0,3 %',
    updated: '97 %',
    handled: '93 %',
  },
};

type Kind =
  | 'early'
  | 'onTime'
  | 'late'
  | 'archived'
  | 'archivedSilent'
  | 'inProgress'
  | 'inProgressSilent'
  | 'dueSoon'
  | 'ongoing'
  | 'awaitingInTime'
  | 'overdue'
  | 'overdueSilent'
  | 'awaitingLate';

/** 901 = 604 + 173 + 57 + 64 + 3; the 23 never updated: 15 archived, 6 in progress, 2 overdue. */
const PLAN: [Kind, number][] = [
  ['early', 451],
  ['onTime', 153],
  ['late', 173],
  ['archived', 42],
  ['archivedSilent', 15],
  ['inProgress', 36],
  ['inProgressSilent', 6],
  ['dueSoon', 8],
  ['ongoing', 6],
  ['awaitingInTime', 8],
  ['overdue', 0],
  ['overdueSilent', 2],
  ['awaitingLate', 1],
];

/** A date cell as Sheets gives it back: midnight in Viet Nam. */
export const dateCell = (d: Day) => new Date(instantOfDayStart(d));

export type Row = Record<string, unknown>;

export interface NhsRegister {
  rows: Row[];
  /** Index in `rows` of each generated kind, for tests that look at one. */
  kinds: Kind[];
}

export function nguHanhSonRegister(seed = 901): NhsRegister {
  const rand = prng(seed);
  const int = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const start = dayFromYmd(2026, 1, 5)!;
  const kinds: Kind[] = PLAN.flatMap(([k, n]) => new Array<Kind>(n).fill(k));
  // Shuffle (Fisher–Yates) so kinds and units mix.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const silent = (k: Kind) => k === 'archivedSilent' || k === 'inProgressSilent' || k === 'overdueSilent';
  let silentSeen = 0;
  let nextFullUnit = 0;
  const rows: Row[] = kinds.map((kind, i) => {
    // Silent tasks go to the six units below 100 %; the others to the eighteen full ones, and to the
    // six as well so that they are not "all silent".
    const unit = silent(kind) ? NHS_UNITS[18 + (silentSeen++ % 6)] : NHS_UNITS[nextFullUnit++ % 24];
    const people = NHS_PEOPLE.filter((p) => p.unit === unit.code);
    const row: Row = {
      id: `NV-2026-${String(i + 1).padStart(4, '0')}`,
      title: `Nhiệm vụ ${i + 1}: triển khai Thông báo ${1 + (i % 280)}/TB-UBND`,
      source: `Thông báo ${1 + (i % 280)}/TB-UBND`,
      assigner: NHS_ADMIN,
      leadUnit: i % 3 === 0 ? unit.code : unit.name, // tasks name units by code or by name
      assignees: people[i % people.length].email,
      progress: 0,
      updateCount: 0,
      extensionCount: 0,
      archived: false,
      confidential: i % 50 === 7,
    };
    const touched = () => {
      row.updateCount = int(1, 6);
      row.lastUpdate = dateCell(Math.min(TODAY, (row.assigned as number) + int(1, 10)));
    };
    let assigned: Day;
    const deadline = (d: Day) => (row.deadline = dateCell(d));
    const done = (c: Day) => {
      row.reportedDate = dateCell(c);
      row.confirmedAt = dateCell(Math.min(TODAY, c + int(0, 3)));
      row.confirmedBy = NHS_ADMIN;
      row.progress = 1;
    };
    switch (kind) {
      case 'early':
      case 'onTime':
      case 'late': {
        assigned = int(start, TODAY - 70);
        row.assigned = assigned;
        let d = assigned + int(10, 50);
        deadline(d);
        if (i % 9 === 0) {
          // Extended once: the result counts against the new deadline.
          d += int(5, 12);
          row.extendedDeadline = dateCell(d);
          row.extensionCount = 1;
        }
        touched();
        const c = kind === 'early' ? d - int(1, 8) : kind === 'onTime' ? d : d + int(1, 7);
        done(Math.max(assigned, c));
        if (kind === 'late') row.explanation = 'Chờ ý kiến của sở, ngành';
        break;
      }
      case 'archived':
      case 'archivedSilent':
        assigned = int(start, TODAY - 20);
        row.assigned = assigned;
        deadline(assigned + int(10, 40));
        row.archived = true;
        if (kind === 'archived') touched();
        break;
      case 'inProgress':
      case 'inProgressSilent':
        assigned = int(TODAY - 60, TODAY - 1);
        row.assigned = assigned;
        deadline(TODAY + int(7, 40));
        if (i % 4 === 0) {
          row.extendedDeadline = dateCell(TODAY + int(41, 60));
          row.extensionCount = 1;
        }
        if (kind === 'inProgress') {
          touched();
          row.progress = int(1, 9) / 10;
        }
        break;
      case 'dueSoon':
        assigned = int(TODAY - 30, TODAY - 5);
        row.assigned = assigned;
        deadline(TODAY + 1);
        touched();
        break;
      case 'ongoing':
        assigned = int(start, TODAY - 1);
        row.assigned = assigned;
        touched();
        break;
      case 'awaitingInTime':
        assigned = int(TODAY - 60, TODAY - 20);
        row.assigned = assigned;
        deadline(TODAY - int(0, 5)); // the confirmer is slow: the deadline may have passed since
        touched();
        row.reportedDate = dateCell(TODAY - 6);
        row.progress = 1;
        break;
      case 'overdue':
      case 'overdueSilent':
        assigned = int(TODAY - 80, TODAY - 40);
        row.assigned = assigned;
        deadline(TODAY - int(3, 20));
        if (kind === 'overdue') touched();
        break;
      case 'awaitingLate':
        assigned = TODAY - 50;
        row.assigned = assigned;
        deadline(TODAY - 10);
        touched();
        row.reportedDate = dateCell(TODAY - 4);
        row.explanation = 'Vướng mặt bằng';
        row.progress = 1;
        break;
    }
    row.assignedDate = dateCell(row.assigned as number);
    delete row.assigned;
    return row;
  });

  // Sub-tasks delegated inside units (parents are the first 36 top-level tasks): units must not
  // count them; persons do.
  for (let k = 0; k < 36; k++) {
    const parent = rows[k];
    const unit = NHS_UNITS.find((u) => u.code === parent.leadUnit || u.name === parent.leadUnit)!;
    const person = NHS_PEOPLE.filter((p) => p.unit === unit.code)[(k + 1) % 3];
    const a = TODAY - 30;
    rows.push({
      id: `NV-2026-${String(902 + k).padStart(4, '0')}`,
      title: `Việc con ${k + 1} của ${parent.id}`,
      assigner: NHS_ADMIN,
      leadUnit: unit.code,
      assignees: person.email,
      assignedDate: dateCell(a),
      deadline: dateCell(a + 20),
      reportedDate: dateCell(a + 15),
      confirmedAt: dateCell(a + 16),
      confirmedBy: NHS_ADMIN,
      updateCount: 1,
      lastUpdate: dateCell(a + 5),
      progress: 1,
      extensionCount: 0,
      archived: false,
      confidential: false,
      parentId: parent.id,
    });
    kinds.push('early');
  }
  // Tasks of the previous year: outside the period.
  for (let k = 0; k < 12; k++) {
    const a = dayFromYmd(2025, 10, 1)! + k * 5;
    rows.push({
      id: `NV-2025-${String(500 + k).padStart(4, '0')}`,
      title: `Nhiệm vụ năm 2025 số ${k + 1}`,
      assigner: NHS_ADMIN,
      leadUnit: NHS_UNITS[k].code,
      assignees: NHS_PEOPLE[k * 3].email,
      assignedDate: dateCell(a),
      deadline: dateCell(a + 30),
      updateCount: 0,
      extensionCount: 0,
      progress: 0,
      archived: false,
      confidential: false,
    });
    kinds.push('overdueSilent');
  }
  return { rows, kinds };
}
