/**
 * The server's messages: menus, refusals, the register's sheets, reminders and notifications, the audit,
 * the Drive workspace, the statistics sheet and the monthly report. Only `Code.js` carries them.
 */
import type { Catalogue } from './translate';

export const SERVER_MESSAGES = {
  'app.name': ['Nhắc Việc', 'Nhắc Việc'],

  'menu.sidebar': ['Mở bảng giao việc', 'Open the task panel'],

  'auth.noEmail': [
    'Không xác định được tài khoản Google của bạn. Hãy đăng nhập bằng tài khoản được cấp trong sheet "Cán bộ" rồi mở lại.',
    'Your Google account could not be identified. Sign in with the account listed in the "Cán bộ" sheet and reopen.',
  ],
  'auth.unknown': [
    'Tài khoản {email} chưa có trong sheet "Cán bộ" (hoặc đã thôi công tác). Hãy liên hệ văn phòng.',
    'The account {email} is not in the "Cán bộ" sheet (or is no longer active). Please contact the office.',
  ],
  'auth.notAdmin': [
    'Chỉ quản trị (văn phòng) mới được thực hiện việc này. Tài khoản {email} có vai trò: {role}.',
    'Only an administrator (office) may do this. The account {email} has the role: {role}.',
  ],
  'auth.readOnly': ['{email} ({role}) chỉ được xem.', '{email} ({role}) may only read.'],
  'sheet.adminOnly': [
    'Trang "{sheet}" chỉ các quản trị có trong danh sách bảo vệ của trang mới sửa được, và tài khoản này chưa có trong đó. Nhờ chủ sở hữu bảng tính chạy lại Tiện ích → Nhắc Việc → Thiết lập sổ theo dõi để cập nhật danh sách quản trị, rồi thử lại.',
    'Only the administrators listed in its protection may change the sheet "{sheet}", and this account is not listed yet. Ask the spreadsheet\'s owner to run Extensions → Nhắc Việc → Set up the task register again to update the list, then try again.',
  ],
  'auth.notSetUp': [
    'Bảng tính này chưa được thiết lập làm sổ theo dõi. Hãy chọn Tiện ích → Nhắc Việc → Thiết lập sổ theo dõi.',
    'This spreadsheet is not a task register yet. Choose Extensions → Nhắc Việc → Set up the task register.',
  ],

  'lock.busy': [
    'Có người khác đang cập nhật sổ theo dõi. Vui lòng thử lại sau ít giây.',
    'Someone else is updating the register. Please try again in a few seconds.',
  ],

  'setup.done': ['Đã thiết lập sổ theo dõi: {created}.', 'The task register is set up: {created}.'],
  'setup.nothingNew': [
    'Sổ theo dõi đã đầy đủ, không có gì cần thêm.',
    'The register is complete; nothing to add.',
  ],
  'setup.agencyName': ['tên cơ quan: {name}', 'agency name: {name}'],
  'setup.badAgencyName': [
    'Tên cơ quan là một dòng chữ, tối đa 200 ký tự.',
    'The agency name is one line of text, at most 200 characters.',
  ],
  'setup.askAgencyName': [
    'Tên cơ quan (in trên phiếu giao việc, báo cáo và thư nhắc), ví dụ: UBND quận Ngũ Hành Sơn. Để trống nếu chưa muốn đặt.',
    'Agency name (printed on slips, reports and reminder e-mails), e.g. UBND quận Ngũ Hành Sơn. Leave blank to set it later.',
  ],
  'setup.createdSheet': ['tạo sheet "{sheet}"', 'created sheet "{sheet}"'],
  'setup.addedColumns': ['thêm {count} cột vào sheet "{sheet}"', 'added {count} columns to sheet "{sheet}"'],
  'setup.foreignSheet': [
    'Sheet "{sheet}" đã có sẵn với nội dung khác nên được giữ nguyên. Hãy đổi tên sheet đó rồi chạy lại Thiết lập.',
    'Sheet "{sheet}" already exists with other content and was left untouched. Rename it and run Setup again.',
  ],
  'setup.holidaysAdded': [
    'thêm {count} ngày nghỉ năm {years} (tạm tính, cần văn phòng xác nhận)',
    'added {count} holidays for {years} (provisional, to be confirmed by the office)',
  ],
  'setup.adminAdded': ['ghi {email} là quản trị', 'recorded {email} as administrator'],
  'setup.copy': [
    'Đây là bản sao của một sổ khác: trạng thái nhắc việc, trình kích hoạt, bộ đếm mã, bộ nhớ đệm và chuỗi kiểm tra nhật ký của bản gốc đã được đặt lại (nhật ký bắt đầu một đoạn mới). Người đầu tiên chạy Thiết lập trong bản sao ({email}) trở thành quản trị; các quản trị của bản gốc vẫn còn trong sheet "Cán bộ": bỏ đánh dấu "Đang công tác" nếu họ không làm việc ở đây. Hãy bật lại nhắc việc hằng ngày.',
    'This is a copy of another register: the original\'s reminder state, trigger, id counters, caches and audit chain were reset (the audit starts a new segment). The first person to run Setup in the copy ({email}) becomes an administrator; the original\'s administrators remain in the "Cán bộ" sheet: untick "Đang công tác" for those who do not work here. Turn the daily reminders on again.',
  ],

  'refresh.done': [
    'Đã cập nhật {changed} nhiệm vụ, {total} nhiệm vụ trong sổ.',
    'Updated {changed} tasks; {total} tasks in the register.',
  ],
  'refresh.badRows': [
    '{count} dòng có dữ liệu không đọc được, được giữ nguyên: {rows}.',
    '{count} rows could not be read and were left as they are: {rows}.',
  ],
  'refresh.badRow': ['Dòng {row}: {reasons}', 'Row {row}: {reasons}'],

  'row.noTitle': ['thiếu tên nhiệm vụ', 'no title'],
  'row.badDate': ['cột "{column}": {reason}', 'column "{column}": {reason}'],
  'row.badPercent': [
    'cột "{column}": tiến độ phải từ 0 đến 100 %',
    'column "{column}": progress must be between 0 and 100 %',
  ],
  'row.badInteger': [
    'cột "{column}": phải là số nguyên không âm',
    'column "{column}": must be a whole number, not negative',
  ],
  'row.badEmail': [
    'cột "{column}": email không hợp lệ "{value}"',
    'column "{column}": invalid email "{value}"',
  ],
  'row.deadlineBeforeAssigned': ['hạn xử lý trước ngày giao', 'deadline before the assignment date'],
  'row.duplicateId': ['mã nhiệm vụ {id} bị trùng với dòng {other}', 'task id {id} repeats row {other}'],

  'sheet.missingColumns': [
    'Sheet "{sheet}" thiếu cột: {columns}. Hãy chạy lại Thiết lập sổ theo dõi.',
    'Sheet "{sheet}" lacks columns: {columns}. Run Setup again.',
  ],
  'sheet.lostColumns': [
    'Sheet "{sheet}" thiếu cột: {columns}. Nhắc Việc không đọc sheet này khi thiếu cột đó (không bao giờ coi là để trống). Quản trị viên hãy khôi phục cột (Hoàn tác, hoặc Tệp > Lịch sử phiên bản) để giữ dữ liệu của cột; Thiết lập sổ theo dõi chỉ thêm lại một cột trống.',
    'Sheet "{sheet}" lacks columns: {columns}. Nhắc Việc does not read this sheet without them (a missing column never counts as blank). An administrator should restore the column (Undo, or File > Version history) to keep its data; Setup only adds an empty column back.',
  ],
  'setup.confidentialLost': [
    'Sheet "{sheet}" đã có việc nhưng mất cột "{column}". Thiết lập dừng lại, không thêm cột trống: mọi việc mật sẽ thành việc ai cũng xem được. Quản trị viên hãy khôi phục cột (Hoàn tác, hoặc Tệp > Lịch sử phiên bản) rồi chạy lại Thiết lập. Nếu không khôi phục được: tự thêm một cột tiêu đề "{column}", đánh dấu lại các việc mật, rồi chạy lại Thiết lập.',
    'Sheet "{sheet}" has tasks but its "{column}" column is gone. Setup stops rather than add it back empty, which would show every confidential task to everyone. An administrator should restore the column (Undo, or File > Version history), then run Setup again. If it cannot be restored: add a column headed "{column}" by hand, tick the confidential tasks again, then run Setup again.',
  ],
  'sheet.ambiguousColumns': [
    'Sheet "{sheet}": không xác định được cột {columns} (hai cột cùng nhận là cột này, hoặc tiêu đề cột không khớp với cột đã đánh dấu). Nhắc Việc dừng lại thay vì đoán. Quản trị viên hãy xoá hoặc đổi tên cột thừa, rồi chạy lại Thiết lập sổ theo dõi.',
    'Sheet "{sheet}": column {columns} cannot be told apart (two columns claim it, or the header does not match the tagged column). Nhắc Việc stops rather than guess. An administrator should delete or rename the extra column, then run Setup again.',
  ],
  'sheet.missing': [
    'Không tìm thấy sheet "{sheet}". Hãy chạy lại Thiết lập sổ theo dõi.',
    'Sheet "{sheet}" was not found. Run Setup again.',
  ],

  'holiday.provisional': [
    'Tạm tính theo Bộ luật Lao động 2019, điều 112; chờ quyết định nghỉ lễ của Thủ tướng',
    'Provisional, from Labour Code 2019 art. 112; awaiting the Prime Minister’s holiday decision',
  ],

  'reminder.senderName': ['Nhắc Việc', 'Nhắc Việc'],
  'reminder.subject': ['Nhắc việc ngày {date}: {summary}', 'Reminders for {date}: {summary}'],
  'reminder.subjectOverdue': ['{count} quá hạn', '{count} overdue'],
  'reminder.subjectDueToday': ['{count} đến hạn hôm nay', '{count} due today'],
  'reminder.subjectDueSoon': ['{count} sắp đến hạn', '{count} due soon'],
  'reminder.subjectOther': ['{count} việc cần xem', '{count} to look at'],
  'reminder.subjectNotify': ['{count} thông báo mới', '{count} new notifications'],
  'reminder.subjectSummary': ['tổng hợp tuần', 'weekly summary'],
  'reminder.subjectHealth': ['nhắc việc chạy không đều', 'reminder runs need a look'],
  'reminder.greeting': ['Kính gửi đồng chí {name},', 'Dear {name},'],
  'reminder.greetingAddress': ['Kính gửi {name},', 'Dear {name},'],
  'reminder.intro': [
    'Nhắc Việc tổng hợp những việc cần {you} chú ý ngày {date}, việc gấp nhất ở trên.',
    'Nhắc Việc lists what {you} should look at on {date}, most urgent first.',
  ],
  'reminder.you': ['đồng chí', 'you'],
  'reminder.openRegister': ['Mở sổ theo dõi nhiệm vụ', 'Open the task register'],
  'reminder.registerPath': [
    'hoặc trong Google Sheets: menu Tiện ích mở rộng › Nhắc Việc › {sidebar}.',
    'or in Google Sheets: Extensions › Nhắc Việc › {sidebar}.',
  ],
  'reminder.openRow': ['Xem dòng {row} trong sổ', 'Row {row} in the register'],
  'reminder.section.overdue': ['Nhiệm vụ quá hạn', 'Overdue tasks'],
  'reminder.section.due_today': ['Đến hạn hôm nay', 'Due today'],
  'reminder.section.unit_overdue': [
    'Nhiệm vụ quá hạn của đơn vị do {you} phụ trách',
    'Overdue tasks of the units {you} are in charge of',
  ],
  'reminder.section.extension': ['Chờ {you} quyết định gia hạn', 'Extension requests for {you} to decide'],
  'reminder.section.confirm': ['Chờ {you} xác nhận hoàn thành', 'Results for {you} to confirm'],
  'reminder.section.due_soon': ['Sắp đến hạn', 'Due soon'],
  'reminder.section.stale': ['Chậm cập nhật tiến độ', 'Progress not updated'],
  'reminder.section.notify': ['Thông báo mới', 'New notifications'],
  'reminder.section.weekly': [
    'Tổng hợp tuần: nhiệm vụ quá hạn theo đơn vị',
    'Weekly summary: overdue tasks by unit',
  ],
  'reminder.more': [
    '… và {count} nhiệm vụ khác, xem trong sổ theo dõi.',
    '… and {count} more tasks; see the register.',
  ],
  'reminder.deadline': ['Hạn: {date}', 'Deadline: {date}'],
  'reminder.daysLeft': ['còn {days} ngày làm việc', '{days} working days left'],
  'reminder.dueToday': ['hạn chót là hôm nay', 'due today'],
  'reminder.daysLate': ['quá hạn {days} ngày làm việc', '{days} working days late'],
  'reminder.late': ['đã quá hạn', 'overdue'],
  'reminder.noDeadline': ['thường xuyên, không có hạn', 'ongoing, no deadline'],
  'reminder.notUpdated': [
    'Chưa cập nhật tiến độ {days} ngày làm việc',
    'Progress not updated for {days} working days',
  ],
  'reminder.unit': ['Đơn vị chủ trì: {unit}', 'Lead unit: {unit}'],
  'reminder.extensionRequest': ['Đề nghị gia hạn: {text}', 'Extension requested: {text}'],
  'reminder.reportedOn': ['Báo cáo kết quả ngày {date}', 'Result reported on {date}'],
  'reminder.openDocument': ['Mở tài liệu', 'Open the document'],
  'reminder.qrAlt': ['Mã QR mở tài liệu của nhiệm vụ {id}', 'QR code opening the document of task {id}'],
  'reminder.confidential': ['Nhiệm vụ mật', 'Confidential task'],
  'reminder.summaryTotal': [
    'Toàn cơ quan: {count} nhiệm vụ đang quá hạn.',
    'Whole agency: {count} tasks overdue.',
  ],
  'reminder.summaryNone': ['Không có nhiệm vụ nào quá hạn.', 'No task is overdue.'],
  'reminder.summaryUnit': ['Đơn vị', 'Unit'],
  'reminder.summaryCount': ['Số nhiệm vụ quá hạn', 'Overdue tasks'],
  'reminder.summaryLongest': ['Quá hạn lâu nhất (ngày làm việc)', 'Longest delay (working days)'],
  'reminder.noUnit': ['(chưa ghi đơn vị)', '(no unit given)'],
  'reminder.footer': [
    'Thư tự động của Nhắc Việc{agency}, gửi mỗi ngày làm việc một lần. Cập nhật tiến độ trong sổ theo dõi để không còn bị nhắc.',
    'Automatic message from Nhắc Việc{agency}, sent once per working day. Update your progress in the register to stop the reminders.',
  ],

  'notify.subject': [
    'Nhắc Việc: {count} thông báo mới về nhiệm vụ',
    'Nhắc Việc: {count} new notifications about tasks',
  ],
  'notify.intro': [
    'Có thông báo mới về nhiệm vụ liên quan đến {you}:',
    'There is news about tasks that concern {you}:',
  ],
  'notify.assigned': ['{actor} giao cho {you} nhiệm vụ {task}.', '{actor} assigned {you} the task {task}.'],
  'notify.extension_requested': [
    '{actor} đề nghị gia hạn nhiệm vụ {task}.',
    '{actor} requested an extension of the task {task}.',
  ],
  'notify.extension_approved': [
    '{actor} đồng ý gia hạn nhiệm vụ {task}.',
    '{actor} approved the extension of the task {task}.',
  ],
  'notify.extension_refused': [
    '{actor} không đồng ý gia hạn nhiệm vụ {task}.',
    '{actor} refused the extension of the task {task}.',
  ],
  'notify.sent_back': [
    '{actor} trả lại kết quả nhiệm vụ {task} để hoàn thiện.',
    '{actor} sent back the result of the task {task} for more work.',
  ],
  'notify.confirmed': [
    '{actor} xác nhận hoàn thành nhiệm vụ {task}.',
    '{actor} confirmed the task {task} as completed.',
  ],
  'notify.confirm_undone': [
    '{actor} đã hoàn tác xác nhận hoàn thành nhiệm vụ {task}: nhiệm vụ trở lại chờ xác nhận, bỏ qua thông báo trước.',
    '{actor} undid the confirmation of {task}: it awaits confirmation again; ignore the earlier notice.',
  ],
  'notify.reported': [
    '{actor} báo cáo kết quả nhiệm vụ {task}, chờ {you} xác nhận.',
    '{actor} reported the result of the task {task}; it is for {you} to confirm.',
  ],
  'notify.archived': ['{actor} đưa nhiệm vụ {task} vào lưu trữ.', '{actor} archived the task {task}.'],
  'notify.note': ['Ghi chú: {note}', 'Note: {note}'],
  'notify.more': [
    '… và {count} thông báo khác, xem trong sổ theo dõi.',
    '… and {count} more notifications; see the register.',
  ],
  'notify.someone': ['Một người dùng', 'A user'],
  'notify.badKind': ['Loại thông báo không hợp lệ: {kind}.', 'Invalid notification kind: {kind}.'],
  'notify.noRecipient': [
    'Thông báo cần ít nhất một người nhận có email hợp lệ.',
    'A notification needs at least one recipient with a valid e-mail.',
  ],

  'reminderLog.digest': ['Nhắc việc hằng ngày', 'Daily reminder'],
  'reminderLog.notify': ['Thông báo', 'Notification'],
  'reminderLog.both': ['Nhắc việc hằng ngày và thông báo', 'Daily reminder and notifications'],
  'reminderLog.sent': ['Đã gửi', 'Sent'],
  'reminderLog.deferredQuota': [
    'Hoãn: hết hạn mức gửi thư trong ngày',
    'Deferred: daily e-mail quota used up',
  ],
  'reminderLog.failed': ['Không gửi được', 'Could not be sent'],
  'reminderLog.summary': ['Tổng hợp ngày', 'Day summary'],
  'reminderLog.summaryOutcome': [
    'Đã gửi {sent} thư; hoãn {deferred}; không gửi được {failed}',
    '{sent} e-mails sent; {deferred} deferred; {failed} could not be sent',
  ],
  'reminderLog.summaryNote': [
    'Các dòng chi tiết của ngày này đã được gộp thành dòng tổng hợp: sổ giữ chi tiết của tháng này và tháng trước.',
    "This day's rows were folded into this summary: the log keeps the rows of this month and the last.",
  ],
  'reminderLog.protection': [
    'Nhật ký gửi nhắc việc do Nhắc Việc ghi. Không sửa tay: các dòng là bằng chứng đã nhắc và giúp không gửi trùng.',
    'Reminder log written by Nhắc Việc. Do not edit: the rows prove what was sent and prevent duplicates.',
  ],

  'notifyQueue.protection': [
    'Hàng đợi thông báo do Nhắc Việc quản lý. Không sửa tay.',
    'Notification queue managed by Nhắc Việc. Do not edit.',
  ],

  'reminders.badHour': [
    'Giờ gửi nhắc việc phải là số nguyên từ 0 đến 23.',
    'The reminder hour must be a whole number from 0 to 23.',
  ],
  'reminders.waitingQuota': [
    'Chờ hạn mức gửi thư được cấp lại: hôm nay còn thư chưa gửi.',
    'Waiting for the e-mail quota to be renewed: some e-mails are still to be sent today.',
  ],
  'reminders.flushed': ['Đã gửi {sent} thư thông báo.', 'Sent {sent} notification e-mails.'],
  'reminders.off': [
    'Nhắc việc đang tắt: trình kích hoạt này đã tự gỡ.',
    'Reminders are off: this trigger removed itself.',
  ],
  'reminders.noDocument': [
    'Trình kích hoạt nhắc việc chạy lúc {at} nhưng không thấy bảng tính (tiện ích chạy theo giờ không được mở tài liệu): không gửi thư nào. Hãy dùng bản sao mẫu có script gắn kèm để gửi nhắc việc.',
    'The reminder trigger ran at {at} but could not see the spreadsheet (an add-on time trigger without its document): nothing was sent. Use a template copy with its bound script to send reminders.',
  ],
  'reminders.noDocumentSubject': ['Nhắc Việc: nhắc việc không chạy được', 'Nhắc Việc: reminders cannot run'],
  'reminders.noDocumentFix': [
    'Các quản trị khác thấy trong thẻ Quản trị rằng hôm nay chưa có lần chạy nào. Cách khắc phục: dùng bản sao của sổ mẫu có script gắn kèm (README, "Deploying"), rồi bật nhắc việc ở đó; chạy Tiện ích → Nhắc Việc → Kiểm tra hoạt động để xem lại. Thư này gửi nhiều nhất một lần mỗi ngày.',
    'Other admins see in the Admin tab that no run succeeded today. To fix it: use a copy of the template with its bound script (README, "Deploying") and turn reminders on there; run Extensions → Nhắc Việc → Self-check to look again. This e-mail goes at most once a day.',
  ],
  'reminders.stalled': [
    'Hôm nay chưa có lần chạy nhắc việc nào thành công dù đã quá {hour} giờ hơn 2 tiếng (lần chạy thành công gần nhất: {last}). Hãy tắt rồi bật lại nhắc việc.',
    'No successful reminder run today although it is more than 2 hours past {hour}:00 (last successful run: {last}). Turn reminders off and on again.',
  ],
  'reminders.lastFailed': [
    'Lần chạy nhắc việc gần nhất ({at}) không thành công: {message}',
    'The last reminder run ({at}) failed: {message}',
  ],
  'reminders.late': [
    'Lần chạy buổi sáng hôm nay bắt đầu lúc {time}, trễ hơn 2 tiếng so với giờ gửi ({hour} giờ).',
    'Today’s morning run began at {time}, more than 2 hours after the reminder hour ({hour}:00).',
  ],
  'reminders.missedDays': [
    'Không có lần chạy nhắc việc nào vào các ngày làm việc: {days}.',
    'No reminder run on the working days: {days}.',
  ],
  'reminders.noEffectiveUser': [
    'Từ chối: không rõ tài khoản chạy trình kích hoạt. Quản trị hãy tắt rồi bật lại nhắc việc.',
    'Refused: the trigger’s account is unknown. An admin should turn reminders off and on.',
  ],
  'reminders.installed': [
    'Đã bật nhắc việc: gửi lúc {hour} giờ mỗi ngày làm việc, từ tài khoản {email} (thư dùng hạn mức gửi của tài khoản này).',
    'Reminders are on: sent at {hour}:00 every working day from the account {email} (they use its e-mail quota).',
  ],
  'reminders.uninstalled': ['Đã tắt nhắc việc.', 'Reminders are off.'],
  'reminders.uninstalledOther': [
    'Đã tắt nhắc việc. Trình kích hoạt do {email} cài sẽ tự gỡ ở lần chạy kế tiếp (trong vòng một giờ).',
    'Reminders are off. The trigger installed by {email} removes itself at its next run (within the hour).',
  ],
  'reminders.replaced': [
    'Trình kích hoạt này đã được thay bằng trình kích hoạt của {email}: đã tự gỡ.',
    'This trigger was replaced by the one of {email}: removed.',
  ],
  'reminders.notYet': [
    'Chưa đến giờ gửi ({hour} giờ) hoặc hôm nay đã gửi xong.',
    'Not the reminder hour ({hour}:00) yet, or today is already done.',
  ],
  'reminders.restDay': [
    'Hôm nay là ngày nghỉ: đã cập nhật trạng thái, không gửi nhắc việc.',
    'Today is a rest day: statuses refreshed, no reminders sent.',
  ],
  'reminders.done': [
    'Đã gửi {sent} thư nhắc việc và thông báo; hôm nay không còn thư nào phải gửi.',
    'Sent {sent} reminder and notification e-mails; nothing left to send today.',
  ],
  'reminders.partial': [
    'Đã gửi {sent} thư; còn {left} thư sẽ gửi ở lần chạy sau.',
    'Sent {sent} e-mails; {left} will go out at the next run.',
  ],
  'reminders.warningQuota': [
    'Hết hạn mức gửi thư của tài khoản {installer}: {deferred} thư chưa gửi (còn {remaining} người nhận trong hạn mức). Các thư này {when}, trước mọi thư khác. Xem sheet "{sheet}".',
    'The e-mail quota of {installer} is used up: {deferred} e-mails not sent ({remaining} recipients left in the quota). These {when}, before any other. See the sheet "{sheet}".',
  ],
  'reminders.whenTomorrow': ['gửi vào sáng mai', 'go out tomorrow morning'],
  'reminders.whenDay': ['gửi vào sáng {date}', 'go out on the morning of {date}'],
  'reminders.warningTime': [
    'Dừng trước giới hạn 6 phút của Apps Script: {deferred} thư sẽ được gửi ở lần chạy sau (trong vòng một giờ).',
    'Stopped before the Apps Script 6-minute limit: {deferred} e-mails will go out at the next run (within the hour).',
  ],
  'reminders.warningFailed': [
    '{count} thư không gửi được (email sai?): {emails}. Xem sheet "{sheet}".',
    '{count} e-mails could not be sent (wrong address?): {emails}. See the sheet "{sheet}".',
  ],
  'reminders.warningError': [
    'Lần chạy nhắc việc gặp lỗi: {error}. Lần chạy sau (trong vòng một giờ) sẽ gửi tiếp phần còn lại.',
    'The reminder run failed: {error}. The next run (within the hour) sends what is left.',
  ],
  'reminders.warningInterrupted': [
    'Lần gửi thư trước bị dừng đột ngột: tối đa {max} người nhận thư ngay trước khi dừng có thể nhận lại thư đó.',
    'The previous send stopped abruptly: at most {max} people who got an e-mail just before it stopped may get it again.',
  ],
  'reminders.sendingElsewhere': [
    'Một lần chạy khác đang gửi thư: lần chạy này không gửi gì, để không ai nhận trùng thư.',
    'Another run is sending e-mails: this run sends nothing, so nobody gets the same e-mail twice.',
  ],

  'action.noTask': [
    'Không tìm thấy nhiệm vụ {id} trong những nhiệm vụ bạn được xem.',
    'Task {id} is not among the tasks you may see.',
  ],
  'action.notAllowed': ['Bạn không có quyền {action} nhiệm vụ {id}.', 'You may not {action} task {id}.'],
  'action.cannotAssign': [
    'Chỉ lãnh đạo hoặc quản trị mới được giao nhiệm vụ.',
    'Only leaders and administrators assign tasks.',
  ],
  'action.archived': [
    'Nhiệm vụ {id} đã được lưu trữ nên không thể {action}.',
    'Task {id} is archived, so you cannot {action} it.',
  ],
  'action.done': [
    'Nhiệm vụ {id} đã hoàn thành nên không thể {action}.',
    'Task {id} is done, so you cannot {action} it.',
  ],
  'action.awaiting': [
    'Nhiệm vụ {id} đã báo cáo kết quả, đang chờ xác nhận.',
    'Task {id} has reported its result and awaits confirmation.',
  ],
  'action.notAwaiting': [
    'Nhiệm vụ {id} chưa báo cáo kết quả nên chưa thể {action}.',
    'Task {id} has not reported a result, so you cannot {action} it yet.',
  ],
  'undo.notConfirmed': [
    'Nhiệm vụ {id} chưa được xác nhận hoàn thành nên không có gì để hoàn tác.',
    'Task {id} is not confirmed, so there is nothing to undo.',
  ],
  'undo.notYours': [
    'Chỉ người đã xác nhận hoàn thành nhiệm vụ {id} mới hoàn tác được.',
    'Only the person who confirmed task {id} can undo it.',
  ],
  'undo.changed': [
    'Nhiệm vụ {id} đã có thay đổi sau khi xác nhận hoàn thành nên không thể hoàn tác. Nếu cần, hãy liên hệ quản trị viên.',
    'Task {id} changed after it was confirmed, so the confirmation cannot be undone.',
  ],
  'undo.tooLate': [
    'Đã quá {minutes} phút kể từ khi xác nhận hoàn thành nhiệm vụ {id} nên không thể hoàn tác. Nếu cần, hãy liên hệ quản trị viên.',
    'More than {minutes} minutes have passed since task {id} was confirmed: it cannot be undone.',
  ],
  'action.noExtensionPending': [
    'Nhiệm vụ {id} không có đề nghị gia hạn nào đang chờ.',
    'Task {id} has no pending extension request.',
  ],
  'action.extensionPending': [
    'Nhiệm vụ {id} đã có một đề nghị gia hạn đang chờ lãnh đạo duyệt.',
    'Task {id} already has an extension request awaiting a decision.',
  ],
  'action.extensionLimit': [
    'Nhiệm vụ {id} đã gia hạn {count} lần, đạt giới hạn {max} lần.',
    'Task {id} was extended {count} times, the limit is {max}.',
  ],
  'action.extensionNotLater': [
    'Hạn mới phải sau hạn hiện tại ({deadline}).',
    'The new deadline must be after the current one ({deadline}).',
  ],
  'action.extensionNoDeadline': [
    'Nhiệm vụ thường xuyên không có hạn nên không cần gia hạn.',
    'An ongoing task has no deadline to extend.',
  ],
  'action.lateNeedsExplanation': [
    'Nhiệm vụ đã quá hạn ({deadline}): cần nhập giải trình lý do chậm.',
    'The task is past its deadline ({deadline}): an explanation is required.',
  ],
  'action.childDeadline': [
    'Hạn của phần việc phân công ({child}) không được sau hạn của nhiệm vụ gốc ({parent}).',
    'A sub-task’s deadline ({child}) may not be after its parent’s ({parent}).',
  ],
  'action.delegateOutsideUnit': [
    'Chỉ phân công được cho cán bộ trong đơn vị của bạn: {emails}.',
    'Delegate only to people of your unit: {emails}.',
  ],

  'input.invalid': ['Chưa lưu, cần sửa: {details}', 'Not saved; please fix: {details}'],
  'input.required': ['{field}: chưa nhập.', '{field}: required.'],
  'input.tooLong': [
    '{field}: dài {length} ký tự, tối đa {max}.',
    '{field}: {length} characters, at most {max}.',
  ],
  'input.control': [
    '{field}: có ký tự điều khiển không hợp lệ.',
    '{field}: contains invalid control characters.',
  ],
  'input.badDate': ['{field}: {reason}', '{field}: {reason}'],
  'input.badWorkingDays': [
    '{field}: số ngày làm việc phải là số nguyên từ 1 đến {max}.',
    '{field}: working days must be a whole number from 1 to {max}.',
  ],
  'input.deadlineBeforeAssigned': [
    'Hạn xử lý ({deadline}) không được trước ngày giao ({assigned}).',
    'The deadline ({deadline}) may not be before the assignment date ({assigned}).',
  ],
  'input.restDay': [
    'Hạn {deadline} rơi vào {reason}. Theo Bộ luật Dân sự (điều 148), hạn sẽ là ngày làm việc tiếp theo: {suggested}.',
    'The deadline {deadline} falls on {reason}. Under the Civil Code (art. 148) it becomes the next working day: {suggested}.',
  ],
  'input.restDay.weekend': ['ngày nghỉ cuối tuần', 'a weekend'],
  'input.restDay.holiday': ['ngày nghỉ lễ ({name})', 'a public holiday ({name})'],
  'input.unknownPeople': ['Không có trong danh sách cán bộ: {emails}.', 'Not in the staff list: {emails}.'],
  'input.noAssignees': ['Cần chọn ít nhất một người thực hiện.', 'Choose at least one assignee.'],
  'input.unknownUnit': [
    'Đơn vị "{unit}" không có trong sheet "Đơn vị".',
    'Unit "{unit}" is not in the "Đơn vị" sheet.',
  ],
  'input.badPercent': ['Tiến độ phải từ 0 đến 100 %.', 'Progress must be between 0 and 100 %.'],
  'input.badLink': [
    'Liên kết phải bắt đầu bằng https:// và đủ ngắn để làm mã QR',
    'A link must start with https:// and be short enough for a QR code',
  ],
  'input.notText': ['{field}: phải là chữ.', '{field}: must be text.'],
  'input.notForm': [
    'Thiếu nội dung biểu mẫu: hãy tải lại thanh bên.',
    'No form was sent: reload the sidebar.',
  ],
  'error.unexpected': [
    'Lỗi ngoài dự kiến, thao tác có thể chưa xong: hãy tải lại để xem. Chi tiết: {detail}',
    'Unexpected error; the action may be incomplete: reload to check. Details: {detail}',
  ],
  'error.googleBusy': [
    'Google đang tạm thời lỗi (đã thử lại mấy lần); thao tác có thể chưa xong: hãy tải lại để xem, rồi thử lại sau ít phút (làm lại sẽ hoàn tất phần còn thiếu). Chi tiết: {detail}',
    'Google is failing for a moment (tried again a few times); the action may be incomplete: reload to check, then try again in a few minutes (doing it again completes what is missing). Details: {detail}',
  ],
  'error.dailyQuota': [
    'Google báo tài khoản này đã dùng hết hạn mức trong ngày; thao tác có thể chưa xong: hãy thử lại vào ngày mai. Chi tiết: {detail}',
    'Google says this account has used its quota for the day; the action may be incomplete: try again tomorrow. Details: {detail}',
  ],
  'error.transient': [
    'Google Sheets đang tạm thời lỗi (đã thử lại mấy lần): thao tác chưa được lưu. Vui lòng thử lại sau ít phút. Chi tiết: {detail}',
    'Google Sheets is failing for the moment (tried several times): nothing was saved. Please try again in a few minutes. Details: {detail}',
  ],
  'action.decideOwn': [
    'Không tự duyệt việc của mình ({id}): người giao, người theo dõi hoặc thủ trưởng duyệt.',
    'You may not decide on your own task ({id}): the assigner, a follower or the head decides.',
  ],
  'ws.confidentialShared': [
    'Nhiệm vụ mật {id} vẫn chia sẻ với: {emails}. Bấm "Cập nhật người được xem tài liệu" để bỏ.',
    'Confidential task {id} is still shared with: {emails}. Press "Update who can see the documents" to remove it.',
  ],
  'ws.confidentialSharedOther': [
    'Nhiệm vụ mật {id} vẫn chia sẻ với: {emails}. {owner} cần bấm "Cập nhật người được xem tài liệu" hoặc bỏ chia sẻ trong Drive.',
    'Confidential task {id} is still shared with: {emails}. {owner} must press "Update who can see the documents" or unshare it in Drive.',
  ],
  'ws.confidentialUnshared': [
    'Đã bỏ chia sẻ nhiệm vụ mật {id}.',
    'Confidential task {id} is no longer shared.',
  ],
  'ws.slipRenewed': [
    'Đã làm lại phiếu giao việc (PDF) của nhiệm vụ {id} theo thông tin mới.',
    'Made the task slip (PDF) of task {id} again with the new details.',
  ],
  'ws.slipStale': [
    'Phiếu giao việc (PDF) của nhiệm vụ {id} vẫn ghi thông tin cũ: chỉ tài khoản đã tạo thư mục ({owner}) được thay tệp trên Drive. Phiếu sẽ được làm lại ở lần tới {owner} thao tác trên nhiệm vụ này; ảnh phiếu và tin Zalo đã theo thông tin mới.',
    'The task slip (PDF) of task {id} still shows the old details: only the account that created the folder ({owner}) may replace files in it on Drive. The slip is made again the next time {owner} acts on this task; the slip image and the Zalo text already follow the new details.',
  ],

  'field.title': ['Tên nhiệm vụ', 'Title'],
  'field.details': ['Nội dung chi tiết', 'Details'],
  'field.source': ['Căn cứ', 'Source document'],
  'field.deadline': ['Hạn xử lý', 'Deadline'],
  'field.reason': ['Lý do', 'Reason'],
  'field.note': ['Ghi chú', 'Note'],
  'field.result': ['Kết quả', 'Result'],
  'field.explanation': ['Giải trình', 'Explanation'],
  'field.link': ['Liên kết', 'Link'],
  'field.newDeadline': ['Hạn mới', 'New deadline'],

  'verb.update': ['cập nhật tiến độ', 'update'],
  'verb.requestExtension': ['đề nghị gia hạn', 'request an extension for'],
  'verb.decideExtension': ['duyệt gia hạn', 'decide the extension of'],
  'verb.report': ['báo cáo kết quả', 'report the result of'],
  'verb.confirm': ['xác nhận hoàn thành', 'confirm'],
  'verb.sendBack': ['trả lại', 'send back'],
  'verb.archive': ['lưu trữ', 'archive'],
  'verb.delegate': ['phân công', 'delegate'],

  'audit.assign': ['Giao nhiệm vụ', 'Assigned'],
  'audit.delegate': ['Phân công cho cán bộ đơn vị', 'Delegated a sub-task'],
  'audit.update': ['Cập nhật tiến độ', 'Progress update'],
  'audit.requestExtension': ['Đề nghị gia hạn', 'Extension requested'],
  'audit.approveExtension': ['Duyệt gia hạn', 'Extension approved'],
  'audit.refuseExtension': ['Từ chối gia hạn', 'Extension refused'],
  'audit.report': ['Báo cáo kết quả', 'Result reported'],
  'audit.confirm': ['Xác nhận hoàn thành', 'Completion confirmed'],
  'audit.undoConfirm': ['Hoàn tác xác nhận hoàn thành', 'Confirmation undone'],
  'audit.sendBack': ['Trả lại, yêu cầu làm tiếp', 'Sent back for more work'],
  'audit.archive': ['Lưu trữ', 'Archived'],
  'audit.setup': ['Thiết lập sổ theo dõi', 'Register set up'],
  'audit.refresh': ['Cập nhật trạng thái tự động', 'Automatic status refresh'],
  'audit.refreshBy': ['Cập nhật trạng thái', 'Status refresh'],

  'done.assign': ['Đã giao nhiệm vụ {id}.', 'Task {id} assigned.'],
  'done.delegate': ['Đã phân công cho cán bộ đơn vị: nhiệm vụ {id}.', 'Sub-task {id} assigned.'],
  'done.update': ['Đã cập nhật tiến độ {id}.', 'Progress of {id} updated.'],
  'done.requestExtension': ['Đã gửi đề nghị gia hạn {id}.', 'Extension request for {id} sent.'],
  'done.approveExtension': [
    'Đã duyệt gia hạn {id} đến {deadline}.',
    'Extension of {id} approved until {deadline}.',
  ],
  'done.refuseExtension': ['Đã từ chối gia hạn {id}.', 'Extension of {id} refused.'],
  'done.report': ['Đã báo cáo kết quả {id}.', 'Result of {id} reported.'],
  'done.confirm': ['Đã xác nhận hoàn thành {id}.', 'Completion of {id} confirmed.'],
  'done.undoConfirm': [
    'Đã hoàn tác: nhiệm vụ {id} trở lại chờ xác nhận.',
    'Undone: task {id} awaits confirmation again.',
  ],
  'done.sendBack': ['Đã trả lại {id}.', '{id} sent back.'],
  'done.archive': ['Đã lưu trữ {id}.', '{id} archived.'],

  'audit.intact': [
    'Nhật ký nguyên vẹn: {lines} dòng, không dòng nào bị sửa, chèn hay xoá bằng tay.',
    'The audit log is intact: {lines} lines, none edited, inserted or deleted by hand.',
  ],
  'audit.broken': [
    'Nhật ký đã bị sửa bằng tay: từ dòng {row} trở đi không khớp mã kiểm tra.',
    'The audit log was edited by hand: from row {row} on, lines do not match their check codes.',
  ],
  'audit.edited': [
    'Nhật ký đã bị sửa bằng tay: dòng {row} đã bị sửa (nội dung hoặc mã kiểm tra không còn khớp).',
    'The audit log was edited by hand: row {row} was changed (its content or check code no longer matches).',
  ],
  'audit.inserted': [
    'Nhật ký đã bị sửa bằng tay: dòng {row} được chèn thêm, không do Nhắc Việc ghi.',
    'The audit log was edited by hand: row {row} was inserted; Nhắc Việc did not write it.',
  ],
  'audit.deleted': [
    'Nhật ký đã bị sửa bằng tay: {count} dòng đã bị xoá ngay trước dòng {row}.',
    'The audit log was edited by hand: {count} line(s) deleted just before row {row}.',
  ],
  'audit.moved': [
    'Nhật ký đã bị sửa bằng tay: dòng {row} đã bị chuyển chỗ (thứ tự các dòng bị đảo).',
    'The audit log was edited by hand: row {row} is out of place (lines were reordered).',
  ],
  'audit.truncated': [
    'Nhật ký đã bị sửa bằng tay: {count} dòng cuối đã bị xoá (từ dòng {row}); nhật ký kết thúc sớm hơn bản ghi của Nhắc Việc.',
    'The audit log was edited by hand: the last {count} line(s) were deleted (from row {row}); the log ends before the end Nhắc Việc recorded.',
  ],
  'audit.rehashed': [
    'Nhật ký đã bị sửa bằng tay: các dòng cũ đến dòng {row} đã bị sửa và tính lại mã kiểm tra.',
    'The audit log was edited by hand: the old lines up to row {row} were changed and their check codes recomputed.',
  ],

  // ——— Drive workspace: folder, document, QR code, task slip (issue 5) ———
  'menu.docTemplate': ['Tạo tài liệu mẫu của cơ quan', "Create the agency's template document"],
  'menu.selfCheck': ['Kiểm tra hoạt động', 'Check that everything works'],

  'audit.workspace': ['Tạo thư mục và tài liệu', 'Created folder and document'],
  'audit.sharing': ['Cập nhật người được xem tài liệu', 'Updated who can see the documents'],

  'ws.created': [
    'Đã tạo thư mục, tài liệu, mã QR và phiếu giao việc của nhiệm vụ {id}.',
    'Created the folder, document, QR code and task slip of task {id}.',
  ],
  'ws.exists': [
    'Thư mục, tài liệu và phiếu giao việc của nhiệm vụ {id} đã có đủ, không tạo thêm.',
    'Task {id} already has its folder, document and task slip; nothing new was created.',
  ],
  'ws.failed': [
    'Chưa tạo xong thư mục và tài liệu trên Drive cho nhiệm vụ {id}: {reason} Nhiệm vụ vẫn được giao; bấm «Thử lại» trên thẻ nhiệm vụ.',
    'The Drive folder and document of task {id} are not finished: {reason} The task is assigned all the same; press "Try again" on its card.',
  ],
  'ws.err.quota': [
    'Google Drive của tài khoản {owner} đã hết dung lượng hoặc hết hạn mức tạo tệp trong ngày.',
    "The Google Drive of {owner} is full or has reached today's limit on new files.",
  ],
  'ws.err.rate': [
    'Google Drive đang giới hạn số lần gọi; hãy thử lại sau vài phút.',
    'Google Drive is limiting calls; try again in a few minutes.',
  ],
  'ws.err.transient': [
    'Google đang tạm thời lỗi; hãy thử lại sau ít phút.',
    'Google is failing for a moment; try again in a few minutes.',
  ],
  'ws.err.notFound': [
    'không tìm thấy thư mục hay tệp trên Drive (có thể đã bị xoá).',
    'a folder or file was not found on Drive (it may have been deleted).',
  ],
  'ws.err.denied': [
    'tài khoản {owner} không có quyền với thư mục trên Drive.',
    '{owner} has no access to the folder on Drive.',
  ],
  'ws.err.other': ['Google Drive báo lỗi: {detail}', 'Google Drive said: {detail}'],
  'ws.noAccount': [
    'Chưa chia sẻ được với {emails}: địa chỉ không gắn với tài khoản Google nào (Drive chỉ chia sẻ không kèm thư mời cho tài khoản Google). Hãy sửa email trong sheet "Cán bộ" rồi bấm «Cập nhật người được xem tài liệu».',
    'Not shared with {emails}: no Google account uses this address (Drive shares without an invitation e-mail only with Google accounts). Fix the e-mail in the "Cán bộ" sheet, then press "Update who can see the documents".',
  ],
  'ws.shareFailed': ['Chưa chia sẻ được với {emails}: {reason}', 'Not shared with {emails}: {reason}'],
  'ws.confidential': [
    'Nhiệm vụ {id} là nhiệm vụ mật: không tạo thư mục, tài liệu, mã QR hay phiếu giao việc.',
    'Task {id} is confidential: no folder, document, QR code or task slip.',
  ],
  'ws.notAllowed': [
    'Chỉ người giao, lãnh đạo hoặc quản trị mới tạo được thư mục và tài liệu cho nhiệm vụ {id}.',
    'Only the assigner, a leader or an administrator can create the folder and document of task {id}.',
  ],
  'ws.inherited': [
    'Nhiệm vụ {id} là phần việc phân công: dùng chung thư mục và tài liệu của nhiệm vụ {parent}.',
    'Task {id} is a sub-task: it shares the folder and document of task {parent}.',
  ],
  'ws.otherOwner': [
    'Thư mục của nhiệm vụ {id} do tài khoản {owner} tạo. Google chỉ cho Nhắc Việc sửa thư mục này khi chạy bằng chính tài khoản đó, nên hãy nhờ {owner} mở Nhắc Việc và bấm «{action}» trên thẻ nhiệm vụ.',
    'The folder of task {id} was created by {owner}. Google lets Nhắc Việc change it only when it runs as that account (drive.file access), so ask {owner} to open Nhắc Việc and press "{action}" on the task card.',
  ],
  'ws.noWorkspace': ['Nhiệm vụ {id} chưa có thư mục trên Drive.', 'Task {id} has no Drive folder yet.'],
  'ws.synced': [
    'Đã cập nhật người được xem tài liệu của nhiệm vụ {id}: {changes}.',
    'Synchronised the sharing of task {id}: {changes}.',
  ],
  'ws.syncChanges': [
    'thêm {added}, bỏ {removed}, đổi quyền {changed}',
    '{added} added, {removed} removed, {changed} changed',
  ],
  'ws.syncNothing': [
    'Chia sẻ thư mục nhiệm vụ {id} đã khớp với người của nhiệm vụ.',
    "The sharing of task {id} already matches the task's people.",
  ],
  'ws.delegateShared': [
    'Đã chia sẻ tài liệu của nhiệm vụ {id} với người nhận việc.',
    'Shared the document of task {id} with the new assignees.',
  ],
  'ws.delegateNeedsSync': [
    'Người nhận việc chưa vào được tài liệu của nhiệm vụ {id}: chỉ {owner} (tài khoản tạo thư mục) mới thêm được, bằng nút «Cập nhật người được xem tài liệu» trên thẻ nhiệm vụ đó.',
    'The new assignees cannot open the document of task {id} yet: only {owner} (who created the folder) can add them, with "Update who can see the documents" on that task\'s card.',
  ],
  'ws.templateCreated': [
    'Đã tạo tài liệu mẫu trong Drive của bạn và ghi mã vào Cài đặt: {link} — hãy sửa tài liệu theo mẫu của cơ quan, giữ các ô như {{ten}}, {{han}}, {{nguoi_thuc_hien}}.',
    "Created a template document in your Drive and saved its id in the settings: {link} — edit it to the agency's layout, keeping fields such as {{ten}}, {{han}}, {{nguoi_thuc_hien}}.",
  ],
  'ws.missingColumn': [
    'Sổ theo dõi thiếu cột "{column}". Hãy chạy lại Thiết lập sổ theo dõi.',
    'The register lacks the column "{column}". Run the register setup again.',
  ],

  // ——— Statistics, wall board, monthly report (issue 7) ———
  'menu.stats': ['Cập nhật thống kê', 'Update the statistics'],
  'menu.wallboard': ['Mở bảng điện tử', 'Open the wall board'],
  'menu.report': ['Tạo báo cáo tháng', 'Create the monthly report'],

  'stats.title': ['THỐNG KÊ KẾT QUẢ THỰC HIỆN NHIỆM VỤ', 'TASK RESULTS — STATISTICS'],
  'stats.period': [
    'Kỳ thống kê: {period}{span} · tính theo {basis} · số liệu đến ngày {date}',
    'Period: {period}{span} · counted by {basis} · figures as of {date}',
  ],
  'stats.howTo': [
    'Đổi kỳ thống kê ở sheet "Cài đặt" (dòng "Kỳ thống kê" và "Thống kê theo"), rồi chọn Tiện ích → Nhắc Việc → Cập nhật thống kê. Sheet này do Nhắc Việc ghi lại mỗi ngày, không sửa tay. Cập nhật lúc {time}.',
    'Change the period in the "Cài đặt" sheet (rows "Kỳ thống kê" and "Thống kê theo"), then choose Extensions → Nhắc Việc → Update the statistics. Nhắc Việc rewrites this sheet every day; do not edit it. Updated at {time}.',
  ],
  'stats.section.whole': ['1. TOÀN CƠ QUAN', '1. WHOLE AGENCY'],
  'stats.section.units': ['2. KẾT QUẢ THEO ĐƠN VỊ (XẾP HẠNG)', '2. RESULTS BY UNIT (RANKED)'],
  'stats.section.week': ['3. HOÀN THÀNH THEO TUẦN', '3. COMPLETIONS BY WEEK'],
  'stats.section.month': ['3. HOÀN THÀNH THEO THÁNG', '3. COMPLETIONS BY MONTH'],
  'stats.section.year': ['3. HOÀN THÀNH THEO NĂM', '3. COMPLETIONS BY YEAR'],
  'stats.section.persons': ['4. KẾT QUẢ THEO CÁN BỘ', '4. RESULTS BY PERSON'],
  'stats.rankRule': [
    'Xếp hạng: tỷ lệ hoàn thành đúng hạn (kể cả trước hạn) trên số nhiệm vụ được giao không tính nhiệm vụ lưu trữ, cao xếp trên; bằng nhau thì xét tỷ lệ cập nhật, rồi tỷ lệ trễ hạn (hoàn thành quá hạn và đang quá hạn) thấp hơn; vẫn bằng nhau thì đồng hạng.',
    'Ranking: share completed on time (early included) of the tasks assigned, archived tasks left out, higher first; then the update rate; then the late share (done late or still overdue), lower first; units equal on all three share a rank.',
  ],
  'stats.personsRule': [
    'Mỗi cán bộ được tính các phần việc được phân công và các nhiệm vụ giao trực tiếp chưa phân công tiếp (nhiệm vụ nhiều người thực hiện tính cho từng người), xếp theo đơn vị chủ trì của nhiệm vụ gốc. Toàn cơ quan và đơn vị chỉ tính nhiệm vụ gốc, mỗi nhiệm vụ một lần.',
    'Each person counts the sub-tasks delegated to them and the tasks assigned to them directly that were not broken down (a task with several assignees counts for each), under the lead unit of the top-level task. The agency and the units count top-level tasks only, each once.',
  ],
  'stats.legend': [
    'HT: hoàn thành; TH: thực hiện. Tỷ lệ tính trên số nhiệm vụ được giao. Chờ xác nhận đã nằm trong "đang thực hiện".',
    'Rates are shares of the tasks assigned. Awaiting confirmation is part of "in progress".',
  ],
  'stats.noUnit': ['(chưa ghi đơn vị)', '(no unit given)'],
  'stats.notFull': ['Đơn vị chưa cập nhật đủ: {units}.', 'Units below 100 %: {units}.'],
  'stats.allFull': [
    'Tất cả đơn vị có nhiệm vụ đã cập nhật 100 % nhiệm vụ.',
    'Every unit with tasks updated 100 % of them.',
  ],
  'stats.empty': ['Không có nhiệm vụ nào trong kỳ thống kê.', 'No task in the period.'],
  'stats.chart.mix': ['Cơ cấu kết quả thực hiện nhiệm vụ', 'Task results'],
  'stats.chart.units': ['So sánh các đơn vị', 'Units compared'],
  'stats.chart.timeline': ['Giao mới và hoàn thành theo thời gian', 'Assigned and completed over time'],
  'stats.done': [
    'Đã cập nhật sheet "Thống kê": {period}, {count} nhiệm vụ.',
    'The "Thống kê" sheet is updated: {period}, {count} tasks.',
  ],
  'stats.badPeriod': [
    'Không đọc được kỳ thống kê "{text}". Viết như: năm nay, quý này, tháng này, tháng trước, tháng 10/2026, quý 3/2026, 2025, 01/01/2026 - 30/06/2026, toàn bộ.',
    'The period "{text}" could not be read. Write e.g.: this year, this quarter, this month, last month, 10/2026, Q3/2026, 2025, 01/01/2026 - 30/06/2026, all.',
  ],
  'stats.badBasis': [
    'Không đọc được cách tính "{text}": dùng ngày giao, hạn xử lý hoặc ngày hoàn thành.',
    'The basis "{text}" could not be read: use assignment date, deadline or completion date.',
  ],
  'stats.badFigure': ['Chỉ tiêu không hợp lệ: {figure}.', 'Unknown figure: {figure}.'],
  'stats.personsOwnUnit': [
    'Bạn chỉ xem được kết quả theo cán bộ của đơn vị mình hoặc đơn vị mình theo dõi.',
    'You may see the results by person of your own unit, or of the units you follow, only.',
  ],
  'stats.noReportRights': [
    'Chỉ lãnh đạo, quản trị hoặc chuyên viên theo dõi mới tạo báo cáo tháng.',
    'Only leaders, administrators and followers create the monthly report.',
  ],
  'stats.badMonth': [
    'Tháng báo cáo ghi theo tháng/năm, ví dụ 10/2026.',
    'Write the report month as month/year, e.g. 10/2026.',
  ],

  'report.nation': ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'],
  'report.motto': ['Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'],
  'report.number': ['Số: ……/BC-……', 'No.: ……/BC-……'],
  'report.title': ['BÁO CÁO', 'REPORT'],
  'report.subtitle': ['Kết quả thực hiện nhiệm vụ tháng {month}', 'Task results for {month}'],
  'report.placeDate': ['{place}, ngày {d} tháng {m} năm {y}', '{place}, {d}/{m}/{y}'],
  'report.intro': [
    'Thực hiện chế độ báo cáo định kỳ, {agency} báo cáo kết quả thực hiện nhiệm vụ được giao tháng {month} (tính theo {basis}; số liệu trích từ sổ theo dõi nhiệm vụ đến ngày {date}) như sau:',
    'As required by the periodic reporting rules, {agency} reports the results of the tasks assigned in {month} (counted by {basis}; figures from the task register as of {date}):',
  ],
  'report.section.general': ['I. TÌNH HÌNH CHUNG', 'I. OVERVIEW'],
  'report.section.units': ['II. KẾT QUẢ THEO ĐƠN VỊ', 'II. RESULTS BY UNIT'],
  'report.section.overdue': ['III. NHIỆM VỤ ĐANG QUÁ HẠN', 'III. TASKS OVERDUE'],
  'report.section.assessment': ['IV. ĐÁNH GIÁ, ĐỀ XUẤT', 'IV. ASSESSMENT AND PROPOSALS'],
  'report.general': [
    'Trong tháng có {assigned} nhiệm vụ được giao; đã cập nhật tình hình {updated} nhiệm vụ ({updatedPct}); đã triển khai thực hiện {handled} nhiệm vụ ({handledPct}), trong đó {onTime} nhiệm vụ hoàn thành đúng hạn ({onTimePct}), {late} nhiệm vụ hoàn thành quá hạn ({latePct}) và {archived} nhiệm vụ lưu trữ ({archivedPct}); {inTime} nhiệm vụ đang thực hiện trong hạn ({inTimePct}); {overdue} nhiệm vụ đang thực hiện quá hạn ({overduePct}). {unitsFull}/{units} đơn vị có tỷ lệ cập nhật đạt 100 %.',
    '{assigned} tasks were assigned in the month; {updated} had their progress updated ({updatedPct}); {handled} were handled ({handledPct}): {onTime} completed on time ({onTimePct}), {late} completed late ({latePct}) and {archived} archived ({archivedPct}); {inTime} are in progress within the deadline ({inTimePct}); {overdue} are in progress and overdue ({overduePct}). {unitsFull} of {units} units updated 100 % of their tasks.',
  ],
  'report.month': ['Tháng {month}', 'Month {month}'],
  'report.ytd': ['Lũy kế từ đầu năm', 'Year to date'],
  'report.noOverdue': ['Không có nhiệm vụ nào đang quá hạn.', 'No task is overdue.'],
  'report.assessment': [
    'Ưu điểm, tồn tại, nguyên nhân và đề xuất (văn phòng bổ sung): ………………………………………………',
    'Strengths, shortcomings, causes and proposals (to be completed by the office): ………………………………',
  ],
  'report.recipients': ['Nơi nhận:', 'To:'],
  'report.recipientsList': [
    '- Lãnh đạo cơ quan;\n- Các đơn vị;\n- Lưu: VT.',
    '- The agency’s leaders;\n- The units;\n- Archive.',
  ],
  'report.signer': ['NGƯỜI LẬP BÁO CÁO', 'PREPARED BY'],
  'report.sign': ['(Ký, ghi rõ họ tên)', '(Signature, full name)'],
  'report.fileName': ['Báo cáo kết quả thực hiện nhiệm vụ tháng {month}', 'Task results report {month}'],
  'report.done': ['Đã tạo {name} trong thư mục "{folder}".', 'Created {name} in the folder "{folder}".'],
  'report.col.deadline': ['Hạn xử lý', 'Deadline'],
  'report.col.daysLate': ['Số ngày làm việc quá hạn', 'Working days late'],
  'report.col.task': ['Nhiệm vụ', 'Task'],
} satisfies Catalogue;

export type ServerKey = keyof typeof SERVER_MESSAGES;
