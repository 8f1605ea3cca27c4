/**
 * The server's messages: menus, refusals, the register's sheets, reminders and notifications, the audit,
 * the Drive workspace, the statistics sheet and the monthly report. Only `Code.js` carries them.
 */
import type { Catalogue } from './translate';

const vi = {
  'app.name': 'Nhắc Việc',

  'menu.sidebar': 'Mở bảng giao việc',

  'auth.noEmail':
    'Không xác định được tài khoản Google của bạn. Hãy đăng nhập bằng tài khoản được cấp trong sheet "Cán bộ" rồi mở lại.',
  'auth.unknown':
    'Tài khoản {email} chưa có trong sheet "Cán bộ" (hoặc đã thôi công tác). Hãy liên hệ văn phòng.',
  'auth.notAdmin':
    'Chỉ quản trị (văn phòng) mới được thực hiện việc này. Tài khoản {email} có vai trò: {role}.',
  'auth.readOnly': '{email} ({role}) chỉ được xem.',
  'sheet.adminOnly':
    'Trang "{sheet}" chỉ các quản trị có trong danh sách bảo vệ của trang mới sửa được, và tài khoản này chưa có trong đó. Nhờ chủ sở hữu bảng tính chạy lại Tiện ích → Nhắc Việc → Thiết lập sổ theo dõi để cập nhật danh sách quản trị, rồi thử lại.',
  'auth.notSetUp':
    'Bảng tính này chưa được thiết lập làm sổ theo dõi. Hãy chọn Tiện ích → Nhắc Việc → Thiết lập sổ theo dõi.',

  'lock.busy': 'Có người khác đang cập nhật sổ theo dõi. Vui lòng thử lại sau ít giây.',

  'setup.done': 'Đã thiết lập sổ theo dõi: {created}.',
  'setup.nothingNew': 'Sổ theo dõi đã đầy đủ, không có gì cần thêm.',
  'setup.agencyName': 'tên cơ quan: {name}',
  'setup.badAgencyName': 'Tên cơ quan là một dòng chữ, tối đa 200 ký tự.',
  'setup.askAgencyName':
    'Tên cơ quan (in trên phiếu giao việc, báo cáo và thư nhắc), ví dụ: UBND quận Ngũ Hành Sơn. Để trống nếu chưa muốn đặt.',
  'setup.createdSheet': 'tạo sheet "{sheet}"',
  'setup.addedColumns': 'thêm {count} cột vào sheet "{sheet}"',
  'setup.foreignSheet':
    'Sheet "{sheet}" đã có sẵn với nội dung khác nên được giữ nguyên. Hãy đổi tên sheet đó rồi chạy lại Thiết lập.',
  'setup.holidaysAdded': 'thêm {count} ngày nghỉ năm {years} (tạm tính, cần văn phòng xác nhận)',
  'setup.adminAdded': 'ghi {email} là quản trị',
  'setup.copy':
    'Đây là bản sao của một sổ khác: trạng thái nhắc việc, trình kích hoạt, bộ đếm mã, bộ nhớ đệm và chuỗi kiểm tra nhật ký của bản gốc đã được đặt lại (nhật ký bắt đầu một đoạn mới). Người đầu tiên chạy Thiết lập trong bản sao ({email}) trở thành quản trị; các quản trị của bản gốc vẫn còn trong sheet "Cán bộ": bỏ đánh dấu "Đang công tác" nếu họ không làm việc ở đây. Hãy bật lại nhắc việc hằng ngày.',

  'refresh.done': 'Đã cập nhật {changed} nhiệm vụ, {total} nhiệm vụ trong sổ.',
  'refresh.badRows': '{count} dòng có dữ liệu không đọc được, được giữ nguyên: {rows}.',
  'refresh.badRow': 'Dòng {row}: {reasons}',

  'row.noTitle': 'thiếu tên nhiệm vụ',
  'row.badDate': 'cột "{column}": {reason}',
  'row.badPercent': 'cột "{column}": tiến độ phải từ 0 đến 100 %',
  'row.badInteger': 'cột "{column}": phải là số nguyên không âm',
  'row.badEmail': 'cột "{column}": email không hợp lệ "{value}"',
  'row.deadlineBeforeAssigned': 'hạn xử lý trước ngày giao',
  'row.duplicateId': 'mã nhiệm vụ {id} bị trùng với dòng {other}',

  'sheet.missingColumns': 'Sheet "{sheet}" thiếu cột: {columns}. Hãy chạy lại Thiết lập sổ theo dõi.',
  'sheet.lostColumns':
    'Sheet "{sheet}" thiếu cột: {columns}. Nhắc Việc không đọc sheet này khi thiếu cột đó (không bao giờ coi là để trống). Quản trị viên hãy khôi phục cột (Hoàn tác, hoặc Tệp > Lịch sử phiên bản) để giữ dữ liệu của cột; Thiết lập sổ theo dõi chỉ thêm lại một cột trống.',
  'setup.confidentialLost':
    'Sheet "{sheet}" đã có việc nhưng mất cột "{column}". Thiết lập dừng lại, không thêm cột trống: mọi việc mật sẽ thành việc ai cũng xem được. Quản trị viên hãy khôi phục cột (Hoàn tác, hoặc Tệp > Lịch sử phiên bản) rồi chạy lại Thiết lập. Nếu không khôi phục được: tự thêm một cột tiêu đề "{column}", đánh dấu lại các việc mật, rồi chạy lại Thiết lập.',
  'sheet.ambiguousColumns':
    'Sheet "{sheet}": không xác định được cột {columns} (hai cột cùng nhận là cột này, hoặc tiêu đề cột không khớp với cột đã đánh dấu). Nhắc Việc dừng lại thay vì đoán. Quản trị viên hãy xoá hoặc đổi tên cột thừa, rồi chạy lại Thiết lập sổ theo dõi.',
  'sheet.missing': 'Không tìm thấy sheet "{sheet}". Hãy chạy lại Thiết lập sổ theo dõi.',

  'holiday.provisional':
    'Tạm tính theo Bộ luật Lao động 2019, điều 112; chờ quyết định nghỉ lễ của Thủ tướng',

  'reminder.senderName': 'Nhắc Việc',
  'reminder.subject': 'Nhắc việc ngày {date}: {summary}',
  'reminder.subjectOverdue': '{count} quá hạn',
  'reminder.subjectDueToday': '{count} đến hạn hôm nay',
  'reminder.subjectDueSoon': '{count} sắp đến hạn',
  'reminder.subjectOther': '{count} việc cần xem',
  'reminder.subjectNotify': '{count} thông báo mới',
  'reminder.subjectSummary': 'tổng hợp tuần',
  'reminder.subjectHealth': 'nhắc việc chạy không đều',
  'reminder.greeting': 'Kính gửi đồng chí {name},',
  'reminder.greetingAddress': 'Kính gửi {name},',
  'reminder.intro': 'Nhắc Việc tổng hợp những việc cần {you} chú ý ngày {date}, việc gấp nhất ở trên.',
  'reminder.you': 'đồng chí',
  'reminder.openRegister': 'Mở sổ theo dõi nhiệm vụ',
  'reminder.registerPath': 'hoặc trong Google Sheets: menu Tiện ích mở rộng › Nhắc Việc › {sidebar}.',
  'reminder.openRow': 'Xem dòng {row} trong sổ',
  'reminder.section.overdue': 'Nhiệm vụ quá hạn',
  'reminder.section.due_today': 'Đến hạn hôm nay',
  'reminder.section.unit_overdue': 'Nhiệm vụ quá hạn của đơn vị do {you} phụ trách',
  'reminder.section.extension': 'Chờ {you} quyết định gia hạn',
  'reminder.section.confirm': 'Chờ {you} xác nhận hoàn thành',
  'reminder.section.due_soon': 'Sắp đến hạn',
  'reminder.section.stale': 'Chậm cập nhật tiến độ',
  'reminder.section.notify': 'Thông báo mới',
  'reminder.section.weekly': 'Tổng hợp tuần: nhiệm vụ quá hạn theo đơn vị',
  'reminder.more': '… và {count} nhiệm vụ khác, xem trong sổ theo dõi.',
  'reminder.deadline': 'Hạn: {date}',
  'reminder.daysLeft': 'còn {days} ngày làm việc',
  'reminder.dueToday': 'hạn chót là hôm nay',
  'reminder.daysLate': 'quá hạn {days} ngày làm việc',
  'reminder.late': 'đã quá hạn',
  'reminder.noDeadline': 'thường xuyên, không có hạn',
  'reminder.notUpdated': 'Chưa cập nhật tiến độ {days} ngày làm việc',
  'reminder.unit': 'Đơn vị chủ trì: {unit}',
  'reminder.extensionRequest': 'Đề nghị gia hạn: {text}',
  'reminder.reportedOn': 'Báo cáo kết quả ngày {date}',
  'reminder.openDocument': 'Mở tài liệu',
  'reminder.qrAlt': 'Mã QR mở tài liệu của nhiệm vụ {id}',
  'reminder.confidential': 'Nhiệm vụ mật',
  'reminder.summaryTotal': 'Toàn cơ quan: {count} nhiệm vụ đang quá hạn.',
  'reminder.summaryNone': 'Không có nhiệm vụ nào quá hạn.',
  'reminder.summaryUnit': 'Đơn vị',
  'reminder.summaryCount': 'Số nhiệm vụ quá hạn',
  'reminder.summaryLongest': 'Quá hạn lâu nhất (ngày làm việc)',
  'reminder.noUnit': '(chưa ghi đơn vị)',
  'reminder.footer':
    'Thư tự động của Nhắc Việc{agency}, gửi mỗi ngày làm việc một lần. Cập nhật tiến độ trong sổ theo dõi để không còn bị nhắc.',

  'notify.subject': 'Nhắc Việc: {count} thông báo mới về nhiệm vụ',
  'notify.intro': 'Có thông báo mới về nhiệm vụ liên quan đến {you}:',
  'notify.assigned': '{actor} giao cho {you} nhiệm vụ {task}.',
  'notify.extension_requested': '{actor} đề nghị gia hạn nhiệm vụ {task}.',
  'notify.extension_approved': '{actor} đồng ý gia hạn nhiệm vụ {task}.',
  'notify.extension_refused': '{actor} không đồng ý gia hạn nhiệm vụ {task}.',
  'notify.sent_back': '{actor} trả lại kết quả nhiệm vụ {task} để hoàn thiện.',
  'notify.confirmed': '{actor} xác nhận hoàn thành nhiệm vụ {task}.',
  'notify.confirm_undone':
    '{actor} đã hoàn tác xác nhận hoàn thành nhiệm vụ {task}: nhiệm vụ trở lại chờ xác nhận, bỏ qua thông báo trước.',
  'notify.reported': '{actor} báo cáo kết quả nhiệm vụ {task}, chờ {you} xác nhận.',
  'notify.archived': '{actor} đưa nhiệm vụ {task} vào lưu trữ.',
  'notify.note': 'Ghi chú: {note}',
  'notify.more': '… và {count} thông báo khác, xem trong sổ theo dõi.',
  'notify.someone': 'Một người dùng',
  'notify.badKind': 'Loại thông báo không hợp lệ: {kind}.',
  'notify.noRecipient': 'Thông báo cần ít nhất một người nhận có email hợp lệ.',

  'reminderLog.digest': 'Nhắc việc hằng ngày',
  'reminderLog.notify': 'Thông báo',
  'reminderLog.both': 'Nhắc việc hằng ngày và thông báo',
  'reminderLog.sent': 'Đã gửi',
  'reminderLog.deferredQuota': 'Hoãn: hết hạn mức gửi thư trong ngày',
  'reminderLog.failed': 'Không gửi được',
  'reminderLog.summary': 'Tổng hợp ngày',
  'reminderLog.summaryOutcome': 'Đã gửi {sent} thư; hoãn {deferred}; không gửi được {failed}',
  'reminderLog.summaryNote':
    'Các dòng chi tiết của ngày này đã được gộp thành dòng tổng hợp: sổ giữ chi tiết của tháng này và tháng trước.',
  'reminderLog.protection':
    'Nhật ký gửi nhắc việc do Nhắc Việc ghi. Không sửa tay: các dòng là bằng chứng đã nhắc và giúp không gửi trùng.',

  'notifyQueue.protection': 'Hàng đợi thông báo do Nhắc Việc quản lý. Không sửa tay.',

  'reminders.badHour': 'Giờ gửi nhắc việc phải là số nguyên từ 0 đến 23.',
  'reminders.waitingQuota': 'Chờ hạn mức gửi thư được cấp lại: hôm nay còn thư chưa gửi.',
  'reminders.flushed': 'Đã gửi {sent} thư thông báo.',
  'reminders.off': 'Nhắc việc đang tắt: trình kích hoạt này đã tự gỡ.',
  'reminders.noDocument':
    'Trình kích hoạt nhắc việc chạy lúc {at} nhưng không thấy bảng tính (tiện ích chạy theo giờ không được mở tài liệu): không gửi thư nào. Hãy dùng bản sao mẫu có script gắn kèm để gửi nhắc việc.',
  'reminders.noDocumentSubject': 'Nhắc Việc: nhắc việc không chạy được',
  'reminders.noDocumentFix':
    'Các quản trị khác thấy trong thẻ Quản trị rằng hôm nay chưa có lần chạy nào. Cách khắc phục: dùng bản sao của sổ mẫu có script gắn kèm (README, "Deploying"), rồi bật nhắc việc ở đó; chạy Tiện ích → Nhắc Việc → Kiểm tra hoạt động để xem lại. Thư này gửi nhiều nhất một lần mỗi ngày.',
  'reminders.stalled':
    'Hôm nay chưa có lần chạy nhắc việc nào thành công dù đã quá {hour} giờ hơn 2 tiếng (lần chạy thành công gần nhất: {last}). Hãy tắt rồi bật lại nhắc việc.',
  'reminders.lastFailed': 'Lần chạy nhắc việc gần nhất ({at}) không thành công: {message}',
  'reminders.late':
    'Lần chạy buổi sáng hôm nay bắt đầu lúc {time}, trễ hơn 2 tiếng so với giờ gửi ({hour} giờ).',
  'reminders.missedDays': 'Không có lần chạy nhắc việc nào vào các ngày làm việc: {days}.',
  'reminders.noEffectiveUser':
    'Từ chối: không rõ tài khoản chạy trình kích hoạt. Quản trị hãy tắt rồi bật lại nhắc việc.',
  'reminders.installed':
    'Đã bật nhắc việc: gửi lúc {hour} giờ mỗi ngày làm việc, từ tài khoản {email} (thư dùng hạn mức gửi của tài khoản này).',
  'reminders.uninstalled': 'Đã tắt nhắc việc.',
  'reminders.uninstalledOther':
    'Đã tắt nhắc việc. Trình kích hoạt do {email} cài sẽ tự gỡ ở lần chạy kế tiếp (trong vòng một giờ).',
  'reminders.replaced': 'Trình kích hoạt này đã được thay bằng trình kích hoạt của {email}: đã tự gỡ.',
  'reminders.notYet': 'Chưa đến giờ gửi ({hour} giờ) hoặc hôm nay đã gửi xong.',
  'reminders.restDay': 'Hôm nay là ngày nghỉ: đã cập nhật trạng thái, không gửi nhắc việc.',
  'reminders.done': 'Đã gửi {sent} thư nhắc việc và thông báo; hôm nay không còn thư nào phải gửi.',
  'reminders.partial': 'Đã gửi {sent} thư; còn {left} thư sẽ gửi ở lần chạy sau.',
  'reminders.warningQuota':
    'Hết hạn mức gửi thư của tài khoản {installer}: {deferred} thư chưa gửi (còn {remaining} người nhận trong hạn mức). Các thư này {when}, trước mọi thư khác. Xem sheet "{sheet}".',
  'reminders.whenTomorrow': 'gửi vào sáng mai',
  'reminders.whenDay': 'gửi vào sáng {date}',
  'reminders.warningTime':
    'Dừng trước giới hạn 6 phút của Apps Script: {deferred} thư sẽ được gửi ở lần chạy sau (trong vòng một giờ).',
  'reminders.warningFailed': '{count} thư không gửi được (email sai?): {emails}. Xem sheet "{sheet}".',
  'reminders.warningError':
    'Lần chạy nhắc việc gặp lỗi: {error}. Lần chạy sau (trong vòng một giờ) sẽ gửi tiếp phần còn lại.',
  'reminders.warningInterrupted':
    'Lần gửi thư trước bị dừng đột ngột: tối đa {max} người nhận thư ngay trước khi dừng có thể nhận lại thư đó.',
  'reminders.sendingElsewhere':
    'Một lần chạy khác đang gửi thư: lần chạy này không gửi gì, để không ai nhận trùng thư.',

  'action.noTask': 'Không tìm thấy nhiệm vụ {id} trong những nhiệm vụ bạn được xem.',
  'action.notAllowed': 'Bạn không có quyền {action} nhiệm vụ {id}.',
  'action.cannotAssign': 'Chỉ lãnh đạo hoặc quản trị mới được giao nhiệm vụ.',
  'action.archived': 'Nhiệm vụ {id} đã được lưu trữ nên không thể {action}.',
  'action.done': 'Nhiệm vụ {id} đã hoàn thành nên không thể {action}.',
  'action.awaiting': 'Nhiệm vụ {id} đã báo cáo kết quả, đang chờ xác nhận.',
  'action.notAwaiting': 'Nhiệm vụ {id} chưa báo cáo kết quả nên chưa thể {action}.',
  'undo.notConfirmed': 'Nhiệm vụ {id} chưa được xác nhận hoàn thành nên không có gì để hoàn tác.',
  'undo.notYours': 'Chỉ người đã xác nhận hoàn thành nhiệm vụ {id} mới hoàn tác được.',
  'undo.changed':
    'Nhiệm vụ {id} đã có thay đổi sau khi xác nhận hoàn thành nên không thể hoàn tác. Nếu cần, hãy liên hệ quản trị viên.',
  'undo.tooLate':
    'Đã quá {minutes} phút kể từ khi xác nhận hoàn thành nhiệm vụ {id} nên không thể hoàn tác. Nếu cần, hãy liên hệ quản trị viên.',
  'action.noExtensionPending': 'Nhiệm vụ {id} không có đề nghị gia hạn nào đang chờ.',
  'action.extensionPending': 'Nhiệm vụ {id} đã có một đề nghị gia hạn đang chờ lãnh đạo duyệt.',
  'action.extensionLimit': 'Nhiệm vụ {id} đã gia hạn {count} lần, đạt giới hạn {max} lần.',
  'action.extensionNotLater': 'Hạn mới phải sau hạn hiện tại ({deadline}).',
  'action.extensionNoDeadline': 'Nhiệm vụ thường xuyên không có hạn nên không cần gia hạn.',
  'action.lateNeedsExplanation': 'Nhiệm vụ đã quá hạn ({deadline}): cần nhập giải trình lý do chậm.',
  'action.childDeadline':
    'Hạn của phần việc phân công ({child}) không được sau hạn của nhiệm vụ gốc ({parent}).',
  'action.delegateOutsideUnit': 'Chỉ phân công được cho cán bộ trong đơn vị của bạn: {emails}.',

  'input.invalid': 'Chưa lưu, cần sửa: {details}',
  'input.required': '{field}: chưa nhập.',
  'input.tooLong': '{field}: dài {length} ký tự, tối đa {max}.',
  'input.control': '{field}: có ký tự điều khiển không hợp lệ.',
  'input.badDate': '{field}: {reason}',
  'input.badWorkingDays': '{field}: số ngày làm việc phải là số nguyên từ 1 đến {max}.',
  'input.deadlineBeforeAssigned': 'Hạn xử lý ({deadline}) không được trước ngày giao ({assigned}).',
  'input.restDay':
    'Hạn {deadline} rơi vào {reason}. Theo Bộ luật Dân sự (điều 148), hạn sẽ là ngày làm việc tiếp theo: {suggested}.',
  'input.restDay.weekend': 'ngày nghỉ cuối tuần',
  'input.restDay.holiday': 'ngày nghỉ lễ ({name})',
  'input.unknownPeople': 'Không có trong danh sách cán bộ: {emails}.',
  'input.noAssignees': 'Cần chọn ít nhất một người thực hiện.',
  'input.unknownUnit': 'Đơn vị "{unit}" không có trong sheet "Đơn vị".',
  'input.badPercent': 'Tiến độ phải từ 0 đến 100 %.',
  'input.badLink': 'Liên kết phải bắt đầu bằng https:// và đủ ngắn để làm mã QR',
  'input.notText': '{field}: phải là chữ.',
  'input.notForm': 'Thiếu nội dung biểu mẫu: hãy tải lại thanh bên.',
  'error.unexpected': 'Lỗi ngoài dự kiến, thao tác có thể chưa xong: hãy tải lại để xem. Chi tiết: {detail}',
  'error.googleBusy':
    'Google đang tạm thời lỗi (đã thử lại mấy lần); thao tác có thể chưa xong: hãy tải lại để xem, rồi thử lại sau ít phút (làm lại sẽ hoàn tất phần còn thiếu). Chi tiết: {detail}',
  'error.dailyQuota':
    'Google báo tài khoản này đã dùng hết hạn mức trong ngày; thao tác có thể chưa xong: hãy thử lại vào ngày mai. Chi tiết: {detail}',
  'error.transient':
    'Google Sheets đang tạm thời lỗi (đã thử lại mấy lần): thao tác chưa được lưu. Vui lòng thử lại sau ít phút. Chi tiết: {detail}',
  'error.notQueued':
    'Chưa xếp được thư báo cho người liên quan (Google Sheets tạm thời lỗi): hãy báo trực tiếp cho họ.',
  'action.decideOwn':
    'Không tự duyệt việc của mình ({id}): người giao, người theo dõi hoặc thủ trưởng duyệt.',
  'ws.confidentialShared':
    'Nhiệm vụ mật {id} vẫn chia sẻ với: {emails}. Bấm "Cập nhật người được xem tài liệu" để bỏ.',
  'ws.confidentialSharedOther':
    'Nhiệm vụ mật {id} vẫn chia sẻ với: {emails}. {owner} cần bấm "Cập nhật người được xem tài liệu" hoặc bỏ chia sẻ trong Drive.',
  'ws.confidentialUnshared': 'Đã bỏ chia sẻ nhiệm vụ mật {id}.',
  'ws.slipRenewed': 'Đã làm lại phiếu giao việc (PDF) của nhiệm vụ {id} theo thông tin mới.',
  'ws.slipStale':
    'Phiếu giao việc (PDF) của nhiệm vụ {id} vẫn ghi thông tin cũ: chỉ tài khoản đã tạo thư mục ({owner}) được thay tệp trên Drive. Phiếu sẽ được làm lại ở lần tới {owner} thao tác trên nhiệm vụ này; ảnh phiếu và tin Zalo đã theo thông tin mới.',

  'field.title': 'Tên nhiệm vụ',
  'field.details': 'Nội dung chi tiết',
  'field.source': 'Căn cứ',
  'field.deadline': 'Hạn xử lý',
  'field.reason': 'Lý do',
  'field.note': 'Ghi chú',
  'field.result': 'Kết quả',
  'field.explanation': 'Giải trình',
  'field.link': 'Liên kết',
  'field.newDeadline': 'Hạn mới',

  'verb.update': 'cập nhật tiến độ',
  'verb.requestExtension': 'đề nghị gia hạn',
  'verb.decideExtension': 'duyệt gia hạn',
  'verb.report': 'báo cáo kết quả',
  'verb.confirm': 'xác nhận hoàn thành',
  'verb.sendBack': 'trả lại',
  'verb.archive': 'lưu trữ',
  'verb.delegate': 'phân công',

  'audit.assign': 'Giao nhiệm vụ',
  'audit.delegate': 'Phân công cho cán bộ đơn vị',
  'audit.update': 'Cập nhật tiến độ',
  'audit.requestExtension': 'Đề nghị gia hạn',
  'audit.approveExtension': 'Duyệt gia hạn',
  'audit.refuseExtension': 'Từ chối gia hạn',
  'audit.report': 'Báo cáo kết quả',
  'audit.confirm': 'Xác nhận hoàn thành',
  'audit.undoConfirm': 'Hoàn tác xác nhận hoàn thành',
  'audit.sendBack': 'Trả lại, yêu cầu làm tiếp',
  'audit.archive': 'Lưu trữ',
  'audit.setup': 'Thiết lập sổ theo dõi',
  'audit.refresh': 'Cập nhật trạng thái tự động',
  'audit.refreshBy': 'Cập nhật trạng thái',

  'done.assign': 'Đã giao nhiệm vụ {id}.',
  'done.delegate': 'Đã phân công cho cán bộ đơn vị: nhiệm vụ {id}.',
  'done.update': 'Đã cập nhật tiến độ {id}.',
  'done.requestExtension': 'Đã gửi đề nghị gia hạn {id}.',
  'done.approveExtension': 'Đã duyệt gia hạn {id} đến {deadline}.',
  'done.refuseExtension': 'Đã từ chối gia hạn {id}.',
  'done.report': 'Đã báo cáo kết quả {id}.',
  'done.confirm': 'Đã xác nhận hoàn thành {id}.',
  'done.undoConfirm': 'Đã hoàn tác: nhiệm vụ {id} trở lại chờ xác nhận.',
  'done.sendBack': 'Đã trả lại {id}.',
  'done.archive': 'Đã lưu trữ {id}.',

  'audit.intact': 'Nhật ký nguyên vẹn: {lines} dòng, không dòng nào bị sửa, chèn hay xoá bằng tay.',
  'audit.broken': 'Nhật ký đã bị sửa bằng tay: từ dòng {row} trở đi không khớp mã kiểm tra.',
  'audit.edited':
    'Nhật ký đã bị sửa bằng tay: dòng {row} đã bị sửa (nội dung hoặc mã kiểm tra không còn khớp).',
  'audit.inserted': 'Nhật ký đã bị sửa bằng tay: dòng {row} được chèn thêm, không do Nhắc Việc ghi.',
  'audit.deleted': 'Nhật ký đã bị sửa bằng tay: {count} dòng đã bị xoá ngay trước dòng {row}.',
  'audit.moved': 'Nhật ký đã bị sửa bằng tay: dòng {row} đã bị chuyển chỗ (thứ tự các dòng bị đảo).',
  'audit.truncated':
    'Nhật ký đã bị sửa bằng tay: {count} dòng cuối đã bị xoá (từ dòng {row}); nhật ký kết thúc sớm hơn bản ghi của Nhắc Việc.',
  'audit.rehashed':
    'Nhật ký đã bị sửa bằng tay: các dòng cũ đến dòng {row} đã bị sửa và tính lại mã kiểm tra.',

  // ——— Drive workspace: folder, document, QR code, task slip (issue 5) ———
  'menu.docTemplate': 'Tạo tài liệu mẫu của cơ quan',
  'menu.selfCheck': 'Kiểm tra hoạt động',

  'audit.workspace': 'Tạo thư mục và tài liệu',
  'audit.sharing': 'Cập nhật người được xem tài liệu',

  'ws.created': 'Đã tạo thư mục, tài liệu, mã QR và phiếu giao việc của nhiệm vụ {id}.',
  'ws.exists': 'Thư mục, tài liệu và phiếu giao việc của nhiệm vụ {id} đã có đủ, không tạo thêm.',
  'ws.failed':
    'Chưa tạo xong thư mục và tài liệu trên Drive cho nhiệm vụ {id}: {reason} Nhiệm vụ vẫn được giao; bấm «Thử lại» trên thẻ nhiệm vụ.',
  'ws.err.quota': 'Google Drive của tài khoản {owner} đã hết dung lượng hoặc hết hạn mức tạo tệp trong ngày.',
  'ws.err.rate': 'Google Drive đang giới hạn số lần gọi; hãy thử lại sau vài phút.',
  'ws.err.transient': 'Google đang tạm thời lỗi; hãy thử lại sau ít phút.',
  'ws.err.notFound': 'không tìm thấy thư mục hay tệp trên Drive (có thể đã bị xoá).',
  'ws.err.denied': 'tài khoản {owner} không có quyền với thư mục trên Drive.',
  'ws.err.other': 'Google Drive báo lỗi: {detail}',
  'ws.noAccount':
    'Chưa chia sẻ được với {emails}: địa chỉ không gắn với tài khoản Google nào (Drive chỉ chia sẻ không kèm thư mời cho tài khoản Google). Hãy sửa email trong sheet "Cán bộ" rồi bấm «Cập nhật người được xem tài liệu».',
  'ws.shareFailed': 'Chưa chia sẻ được với {emails}: {reason}',
  'ws.confidential': 'Nhiệm vụ {id} là nhiệm vụ mật: không tạo thư mục, tài liệu, mã QR hay phiếu giao việc.',
  'ws.notAllowed':
    'Chỉ người giao, lãnh đạo hoặc quản trị mới tạo được thư mục và tài liệu cho nhiệm vụ {id}.',
  'ws.inherited':
    'Nhiệm vụ {id} là phần việc phân công: dùng chung thư mục và tài liệu của nhiệm vụ {parent}.',
  'ws.otherOwner':
    'Thư mục của nhiệm vụ {id} do tài khoản {owner} tạo. Google chỉ cho Nhắc Việc sửa thư mục này khi chạy bằng chính tài khoản đó, nên hãy nhờ {owner} mở Nhắc Việc và bấm «{action}» trên thẻ nhiệm vụ.',
  'ws.noWorkspace': 'Nhiệm vụ {id} chưa có thư mục trên Drive.',
  'ws.synced': 'Đã cập nhật người được xem tài liệu của nhiệm vụ {id}: {changes}.',
  'ws.syncChanges': 'thêm {added}, bỏ {removed}, đổi quyền {changed}',
  'ws.syncNothing': 'Chia sẻ thư mục nhiệm vụ {id} đã khớp với người của nhiệm vụ.',
  'ws.delegateShared': 'Đã chia sẻ tài liệu của nhiệm vụ {id} với người nhận việc.',
  'ws.delegateNeedsSync':
    'Người nhận việc chưa vào được tài liệu của nhiệm vụ {id}: chỉ {owner} (tài khoản tạo thư mục) mới thêm được, bằng nút «Cập nhật người được xem tài liệu» trên thẻ nhiệm vụ đó.',
  'ws.templateCreated':
    'Đã tạo tài liệu mẫu trong Drive của bạn và ghi mã vào Cài đặt: {link} — hãy sửa tài liệu theo mẫu của cơ quan, giữ các ô như {{ten}}, {{han}}, {{nguoi_thuc_hien}}.',
  'ws.missingColumn': 'Sổ theo dõi thiếu cột "{column}". Hãy chạy lại Thiết lập sổ theo dõi.',

  // ——— Statistics, wall board, monthly report (issue 7) ———
  'menu.stats': 'Cập nhật thống kê',
  'menu.wallboard': 'Mở bảng điện tử',
  'menu.report': 'Tạo báo cáo tháng',

  'stats.title': 'THỐNG KÊ KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  'stats.period': 'Kỳ thống kê: {period}{span} · tính theo {basis} · số liệu đến ngày {date}',
  'stats.howTo':
    'Đổi kỳ thống kê ở sheet "Cài đặt" (dòng "Kỳ thống kê" và "Thống kê theo"), rồi chọn Tiện ích → Nhắc Việc → Cập nhật thống kê. Sheet này do Nhắc Việc ghi lại mỗi ngày, không sửa tay. Cập nhật lúc {time}.',
  'stats.section.whole': '1. TOÀN CƠ QUAN',
  'stats.section.units': '2. KẾT QUẢ THEO ĐƠN VỊ (XẾP HẠNG)',
  'stats.section.week': '3. HOÀN THÀNH THEO TUẦN',
  'stats.section.month': '3. HOÀN THÀNH THEO THÁNG',
  'stats.section.year': '3. HOÀN THÀNH THEO NĂM',
  'stats.section.persons': '4. KẾT QUẢ THEO CÁN BỘ',
  'stats.rankRule':
    'Xếp hạng: tỷ lệ hoàn thành đúng hạn (kể cả trước hạn) trên số nhiệm vụ được giao không tính nhiệm vụ lưu trữ, cao xếp trên; bằng nhau thì xét tỷ lệ cập nhật, rồi tỷ lệ trễ hạn (hoàn thành quá hạn và đang quá hạn) thấp hơn; vẫn bằng nhau thì đồng hạng.',
  'stats.personsRule':
    'Mỗi cán bộ được tính các phần việc được phân công và các nhiệm vụ giao trực tiếp chưa phân công tiếp (nhiệm vụ nhiều người thực hiện tính cho từng người), xếp theo đơn vị chủ trì của nhiệm vụ gốc. Toàn cơ quan và đơn vị chỉ tính nhiệm vụ gốc, mỗi nhiệm vụ một lần.',
  'stats.legend':
    'HT: hoàn thành; TH: thực hiện. Tỷ lệ tính trên số nhiệm vụ được giao. Chờ xác nhận đã nằm trong "đang thực hiện".',
  'stats.noUnit': '(chưa ghi đơn vị)',
  'stats.notFull': 'Đơn vị chưa cập nhật đủ: {units}.',
  'stats.allFull': 'Tất cả đơn vị có nhiệm vụ đã cập nhật 100 % nhiệm vụ.',
  'stats.empty': 'Không có nhiệm vụ nào trong kỳ thống kê.',
  'stats.chart.mix': 'Cơ cấu kết quả thực hiện nhiệm vụ',
  'stats.chart.units': 'So sánh các đơn vị',
  'stats.chart.timeline': 'Giao mới và hoàn thành theo thời gian',
  'stats.done': 'Đã cập nhật sheet "Thống kê": {period}, {count} nhiệm vụ.',
  'stats.badPeriod':
    'Không đọc được kỳ thống kê "{text}". Viết như: năm nay, quý này, tháng này, tháng trước, tháng 10/2026, quý 3/2026, 2025, 01/01/2026 - 30/06/2026, toàn bộ.',
  'stats.badBasis': 'Không đọc được cách tính "{text}": dùng ngày giao, hạn xử lý hoặc ngày hoàn thành.',
  'stats.badFigure': 'Chỉ tiêu không hợp lệ: {figure}.',
  'stats.personsOwnUnit': 'Bạn chỉ xem được kết quả theo cán bộ của đơn vị mình hoặc đơn vị mình theo dõi.',
  'stats.noReportRights': 'Chỉ lãnh đạo, quản trị hoặc chuyên viên theo dõi mới tạo báo cáo tháng.',
  'stats.badMonth': 'Tháng báo cáo ghi theo tháng/năm, ví dụ 10/2026.',

  'report.nation': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'report.motto': 'Độc lập - Tự do - Hạnh phúc',
  'report.number': 'Số: ……/BC-……',
  'report.title': 'BÁO CÁO',
  'report.subtitle': 'Kết quả thực hiện nhiệm vụ tháng {month}',
  'report.placeDate': '{place}, ngày {d} tháng {m} năm {y}',
  'report.intro':
    'Thực hiện chế độ báo cáo định kỳ, {agency} báo cáo kết quả thực hiện nhiệm vụ được giao tháng {month} (tính theo {basis}; số liệu trích từ sổ theo dõi nhiệm vụ đến ngày {date}) như sau:',
  'report.section.general': 'I. TÌNH HÌNH CHUNG',
  'report.section.units': 'II. KẾT QUẢ THEO ĐƠN VỊ',
  'report.section.overdue': 'III. NHIỆM VỤ ĐANG QUÁ HẠN',
  'report.section.assessment': 'IV. ĐÁNH GIÁ, ĐỀ XUẤT',
  'report.general':
    'Trong tháng có {assigned} nhiệm vụ được giao; đã cập nhật tình hình {updated} nhiệm vụ ({updatedPct}); đã triển khai thực hiện {handled} nhiệm vụ ({handledPct}), trong đó {onTime} nhiệm vụ hoàn thành đúng hạn ({onTimePct}), {late} nhiệm vụ hoàn thành quá hạn ({latePct}) và {archived} nhiệm vụ lưu trữ ({archivedPct}); {inTime} nhiệm vụ đang thực hiện trong hạn ({inTimePct}); {overdue} nhiệm vụ đang thực hiện quá hạn ({overduePct}). {unitsFull}/{units} đơn vị có tỷ lệ cập nhật đạt 100 %.',
  'report.month': 'Tháng {month}',
  'report.ytd': 'Lũy kế từ đầu năm',
  'report.noOverdue': 'Không có nhiệm vụ nào đang quá hạn.',
  'report.assessment': 'Ưu điểm, tồn tại, nguyên nhân và đề xuất (văn phòng bổ sung): ………………………………………………',
  'report.recipients': 'Nơi nhận:',
  'report.recipientsList': '- Lãnh đạo cơ quan;\n- Các đơn vị;\n- Lưu: VT.',
  'report.signer': 'NGƯỜI LẬP BÁO CÁO',
  'report.sign': '(Ký, ghi rõ họ tên)',
  'report.fileName': 'Báo cáo kết quả thực hiện nhiệm vụ tháng {month}',
  'report.done': 'Đã tạo {name} trong thư mục "{folder}".',
  'report.col.deadline': 'Hạn xử lý',
  'report.col.daysLate': 'Số ngày làm việc quá hạn',
  'report.col.task': 'Nhiệm vụ',
} as const;

export type ServerKey = keyof typeof vi;

const en: Record<ServerKey, string> = {
  'app.name': 'Nhắc Việc',

  'menu.sidebar': 'Open the task panel',

  'auth.noEmail':
    'Your Google account could not be identified. Sign in with the account listed in the "Cán bộ" sheet and reopen.',
  'auth.unknown':
    'The account {email} is not in the "Cán bộ" sheet (or is no longer active). Please contact the office.',
  'auth.notAdmin': 'Only an administrator (office) may do this. The account {email} has the role: {role}.',
  'auth.readOnly': '{email} ({role}) may only read.',
  'sheet.adminOnly':
    'Only the administrators listed in its protection may change the sheet "{sheet}", and this account is not listed yet. Ask the spreadsheet\'s owner to run Extensions → Nhắc Việc → Set up the task register again to update the list, then try again.',
  'auth.notSetUp':
    'This spreadsheet is not a task register yet. Choose Extensions → Nhắc Việc → Set up the task register.',

  'lock.busy': 'Someone else is updating the register. Please try again in a few seconds.',

  'setup.done': 'The task register is set up: {created}.',
  'setup.nothingNew': 'The register is complete; nothing to add.',
  'setup.agencyName': 'agency name: {name}',
  'setup.badAgencyName': 'The agency name is one line of text, at most 200 characters.',
  'setup.askAgencyName':
    'Agency name (printed on slips, reports and reminder e-mails), e.g. UBND quận Ngũ Hành Sơn. Leave blank to set it later.',
  'setup.createdSheet': 'created sheet "{sheet}"',
  'setup.addedColumns': 'added {count} columns to sheet "{sheet}"',
  'setup.foreignSheet':
    'Sheet "{sheet}" already exists with other content and was left untouched. Rename it and run Setup again.',
  'setup.holidaysAdded': 'added {count} holidays for {years} (provisional, to be confirmed by the office)',
  'setup.adminAdded': 'recorded {email} as administrator',
  'setup.copy':
    'This is a copy of another register: the original\'s reminder state, trigger, id counters, caches and audit chain were reset (the audit starts a new segment). The first person to run Setup in the copy ({email}) becomes an administrator; the original\'s administrators remain in the "Cán bộ" sheet: untick "Đang công tác" for those who do not work here. Turn the daily reminders on again.',

  'refresh.done': 'Updated {changed} tasks; {total} tasks in the register.',
  'refresh.badRows': '{count} rows could not be read and were left as they are: {rows}.',
  'refresh.badRow': 'Row {row}: {reasons}',

  'row.noTitle': 'no title',
  'row.badDate': 'column "{column}": {reason}',
  'row.badPercent': 'column "{column}": progress must be between 0 and 100 %',
  'row.badInteger': 'column "{column}": must be a whole number, not negative',
  'row.badEmail': 'column "{column}": invalid email "{value}"',
  'row.deadlineBeforeAssigned': 'deadline before the assignment date',
  'row.duplicateId': 'task id {id} repeats row {other}',

  'sheet.missingColumns': 'Sheet "{sheet}" lacks columns: {columns}. Run Setup again.',
  'sheet.lostColumns':
    'Sheet "{sheet}" lacks columns: {columns}. Nhắc Việc does not read this sheet without them (a missing column never counts as blank). An administrator should restore the column (Undo, or File > Version history) to keep its data; Setup only adds an empty column back.',
  'setup.confidentialLost':
    'Sheet "{sheet}" has tasks but its "{column}" column is gone. Setup stops rather than add it back empty, which would show every confidential task to everyone. An administrator should restore the column (Undo, or File > Version history), then run Setup again. If it cannot be restored: add a column headed "{column}" by hand, tick the confidential tasks again, then run Setup again.',
  'sheet.ambiguousColumns':
    'Sheet "{sheet}": column {columns} cannot be told apart (two columns claim it, or the header does not match the tagged column). Nhắc Việc stops rather than guess. An administrator should delete or rename the extra column, then run Setup again.',
  'sheet.missing': 'Sheet "{sheet}" was not found. Run Setup again.',

  'holiday.provisional':
    'Provisional, from Labour Code 2019 art. 112; awaiting the Prime Minister’s holiday decision',

  'reminder.senderName': 'Nhắc Việc',
  'reminder.subject': 'Reminders for {date}: {summary}',
  'reminder.subjectOverdue': '{count} overdue',
  'reminder.subjectDueToday': '{count} due today',
  'reminder.subjectDueSoon': '{count} due soon',
  'reminder.subjectOther': '{count} to look at',
  'reminder.subjectNotify': '{count} new notifications',
  'reminder.subjectSummary': 'weekly summary',
  'reminder.subjectHealth': 'reminder runs need a look',
  'reminder.greeting': 'Dear {name},',
  'reminder.greetingAddress': 'Dear {name},',
  'reminder.intro': 'Nhắc Việc lists what {you} should look at on {date}, most urgent first.',
  'reminder.you': 'you',
  'reminder.openRegister': 'Open the task register',
  'reminder.registerPath': 'or in Google Sheets: Extensions › Nhắc Việc › {sidebar}.',
  'reminder.openRow': 'Row {row} in the register',
  'reminder.section.overdue': 'Overdue tasks',
  'reminder.section.due_today': 'Due today',
  'reminder.section.unit_overdue': 'Overdue tasks of the units {you} are in charge of',
  'reminder.section.extension': 'Extension requests for {you} to decide',
  'reminder.section.confirm': 'Results for {you} to confirm',
  'reminder.section.due_soon': 'Due soon',
  'reminder.section.stale': 'Progress not updated',
  'reminder.section.notify': 'New notifications',
  'reminder.section.weekly': 'Weekly summary: overdue tasks by unit',
  'reminder.more': '… and {count} more tasks; see the register.',
  'reminder.deadline': 'Deadline: {date}',
  'reminder.daysLeft': '{days} working days left',
  'reminder.dueToday': 'due today',
  'reminder.daysLate': '{days} working days late',
  'reminder.late': 'overdue',
  'reminder.noDeadline': 'ongoing, no deadline',
  'reminder.notUpdated': 'Progress not updated for {days} working days',
  'reminder.unit': 'Lead unit: {unit}',
  'reminder.extensionRequest': 'Extension requested: {text}',
  'reminder.reportedOn': 'Result reported on {date}',
  'reminder.openDocument': 'Open the document',
  'reminder.qrAlt': 'QR code opening the document of task {id}',
  'reminder.confidential': 'Confidential task',
  'reminder.summaryTotal': 'Whole agency: {count} tasks overdue.',
  'reminder.summaryNone': 'No task is overdue.',
  'reminder.summaryUnit': 'Unit',
  'reminder.summaryCount': 'Overdue tasks',
  'reminder.summaryLongest': 'Longest delay (working days)',
  'reminder.noUnit': '(no unit given)',
  'reminder.footer':
    'Automatic message from Nhắc Việc{agency}, sent once per working day. Update your progress in the register to stop the reminders.',

  'notify.subject': 'Nhắc Việc: {count} new notifications about tasks',
  'notify.intro': 'There is news about tasks that concern {you}:',
  'notify.assigned': '{actor} assigned {you} the task {task}.',
  'notify.extension_requested': '{actor} requested an extension of the task {task}.',
  'notify.extension_approved': '{actor} approved the extension of the task {task}.',
  'notify.extension_refused': '{actor} refused the extension of the task {task}.',
  'notify.sent_back': '{actor} sent back the result of the task {task} for more work.',
  'notify.confirmed': '{actor} confirmed the task {task} as completed.',
  'notify.confirm_undone':
    '{actor} undid the confirmation of {task}: it awaits confirmation again; ignore the earlier notice.',
  'notify.reported': '{actor} reported the result of the task {task}; it is for {you} to confirm.',
  'notify.archived': '{actor} archived the task {task}.',
  'notify.note': 'Note: {note}',
  'notify.more': '… and {count} more notifications; see the register.',
  'notify.someone': 'A user',
  'notify.badKind': 'Invalid notification kind: {kind}.',
  'notify.noRecipient': 'A notification needs at least one recipient with a valid e-mail.',

  'reminderLog.digest': 'Daily reminder',
  'reminderLog.notify': 'Notification',
  'reminderLog.both': 'Daily reminder and notifications',
  'reminderLog.sent': 'Sent',
  'reminderLog.deferredQuota': 'Deferred: daily e-mail quota used up',
  'reminderLog.failed': 'Could not be sent',
  'reminderLog.summary': 'Day summary',
  'reminderLog.summaryOutcome': '{sent} e-mails sent; {deferred} deferred; {failed} could not be sent',
  'reminderLog.summaryNote':
    "This day's rows were folded into this summary: the log keeps the rows of this month and the last.",
  'reminderLog.protection':
    'Reminder log written by Nhắc Việc. Do not edit: the rows prove what was sent and prevent duplicates.',

  'notifyQueue.protection': 'Notification queue managed by Nhắc Việc. Do not edit.',

  'reminders.badHour': 'The reminder hour must be a whole number from 0 to 23.',
  'reminders.waitingQuota':
    'Waiting for the e-mail quota to be renewed: some e-mails are still to be sent today.',
  'reminders.flushed': 'Sent {sent} notification e-mails.',
  'reminders.off': 'Reminders are off: this trigger removed itself.',
  'reminders.noDocument':
    'The reminder trigger ran at {at} but could not see the spreadsheet (an add-on time trigger without its document): nothing was sent. Use a template copy with its bound script to send reminders.',
  'reminders.noDocumentSubject': 'Nhắc Việc: reminders cannot run',
  'reminders.noDocumentFix':
    'Other admins see in the Admin tab that no run succeeded today. To fix it: use a copy of the template with its bound script (README, "Deploying") and turn reminders on there; run Extensions → Nhắc Việc → Self-check to look again. This e-mail goes at most once a day.',
  'reminders.stalled':
    'No successful reminder run today although it is more than 2 hours past {hour}:00 (last successful run: {last}). Turn reminders off and on again.',
  'reminders.lastFailed': 'The last reminder run ({at}) failed: {message}',
  'reminders.late':
    'Today’s morning run began at {time}, more than 2 hours after the reminder hour ({hour}:00).',
  'reminders.missedDays': 'No reminder run on the working days: {days}.',
  'reminders.noEffectiveUser':
    'Refused: the trigger’s account is unknown. An admin should turn reminders off and on.',
  'reminders.installed':
    'Reminders are on: sent at {hour}:00 every working day from the account {email} (they use its e-mail quota).',
  'reminders.uninstalled': 'Reminders are off.',
  'reminders.uninstalledOther':
    'Reminders are off. The trigger installed by {email} removes itself at its next run (within the hour).',
  'reminders.replaced': 'This trigger was replaced by the one of {email}: removed.',
  'reminders.notYet': 'Not the reminder hour ({hour}:00) yet, or today is already done.',
  'reminders.restDay': 'Today is a rest day: statuses refreshed, no reminders sent.',
  'reminders.done': 'Sent {sent} reminder and notification e-mails; nothing left to send today.',
  'reminders.partial': 'Sent {sent} e-mails; {left} will go out at the next run.',
  'reminders.warningQuota':
    'The e-mail quota of {installer} is used up: {deferred} e-mails not sent ({remaining} recipients left in the quota). These {when}, before any other. See the sheet "{sheet}".',
  'reminders.whenTomorrow': 'go out tomorrow morning',
  'reminders.whenDay': 'go out on the morning of {date}',
  'reminders.warningTime':
    'Stopped before the Apps Script 6-minute limit: {deferred} e-mails will go out at the next run (within the hour).',
  'reminders.warningFailed':
    '{count} e-mails could not be sent (wrong address?): {emails}. See the sheet "{sheet}".',
  'reminders.warningError':
    'The reminder run failed: {error}. The next run (within the hour) sends what is left.',
  'reminders.warningInterrupted':
    'The previous send stopped abruptly: at most {max} people who got an e-mail just before it stopped may get it again.',
  'reminders.sendingElsewhere':
    'Another run is sending e-mails: this run sends nothing, so nobody gets the same e-mail twice.',

  'action.noTask': 'Task {id} is not among the tasks you may see.',
  'action.notAllowed': 'You may not {action} task {id}.',
  'action.cannotAssign': 'Only leaders and administrators assign tasks.',
  'action.archived': 'Task {id} is archived, so you cannot {action} it.',
  'action.done': 'Task {id} is done, so you cannot {action} it.',
  'action.awaiting': 'Task {id} has reported its result and awaits confirmation.',
  'action.notAwaiting': 'Task {id} has not reported a result, so you cannot {action} it yet.',
  'undo.notConfirmed': 'Task {id} is not confirmed, so there is nothing to undo.',
  'undo.notYours': 'Only the person who confirmed task {id} can undo it.',
  'undo.changed': 'Task {id} changed after it was confirmed, so the confirmation cannot be undone.',
  'undo.tooLate':
    'More than {minutes} minutes have passed since task {id} was confirmed: it cannot be undone.',
  'action.noExtensionPending': 'Task {id} has no pending extension request.',
  'action.extensionPending': 'Task {id} already has an extension request awaiting a decision.',
  'action.extensionLimit': 'Task {id} was extended {count} times, the limit is {max}.',
  'action.extensionNotLater': 'The new deadline must be after the current one ({deadline}).',
  'action.extensionNoDeadline': 'An ongoing task has no deadline to extend.',
  'action.lateNeedsExplanation': 'The task is past its deadline ({deadline}): an explanation is required.',
  'action.childDeadline': 'A sub-task’s deadline ({child}) may not be after its parent’s ({parent}).',
  'action.delegateOutsideUnit': 'Delegate only to people of your unit: {emails}.',

  'input.invalid': 'Not saved; please fix: {details}',
  'input.required': '{field}: required.',
  'input.tooLong': '{field}: {length} characters, at most {max}.',
  'input.control': '{field}: contains invalid control characters.',
  'input.badDate': '{field}: {reason}',
  'input.badWorkingDays': '{field}: working days must be a whole number from 1 to {max}.',
  'input.deadlineBeforeAssigned':
    'The deadline ({deadline}) may not be before the assignment date ({assigned}).',
  'input.restDay':
    'The deadline {deadline} falls on {reason}. Under the Civil Code (art. 148) it becomes the next working day: {suggested}.',
  'input.restDay.weekend': 'a weekend',
  'input.restDay.holiday': 'a public holiday ({name})',
  'input.unknownPeople': 'Not in the staff list: {emails}.',
  'input.noAssignees': 'Choose at least one assignee.',
  'input.unknownUnit': 'Unit "{unit}" is not in the "Đơn vị" sheet.',
  'input.badPercent': 'Progress must be between 0 and 100 %.',
  'input.badLink': 'A link must start with https:// and be short enough for a QR code',
  'input.notText': '{field}: must be text.',
  'input.notForm': 'No form was sent: reload the sidebar.',
  'error.unexpected': 'Unexpected error; the action may be incomplete: reload to check. Details: {detail}',
  'error.googleBusy':
    'Google is failing for a moment (tried again a few times); the action may be incomplete: reload to check, then try again in a few minutes (doing it again completes what is missing). Details: {detail}',
  'error.dailyQuota':
    'Google says this account has used its quota for the day; the action may be incomplete: try again tomorrow. Details: {detail}',
  'error.transient':
    'Google Sheets is failing for the moment (tried several times): nothing was saved. Please try again in a few minutes. Details: {detail}',
  'error.notQueued':
    'The e-mail to the people concerned could not be queued (Google Sheets failed): tell them yourself.',
  'action.decideOwn':
    'You may not decide on your own task ({id}): the assigner, a follower or the head decides.',
  'ws.confidentialShared':
    'Confidential task {id} is still shared with: {emails}. Press "Update who can see the documents" to remove it.',
  'ws.confidentialSharedOther':
    'Confidential task {id} is still shared with: {emails}. {owner} must press "Update who can see the documents" or unshare it in Drive.',
  'ws.confidentialUnshared': 'Confidential task {id} is no longer shared.',
  'ws.slipRenewed': 'Made the task slip (PDF) of task {id} again with the new details.',
  'ws.slipStale':
    'The task slip (PDF) of task {id} still shows the old details: only the account that created the folder ({owner}) may replace files in it on Drive. The slip is made again the next time {owner} acts on this task; the slip image and the Zalo text already follow the new details.',

  'field.title': 'Title',
  'field.details': 'Details',
  'field.source': 'Source document',
  'field.deadline': 'Deadline',
  'field.reason': 'Reason',
  'field.note': 'Note',
  'field.result': 'Result',
  'field.explanation': 'Explanation',
  'field.link': 'Link',
  'field.newDeadline': 'New deadline',

  'verb.update': 'update',
  'verb.requestExtension': 'request an extension for',
  'verb.decideExtension': 'decide the extension of',
  'verb.report': 'report the result of',
  'verb.confirm': 'confirm',
  'verb.sendBack': 'send back',
  'verb.archive': 'archive',
  'verb.delegate': 'delegate',

  'audit.assign': 'Assigned',
  'audit.delegate': 'Delegated a sub-task',
  'audit.update': 'Progress update',
  'audit.requestExtension': 'Extension requested',
  'audit.approveExtension': 'Extension approved',
  'audit.refuseExtension': 'Extension refused',
  'audit.report': 'Result reported',
  'audit.confirm': 'Completion confirmed',
  'audit.undoConfirm': 'Confirmation undone',
  'audit.sendBack': 'Sent back for more work',
  'audit.archive': 'Archived',
  'audit.setup': 'Register set up',
  'audit.refresh': 'Automatic status refresh',
  'audit.refreshBy': 'Status refresh',

  'done.assign': 'Task {id} assigned.',
  'done.delegate': 'Sub-task {id} assigned.',
  'done.update': 'Progress of {id} updated.',
  'done.requestExtension': 'Extension request for {id} sent.',
  'done.approveExtension': 'Extension of {id} approved until {deadline}.',
  'done.refuseExtension': 'Extension of {id} refused.',
  'done.report': 'Result of {id} reported.',
  'done.confirm': 'Completion of {id} confirmed.',
  'done.undoConfirm': 'Undone: task {id} awaits confirmation again.',
  'done.sendBack': '{id} sent back.',
  'done.archive': '{id} archived.',

  'audit.intact': 'The audit log is intact: {lines} lines, none edited, inserted or deleted by hand.',
  'audit.broken':
    'The audit log was edited by hand: from row {row} on, lines do not match their check codes.',
  'audit.edited':
    'The audit log was edited by hand: row {row} was changed (its content or check code no longer matches).',
  'audit.inserted': 'The audit log was edited by hand: row {row} was inserted; Nhắc Việc did not write it.',
  'audit.deleted': 'The audit log was edited by hand: {count} line(s) deleted just before row {row}.',
  'audit.moved': 'The audit log was edited by hand: row {row} is out of place (lines were reordered).',
  'audit.truncated':
    'The audit log was edited by hand: the last {count} line(s) were deleted (from row {row}); the log ends before the end Nhắc Việc recorded.',
  'audit.rehashed':
    'The audit log was edited by hand: the old lines up to row {row} were changed and their check codes recomputed.',

  // ——— Drive workspace: folder, document, QR code, task slip (issue 5) ———
  'menu.docTemplate': "Create the agency's template document",
  'menu.selfCheck': 'Check that everything works',

  'audit.workspace': 'Created folder and document',
  'audit.sharing': 'Updated who can see the documents',

  'ws.created': 'Created the folder, document, QR code and task slip of task {id}.',
  'ws.exists': 'Task {id} already has its folder, document and task slip; nothing new was created.',
  'ws.failed':
    'The Drive folder and document of task {id} are not finished: {reason} The task is assigned all the same; press "Try again" on its card.',
  'ws.err.quota': "The Google Drive of {owner} is full or has reached today's limit on new files.",
  'ws.err.rate': 'Google Drive is limiting calls; try again in a few minutes.',
  'ws.err.transient': 'Google is failing for a moment; try again in a few minutes.',
  'ws.err.notFound': 'a folder or file was not found on Drive (it may have been deleted).',
  'ws.err.denied': '{owner} has no access to the folder on Drive.',
  'ws.err.other': 'Google Drive said: {detail}',
  'ws.noAccount':
    'Not shared with {emails}: no Google account uses this address (Drive shares without an invitation e-mail only with Google accounts). Fix the e-mail in the "Cán bộ" sheet, then press "Update who can see the documents".',
  'ws.shareFailed': 'Not shared with {emails}: {reason}',
  'ws.confidential': 'Task {id} is confidential: no folder, document, QR code or task slip.',
  'ws.notAllowed':
    'Only the assigner, a leader or an administrator can create the folder and document of task {id}.',
  'ws.inherited': 'Task {id} is a sub-task: it shares the folder and document of task {parent}.',
  'ws.otherOwner':
    'The folder of task {id} was created by {owner}. Google lets Nhắc Việc change it only when it runs as that account (drive.file access), so ask {owner} to open Nhắc Việc and press "{action}" on the task card.',
  'ws.noWorkspace': 'Task {id} has no Drive folder yet.',
  'ws.synced': 'Synchronised the sharing of task {id}: {changes}.',
  'ws.syncChanges': '{added} added, {removed} removed, {changed} changed',
  'ws.syncNothing': "The sharing of task {id} already matches the task's people.",
  'ws.delegateShared': 'Shared the document of task {id} with the new assignees.',
  'ws.delegateNeedsSync':
    'The new assignees cannot open the document of task {id} yet: only {owner} (who created the folder) can add them, with "Update who can see the documents" on that task\'s card.',
  'ws.templateCreated':
    "Created a template document in your Drive and saved its id in the settings: {link} — edit it to the agency's layout, keeping fields such as {{ten}}, {{han}}, {{nguoi_thuc_hien}}.",
  'ws.missingColumn': 'The register lacks the column "{column}". Run the register setup again.',

  // ——— Statistics, wall board, monthly report (issue 7) ———
  'menu.stats': 'Update the statistics',
  'menu.wallboard': 'Open the wall board',
  'menu.report': 'Create the monthly report',

  'stats.title': 'TASK RESULTS — STATISTICS',
  'stats.period': 'Period: {period}{span} · counted by {basis} · figures as of {date}',
  'stats.howTo':
    'Change the period in the "Cài đặt" sheet (rows "Kỳ thống kê" and "Thống kê theo"), then choose Extensions → Nhắc Việc → Update the statistics. Nhắc Việc rewrites this sheet every day; do not edit it. Updated at {time}.',
  'stats.section.whole': '1. WHOLE AGENCY',
  'stats.section.units': '2. RESULTS BY UNIT (RANKED)',
  'stats.section.week': '3. COMPLETIONS BY WEEK',
  'stats.section.month': '3. COMPLETIONS BY MONTH',
  'stats.section.year': '3. COMPLETIONS BY YEAR',
  'stats.section.persons': '4. RESULTS BY PERSON',
  'stats.rankRule':
    'Ranking: share completed on time (early included) of the tasks assigned, archived tasks left out, higher first; then the update rate; then the late share (done late or still overdue), lower first; units equal on all three share a rank.',
  'stats.personsRule':
    'Each person counts the sub-tasks delegated to them and the tasks assigned to them directly that were not broken down (a task with several assignees counts for each), under the lead unit of the top-level task. The agency and the units count top-level tasks only, each once.',
  'stats.legend': 'Rates are shares of the tasks assigned. Awaiting confirmation is part of "in progress".',
  'stats.noUnit': '(no unit given)',
  'stats.notFull': 'Units below 100 %: {units}.',
  'stats.allFull': 'Every unit with tasks updated 100 % of them.',
  'stats.empty': 'No task in the period.',
  'stats.chart.mix': 'Task results',
  'stats.chart.units': 'Units compared',
  'stats.chart.timeline': 'Assigned and completed over time',
  'stats.done': 'The "Thống kê" sheet is updated: {period}, {count} tasks.',
  'stats.badPeriod':
    'The period "{text}" could not be read. Write e.g.: this year, this quarter, this month, last month, 10/2026, Q3/2026, 2025, 01/01/2026 - 30/06/2026, all.',
  'stats.badBasis': 'The basis "{text}" could not be read: use assignment date, deadline or completion date.',
  'stats.badFigure': 'Unknown figure: {figure}.',
  'stats.personsOwnUnit':
    'You may see the results by person of your own unit, or of the units you follow, only.',
  'stats.noReportRights': 'Only leaders, administrators and followers create the monthly report.',
  'stats.badMonth': 'Write the report month as month/year, e.g. 10/2026.',

  'report.nation': 'SOCIALIST REPUBLIC OF VIET NAM',
  'report.motto': 'Independence - Freedom - Happiness',
  'report.number': 'No.: ……/BC-……',
  'report.title': 'REPORT',
  'report.subtitle': 'Task results for {month}',
  'report.placeDate': '{place}, {d}/{m}/{y}',
  'report.intro':
    'As required by the periodic reporting rules, {agency} reports the results of the tasks assigned in {month} (counted by {basis}; figures from the task register as of {date}):',
  'report.section.general': 'I. OVERVIEW',
  'report.section.units': 'II. RESULTS BY UNIT',
  'report.section.overdue': 'III. TASKS OVERDUE',
  'report.section.assessment': 'IV. ASSESSMENT AND PROPOSALS',
  'report.general':
    '{assigned} tasks were assigned in the month; {updated} had their progress updated ({updatedPct}); {handled} were handled ({handledPct}): {onTime} completed on time ({onTimePct}), {late} completed late ({latePct}) and {archived} archived ({archivedPct}); {inTime} are in progress within the deadline ({inTimePct}); {overdue} are in progress and overdue ({overduePct}). {unitsFull} of {units} units updated 100 % of their tasks.',
  'report.month': 'Month {month}',
  'report.ytd': 'Year to date',
  'report.noOverdue': 'No task is overdue.',
  'report.assessment':
    'Strengths, shortcomings, causes and proposals (to be completed by the office): ………………………………',
  'report.recipients': 'To:',
  'report.recipientsList': '- The agency’s leaders;\n- The units;\n- Archive.',
  'report.signer': 'PREPARED BY',
  'report.sign': '(Signature, full name)',
  'report.fileName': 'Task results report {month}',
  'report.done': 'Created {name} in the folder "{folder}".',
  'report.col.deadline': 'Deadline',
  'report.col.daysLate': 'Working days late',
  'report.col.task': 'Task',
};

export const SERVER_MESSAGES: Catalogue<ServerKey> = { vi, en };
