/**
 * The self-check's words (src/gas/self-check.ts): what each item is, what was found, and what to do
 * when it fails. Vietnamese only: the check speaks to the register's administrator.
 */
import { fill, type MessageParams } from './translate';

export const SELF_CHECK_VI = {
  title: 'Kiểm tra hoạt động',
  askMail:
    'Kiểm tra xem mọi thứ Nhắc Việc cần có hoạt động trong tài khoản của bạn không. Gửi kèm một thư thử đến chính bạn?',
  summaryOk: 'Kiểm tra hoạt động ({email}): cả {n} mục đều đạt.',
  summaryBad: 'Kiểm tra hoạt động ({email}): {bad} trong {n} mục cần xử lý.',
  skipped: 'bỏ qua',

  'scopes.label': 'Quyền đã cấp',
  'scopes.ok': 'Tài khoản đã cấp đủ quyền cho Nhắc Việc.',
  'scopes.missing': 'Còn thiếu quyền: {scopes}.',
  'scopes.required': 'Tài khoản chưa cấp quyền (hoặc quyền đã bị thu hồi).',
  'scopes.fix':
    'Mở Tiện ích → Nhắc Việc, chọn một mục bất kỳ và bấm "Cho phép" trên màn hình cấp quyền (hoặc mở {url}).',

  'trigger.label': 'Trình kích hoạt nhắc việc',
  'trigger.off': 'Nhắc việc đang tắt: chưa có trình kích hoạt.',
  'trigger.offFix': 'Bật nhắc việc trong thẻ Quản trị của bảng giao việc.',
  'trigger.other': 'Nhắc việc do {installer} cài: chỉ tài khoản đó thấy trình kích hoạt của mình. {last}',
  'trigger.otherFix':
    'Nhờ {installer} chạy Kiểm tra hoạt động, hoặc bấm "Cài lại" để gửi từ tài khoản của bạn.',
  'trigger.ok': 'Đã cài đúng một trình kích hoạt (mỗi giờ). {last}',
  'trigger.none': 'Nhắc việc ghi là đang bật nhưng tài khoản của bạn không có trình kích hoạt nào.',
  'trigger.many': 'Có {n} trình kích hoạt nhắc việc trong sổ này (chỉ cần một).',
  'trigger.fix': 'Bấm "Cài lại" trong thẻ Quản trị: trình kích hoạt được cài lại đúng một lần.',
  'trigger.lastRun': 'Lần chạy gần nhất: {at} — {message}',
  'trigger.neverRun': 'Chưa chạy lần nào.',
  'trigger.lastFailed': 'Lần chạy gần nhất ({at}) bị lỗi: {message}',
  'trigger.noDocumentFix':
    'Tiện ích chạy theo giờ không được Google cho mở bảng tính: dùng bản sao của sổ mẫu có script gắn kèm và bật nhắc việc ở đó. Trong lúc đó bạn nhận một thư báo mỗi ngày; các quản trị khác thấy "chưa có lần chạy thành công" trong thẻ Quản trị.',
  'trigger.lastFailedFix': 'Xem cảnh báo trong thẻ Quản trị và sheet nhật ký gửi; sửa lỗi rồi bấm "Cài lại".',

  'quota.label': 'Hạn mức thư',
  'quota.ok': 'Còn gửi được cho {n} người nhận hôm nay.',
  'quota.none': 'Hạn mức thư hôm nay đã hết.',
  'quota.fix':
    'Chờ đến ngày mai (hạn mức tính theo 24 giờ), hoặc để một quản trị có tài khoản Google Workspace (1.500 người nhận/ngày) cài nhắc việc.',

  'timezone.label': 'Múi giờ',
  'timezone.ok': 'Dự án và bảng tính cùng múi giờ {zone}.',
  'timezone.bad': 'Múi giờ dự án: {script}; múi giờ bảng tính: {sheet} (cần {zone}).',
  'timezone.fix':
    'Chạy lại Thiết lập sổ theo dõi (đặt múi giờ bảng tính); múi giờ của dự án do người triển khai đặt trong appsscript.json.',

  'lock.label': 'Khoá tài liệu',
  'lock.ok': 'Lấy và trả được khoá của tài liệu.',
  'lock.busy': 'Không lấy được khoá của tài liệu trong 10 giây (có việc khác đang chạy).',
  'lock.none': 'Không có khoá tài liệu (tập lệnh không chạy trong một bảng tính).',
  'lock.fix': 'Thử lại sau ít phút; nếu vẫn vậy, đóng các cửa sổ Nhắc Việc khác đang mở và thử lại.',

  'drive.label': 'Ghi vào Drive',
  'drive.ok': 'Tạo và bỏ vào thùng rác được một tệp thử trong Drive của bạn.',
  'drive.bad': 'Không ghi được vào Drive: {detail}',
  'drive.fix':
    'Cấp quyền Drive khi được hỏi; nếu cơ quan dùng Google Workspace, nhờ quản trị tên miền cho phép Drive với Nhắc Việc.',

  'docHeadings.label': 'Đề mục trong Google Docs',
  'docHeadings.ok':
    'Drive chuyển một trang HTML thành Google Docs và xuất lại được đề mục cùng mã của nó (tệp thử đã xoá); soạn báo cáo chung dùng được.',
  'docHeadings.bad':
    'Drive chuyển và xuất lại được, nhưng đề mục không còn là đề mục có mã: liên kết đến từng phần của báo cáo chung sẽ không dùng được.',
  'docHeadings.fix':
    'Chưa giao soạn báo cáo chung; làm bước 8 trong danh sách kiểm tra thực tế (docs/real-runtime-checklist.md) và báo cho người phát triển.',
  'docHeadings.error': 'Không chuyển hoặc xuất được Google Docs: {detail}',

  'mail.label': 'Thư thử',
  'mail.ok': 'Đã gửi một thư thử đến {email}: hãy xem hộp thư (cả mục Thư rác).',
  'mail.skipped': 'Không gửi (chỉ gửi khi được chọn).',
  'mail.bad': 'Không gửi được thư: {detail}',
  'mail.fix':
    'Kiểm tra quyền gửi thư và hạn mức; nếu tài khoản bị giới hạn gửi, dùng tài khoản khác để cài nhắc việc.',
  'mail.subject': 'Nhắc Việc: thư thử',
  'mail.body': 'Thư này do Kiểm tra hoạt động của Nhắc Việc gửi lúc {at} đến chính bạn. Không cần trả lời.',

  'deployment.label': 'Cách cài đặt',
  'deployment.bound':
    'Tập lệnh gắn với bảng tính (bản sao của sổ mẫu): trình kích hoạt và trang bảng điện tử chạy với chính bảng tính này.',
  'deployment.addon':
    'Tiện ích bổ sung (add-on): trình kích hoạt theo giờ của add-on có thể không thấy bảng tính. Nếu vậy, không thư nhắc nào đi; người cài nhận một thư báo mỗi ngày và thấy cảnh báo ở mục Trình kích hoạt, các quản trị khác thấy "chưa có lần chạy thành công" sau 2 tiếng. Khi đó hãy dùng bản sao sổ mẫu.',
} as const;

export type SelfCheckKey = keyof typeof SELF_CHECK_VI;

/** The text of `key` with `{name}` placeholders filled. */
export const selfCheckText = (key: SelfCheckKey, params?: MessageParams): string =>
  fill(SELF_CHECK_VI[key], params);
