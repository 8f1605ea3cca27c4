/**
 * The server's messages for weekly plans and monthly evaluations: refusals, confirmations, statuses,
 * audit actions and the digest's line. Only `Code.js` carries them.
 */
import type { Catalogue } from './translate';

const vi = {
  'plan.badWeek': 'Tuần không hợp lệ.',
  'plan.badItems': 'Kế hoạch có tối đa 30 việc, mỗi việc cần nội dung (tối đa 500 ký tự).',
  'plan.notOwner': 'Chỉ {email} được sửa kế hoạch của mình.',
  'plan.notFound': 'Chưa có kế hoạch tuần {week} của {email}.',
  'plan.badItem': 'Không có việc số {n} trong kế hoạch.',
  'plan.badOutcome': 'Kết quả là: đã làm, chưa làm hoặc chuyển tuần sau.',
  'plan.notSubmitted': 'Kế hoạch của {name} chưa nộp.',
  'plan.saved': 'Đã lưu nháp kế hoạch tuần {week}.',
  'plan.submitted': 'Đã nộp kế hoạch tuần {week}.',
  'plan.submittedLate': 'Đã nộp kế hoạch tuần {week}, sau hạn {deadline}: ghi là nộp muộn.',
  'plan.marked': 'Đã ghi kết quả việc "{what}".',
  'plan.moved': 'Đã chuyển việc "{what}" sang kế hoạch tuần {week}.',
  'plan.commented': 'Đã ghi ý kiến cho kế hoạch của {name}.',
  'plan.approved': 'Đã duyệt kế hoạch tuần {week} của {name}.',
  'plan.toTask': 'Đã giao nhiệm vụ {id} từ kế hoạch của {name}.',
  'plan.status.draft': 'Nháp',
  'plan.status.submitted': 'Đã nộp',
  'plan.status.approved': 'Đã duyệt',
  'plan.digest': 'Bạn chưa nộp kế hoạch công tác tuần {week} (hạn {deadline}).',
  'eval.yearDigest':
    'Đơn vị của bạn còn {count} cán bộ chưa được đánh giá đủ các tháng trong năm (hạn xếp loại năm {due}).',

  'eval.badMonth': 'Tháng không hợp lệ (MM/yyyy).',
  'eval.notFound': 'Chưa có phiếu tháng {month} của {email}.',
  'eval.notLeader':
    'Bạn không phụ trách đơn vị của {email}, nên không duyệt kế hoạch hay chấm phiếu của người này.',
  'eval.notPrefiller': 'Chỉ lãnh đạo đơn vị, Thủ trưởng điền sẵn phiếu.',
  'eval.notApprover': 'Chỉ Thủ trưởng cơ quan ({head}) duyệt và công bố kết quả đánh giá.',
  'eval.badLevel': 'Mức xếp loại phải là một trong: {levels}.',
  'eval.badScore': '{field} phải là số từ 0 đến {max}.',
  'eval.levelTooHigh': 'Tổng điểm {total} chỉ đạt mức "{allowed}": không xếp mức cao hơn.',
  'eval.reasons': 'Khi chấm, hãy ghi ưu điểm và hạn chế.',
  'eval.wrongStep': 'Phiếu tháng {month} của {name} đang "{status}".',
  'eval.cap':
    'Tháng {month} có {excellent} người xếp loại xuất sắc, vượt quá {cap}% của {good} người xếp loại tốt (tối đa {max} người). Hãy xem lại xếp loại trước khi duyệt.',
  'eval.capOk': 'Tháng {month}: {excellent} xuất sắc, {good} tốt (tối đa {max}).',
  'eval.nothingToApprove': 'Tháng {month} không có phiếu nào chờ duyệt.',
  'eval.prefilled': 'Đã điền sẵn {count} phiếu đánh giá tháng {month} từ sổ theo dõi.',
  'eval.selfDone': 'Đã ghi tự đánh giá tháng {month}.',
  'eval.rated': 'Đã chấm phiếu tháng {month} của {name}: {total} điểm, {level}.',
  'eval.approved': 'Đã duyệt và công bố {count} phiếu đánh giá tháng {month}.',
  'eval.general': 'Điểm tiêu chí chung',
  'eval.quality': 'Chất lượng (%)',
  'eval.status.prefilled': 'Chờ tự đánh giá',
  'eval.status.self': 'Chờ lãnh đạo chấm',
  'eval.status.rated': 'Chờ Thủ trưởng duyệt',
  'eval.status.approved': 'Đã duyệt, công bố',

  'audit.plan': 'Kế hoạch tuần',
  'audit.eval': 'Đánh giá tháng',
} as const;

export type EvaluationKey = keyof typeof vi;

const en: Record<EvaluationKey, string> = {
  'plan.badWeek': 'Not a valid week.',
  'plan.badItems': 'A plan has at most 30 items, each with a description (at most 500 characters).',
  'plan.notOwner': 'Only {email} may change their own plan.',
  'plan.notFound': 'There is no plan of {email} for the week of {week}.',
  'plan.badItem': 'The plan has no item number {n}.',
  'plan.badOutcome': 'The outcome is: done, not done or moved.',
  'plan.notSubmitted': "{name}'s plan is not submitted.",
  'plan.saved': 'Draft plan for the week of {week} saved.',
  'plan.submitted': 'Plan for the week of {week} submitted.',
  'plan.submittedLate': 'Plan for the week of {week} submitted after its deadline {deadline}: marked late.',
  'plan.marked': 'Outcome of "{what}" recorded.',
  'plan.moved': 'Moved "{what}" to the plan of the week of {week}.',
  'plan.commented': "Comment on {name}'s plan recorded.",
  'plan.approved': "{name}'s plan for the week of {week} approved.",
  'plan.toTask': "Task {id} assigned from {name}'s plan.",
  'plan.status.draft': 'Draft',
  'plan.status.submitted': 'Submitted',
  'plan.status.approved': 'Approved',
  'plan.digest': 'You have not submitted your work plan for the week of {week} (due {deadline}).',
  'eval.yearDigest':
    '{count} officials of your unit still have months of the year not rated (yearly rating due {due}).',

  'eval.badMonth': 'Not a valid month (MM/yyyy).',
  'eval.notFound': 'No form of {email} for {month}.',
  'eval.notLeader': "You do not lead {email}'s unit, so you cannot review their plans or rate them.",
  'eval.notPrefiller': 'Only leaders prefill forms.',
  'eval.notApprover': 'Only the head of the agency ({head}) approves and publishes evaluations.',
  'eval.badLevel': 'The level must be one of: {levels}.',
  'eval.badScore': '{field} must be a number from 0 to {max}.',
  'eval.levelTooHigh': 'A total of {total} only reaches "{allowed}": no higher level may be given.',
  'eval.reasons': 'When rating, write the strengths and the weaknesses.',
  'eval.wrongStep': "{name}'s form for {month} is '{status}'.",
  'eval.cap':
    '{month}: {excellent} rated excellent, more than {cap}% of the {good} rated good (at most {max}). Review the levels before approving.',
  'eval.capOk': '{month}: {excellent} excellent, {good} good (at most {max}).',
  'eval.nothingToApprove': 'No form of {month} awaits approval.',
  'eval.prefilled': 'Prefilled {count} evaluation forms for {month} from the register.',
  'eval.selfDone': 'Self-assessment for {month} recorded.',
  'eval.rated': "{name}'s form for {month} rated: {total} points, {level}.",
  'eval.approved': 'Approved and published {count} evaluation forms for {month}.',
  'eval.general': 'General criteria score',
  'eval.quality': 'Quality (%)',
  'eval.status.prefilled': 'Awaiting self-assessment',
  'eval.status.self': "Awaiting the leader's rating",
  'eval.status.rated': "Awaiting the head's approval",
  'eval.status.approved': 'Approved, published',

  'audit.plan': 'Weekly plan',
  'audit.eval': 'Monthly evaluation',
};

export const EVALUATION_MESSAGES: Catalogue<EvaluationKey> = { vi, en };
