/**
 * The self-check's words (src/gas/self-check.ts): what each item is, what was found, and what to do
 * when it fails. Vietnamese only (`key: vi`): the check speaks to the register's administrator. A rare
 * run, so scripts/build.mjs keeps these words out of Code.js (area `check`).
 */
export const SELF_CHECK_MESSAGES = {
  'check.title': 'Kiểm tra hoạt động',
  'check.askMail':
    'Kiểm tra xem mọi thứ Nhắc Việc cần có hoạt động trong tài khoản của bạn không. Gửi kèm một thư thử đến chính bạn?',
  'check.summaryOk': 'Kiểm tra hoạt động ({email}): cả {n} mục đều đạt.',
  'check.summaryBad': 'Kiểm tra hoạt động ({email}): {bad} trong {n} mục cần xử lý.',
  'check.skipped': 'bỏ qua',

  'check.scopes.label': 'Quyền đã cấp',
  'check.scopes.ok': 'Tài khoản đã cấp đủ quyền cho Nhắc Việc.',
  'check.scopes.missing': 'Còn thiếu quyền: {scopes}.',
  'check.scopes.required': 'Tài khoản chưa cấp quyền (hoặc quyền đã bị thu hồi).',
  'check.scopes.fix':
    'Mở Tiện ích → Nhắc Việc, chọn một mục bất kỳ và bấm "Cho phép" trên màn hình cấp quyền (hoặc mở {url}).',

  'check.trigger.label': 'Trình kích hoạt nhắc việc',
  'check.trigger.off': 'Nhắc việc đang tắt: chưa có trình kích hoạt.',
  'check.trigger.offFix': 'Bật nhắc việc trong thẻ Quản trị của bảng giao việc.',
  'check.trigger.other':
    'Nhắc việc do {installer} cài: chỉ tài khoản đó thấy trình kích hoạt của mình. {last}',
  'check.trigger.otherFix':
    'Nhờ {installer} chạy Kiểm tra hoạt động, hoặc bấm "Cài lại" để gửi từ tài khoản của bạn.',
  'check.trigger.ok': 'Đã cài đúng một trình kích hoạt (mỗi giờ). {last}',
  'check.trigger.none': 'Nhắc việc ghi là đang bật nhưng tài khoản của bạn không có trình kích hoạt nào.',
  'check.trigger.many': 'Có {n} trình kích hoạt nhắc việc trong sổ này (chỉ cần một).',
  'check.trigger.fix': 'Bấm "Cài lại" trong thẻ Quản trị: trình kích hoạt được cài lại đúng một lần.',
  'check.trigger.lastRun': 'Lần chạy gần nhất: {at} — {message}',
  'check.trigger.neverRun': 'Chưa chạy lần nào.',
  'check.trigger.lastFailed': 'Lần chạy gần nhất ({at}) bị lỗi: {message}',
  'check.trigger.noDocumentFix':
    'Tiện ích chạy theo giờ không được Google cho mở bảng tính: dùng bản sao của sổ mẫu có script gắn kèm và bật nhắc việc ở đó. Trong lúc đó bạn nhận một thư báo mỗi ngày; các quản trị khác thấy "chưa có lần chạy thành công" trong thẻ Quản trị.',
  'check.trigger.lastFailedFix':
    'Xem cảnh báo trong thẻ Quản trị và sheet nhật ký gửi; sửa lỗi rồi bấm "Cài lại".',

  'check.quota.label': 'Hạn mức thư',
  'check.quota.ok': 'Còn gửi được cho {n} người nhận hôm nay.',
  'check.quota.none': 'Hạn mức thư hôm nay đã hết.',
  'check.quota.fix':
    'Chờ đến ngày mai (hạn mức tính theo 24 giờ), hoặc để một quản trị có tài khoản Google Workspace (1.500 người nhận/ngày) cài nhắc việc.',

  'check.timezone.label': 'Múi giờ',
  'check.timezone.ok': 'Dự án và bảng tính cùng múi giờ {zone}.',
  'check.timezone.bad': 'Múi giờ dự án: {script}; múi giờ bảng tính: {sheet} (cần {zone}).',
  'check.timezone.fix':
    'Chạy lại Thiết lập sổ theo dõi (đặt múi giờ bảng tính); múi giờ của dự án do người triển khai đặt trong appsscript.json.',

  'check.lock.label': 'Khoá tài liệu',
  'check.lock.ok': 'Lấy và trả được khoá của tài liệu.',
  'check.lock.busy': 'Không lấy được khoá của tài liệu trong 10 giây (có việc khác đang chạy).',
  'check.lock.none': 'Không có khoá tài liệu (tập lệnh không chạy trong một bảng tính).',
  'check.lock.fix': 'Thử lại sau ít phút; nếu vẫn vậy, đóng các cửa sổ Nhắc Việc khác đang mở và thử lại.',

  'check.drive.label': 'Ghi vào Drive',
  'check.drive.ok': 'Tạo và bỏ vào thùng rác được một tệp thử trong Drive của bạn.',
  'check.drive.bad': 'Không ghi được vào Drive: {detail}',
  'check.drive.fix':
    'Cấp quyền Drive khi được hỏi; nếu cơ quan dùng Google Workspace, nhờ quản trị tên miền cho phép Drive với Nhắc Việc.',

  'check.docHeadings.label': 'Đề mục trong Google Docs',
  'check.docHeadings.ok':
    'Drive chuyển một trang HTML thành Google Docs và xuất lại được đề mục cùng mã của nó (tệp thử đã xoá); soạn báo cáo chung dùng được.',
  'check.docHeadings.bad':
    'Drive chuyển và xuất lại được, nhưng đề mục không còn là đề mục có mã: liên kết đến từng phần của báo cáo chung sẽ không dùng được.',
  'check.docHeadings.fix':
    'Chưa giao soạn báo cáo chung; làm bước 8 trong danh sách kiểm tra thực tế (docs/real-runtime-checklist.md) và báo cho người phát triển.',
  'check.docHeadings.error': 'Không chuyển hoặc xuất được Google Docs: {detail}',

  'check.mail.label': 'Thư thử',
  'check.mail.ok': 'Đã gửi một thư thử đến {email}: hãy xem hộp thư (cả mục Thư rác).',
  'check.mail.skipped': 'Không gửi (chỉ gửi khi được chọn).',
  'check.mail.bad': 'Không gửi được thư: {detail}',
  'check.mail.fix':
    'Kiểm tra quyền gửi thư và hạn mức; nếu tài khoản bị giới hạn gửi, dùng tài khoản khác để cài nhắc việc.',
  'check.mail.subject': 'Nhắc Việc: thư thử',
  'check.mail.body':
    'Thư này do Kiểm tra hoạt động của Nhắc Việc gửi lúc {at} đến chính bạn. Không cần trả lời.',

  'check.deployment.label': 'Cách cài đặt',
  'check.deployment.bound':
    'Tập lệnh gắn với bảng tính (bản sao của sổ mẫu): trình kích hoạt và trang bảng điện tử chạy với chính bảng tính này.',
  'check.deployment.addon':
    'Tiện ích bổ sung (add-on): trình kích hoạt theo giờ của add-on có thể không thấy bảng tính. Nếu vậy, không thư nhắc nào đi; người cài nhận một thư báo mỗi ngày và thấy cảnh báo ở mục Trình kích hoạt, các quản trị khác thấy "chưa có lần chạy thành công" sau 2 tiếng. Khi đó hãy dùng bản sao sổ mẫu.',
} as const;
