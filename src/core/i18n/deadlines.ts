/**
 * The deadline rules of sub-tasks and extensions (issue 14): a sub-task of a task with a deadline has one
 * too, and an extension approved to a rest day may move to the next working day and no other.
 */
import type { Catalogue } from './translate';

export const DEADLINE_MESSAGES = {
  'action.childNeedsDeadline': [
    'Nhiệm vụ gốc {id} có hạn {parent}: phần việc phân công cũng phải có hạn, không sau {parent} (không chọn "Thường xuyên").',
    'The parent task {id} is due {parent}: a sub-task needs a deadline too, no later than {parent} (not "Ongoing").',
  ],
  'action.childOfOverdue': [
    'Nhiệm vụ gốc {id} đã quá hạn ({parent}): phần việc phân công chỉ có thể có hạn hôm nay ({today}). Muốn thêm thời gian, hãy đề nghị gia hạn nhiệm vụ gốc trước.',
    'The parent task {id} is overdue ({parent}): the sub-task can only be due today ({today}). For more time, request an extension of the parent first.',
  ],
  'action.extensionDayNotOffered': [
    'Chỉ duyệt được đến ngày đã đề nghị ({requested}) hoặc ngày làm việc tiếp theo ({suggested}).',
    'An extension can only be approved to the requested day ({requested}) or the next working day ({suggested}).',
  ],
} satisfies Catalogue;

export type DeadlineKey = keyof typeof DEADLINE_MESSAGES;
