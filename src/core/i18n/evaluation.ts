/**
 * The server's messages for weekly plans and monthly evaluations: refusals, confirmations, statuses,
 * audit actions and the digest's line. Only `Code.js` carries them.
 */
import type { Catalogue } from './translate';

export const EVALUATION_MESSAGES = {
  'plan.badWeek': ['Tuần không hợp lệ.', 'Not a valid week.'],
  'plan.badItems': [
    'Kế hoạch có tối đa 30 việc, mỗi việc cần nội dung (tối đa 500 ký tự).',
    'A plan has at most 30 items, each with a description (at most 500 characters).',
  ],
  'plan.notOwner': ['Chỉ {email} được sửa kế hoạch của mình.', 'Only {email} may change their own plan.'],
  'plan.notFound': [
    'Chưa có kế hoạch tuần {week} của {email}.',
    'There is no plan of {email} for the week of {week}.',
  ],
  'plan.badItem': ['Không có việc số {n} trong kế hoạch.', 'The plan has no item number {n}.'],
  'plan.badOutcome': [
    'Kết quả là: đã làm, chưa làm hoặc chuyển tuần sau.',
    'The outcome is: done, not done or moved.',
  ],
  'plan.notSubmitted': ['Kế hoạch của {name} chưa nộp.', "{name}'s plan is not submitted."],
  'plan.saved': ['Đã lưu nháp kế hoạch tuần {week}.', 'Draft plan for the week of {week} saved.'],
  'plan.submitted': ['Đã nộp kế hoạch tuần {week}.', 'Plan for the week of {week} submitted.'],
  'plan.submittedLate': [
    'Đã nộp kế hoạch tuần {week}, sau hạn {deadline}: ghi là nộp muộn.',
    'Plan for the week of {week} submitted after its deadline {deadline}: marked late.',
  ],
  'plan.marked': ['Đã ghi kết quả việc "{what}".', 'Outcome of "{what}" recorded.'],
  'plan.moved': [
    'Đã chuyển việc "{what}" sang kế hoạch tuần {week}.',
    'Moved "{what}" to the plan of the week of {week}.',
  ],
  'plan.commented': ['Đã ghi ý kiến cho kế hoạch của {name}.', "Comment on {name}'s plan recorded."],
  'plan.approved': [
    'Đã duyệt kế hoạch tuần {week} của {name}.',
    "{name}'s plan for the week of {week} approved.",
  ],
  'plan.toTask': ['Đã giao nhiệm vụ {id} từ kế hoạch của {name}.', "Task {id} assigned from {name}'s plan."],
  'plan.status.draft': ['Nháp', 'Draft'],
  'plan.status.submitted': ['Đã nộp', 'Submitted'],
  'plan.status.approved': ['Đã duyệt', 'Approved'],
  'plan.digest': [
    'Bạn chưa nộp kế hoạch công tác tuần {week} (hạn {deadline}).',
    'You have not submitted your work plan for the week of {week} (due {deadline}).',
  ],
  'eval.yearDigest': [
    'Đơn vị của bạn còn {count} cán bộ chưa được đánh giá đủ các tháng trong năm (hạn xếp loại năm {due}).',
    '{count} officials of your unit still have months of the year not rated (yearly rating due {due}).',
  ],

  'eval.badMonth': ['Tháng không hợp lệ (MM/yyyy).', 'Not a valid month (MM/yyyy).'],
  'eval.notFound': ['Chưa có phiếu tháng {month} của {email}.', 'No form of {email} for {month}.'],
  'eval.notLeader': [
    'Bạn không phụ trách đơn vị của {email}, nên không duyệt kế hoạch hay chấm phiếu của người này.',
    "You do not lead {email}'s unit, so you cannot review their plans or rate them.",
  ],
  'eval.notPrefiller': ['Chỉ lãnh đạo đơn vị, Thủ trưởng điền sẵn phiếu.', 'Only leaders prefill forms.'],
  'eval.notApprover': [
    'Chỉ Thủ trưởng cơ quan ({head}) duyệt và công bố kết quả đánh giá.',
    'Only the head of the agency ({head}) approves and publishes evaluations.',
  ],
  'eval.badLevel': ['Mức xếp loại phải là một trong: {levels}.', 'The level must be one of: {levels}.'],
  'eval.badScore': ['{field} phải là số từ 0 đến {max}.', '{field} must be a number from 0 to {max}.'],
  'eval.levelTooHigh': [
    'Tổng điểm {total} chỉ đạt mức "{allowed}": không xếp mức cao hơn.',
    'A total of {total} only reaches "{allowed}": no higher level may be given.',
  ],
  'eval.reasons': [
    'Khi chấm, hãy ghi ưu điểm và hạn chế.',
    'When rating, write the strengths and the weaknesses.',
  ],
  'eval.wrongStep': [
    'Phiếu tháng {month} của {name} đang "{status}".',
    "{name}'s form for {month} is '{status}'.",
  ],
  'eval.cap': [
    'Tháng {month} có {excellent} người xếp loại xuất sắc, vượt quá {cap}% của {good} người xếp loại tốt (tối đa {max} người). Hãy xem lại xếp loại trước khi duyệt.',
    '{month}: {excellent} rated excellent, more than {cap}% of the {good} rated good (at most {max}). Review the levels before approving.',
  ],
  'eval.capOk': [
    'Tháng {month}: {excellent} xuất sắc, {good} tốt (tối đa {max}).',
    '{month}: {excellent} excellent, {good} good (at most {max}).',
  ],
  'eval.nothingToApprove': [
    'Tháng {month} không có phiếu nào chờ duyệt.',
    'No form of {month} awaits approval.',
  ],
  'eval.prefilled': [
    'Đã điền sẵn {count} phiếu đánh giá tháng {month} từ sổ theo dõi.',
    'Prefilled {count} evaluation forms for {month} from the register.',
  ],
  'eval.selfDone': ['Đã ghi tự đánh giá tháng {month}.', 'Self-assessment for {month} recorded.'],
  'eval.rated': [
    'Đã chấm phiếu tháng {month} của {name}: {total} điểm, {level}.',
    "{name}'s form for {month} rated: {total} points, {level}.",
  ],
  'eval.approved': [
    'Đã duyệt và công bố {count} phiếu đánh giá tháng {month}.',
    'Approved and published {count} evaluation forms for {month}.',
  ],
  'eval.general': ['Điểm tiêu chí chung', 'General criteria score'],
  'eval.quality': ['Chất lượng (%)', 'Quality (%)'],
  'eval.status.prefilled': ['Chờ tự đánh giá', 'Awaiting self-assessment'],
  'eval.status.self': ['Chờ lãnh đạo chấm', "Awaiting the leader's rating"],
  'eval.status.rated': ['Chờ Thủ trưởng duyệt', "Awaiting the head's approval"],
  'eval.status.approved': ['Đã duyệt, công bố', 'Approved, published'],

  'audit.plan': ['Kế hoạch tuần', 'Weekly plan'],
  'audit.eval': ['Đánh giá tháng', 'Monthly evaluation'],
} satisfies Catalogue;

export type EvaluationKey = keyof typeof EVALUATION_MESSAGES;
