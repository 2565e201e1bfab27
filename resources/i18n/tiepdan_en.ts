<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu TiepDan</source>
        <translation>About TiepDan</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Người quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Tài khoản quản trị đầu tiên: thêm người dùng, đổi cài đặt, sao lưu, khôi phục. Từ đây mỗi người dùng đăng nhập bằng tài khoản của mình.</source>
        <translation>The first administrator account: adds users, changes settings, backs up, restores. From now on each user signs in with their own account.</translation>
    </message>
    <message>
        <source>ví dụ Phạm Văn Minh</source>
        <translation>e.g. Phạm Văn Minh</translation>
    </message>
    <message>
        <source>Tên đăng &amp;nhập:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Họ tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Tạo kho dữ liệu</source>
        <translation>&amp;Create data store</translation>
    </message>
    <message>
        <source>Ít nhất {n} ký tự, có cả chữ và số, không chứa tên đăng nhập.</source>
        <translation>At least {n} characters, with letters and digits, not containing the user name.</translation>
    </message>
    <message>
        <source>Chưa đủ mạnh: {why}.</source>
        <translation>Not strong enough: {why}.</translation>
    </message>
    <message>
        <source>Mật khẩu đủ mạnh.</source>
        <translation>Password is strong enough.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Mọi việc</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Tìm trong nội dung, số hồ sơ…</source>
        <translation>Search content, record numbers…</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{n} mục</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>{n} mục mới nhất (thu hẹp khoảng ngày để xem thêm)</source>
        <translation>Latest {n} entries (narrow the date range to see more)</translation>
    </message>
</context>
<context>
    <name>CalendarEditorDialog</name>
    <message>
        <source>Lịch làm việc: ngày lễ, ngày nghỉ, ngày làm bù</source>
        <translation>Working calendar: public holidays, days off, make-up working days</translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Ngày lễ, Tết</source>
        <translation>Public holiday, Tết</translation>
    </message>
    <message>
        <source>Ngày nghỉ (nghỉ bù, hoán đổi)</source>
        <translation>Day off (compensatory, swapped)</translation>
    </message>
    <message>
        <source>Ngày làm việc bù (thứ Bảy, Chủ nhật)</source>
        <translation>Make-up working day (Saturday, Sunday)</translation>
    </message>
    <message>
        <source>&amp;Năm</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tên ngày</source>
        <translation>Name of day</translation>
    </message>
    <message>
        <source>Nguồn, căn cứ</source>
        <translation>Source, legal basis</translation>
    </message>
    <message>
        <source>ví dụ: Tết Nguyên đán (mùng 1 tháng Giêng)</source>
        <translation>e.g. Lunar New Year (1st day of the 1st month)</translation>
    </message>
    <message>
        <source>ví dụ: Thông báo số .../TB-BNV ngày ...</source>
        <translation>e.g. Notice no. .../TB-BNV dated ...</translation>
    </message>
    <message>
        <source>N&amp;gày</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>L&amp;oại</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <source>&amp;Tên ngày</source>
        <translation>&amp;Name of day</translation>
    </message>
    <message>
        <source>Ng&amp;uồn, căn cứ</source>
        <translation>So&amp;urce, legal basis</translation>
    </message>
    <message>
        <source>Ngày &amp;mới</source>
        <translation>&amp;New day</translation>
    </message>
    <message>
        <source>&amp;Lưu ngày</source>
        <translation>&amp;Save day</translation>
    </message>
    <message>
        <source>&amp;Xóa ngày</source>
        <translation>&amp;Delete day</translation>
    </message>
    <message>
        <source>Nhập từ tệ&amp;p...</source>
        <translation>Import from fi&amp;le...</translation>
    </message>
    <message>
        <source>Xuất r&amp;a tệp...</source>
        <translation>Export to f&amp;ile...</translation>
    </message>
    <message>
        <source>Thứ Hai đến thứ Sáu là ngày làm việc, trừ các ngày nghỉ dưới đây; thứ Bảy, Chủ nhật là ngày nghỉ, trừ các ngày làm việc bù.</source>
        <translation>Monday to Friday are working days, except the days off below; Saturday and Sunday are days off, except make-up working days.</translation>
    </message>
    <message>
        <source>Lịch của cơ quan.</source>
        <translation>The office&apos;s calendar.</translation>
    </message>
    <message>
        <source>Lịch kèm phần mềm (chưa sửa). Lần sửa đầu tiên sẽ lưu cả năm vào lịch của cơ quan.</source>
        <translation>Calendar shipped with the software (unchanged). The first change saves the whole year into the office&apos;s calendar.</translation>
    </message>
    <message>
        <source>Chưa có lịch năm này: thêm từng ngày hoặc nhập từ tệp.</source>
        <translation>No calendar for this year yet: add days one by one or import from a file.</translation>
    </message>
    <message>
        <source>Chưa lưu: hãy sửa chỗ được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the places marked in red.</translation>
    </message>
    <message>
        <source>Đã lưu ngày {date}.</source>
        <translation>Day {date} saved.</translation>
    </message>
    <message>
        <source>Hãy chọn một ngày trong bảng để xóa.</source>
        <translation>Select a day in the table to delete.</translation>
    </message>
    <message>
        <source>Xóa ngày</source>
        <translation>Delete day</translation>
    </message>
    <message>
        <source>Xóa ngày {date} ({name}) khỏi lịch làm việc?</source>
        <translation>Delete {date} ({name}) from the working calendar?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <source>Đã xóa ngày {date}.</source>
        <translation>Day {date} deleted.</translation>
    </message>
    <message>
        <source>Nhập lịch làm việc từ tệp</source>
        <translation>Import working calendar from file</translation>
    </message>
    <message>
        <source>Tệp lịch JSON (*.json);;Mọi tệp (*)</source>
        <translation>Calendar JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Đã nhập {n} ngày cho năm {years}, thay cho {old} ngày đã có của các năm đó.</source>
        <translation>Imported {n} days for {years}, replacing the {old} days already there for those years.</translation>
    </message>
    <message>
        <source>Xuất lịch làm việc ra tệp</source>
        <translation>Export working calendar to file</translation>
    </message>
    <message>
        <source>Tệp lịch JSON (*.json)</source>
        <translation>Calendar JSON files (*.json)</translation>
    </message>
    <message>
        <source>Đã xuất {n} ngày (năm {years}) ra {path}.</source>
        <translation>Exported {n} days ({years}) to {path}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Làm mới (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Điểm nóng</source>
        <translation>Hot spots</translation>
    </message>
    <message>
        <source>Lượt tiếp</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Đơn</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Theo cán bộ (chọn để lọc; Enter: mở sổ đơn của cán bộ)</source>
        <translation>By officer (select to filter; Enter: open the officer&apos;s petitions)</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Lưu &amp;ngưỡng</source>
        <translation>Save &amp;thresholds</translation>
    </message>
    <message>
        <source>Số &amp;lượt tiếp, đơn (N)</source>
        <translation>Number of &amp;visits, petitions (N)</translation>
    </message>
    <message>
        <source>trong (M)</source>
        <translation>within (M)</translation>
    </message>
    <message>
        <source>NHẬT KÝ KIỂM TRA BỊ THAY ĐỔI: {message} Hãy báo lãnh đạo; xem Quản trị › Nhật ký kiểm tra và so với bản sao lưu.</source>
        <translation>AUDIT LOG HAS BEEN ALTERED: {message} Inform the leadership; see Administration › Audit log and compare with a backup.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{wd}, {today}&lt;/b&gt; · tuần này đến Chủ nhật {end} · {n} đơn quá hạn, {m} đơn đến hạn trong tuần</source>
        <translation>&lt;b&gt;{wd}, {today}&lt;/b&gt; · this week until Sunday {end} · {n} petitions overdue, {m} petitions due this week</translation>
    </message>
    <message>
        <source>Vụ việc phức tạp, kéo dài đang theo dõi ({n})</source>
        <translation>Complex, prolonged cases being monitored ({n})</translation>
    </message>
    <message>
        <source>Cảnh báo khi có từ {n} lượt tiếp, đơn trở lên cùng lĩnh vực hoặc cùng khu dân cư trong {m} ngày gần nhất; đoàn đông người luôn được cảnh báo.</source>
        <translation>Warn when there are {n} or more visits or petitions in the same field or residential area within the last {m} days; large groups always trigger a warning.</translation>
    </message>
    <message>
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Quá hạn ({n}){who}</source>
        <translation>Overdue ({n}){who}</translation>
    </message>
    <message>
        <source>Đến hạn trong tuần này ({n}){who}</source>
        <translation>Due this week ({n}){who}</translation>
    </message>
    <message>
        <source>Không có đơn nào quá hạn.</source>
        <translation>No petitions overdue.</translation>
    </message>
    <message>
        <source>Không có đơn nào đến hạn trong tuần.</source>
        <translation>No petitions due this week.</translation>
    </message>
    <message>
        <source>chưa giao</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Chưa có vụ việc nào được đánh dấu theo dõi (trong chi tiết đơn).</source>
        <translation>No case has been marked for monitoring yet (in the petition details).</translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation>Large group</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Khu dân cư</source>
        <translation>Residential area</translation>
    </message>
    <message>
        <source>{n} người: {what}</source>
        <translation>{n} persons: {what}</translation>
    </message>
    <message>
        <source>Chưa có điểm nóng theo ngưỡng hiện tại.</source>
        <translation>No hot spots at the current thresholds.</translation>
    </message>
    <message>
        <source>Chưa lưu: hãy sửa ngưỡng được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the threshold marked in red.</translation>
    </message>
    <message>
        <source>Đã lưu: cảnh báo khi có từ {n} lượt tiếp, đơn trong {m} ngày.</source>
        <translation>Saved: warn at {n} or more visits or petitions within {m} days.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Hoàn tất</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Khóa ký: vân tay &lt;b&gt;{fp}&lt;/b&gt; (đọc cho cấp trên khi đăng ký đồng bộ).</source>
        <translation>Signing key: fingerprint &lt;b&gt;{fp}&lt;/b&gt; (read it to the upstream office when registering for sync).</translation>
    </message>
    <message>
        <source>Khóa ký: chưa tạo (lệnh «tiepdan keys init»).</source>
        <translation>Signing key: not created yet (command «tiepdan keys init»).</translation>
    </message>
    <message>
        <source>Kho dữ liệu đã sẵn sàng cho &lt;b&gt;{office}&lt;/b&gt; (mã {code}).&lt;br&gt;Người quản trị: &lt;b&gt;{user}&lt;/b&gt; — đang đăng nhập; lần sau đăng nhập bằng tài khoản này.&lt;br&gt;{key}&lt;br&gt;&lt;br&gt;Thêm người dùng cho cán bộ ở Quản trị › Người dùng; đổi thông tin cơ quan, máy in, sao lưu ở Quản trị › Cài đặt.</source>
        <translation>The data store is ready for &lt;b&gt;{office}&lt;/b&gt; (code {code}).&lt;br&gt;Administrator: &lt;b&gt;{user}&lt;/b&gt; — signed in; sign in with this account next time.&lt;br&gt;{key}&lt;br&gt;&lt;br&gt;Add users for officers under Administration › Users; change office details, printer and backups under Administration › Settings.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Đã xuất {n} dòng ra {path}.</source>
        <translation>Exported {n} rows to {path}.</translation>
    </message>
    <message>
        <source>Không ghi được tệp: {reason}.</source>
        <translation>Cannot write the file: {reason}.</translation>
    </message>
    <message>
        <source>Không xuất được tệp (lỗi không mong muốn, đã ghi vào nhật ký).</source>
        <translation>Cannot export the file (unexpected error, written to the log).</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Danh mục lĩnh vực</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Lưu lĩnh vực</source>
        <translation>&amp;Save field</translation>
    </message>
    <message>
        <source>Lĩnh vực &amp;mới</source>
        <translation>&amp;New field</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên lĩnh vực</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source> (ngừng dùng)</source>
        <translation> (no longer used)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&lt;b&gt;Nhận lô dữ liệu của các cơ quan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Receive data batches from offices&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chọn tệ&amp;p lô…</source>
        <translation>Choose batch &amp;files…</translation>
    </message>
    <message>
        <source>Chọn thư &amp;mục (cả ổ USB)…</source>
        <translation>Choose a &amp;folder (or a whole USB drive)…</translation>
    </message>
    <message>
        <source>Nơi ghi &amp;biên nhận…</source>
        <translation>Where to write &amp;receipts…</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lô số</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Biên nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nhập &amp;lại các lô cách ly</source>
        <translation>Re-import &amp;quarantined batches</translation>
    </message>
    <message>
        <source>Sau khi đăng ký khóa của cơ quan («tiepdan keys enrol»), nhập lại các lô bị cách ly.</source>
        <translation>After registering the office&apos;s key («tiepdan keys enrol»), re-import the quarantined batches.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lô đang chờ&lt;/b&gt; (tạm giữ: chờ lô còn thiếu, tự nhận khi lô đó đến; cách ly: chờ xử lý)</source>
        <translation>&lt;b&gt;Pending batches&lt;/b&gt; (held: waiting for a missing batch, taken in when it arrives; quarantined: awaiting action)</translation>
    </message>
    <message>
        <source>Biên nhận ghi vào: {f}</source>
        <translation>Receipts written to: {f}</translation>
    </message>
    <message>
        <source>Biên nhận ghi cạnh từng tệp lô (để gửi trả cùng ổ USB).</source>
        <translation>Receipts are written next to each batch file (to send back on the same USB drive).</translation>
    </message>
    <message>
        <source>{n} cơ quan đã đăng ký khóa. Danh sách lượt tiếp và đơn ở các trang khác gồm bản ghi của mọi cơ quan; chọn cơ quan ở ô lọc «Cơ quan».</source>
        <translation>{n} offices have registered keys. The visit and petition lists on the other pages include records from every office; choose an office in the «Office» filter.</translation>
    </message>
    <message>
        <source>Chọn các tệp lô cần nhận</source>
        <translation>Choose the batch files to receive</translation>
    </message>
    <message>
        <source>Tệp lô đồng bộ (*.tdsync);;Mọi tệp (*)</source>
        <translation>Sync batch files (*.tdsync);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục (hoặc ổ USB) chứa các tệp lô</source>
        <translation>Choose the folder (or USB drive) holding the batch files</translation>
    </message>
    <message>
        <source>Chọn nơi ghi biên nhận (bỏ qua: ghi cạnh tệp lô)</source>
        <translation>Choose where to write receipts (skip: next to the batch files)</translation>
    </message>
    <message>
        <source>Không có tệp lô (.tdsync) nào trong thư mục đã chọn.</source>
        <translation>No batch files (.tdsync) in the chosen folder.</translation>
    </message>
    <message>
        <source>Đang nhận {n} tệp…</source>
        <translation>Receiving {n} files…</translation>
    </message>
    <message>
        <source>Đang nhập lại các lô cách ly…</source>
        <translation>Re-importing quarantined batches…</translation>
    </message>
    <message>
        <source>{n} thay đổi</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <source>, {k} cũ hơn bản đang có (bỏ qua)</source>
        <translation>, {k} older than the current copy (skipped)</translation>
    </message>
    <message>
        <source>gửi lại biên nhận</source>
        <translation>receipt sent again</translation>
    </message>
    <message>
        <source> · {k} bản ghi không nhận được</source>
        <translation> · {k} records not accepted</translation>
    </message>
    <message>
        <source>{n} lô: {parts}.</source>
        <translation>{n} batches: {parts}.</translation>
    </message>
    <message>
        <source> Biên nhận đã ghi vào: {where}.</source>
        <translation> Receipts written to: {where}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập sổ cũ từ Excel, CSV</source>
        <translation>Import old logbooks from Excel, CSV</translation>
    </message>
    <message>
        <source>Sổ tiếp công dân (lượt tiếp)</source>
        <translation>Reception logbook (visits)</translation>
    </message>
    <message>
        <source>Sổ theo dõi đơn (số dư đơn đang xử lý)</source>
        <translation>Petition tracking book (petitions still in progress)</translation>
    </message>
    <message>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Nhập tất cả</source>
        <translation>&amp;Import all</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ghép cột của tệp với thông tin của phần mềm (đã đoán theo tên cột, hoặc nhớ từ lần nhập trước):</source>
        <translation>Match the file&apos;s columns to the software&apos;s fields (guessed from the column names, or remembered from the last import):</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <source>{n} dòng</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>Bấm Kiểm tra để đọc thử mọi dòng (chưa ghi gì).</source>
        <translation>Press Check to read every row as a trial (nothing is written).</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Đã đọc {a}/{b} dòng…</source>
        <translation>Read {a}/{b} rows…</translation>
    </message>
    <message>
        <source>Không nhập được (lỗi không mong muốn, đã ghi nhật ký).</source>
        <translation>Cannot import (unexpected error, written to the log).</translation>
    </message>
    <message>
        <source>Đã nhập {n} dòng. Nhật ký kiểm tra ghi từng dòng là «nhập từ tệp».</source>
        <translation>Imported {n} rows. The audit log records each row as «imported from file».</translation>
    </message>
    <message>
        <source>Không có lỗi: {n} dòng sẽ được nhập. Bấm Nhập tất cả.</source>
        <translation>No errors: {n} rows will be imported. Press Import all.</translation>
    </message>
    <message>
        <source>{n} lỗi: sửa trong tệp (hoặc ghép lại cột) rồi kiểm tra lại. Chưa ghi gì.</source>
        <translation>{n} errors: correct them in the file (or re-match the columns), then check again. Nothing was written.</translation>
    </message>
    <message>
        <source>Lỗi: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Lưu ý: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>Không có lỗi.</source>
        <translation>No errors.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Khóa ký của cơ quan</source>
        <translation>Office signing key</translation>
    </message>
    <message>
        <source>Dữ liệu gửi cấp trên được ký bằng khóa riêng của cơ quan, để cấp trên biết chắc dữ liệu đến từ đây và không bị sửa dọc đường.</source>
        <translation>Data sent upstream is signed with the office&apos;s private key, so the upstream office can be sure it comes from here and was not altered on the way.</translation>
    </message>
    <message>
        <source>&amp;Tạo khóa ký ngay (có thể tạo sau bằng lệnh «tiepdan keys init»)</source>
        <translation>&amp;Create the signing key now (or later with the command «tiepdan keys init»)</translation>
    </message>
    <message>
        <source>Khóa sẽ được bảo vệ bằng cụm mật khẩu trong biến môi trường {env}.</source>
        <translation>The key will be protected by the passphrase in the environment variable {env}.</translation>
    </message>
    <message>
        <source>Máy này chưa đặt cụm mật khẩu cho khóa (biến môi trường {env}): khóa được lưu trong thư mục dữ liệu, chỉ tài khoản Windows này đọc được.</source>
        <translation>No passphrase for the key is set on this computer (environment variable {env}): the key is stored in the data folder, readable only by this Windows account.</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Không ghi được khóa vào thư mục dữ liệu ({why}). Kiểm tra ổ đĩa rồi thử lại, hoặc bỏ chọn để tạo sau.</source>
        <translation>Cannot write the key to the data folder ({why}). Check the disk and try again, or untick to create it later.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>TiepDan – Đã khóa</source>
        <translation>TiepDan – Locked</translation>
    </message>
    <message>
        <source>&amp;Mở khóa</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Máy đã tự khóa vì lâu không dùng. Những gì đang nhập vẫn được giữ nguyên.&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;: nhập mật khẩu để tiếp tục.</source>
        <translation>The computer locked itself after a period of inactivity. Everything being entered is kept.&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;: enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LogbookPage</name>
    <message>
        <source>Tìm theo tên, CCCD, địa chỉ, nội dung… (gõ không dấu cũng được)</source>
        <translation>Search by name, ID card, address, content… (accents optional)</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All reception types</translation>
    </message>
    <message>
        <source>Mọi phân loại</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Mọi trạng thái gửi</source>
        <translation>Any sending state</translation>
    </message>
    <message>
        <source>Chưa gửi lên cấp trên</source>
        <translation>Not yet sent to the upstream</translation>
    </message>
    <message>
        <source>Từ &amp;ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Ngày bắt đầu đang sau ngày kết thúc: hãy sửa khoảng ngày.</source>
        <translation>The start date is after the end date: please correct the date range.</translation>
    </message>
    <message>
        <source>{n} lượt tiếp</source>
        <translation>{n} visits</translation>
    </message>
    <message>
        <source>Hơn {n} lượt tiếp (đang đếm…)</source>
        <translation>More than {n} visits (counting…)</translation>
    </message>
    <message>
        <source>Xem lượt tiếp (Enter)</source>
        <translation>View visit (Enter)</translation>
    </message>
    <message>
        <source>Vào sổ đơn từ lượt tiếp này (Ctrl+Shift+D)</source>
        <translation>Register a petition from this visit (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>In giấy biên nhận, phiếu… (Ctrl+P)</source>
        <translation>Print receipt, forms… (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>LogbookTableModel</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày giờ tiếp</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Người được tiếp</source>
        <translation>Persons received</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Nội dung vụ việc</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Cán bộ tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được bảo mật (Luật Tố cáo, Điều 8).</source>
        <translation>The denouncer&apos;s identity is protected (Law on Denunciation, Article 8).</translation>
    </message>
    <message>
        <source> · đoàn</source>
        <translation> · group</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TiepDan – Sổ tiếp công dân – {office}</source>
        <translation>TiepDan – Citizen reception logbook – {office}</translation>
    </message>
    <message>
        <source>Cán bộ đang trực tiếp công dân tại bàn</source>
        <translation>Officer now on duty at the reception desk</translation>
    </message>
    <message>
        <source>Sổ tiếp công dân (Ctrl+1)</source>
        <translation>Reception logbook (Ctrl+1)</translation>
    </message>
    <message>
        <source>Đơn thư (Ctrl+2)</source>
        <translation>Petitions (Ctrl+2)</translation>
    </message>
    <message>
        <source>Theo dõi (Ctrl+3)</source>
        <translation>Monitoring (Ctrl+3)</translation>
    </message>
    <message>
        <source>Thống kê (Ctrl+4)</source>
        <translation>Statistics (Ctrl+4)</translation>
    </message>
    <message>
        <source>Đồng bộ (Ctrl+5)</source>
        <translation>Sync (Ctrl+5)</translation>
    </message>
    <message>
        <source>Nhận lô (Ctrl+6)</source>
        <translation>Receive batches (Ctrl+6)</translation>
    </message>
    <message>
        <source>{office} · dữ liệu tại {path}</source>
        <translation>{office} · data in {path}</translation>
    </message>
    <message>
        <source>Sao lưu khi đóng</source>
        <translation>Backup on close</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Không</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kho dữ liệu này chưa có tài khoản người dùng (Quản trị › Người dùng…).</source>
        <translation>This data store has no user accounts yet (Administration › Users…).</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Lượt tiếp &amp;mới</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>Đơn mới (&amp;vào sổ đơn)</source>
        <translation>New petition (&amp;register)</translation>
    </message>
    <message>
        <source>Vào sổ đơn từ &amp;lượt tiếp đang chọn</source>
        <translation>Register a petition from the selec&amp;ted visit</translation>
    </message>
    <message>
        <source>&amp;Mở mục đang chọn</source>
        <translation>&amp;Open selected item</translation>
    </message>
    <message>
        <source>&amp;In phiếu của mục đang chọn…</source>
        <translation>&amp;Print forms of the selected item…</translation>
    </message>
    <message>
        <source>In giấy biên nhận, phiếu của lượt tiếp hoặc đơn đang chọn (Ctrl+P)</source>
        <translation>Print the receipt or forms of the selected visit or petition (Ctrl+P)</translation>
    </message>
    <message>
        <source>In &amp;sổ tiếp công dân…</source>
        <translation>Print the reception lo&amp;gbook…</translation>
    </message>
    <message>
        <source>In sổ theo dõi xử lý đơ&amp;n…</source>
        <translation>Print the petition trac&amp;king book…</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel danh sách đang xem…</source>
        <translation>&amp;Export the current list to Excel…</translation>
    </message>
    <message>
        <source>&amp;Nhập sổ cũ từ Excel, CSV…</source>
        <translation>&amp;Import old logbooks from Excel, CSV…</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tìm kiếm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Sổ tiếp công dân</source>
        <translation>Reception &amp;logbook</translation>
    </message>
    <message>
        <source>Đơn &amp;thư</source>
        <translation>&amp;Petitions</translation>
    </message>
    <message>
        <source>Theo &amp;dõi</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <source>Thống &amp;kê</source>
        <translation>Stat&amp;istics</translation>
    </message>
    <message>
        <source>Đồng &amp;bộ</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Nhận lô</source>
        <translation>Receive &amp;batches</translation>
    </message>
    <message>
        <source>&amp;Danh mục</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực…</source>
        <translation>&amp;Fields…</translation>
    </message>
    <message>
        <source>&amp;Cán bộ…</source>
        <translation>&amp;Officers…</translation>
    </message>
    <message>
        <source>Lịch làm &amp;việc, ngày nghỉ…</source>
        <translation>&amp;Working calendar, holidays…</translation>
    </message>
    <message>
        <source>&amp;Quản trị</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Nhật ký kiểm tra…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra tệp dữ liệu</source>
        <translation>&amp;Check data file</translation>
    </message>
    <message>
        <source>&amp;Người dùng…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>In (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source> Cán bộ trực: </source>
        <translation> Officer on duty: </translation>
    </message>
    <message>
        <source>Đã lưu lượt tiếp số {n}.</source>
        <translation>Visit no. {n} saved.</translation>
    </message>
    <message>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Chọn một lượt tiếp trong sổ rồi nhấn Ctrl+Shift+D để vào sổ đơn.</source>
        <translation>Select a visit in the logbook, then press Ctrl+Shift+D to register a petition.</translation>
    </message>
    <message>
        <source>Danh tính được bảo mật</source>
        <translation>Identity protected</translation>
    </message>
    <message>
        <source>Lượt tiếp này là tố cáo do cán bộ khác tiếp: chỉ cán bộ đã tiếp hoặc lãnh đạo mới vào sổ đơn từ lượt tiếp này. Hãy chọn đúng cán bộ trực ở thanh công cụ.</source>
        <translation>This visit is a denunciation received by another officer: only the officer who received it or a leader may register a petition from it. Please select the right officer on duty in the toolbar.</translation>
    </message>
    <message>
        <source>Đã vào sổ đơn số {n}.</source>
        <translation>Petition no. {n} registered.</translation>
    </message>
    <message>
        <source>In {form} – {what} (Ctrl+P)</source>
        <translation>Print {form} – {what} (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chọn một đơn trong sổ rồi nhấn Ctrl+P để in phiếu.</source>
        <translation>Select a petition in the book, then press Ctrl+P to print its forms.</translation>
    </message>
    <message>
        <source>Chọn một lượt tiếp trong sổ rồi nhấn Ctrl+P để in phiếu.</source>
        <translation>Select a visit in the logbook, then press Ctrl+P to print its forms.</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Lượt tiếp này không có giấy biên nhận hay phiếu nào phải in.</source>
        <translation>This visit has no receipt or form to print.</translation>
    </message>
    <message>
        <source>Đơn này chưa có phiếu nào để in.</source>
        <translation>This petition has no form to print yet.</translation>
    </message>
    <message>
        <source>Cán bộ đang đăng nhập</source>
        <translation>Signed-in officer</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Chọn xã, phường của cơ quan trong danh mục đơn vị hành chính (sau sắp xếp từ 01/7/2025): gõ tên không cần dấu, ví dụ «lang», rồi Enter. Mã đơn vị là mã cơ quan.</source>
        <translation>Choose the office&apos;s commune or ward from the list of administrative units (as reorganised from 01/7/2025): type the name without accents, e.g. «lang», then Enter. The unit code is the office code.</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường…</source>
        <translation>Type the name of the commune or ward…</translation>
    </message>
    <message>
        <source>ví dụ 00187</source>
        <translation>e.g. 00187</translation>
    </message>
    <message>
        <source>ví dụ UBND phường Láng</source>
        <translation>e.g. UBND phường Láng</translation>
    </message>
    <message>
        <source>&amp;Tìm đơn vị:</source>
        <translation>&amp;Find unit:</translation>
    </message>
    <message>
        <source>Không có trong danh mục? Nhập tay mã và tên cơ quan:</source>
        <translation>Not in the list? Enter the office code and name by hand:</translation>
    </message>
    <message>
        <source>&amp;Mã cơ quan:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <source>Tê&amp;n cơ quan:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>Đị&amp;a danh trên văn bản:</source>
        <translation>Pl&amp;ace name on documents:</translation>
    </message>
    <message>
        <source>Đã chọn: {unit}</source>
        <translation>Selected: {unit}</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Cán bộ tiếp công dân và lãnh đạo</source>
        <translation>Citizen reception officers and leaders</translation>
    </message>
    <message>
        <source>Cán bộ tiếp công dân</source>
        <translation>Citizen reception officer</translation>
    </message>
    <message>
        <source>Người đứng đầu (Chủ tịch)</source>
        <translation>Head of agency (Chairperson)</translation>
    </message>
    <message>
        <source>Cấp phó (Phó Chủ tịch)</source>
        <translation>Deputy (Vice Chairperson)</translation>
    </message>
    <message>
        <source>&amp;Thêm cán bộ</source>
        <translation>&amp;Add officer</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>lãnh đạo</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>cấp phó</source>
        <translation>deputy</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>officer</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cấp trên đã có bản ghi này chưa: Chưa gửi, Đã gửi (chờ biên nhận), Đã nhận (cấp trên đã nhận), Bị từ chối. Cập nhật khi xuất dữ liệu hoặc nhập biên nhận ở trang Đồng bộ.</source>
        <translation>Whether the upstream office holds this record: Not sent, Sent (awaiting the receipt), Received (by the upstream office), Refused. Updated when data is exported or a receipt is imported on the Sync page.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Mật khẩu của bạn là mật khẩu tạm: hãy đổi trước khi làm việc.</source>
        <translation>Your password is temporary: please change it before working.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Cấp trên và cán bộ</source>
        <translation>Upstream office and officers</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên nhận dữ liệu đồng bộ và báo cáo; cán bộ tiếp công dân đầu tiên (thêm người khác sau ở Danh mục › Cán bộ).</source>
        <translation>The upstream office receives sync data and reports; the first citizen reception officer (add others later under Lists › Officers).</translation>
    </message>
    <message>
        <source>ví dụ Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>có thể để trống</source>
        <translation>may be left blank</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Upstream office:</translation>
    </message>
    <message>
        <source>Cán bộ &amp;tiếp công dân:</source>
        <translation>Citizen &amp;reception officer:</translation>
    </message>
    <message>
        <source>C&amp;hủ tịch UBND:</source>
        <translation>C&amp;hairperson of the People&apos;s Committee:</translation>
    </message>
</context>
<context>
    <name>PersonBlock</name>
    <message>
        <source> – đại diện</source>
        <translation> – representative</translation>
    </message>
    <message>
        <source>Quét mã QR trên CCCD hoặc gõ 12 số</source>
        <translation>Scan the QR code on the ID card or type its 12 digits</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên, không cần dấu</source>
        <translation>Type part of the name, accents optional</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Bỏ người đã chọn</source>
        <translation>Remove selected person</translation>
    </message>
    <message>
        <source>Số &amp;CCCD</source>
        <translation>&amp;ID card no.</translation>
    </message>
    <message>
        <source>&amp;Họ và tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Không đọc được mã QR này. Hãy gõ số CCCD và thông tin bằng tay.</source>
        <translation>Cannot read this QR code. Please type the ID card number and details by hand.</translation>
    </message>
    <message>
        <source>Địa chỉ trên thẻ: {a} — hỏi và ghi địa chỉ hiện nay.</source>
        <translation>Address on the card: {a} — ask for and enter the current address.</translation>
    </message>
    <message>
        <source>Người thứ {i}: ngày sinh &apos;{v}&apos; không đúng dạng dd/mm/yyyy.</source>
        <translation>Person {i}: date of birth &apos;{v}&apos; is not in dd/mm/yyyy form.</translation>
    </message>
</context>
<context>
    <name>PetitionDetailDialog</name>
    <message>
        <source>Theo dõi vụ việc phức tạp, kéo &amp;dài</source>
        <translation>Monitor as a complex, &amp;prolonged case</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Việc phải làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thời hạn&lt;/b&gt; (chọn một dòng để xem vì sao là ngày đó)</source>
        <translation>&lt;b&gt;Deadlines&lt;/b&gt; (select a row to see why that date)</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bước xử lý</source>
        <translation>Handling step</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Ghi chú, kết quả</source>
        <translation>Notes, result</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>&amp;In… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xem trước và in giấy biên nhận, phiếu, thông báo của đơn</source>
        <translation>Preview and print the petition&apos;s receipt, forms and notices</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bước tiếp theo:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quá trình xử lý&lt;/b&gt;</source>
        <translation>&lt;b&gt;Handling history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Đơn số {n}</source>
        <translation>Petition no. {n}</translation>
    </message>
    <message>
        <source> · hạn tiếp theo &lt;span style=&apos;color:{c}&apos;&gt;&lt;b&gt;{d}&lt;/b&gt; ({w})&lt;/span&gt;</source>
        <translation> · next deadline &lt;span style=&apos;color:{c}&apos;&gt;&lt;b&gt;{d}&lt;/b&gt; ({w})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Đơn số {n}&lt;/b&gt; · {kind}&lt;/span&gt;&lt;br&gt;Trạng thái: &lt;b&gt;{state}&lt;/b&gt;{due}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Petition no. {n}&lt;/b&gt; · {kind}&lt;/span&gt;&lt;br&gt;State: &lt;b&gt;{state}&lt;/b&gt;{due}</translation>
    </message>
    <message>
        <source>, công văn số {ref}</source>
        <translation>, letter no. {ref}</translation>
    </message>
    <message>
        <source> ngày {d}</source>
        <translation> dated {d}</translation>
    </message>
    <message>
        <source>Đơn trùng với đơn số {n}</source>
        <translation>Duplicate of petition no. {n}</translation>
    </message>
    <message>
        <source>Lần gửi thứ {k} của cùng vụ việc</source>
        <translation>Submission no. {k} of the same matter</translation>
    </message>
    <message>
        <source>, {n} trang</source>
        <translation>, {n} pages</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Ngày ghi trên đơn</source>
        <translation>Date written on the petition</translation>
    </message>
    <message>
        <source>Nguồn đơn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Từ lượt tiếp</source>
        <translation>From visit</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Cán bộ xử lý</source>
        <translation>Handling officer</translation>
    </message>
    <message>
        <source>chưa giao</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Người bị KN, TC</source>
        <translation>Subject of complaint/denunciation</translation>
    </message>
    <message>
        <source>QĐ, hành vi bị KN</source>
        <translation>Decision or act complained about</translation>
    </message>
    <message>
        <source>Ngày biết được</source>
        <translation>Date learned of</translation>
    </message>
    <message>
        <source>Lần khiếu nại</source>
        <translation>Complaint round</translation>
    </message>
    <message>
        <source>Lần hai</source>
        <translation>Second time</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>, đã gia hạn {n} lần</source>
        <translation>, extended {n} times</translation>
    </message>
    <message>
        <source>Số người ký</source>
        <translation>Number of signatories</translation>
    </message>
    <message>
        <source> (không có chữ ký)</source>
        <translation> (unsigned)</translation>
    </message>
    <message>
        <source>Liên kết</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Tài liệu kèm theo</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>đại diện</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>Nặc danh</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được bảo mật; chỉ cán bộ xử lý và lãnh đạo được xem (Luật Tố cáo, Điều 8).</source>
        <translation>The denouncer&apos;s identity is protected; only the handling officer and leaders may see it (Law on Denunciation, Article 8).</translation>
    </message>
    <message>
        <source> {d}</source>
        <translation> {d}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{title}:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Đơn không còn thời hạn nào phải theo dõi.</source>
        <translation>The petition has no more deadlines to track.</translation>
    </message>
    <message>
        <source>đủ điều kiện xử lý</source>
        <translation>eligible for handling</translation>
    </message>
    <message>
        <source>không đủ điều kiện xử lý</source>
        <translation>not eligible for handling</translation>
    </message>
    <message>
        <source>thuộc thẩm quyền</source>
        <translation>within competence</translation>
    </message>
    <message>
        <source>không thuộc thẩm quyền</source>
        <translation>outside competence</translation>
    </message>
    <message>
        <source>cần kiểm tra thêm</source>
        <translation>needs further checking</translation>
    </message>
    <message>
        <source>lý do: {r}</source>
        <translation>reason: {r}</translation>
    </message>
    <message>
        <source>nơi nhận: {r}</source>
        <translation>sent to: {r}</translation>
    </message>
    <message>
        <source>kết quả: {r}</source>
        <translation>result: {r}</translation>
    </message>
    <message>
        <source>văn bản ngày {d}</source>
        <translation>document dated {d}</translation>
    </message>
    <message>
        <source>{step} → {state}
{details}</source>
        <translation>{step} → {state}
{details}</translation>
    </message>
    <message>
        <source>Chưa có bước xử lý nào: bắt đầu bằng «Phân loại đơn».</source>
        <translation>No handling step yet: start with «Classify petition».</translation>
    </message>
    <message>
        <source>Đơn đã kết thúc</source>
        <translation>Petition closed</translation>
    </message>
    <message>
        <source>Đã lưu bước «{step}». In {form}? Nhấn Enter hoặc Ctrl+P để xem trước và in.</source>
        <translation>Step «{step}» saved. Print {form}? Press Enter or Ctrl+P to preview and print.</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <source> · {n} trang</source>
        <translation> · {n} pages</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Vào sổ đơn từ lượt tiếp {n}</source>
        <translation>Register a petition from visit {n}</translation>
    </message>
    <message>
        <source>Đơn mới</source>
        <translation>New petition</translation>
    </message>
    <message>
        <source>— Chưa giao —</source>
        <translation>— Not assigned —</translation>
    </message>
    <message>
        <source>Tên cơ quan, tổ chức, cá nhân chuyển đơn</source>
        <translation>Name of the agency, organisation or person forwarding the petition</translation>
    </message>
    <message>
        <source>Số công văn chuyển đơn</source>
        <translation>Forwarding letter no.</translation>
    </message>
    <message>
        <source>Ngày &amp;nhận đơn</source>
        <translation>Date &amp;received</translation>
    </message>
    <message>
        <source>Ng&amp;uồn đơn</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Ngày ghi trên đơn</source>
        <translation>Date written on the petition</translation>
    </message>
    <message>
        <source>Cán bộ &amp;xử lý</source>
        <translation>Handling &amp;officer</translation>
    </message>
    <message>
        <source>Nơi chuyển đến</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Công văn số</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Người gửi đơn</source>
        <translation>Petition senders</translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Thêm người gửi (Alt+T)</source>
        <translation>Add a sender (Alt+T)</translation>
    </message>
    <message>
        <source>Đơn nặc danh</source>
        <translation>Anonymous petition</translation>
    </message>
    <message>
        <source>Có chữ ký, điểm chỉ</source>
        <translation>Signed or fingerprinted</translation>
    </message>
    <message>
        <source>bằng số người gửi</source>
        <translation>same as number of senders</translation>
    </message>
    <message>
        <source>Số người ký</source>
        <translation>Number of signatories</translation>
    </message>
    <message>
        <source>Tóm tắt nội dung đơn</source>
        <translation>Summary of the petition</translation>
    </message>
    <message>
        <source>Cơ quan, tổ chức, cá nhân bị khiếu nại, tố cáo</source>
        <translation>Agency, organisation or person complained about or denounced</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được giữ bí mật: danh sách và báo cáo chỉ hiện bí danh.</source>
        <translation>The denouncer&apos;s identity is kept confidential: lists and reports show only an alias.</translation>
    </message>
    <message>
        <source>Số, ngày quyết định hoặc hành vi hành chính bị khiếu nại</source>
        <translation>No. and date of the decision, or the administrative act complained about</translation>
    </message>
    <message>
        <source>Lần đầu</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Lần hai</source>
        <translation>Second time</translation>
    </message>
    <message>
        <source>&amp;Loại đơn</source>
        <translation>Petition &amp;type</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nội &amp;dung</source>
        <translation>Con&amp;tent</translation>
    </message>
    <message>
        <source>Người &amp;bị KN, TC</source>
        <translation>&amp;Subject of complaint/denunciation</translation>
    </message>
    <message>
        <source>QĐ, hành vi bị KN</source>
        <translation>Decision or act complained about</translation>
    </message>
    <message>
        <source>Ngày biết được</source>
        <translation>Date learned of</translation>
    </message>
    <message>
        <source>Lần khiếu nại</source>
        <translation>Complaint round</translation>
    </message>
    <message>
        <source>Nội dung đơn</source>
        <translation>Petition content</translation>
    </message>
    <message>
        <source>Tên tài liệu, giấy tờ kèm theo</source>
        <translation>Name of attached document</translation>
    </message>
    <message>
        <source>số trang</source>
        <translation>pages</translation>
    </message>
    <message>
        <source> trang</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>Thêm tài liệu (Alt+U)</source>
        <translation>Add document (Alt+U)</translation>
    </message>
    <message>
        <source>Bỏ tài liệu đã chọn</source>
        <translation>Remove selected document</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tài liệu kèm theo</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Khi gõ người gửi và nội dung, các đơn đã có của cùng người hoặc có nội dung giống sẽ hiện ở đây.</source>
        <translation>As you type the sender and content, existing petitions from the same person or with similar content appear here.</translation>
    </message>
    <message>
        <source>Đánh dấu đơn &amp;trùng</source>
        <translation>Mark as &amp;duplicate</translation>
    </message>
    <message>
        <source>Cùng &amp;vụ việc (lần sau)</source>
        <translation>Same &amp;matter (later submission)</translation>
    </message>
    <message>
        <source>Bỏ liên kết</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Đơn mới, chưa liên kết với đơn nào.</source>
        <translation>New petition, not linked to any other.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đơn đã có liên quan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Related existing petitions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Lưu vào sổ (Ctrl+S)</source>
        <translation>&amp;Save to the book (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Từ lượt tiếp số {n} ngày {d}: người gửi, nội dung, loại đơn và lĩnh vực đã được điền sẵn. Kiểm tra rồi nhấn Ctrl+S để vào sổ.</source>
        <translation>From visit no. {n} on {d}: sender, content, petition type and field are filled in. Check them, then press Ctrl+S to register.</translation>
    </message>
    <message>
        <source>{n} · {d} · {kind} · {state}
{content}
({why})</source>
        <translation>{n} · {d} · {kind} · {state}
{content}
({why})</translation>
    </message>
    <message>
        <source>{n} đơn đã có có thể liên quan. Chọn một đơn rồi bấm nút bên dưới nếu đây là đơn trùng hoặc lần gửi sau của cùng vụ việc.</source>
        <translation>{n} existing petitions may be related. Select one, then press a button below if this is a duplicate or a later submission of the same matter.</translation>
    </message>
    <message>
        <source>Chưa thấy đơn nào của cùng người gửi hoặc có nội dung giống.</source>
        <translation>No petition from the same sender or with similar content found.</translation>
    </message>
    <message>
        <source>Đơn này sẽ được ghi là &lt;b&gt;đơn trùng&lt;/b&gt; với đơn số {n}.</source>
        <translation>This petition will be recorded as a &lt;b&gt;duplicate&lt;/b&gt; of petition no. {n}.</translation>
    </message>
    <message>
        <source>Đơn này sẽ được ghi là &lt;b&gt;lần gửi sau&lt;/b&gt; của cùng vụ việc với đơn số {n}.</source>
        <translation>This petition will be recorded as a &lt;b&gt;later submission&lt;/b&gt; of the same matter as petition no. {n}.</translation>
    </message>
    <message>
        <source>Ngày &apos;{v}&apos; không đúng dạng dd/mm/yyyy.</source>
        <translation>Date &apos;{v}&apos; is not in dd/mm/yyyy form.</translation>
    </message>
    <message>
        <source>Chưa vào sổ được: hãy sửa {n} chỗ được đánh dấu đỏ.</source>
        <translation>Not registered: please correct the {n} places marked in red.</translation>
    </message>
    <message>
        <source>Bỏ đơn đang ghi?</source>
        <translation>Discard this petition?</translation>
    </message>
    <message>
        <source>Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?</source>
        <translation>What you entered will not be saved. Are you sure you want to close?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
    </message>
    <message>
        <source>Quay lại form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>PetitionTableModel</name>
    <message>
        <source>Số đơn</source>
        <translation>Petition no.</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Loại đơn</source>
        <translation>Petition type</translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hạn tiếp theo</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Cán bộ xử lý</source>
        <translation>Handling officer</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được bảo mật (Luật Tố cáo, Điều 8).</source>
        <translation>The denouncer&apos;s identity is protected (Law on Denunciation, Article 8).</translation>
    </message>
    <message>
        <source>trùng</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>lần {n}</source>
        <translation>time {n}</translation>
    </message>
    <message>
        <source>theo dõi</source>
        <translation>monitored</translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <source>Tìm theo số đơn, người gửi, nội dung, nơi chuyển… (không dấu cũng được)</source>
        <translation>Search by petition no., sender, content, forwarded to… (accents optional)</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Đang xử lý (chưa xong)</source>
        <translation>In progress (not finished)</translation>
    </message>
    <message>
        <source>Mọi loại đơn</source>
        <translation>All petition types</translation>
    </message>
    <message>
        <source>Mọi thời hạn</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn (3 ngày làm việc)</source>
        <translation>Due soon (3 working days)</translation>
    </message>
    <message>
        <source>Đến hạn trong tuần này</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Quá hạn và đến hạn trong tuần</source>
        <translation>Overdue and due this week</translation>
    </message>
    <message>
        <source>Mọi trạng thái gửi</source>
        <translation>Any sending state</translation>
    </message>
    <message>
        <source>Chưa gửi lên cấp trên</source>
        <translation>Not yet sent to the upstream</translation>
    </message>
    <message>
        <source>Sắp đến hạn: trong 3 ngày làm việc</source>
        <translation>Due soon: within 3 working days</translation>
    </message>
    <message>
        <source>&amp;Mở đơn (Enter)</source>
        <translation>&amp;Open petition (Enter)</translation>
    </message>
    <message>
        <source>Đơn &amp;mới (Ctrl+Shift+N)</source>
        <translation>&amp;New petition (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>{n} đơn</source>
        <translation>{n} petitions</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Thu nhỏ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Xem trọn trang (Ctrl+0)</source>
        <translation>Whole page (Ctrl+0)</translation>
    </message>
    <message>
        <source>Phóng to (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Máy này không xem trước được bản in.
Bấm «Mở để in» (Enter): tệp PDF sẽ mở bằng phần mềm đọc PDF của máy, rồi in từ đó.</source>
        <translation>This computer cannot preview the print.
Press «Open to print» (Enter): the PDF file will open in the computer&apos;s PDF reader; print from there.</translation>
    </message>
    <message>
        <source>&amp;Mẫu:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <source>&amp;Khổ giấy:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <source>&amp;Số bản:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>A4 khổ ngang</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Khoảng ngày tự chọn</source>
        <translation>Custom date range</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Khổ giấy:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <source>Tù&amp;y chọn máy in…</source>
        <translation>Printer &amp;options…</translation>
    </message>
    <message>
        <source>Máy &amp;in:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>In (Enter)</source>
        <translation>Print (Enter)</translation>
    </message>
    <message>
        <source>Mở để in (Enter)</source>
        <translation>Open to print (Enter)</translation>
    </message>
    <message>
        <source>&amp;Lưu PDF… (Ctrl+S)</source>
        <translation>&amp;Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>In {form} – {what}</source>
        <translation>Print {form} – {what}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;{form}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{what}</source>
        <translation>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;{form}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{what}</translation>
    </message>
    <message>
        <source>In {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;từ {a} đến {b}</source>
        <translation>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;from {a} to {b}</translation>
    </message>
    <message>
        <source>Chưa có máy in nào: dùng «Lưu PDF…»</source>
        <translation>No printer installed: use «Save PDF…»</translation>
    </message>
    <message>
        <source>theo quy định: {n} bản</source>
        <translation>as required: {n} copies</translation>
    </message>
    <message>
        <source>Đang tạo bản xem trước…</source>
        <translation>Creating the preview…</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Đang lưu tệp PDF…</source>
        <translation>Saving the PDF file…</translation>
    </message>
    <message>
        <source>Đang tạo tệp PDF…</source>
        <translation>Creating the PDF file…</translation>
    </message>
    <message>
        <source>{what} {s} giây · Esc để hủy</source>
        <translation>{what} {s} s · Esc to cancel</translation>
    </message>
    <message>
        <source>Đang in trang {i}/{n}…</source>
        <translation>Printing page {i}/{n}…</translation>
    </message>
    <message>
        <source>Không mở được phần mềm đọc PDF. Tệp đã được lưu tại {path}: hãy mở và in tệp đó.</source>
        <translation>Cannot open the PDF reader. The file was saved at {path}: please open and print it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows} dòng · {pages} trang&lt;/b&gt;</source>
        <translation>&lt;b&gt;{rows} rows · {pages} pages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pages} trang&lt;/b&gt; · khổ {paper}</source>
        <translation>&lt;b&gt;{pages} pages&lt;/b&gt; · {paper} paper</translation>
    </message>
    <message>
        <source>Mã tra cứu: {ref}</source>
        <translation>Reference code: {ref}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a4b00&apos;&gt;Đã in {n} lần: bản in này sẽ ghi &lt;b&gt;«In lại lần {n}»&lt;/b&gt;.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a4b00&apos;&gt;Printed {n} times already: this print will be marked &lt;b&gt;«Reprint no. {n}»&lt;/b&gt;.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6a1b9a&apos;&gt;Danh tính người tố cáo được che trên bản in này (Luật Tố cáo, Điều 8).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6a1b9a&apos;&gt;The denouncer&apos;s identity is masked on this print (Law on Denunciation, Article 8).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6a1b9a&apos;&gt;Người tố cáo do cán bộ khác tiếp được ghi bằng bí danh (Luật Tố cáo, Điều 8); lãnh đạo in được sổ đầy đủ.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6a1b9a&apos;&gt;Denouncers received by other officers are shown by alias (Law on Denunciation, Article 8); leaders can print the full book.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Trang {i}/{n} (PgUp, PgDn)</source>
        <translation>Page {i}/{n} (PgUp, PgDn)</translation>
    </message>
    <message>
        <source>{form} ({what})</source>
        <translation>{form} ({what})</translation>
    </message>
    <message>
        <source>{title} từ {a} đến {b}</source>
        <translation>{title} from {a} to {b}</translation>
    </message>
    <message>
        <source> (bản in lại lần {n})</source>
        <translation> (reprint no. {n})</translation>
    </message>
    <message>
        <source>Máy này chưa cài máy in. Hãy dùng «Lưu PDF…» rồi in tệp từ máy khác.</source>
        <translation>No printer is installed on this computer. Use «Save PDF…» and print the file from another computer.</translation>
    </message>
    <message>
        <source>Tùy chọn máy in</source>
        <translation>Printer options</translation>
    </message>
    <message>
        <source>Đã gửi {what} tới máy in {printer}: {pages} trang{reprint}.</source>
        <translation>Sent {what} to printer {printer}: {pages} pages{reprint}.</translation>
    </message>
    <message>
        <source>Lưu bản in thành tệp PDF</source>
        <translation>Save the print as a PDF file</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã lưu {what} vào tệp {path}{reprint}.</source>
        <translation>Saved {what} to file {path}{reprint}.</translation>
    </message>
    <message>
        <source>Đã mở {what} bằng phần mềm đọc PDF để in (tệp {path}).</source>
        <translation>Opened {what} in the PDF reader for printing (file {path}).</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>{n} bản ghi. Nhấn Enter hoặc nhấp đúp để mở.</source>
        <translation>{n} records. Press Enter or double-click to open.</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Mã hóa dữ liệu và mã khôi phục</source>
        <translation>Data encryption and recovery key</translation>
    </message>
    <message>
        <source>Dữ liệu được mã hóa; chỉ mở được bằng mật khẩu người dùng hoặc mã khôi phục dưới đây. Mã chỉ hiện một lần: in hoặc chép ra giấy, giao lãnh đạo cất giữ.</source>
        <translation>The data is encrypted; it opens only with a user&apos;s password or the recovery key below. The key is shown only once: print it or copy it onto paper and hand it to the leadership for safekeeping.</translation>
    </message>
    <message>
        <source>&amp;In mã khôi phục…</source>
        <translation>&amp;Print recovery key…</translation>
    </message>
    <message>
        <source>Tôi đã &amp;in hoặc chép mã khôi phục và cất giữ an toàn</source>
        <translation>I have &amp;printed or copied the recovery key and stored it safely</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Báo cáo thống kê định kỳ</source>
        <translation>Periodic statistical report</translation>
    </message>
    <message>
        <source>2026-11 (tháng), 2026-Q4 (quý), 2026-H1, 2026-9M, 2026 (năm) hoặc 2026-01-01..2026-03-31</source>
        <translation>2026-11 (month), 2026-Q4 (quarter), 2026-H1, 2026-9M, 2026 (year) or 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>&amp;Lập báo cáo</source>
        <translation>&amp;Build report</translation>
    </message>
    <message>
        <source>Nhấp đúp vào một ô để xem các bản ghi tạo nên số đó.</source>
        <translation>Double-click a cell to see the records behind that figure.</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Lưu &amp;XLSX…</source>
        <translation>Save &amp;XLSX…</translation>
    </message>
    <message>
        <source>Lưu &amp;JSON…</source>
        <translation>Save &amp;JSON…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Biểu:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Đang lập {p} ({w})…</source>
        <translation>Building {p} ({w})…</translation>
    </message>
    <message>
        <source>Không lập được báo cáo (đã ghi vào nhật ký).</source>
        <translation>Cannot build the report (written to the log).</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>{form} – {label} ({window}); lập trong {s:.1f} giây.</source>
        <translation>{form} – {label} ({window}); built in {s:.1f} s.</translation>
    </message>
    <message>
        <source>{form}, cột {no}, {office}: {n} bản ghi</source>
        <translation>{form}, column {no}, {office}: {n} records</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Đã lưu {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Cơ quan</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Printing</translation>
    </message>
    <message>
        <source>&amp;Bảo mật, sao lưu</source>
        <translation>&amp;Security, backup</translation>
    </message>
    <message>
        <source>&amp;Theo dõi, lịch</source>
        <translation>&amp;Monitoring, calendar</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cấp trên nhận dữ liệu theo mã này: không đổi được.</source>
        <translation>The upstream office receives data under this code: it cannot be changed.</translation>
    </message>
    <message>
        <source>Mã cơ quan:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>&amp;Tên cơ quan:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>Đị&amp;a danh trên văn bản:</source>
        <translation>Pl&amp;ace name on documents:</translation>
    </message>
    <message>
        <source>Cơ quan cấp t&amp;rên:</source>
        <translation>Upstream o&amp;ffice:</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ / Language:</source>
        <translation>&amp;Ngôn ngữ / Language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới áp dụng từ lần mở chương trình sau.</source>
        <translation>The new language applies the next time the program starts.</translation>
    </message>
    <message>
        <source>Máy in mặc định của Windows</source>
        <translation>Windows default printer</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <source>&amp;Máy in:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>&amp;Khổ giấy phiếu, giấy biên nhận:</source>
        <translation>Paper size for &amp;forms and receipts:</translation>
    </message>
    <message>
        <source>Khi in vẫn đổi được máy in, khổ giấy cho từng lần in.</source>
        <translation>The printer and paper size can still be changed for each print.</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>không tự khóa</source>
        <translation>never lock</translation>
    </message>
    <message>
        <source>Tự khóa màn hình &amp;sau:</source>
        <translation>Lock the screen &amp;after:</translation>
    </message>
    <message>
        <source>không có (ví dụ ổ USB E:\SaoLuu)</source>
        <translation>none (e.g. USB drive E:\Backup)</translation>
    </message>
    <message>
        <source>C&amp;họn…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Nơi sao lưu &amp;thứ hai:</source>
        <translation>&amp;Second backup location:</translation>
    </message>
    <message>
        <source> bản hằng ngày</source>
        <translation> daily copies</translation>
    </message>
    <message>
        <source> bản hằng tuần</source>
        <translation> weekly copies</translation>
    </message>
    <message>
        <source> bản hằng tháng</source>
        <translation> monthly copies</translation>
    </message>
    <message>
        <source>&amp;Giữ lại:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source> vụ việc</source>
        <translation> cases</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Cảnh báo điểm nóng khi &amp;có từ:</source>
        <translation>Hot-spot warning &amp;from:</translation>
    </message>
    <message>
        <source>cùng địa bàn, lĩnh vực &amp;trong:</source>
        <translation>same area or field &amp;within:</translation>
    </message>
    <message>
        <source>&amp;Lịch làm việc, ngày nghỉ…</source>
        <translation>&amp;Working calendar, holidays…</translation>
    </message>
    <message>
        <source>Lịch:</source>
        <translation>Calendar:</translation>
    </message>
    <message>
        <source>Nơi sao lưu thứ hai</source>
        <translation>Second backup location</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Chưa lưu: sửa chỗ được đánh dấu đỏ rồi lưu lại.</source>
        <translation>Not saved: correct the places marked in red and save again.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>TiepDan – Thiết lập lần đầu</source>
        <translation>TiepDan – First-time set-up</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu sử dụng</source>
        <translation>&amp;Start using</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Thực đơn</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Phím tắt của các việc trong thực đơn (cũng ghi cạnh từng việc trong thực đơn):</source>
        <translation>Keyboard shortcuts of the menu commands (also shown beside each command in the menus):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>TiepDan – Đăng nhập</source>
        <translation>TiepDan – Sign in</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Máy này dùng chung: mỗi cán bộ đăng nhập bằng tài khoản của mình.</source>
        <translation>This computer is shared: each officer signs in with their own account.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Tùy chọn</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Báo cáo định kỳ…</source>
        <translation>&amp;Periodic report…</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Bấm để xem danh sách</source>
        <translation>Click to see the list</translation>
    </message>
    <message>
        <source>Lượt tiếp và đơn theo tuần</source>
        <translation>Visits and petitions by week</translation>
    </message>
    <message>
        <source>Theo phân loại</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Theo lĩnh vực</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>Ngày bắt đầu sau ngày kết thúc.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Đang tính…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Không tính được số liệu (đã ghi vào nhật ký).</source>
        <translation>Cannot calculate the figures (written to the log).</translation>
    </message>
    <message>
        <source>Không lấy được danh sách (đã ghi vào nhật ký).</source>
        <translation>Cannot get the list (written to the log).</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Quá hạn (hôm nay)</source>
        <translation>Overdue (today)</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation>Large group</translation>
    </message>
    <message>
        <source>Vụ việc lặp lại</source>
        <translation>Repeated cases</translation>
    </message>
    <message>
        <source>Lượt tiếp và đơn theo tháng</source>
        <translation>Visits and petitions by month</translation>
    </message>
    <message>
        <source>Lượt tiếp</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Đơn</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Lượt tiếp / đơn</source>
        <translation>Visits / petitions</translation>
    </message>
    <message>
        <source>Lượt tiếp và đơn</source>
        <translation>Visits and petitions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cảnh báo điểm nóng:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Hot-spot warnings:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Cảnh báo điểm nóng:&lt;/b&gt; không có.</source>
        <translation>&lt;b&gt;Hot-spot warnings:&lt;/b&gt; none.</translation>
    </message>
    <message>
        <source>Đang lấy danh sách…</source>
        <translation>Getting the list…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{step} – đơn số {n}</source>
        <translation>{step} – petition no. {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{step}&lt;/b&gt; · đơn số {n} · {kind} · đang «{state}»</source>
        <translation>&lt;b&gt;{step}&lt;/b&gt; · petition no. {n} · {kind} · now «{state}»</translation>
    </message>
    <message>
        <source>&amp;Ngày</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Cán &amp;bộ</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>&amp;Loại nội dung</source>
        <translation>Content &amp;type</translation>
    </message>
    <message>
        <source>Đủ điều kiện xử lý</source>
        <translation>Eligible for handling</translation>
    </message>
    <message>
        <source>Không đủ điều kiện xử lý</source>
        <translation>Not eligible for handling</translation>
    </message>
    <message>
        <source>Điều &amp;kiện xử lý</source>
        <translation>&amp;Eligibility</translation>
    </message>
    <message>
        <source>Mỗi lý do một dòng</source>
        <translation>One reason per line</translation>
    </message>
    <message>
        <source>Lý do không đủ điều kiện</source>
        <translation>Reasons for ineligibility</translation>
    </message>
    <message>
        <source>Thuộc thẩm quyền của phường</source>
        <translation>Within the ward&apos;s competence</translation>
    </message>
    <message>
        <source>Không thuộc thẩm quyền</source>
        <translation>Outside competence</translation>
    </message>
    <message>
        <source>&amp;Thẩm quyền</source>
        <translation>&amp;Competence</translation>
    </message>
    <message>
        <source>&amp;Mức độ</source>
        <translation>&amp;Complexity</translation>
    </message>
    <message>
        <source>Cần kiểm tra, xác minh thêm (xử lý ban đầu tố cáo tối đa 10 ngày làm việc)</source>
        <translation>Needs further checking and verification (initial handling of a denunciation: at most 10 working days)</translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ 12/QĐ-UBND</source>
        <translation>Required, e.g. 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>Nếu có văn bản</source>
        <translation>If there is a document</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Số &amp;văn bản</source>
        <translation>Document &amp;no.</translation>
    </message>
    <message>
        <source>&amp;Mức độ phức tạp</source>
        <translation>&amp;Complexity level</translation>
    </message>
    <message>
        <source>Vụ việc đặc biệt phức tạp</source>
        <translation>Especially complex case</translation>
    </message>
    <message>
        <source>Đã gia hạn {n} lần.</source>
        <translation>Extended {n} times.</translation>
    </message>
    <message>
        <source>Chưa gia hạn lần nào.</source>
        <translation>Not extended yet.</translation>
    </message>
    <message>
        <source>Gia hạn lần hai chỉ cho vụ việc đặc biệt phức tạp (Luật Tố cáo, Điều 30).</source>
        <translation>A second extension is only for especially complex cases (Law on Denunciation, Article 30).</translation>
    </message>
    <message>
        <source>Bỏ bước đang ghi?</source>
        <translation>Discard this step?</translation>
    </message>
    <message>
        <source>Những gì đã nhập cho bước này sẽ không được lưu. Bạn có chắc muốn đóng?</source>
        <translation>What you entered for this step will not be saved. Are you sure you want to close?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>Cơ quan nhận đơn</source>
        <translation>Receiving agency</translation>
    </message>
    <message>
        <source>Hướng dẫn gửi đến</source>
        <translation>Guided to</translation>
    </message>
    <message>
        <source>Trả lại cho</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>Cấp dưới được đôn đốc</source>
        <translation>Subordinate office reminded</translation>
    </message>
    <message>
        <source>&amp;Kết quả giải quyết</source>
        <translation>Resolution &amp;result</translation>
    </message>
    <message>
        <source>&amp;Kết luận</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>&amp;Kết quả</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>Kết quả cho báo cáo (bỏ trống nếu không có)</source>
        <translation>Result for reports (leave blank if none)</translation>
    </message>
    <message>
        <source>Nội dung cần ghi lại</source>
        <translation>What to record</translation>
    </message>
    <message>
        <source>Ngày, hình thức người gửi rút đơn</source>
        <translation>Date and manner of the withdrawal</translation>
    </message>
    <message>
        <source>Lý do tạm đình chỉ</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Nội dung</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>&amp;Lưu bước này (Ctrl+S)</source>
        <translation>&amp;Save this step (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Ngày văn bản &apos;{v}&apos; không đúng dạng dd/mm/yyyy.</source>
        <translation>Document date &apos;{v}&apos; is not in dd/mm/yyyy form.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; không phải là một số.</source>
        <translation>&apos;{v}&apos; is not a number.</translation>
    </message>
    <message>
        <source>Cần ghi nội dung ghi chú.</source>
        <translation>Please enter the note.</translation>
    </message>
    <message>
        <source>Cần ghi việc người gửi rút đơn (ngày, hình thức).</source>
        <translation>Please record the withdrawal (date, manner).</translation>
    </message>
    <message>
        <source>Cần ghi lý do tạm đình chỉ.</source>
        <translation>Please enter the reason for suspension.</translation>
    </message>
    <message>
        <source>Chưa ghi được bước này:</source>
        <translation>This step could not be saved:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Không đọc hoặc ghi được tệp: {reason}. Hãy kiểm tra ổ đĩa rồi làm lại.</source>
        <translation>Cannot read or write the file: {reason}. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Có lỗi không mong muốn; chi tiết đã được ghi vào {path}. Hãy báo cán bộ tin học.</source>
        <translation>An unexpected error occurred; details were written to {path}. Please inform the IT officer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đồng bộ dữ liệu lên cơ quan cấp trên&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sync data to the upstream office&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Khóa đồng bộ:</source>
        <translation>Sync key:</translation>
    </message>
    <message>
        <source>Chờ gửi:</source>
        <translation>Waiting to send:</translation>
    </message>
    <message>
        <source>Đã gửi, chờ biên nhận:</source>
        <translation>Sent, awaiting receipt:</translation>
    </message>
    <message>
        <source>Lần xuất gần nhất:</source>
        <translation>Last export:</translation>
    </message>
    <message>
        <source>Biên nhận gần nhất:</source>
        <translation>Last receipt:</translation>
    </message>
    <message>
        <source>Xuất dữ liệu gửi &amp;cấp trên…</source>
        <translation>Export data for the &amp;upstream office…</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB; các thay đổi chưa gửi được ghi thành một tệp lô (.tdsync) chỉ cơ quan cấp trên đọc được.</source>
        <translation>Choose a folder or USB drive; the changes not yet sent are written to one batch file (.tdsync) that only the upstream office can read.</translation>
    </message>
    <message>
        <source>Gửi &amp;lại các lô chưa có biên nhận…</source>
        <translation>Send &amp;again the batches without a receipt…</translation>
    </message>
    <message>
        <source>&amp;Nhập biên nhận của cấp trên…</source>
        <translation>&amp;Import the upstream office&apos;s receipt…</translation>
    </message>
    <message>
        <source>Chọn tệp biên nhận (.receipt.json) cơ quan cấp trên gửi về; các bản ghi được xác nhận sẽ hiện «Cấp trên đã nhận».</source>
        <translation>Choose the receipt file (.receipt.json) sent back by the upstream office; the confirmed records will show «Received upstream».</translation>
    </message>
    <message>
        <source>{n} thay đổi ({kinds})</source>
        <translation>{n} changes ({kinds})</translation>
    </message>
    <message>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <source>lô số {seq} ({n} thay đổi, xuất {when})</source>
        <translation>batch no. {seq} ({n} changes, exported {when})</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>lô số {seq}, {when}, {n} thay đổi</source>
        <translation>batch no. {seq}, {when}, {n} changes</translation>
    </message>
    <message>
        <source> — tệp {path}</source>
        <translation> — file {path}</translation>
    </message>
    <message>
        <source>chưa xuất lần nào</source>
        <translation>never exported</translation>
    </message>
    <message>
        <source>chưa nhận biên nhận nào</source>
        <translation>no receipt received yet</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB để ghi tệp gửi cấp trên</source>
        <translation>Choose a folder or USB drive to write the file for the upstream office</translation>
    </message>
    <message>
        <source>Không có thay đổi mới để gửi.</source>
        <translation>No new changes to send.</translation>
    </message>
    <message>
        <source>Đã ghi lô số {seq} ({n} thay đổi) vào tệp:
{path}
Hãy gửi tệp này cho cơ quan cấp trên.</source>
        <translation>Batch no. {seq} ({n} changes) written to the file:
{path}
Please send this file to the upstream office.</translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB để ghi lại các lô</source>
        <translation>Choose a folder or USB drive to write the batches again</translation>
    </message>
    <message>
        <source>Đã ghi lại {n} lô vào {folder}:
{names}</source>
        <translation>Wrote {n} batches again to {folder}:
{names}</translation>
    </message>
    <message>
        <source>Đang ghi lại các lô…</source>
        <translation>Writing the batches again…</translation>
    </message>
    <message>
        <source>Chọn tệp biên nhận của cơ quan cấp trên</source>
        <translation>Choose the upstream office&apos;s receipt file</translation>
    </message>
    <message>
        <source>Tệp của cơ quan cấp trên ({patterns});;Mọi tệp (*)</source>
        <translation>Files from the upstream office ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Đang nhập tệp của cấp trên…</source>
        <translation>Importing the upstream office&apos;s file…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>— (không gắn cán bộ)</source>
        <translation>— (no officer linked)</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Mật khẩu (tạm)</source>
        <translation>Password (temporary)</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>&amp;Thêm người dùng</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>&amp;Vô hiệu hóa / mở lại</source>
        <translation>&amp;Disable / re-enable</translation>
    </message>
    <message>
        <source>Đặt &amp;lại mật khẩu (dùng mật khẩu tạm ở trên)</source>
        <translation>&amp;Reset password (to the temporary password above)</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Đã vô hiệu hóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Đang bị khóa tạm</source>
        <translation>Temporarily locked</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Chọn một người dùng trong bảng.</source>
        <translation>Select a user in the table.</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu tạm cho {name}; người đó phải đổi khi đăng nhập.</source>
        <translation>Temporary password set for {name}; they must change it when signing in.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Lượt tiếp mới</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Người được tiếp</source>
        <translation>Persons received</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Thêm người vào danh sách (Alt+T)</source>
        <translation>Add a person to the list (Alt+T)</translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation>Large group</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được giữ bí mật: danh sách và báo cáo chỉ hiện bí danh.</source>
        <translation>The denouncer&apos;s identity is kept confidential: lists and reports show only an alias.</translation>
    </message>
    <message>
        <source>&amp;Nội dung vụ việc</source>
        <translation>&amp;Matter</translation>
    </message>
    <message>
        <source>&amp;Phân loại</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Đã được giải quyết</source>
        <translation>Previously handled</translation>
    </message>
    <message>
        <source>Yêu cầu, đề nghị</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Hướng &amp;xử lý</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <source>Lần tiếp</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>Ghi rõ / lý do</source>
        <translation>Details / reason</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Chưa xác định công dân.</source>
        <translation>Citizen not yet identified.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các lần đến trước&lt;/b&gt;</source>
        <translation>&lt;b&gt;Previous visits&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Lưu (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Công dân đến lần đầu (chưa có trong sổ).</source>
        <translation>First visit (not yet in the logbook).</translation>
    </message>
    <message>
        <source>{name} đã có trong sổ, chưa có lượt tiếp nào hiển thị.</source>
        <translation>{name} is in the logbook, no visit shown yet.</translation>
    </message>
    <message>
        <source>{name} đã đến {n} lần, gần nhất ngày {last}.</source>
        <translation>{name} has come {n} times, most recently on {last}.</translation>
    </message>
    <message>
        <source>Đoàn {n} người cử tối đa {m} người đại diện ({basis}). Ghi từng người đại diện rồi nhấn Alt+T.</source>
        <translation>A group of {n} sends at most {m} representatives ({basis}). Enter each representative, then press Alt+T.</translation>
    </message>
    <message>
        <source>Đoàn {n} người chỉ được cử tối đa {m} người đại diện ({basis}).</source>
        <translation>A group of {n} may send at most {m} representatives ({basis}).</translation>
    </message>
    <message>
        <source>Chưa lưu được: hãy sửa {n} chỗ được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the {n} places marked in red.</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <source>Các lần đến khác của</source>
        <translation>Other visits by</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source> (đoàn đông người)</source>
        <translation> (large group)</translation>
    </message>
    <message>
        <source>Danh tính người tố cáo được bảo mật; chỉ cán bộ đã tiếp và lãnh đạo được xem.</source>
        <translation>The denouncer&apos;s identity is protected; only the receiving officer and leaders may see it.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Đã được giải quyết</source>
        <translation>Previously handled</translation>
    </message>
    <message>
        <source>Yêu cầu, đề nghị</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Lần tiếp</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VisitViewDialog</name>
    <message>
        <source>Lượt tiếp {n}</source>
        <translation>Visit {n}</translation>
    </message>
    <message>
        <source>Vào sổ đơn từ lượt tiếp này (Ctrl+Shift+D)</source>
        <translation>Register a petition from this visit (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;In… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xem trước và in giấy biên nhận, phiếu của lượt tiếp</source>
        <translation>Preview and print the visit&apos;s receipt and forms</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>TiepDan đang mở</source>
        <translation>TiepDan is already open</translation>
    </message>
    <message>
        <source>Chưa sao lưu lần nào</source>
        <translation>Never backed up</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {t}</source>
        <translation>Last backup: {t}</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Bản thứ hai: {path}</source>
        <translation>Second copy: {path}</translation>
    </message>
    <message>
        <source>Chưa chép được bản thứ hai: {e}</source>
        <translation>Second copy not made yet: {e}</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Khôi phục sẽ THAY TOÀN BỘ dữ liệu hiện tại bằng dữ liệu trong tệp sao lưu:
{file}

Mọi lượt tiếp, đơn và bước xử lý ghi sau thời điểm sao lưu đó sẽ không còn trong kho (dữ liệu hiện tại được giữ lại thành một bản sao trong thư mục backups). Kho khôi phục nhận mã cài đặt mới. TiepDan sẽ đóng sau khi khôi phục; hãy mở lại.

Tiếp tục khôi phục?</source>
        <translation>Restoring will REPLACE ALL current data with the data in the backup file:
{file}

Every visit, petition and handling step recorded after that backup will no longer be in the store (the current data is kept as a copy in the backups folder). The restored store gets a new installation code. TiepDan will close after restoring; please open it again.

Continue restoring?</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Tệp sao lưu TiepDan (*.sqlite3)</source>
        <translation>TiepDan backup files (*.sqlite3)</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {file}. TiepDan sẽ đóng; hãy mở lại để làm việc tiếp.</source>
        <translation>Data restored from {file}. TiepDan will close; open it again to continue working.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <source>Kiểm tra tệp dữ liệu</source>
        <translation>Check data file</translation>
    </message>
    <message>
        <source>Tệp dữ liệu nguyên vẹn (kiểm tra toàn bộ không thấy lỗi).</source>
        <translation>The data file is intact (a full check found no errors).</translation>
    </message>
    <message>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Chưa kiểm tra toàn bộ được tệp dữ liệu; TiepDan sẽ kiểm tra lại lần mở sau.</source>
        <translation>The data file could not be fully checked; TiepDan will check again at the next start.</translation>
    </message>
</context>
<context>
    <name>confirm_discard</name>
    <message>
        <source>Bỏ lượt tiếp đang ghi?</source>
        <translation>Discard this visit?</translation>
    </message>
    <message>
        <source>Những gì đã nhập sẽ không được lưu. Bạn có chắc muốn đóng?</source>
        <translation>What you entered will not be saved. Are you sure you want to close?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
    </message>
    <message>
        <source>Quay lại form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Xin lỗi, phần mềm vừa gặp một lỗi không mong muốn. Những gì đã lưu vẫn an toàn.
Chi tiết lỗi đã được ghi vào tệp:
{path}
Hãy gửi tệp này cho cán bộ tin học nếu lỗi lặp lại.</source>
        <translation>Sorry, the software has hit an unexpected error. Everything saved is safe.
The error details were written to the file:
{path}
Please send this file to the IT officer if the error happens again.</translation>
    </message>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>export_excel</name>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheets (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Định kỳ</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <source>Kiến nghị, phản ánh</source>
        <translation>Petition, feedback</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cán bộ tiếp công dân</source>
        <translation>Citizen reception officer</translation>
    </message>
    <message>
        <source>Người đứng đầu trực tiếp tiếp</source>
        <translation>Head of agency in person</translation>
    </message>
    <message>
        <source>Cấp phó được ủy quyền tiếp</source>
        <translation>Authorised deputy</translation>
    </message>
    <message>
        <source>Giải thích, trả lời trực tiếp</source>
        <translation>Explained, answered directly</translation>
    </message>
    <message>
        <source>Tiếp nhận đơn, đề xuất thụ lý</source>
        <translation>Petition received, proposed for acceptance</translation>
    </message>
    <message>
        <source>Trả lại đơn và hướng dẫn</source>
        <translation>Petition returned with guidance</translation>
    </message>
    <message>
        <source>Chuyển đơn đến cơ quan có thẩm quyền</source>
        <translation>Forwarded to the competent agency</translation>
    </message>
    <message>
        <source>Hẹn gặp người đứng đầu</source>
        <translation>Appointment with the head of agency</translation>
    </message>
    <message>
        <source>Từ chối tiếp</source>
        <translation>Reception refused</translation>
    </message>
    <message>
        <source>Lần đầu</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Nhiều lần</source>
        <translation>Repeated</translation>
    </message>
    <message>
        <source>Người đứng đơn</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Người được ủy quyền</source>
        <translation>Authorised person</translation>
    </message>
    <message>
        <source>Luật sư, trợ giúp viên pháp lý</source>
        <translation>Lawyer, legal aid officer</translation>
    </message>
    <message>
        <source>Đại diện cơ quan, tổ chức</source>
        <translation>Representative of an agency or organisation</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Từ cơ quan khác</source>
        <translation>From another office</translation>
    </message>
    <message>
        <source>Có thay đổi chưa gửi lên cấp trên; sẽ đi trong lần xuất dữ liệu tới (trang Đồng bộ).</source>
        <translation>Has changes not yet sent to the upstream office; they go with the next export (Sync page).</translation>
    </message>
    <message>
        <source>Đã gửi trong lô số {n}, chờ biên nhận của cấp trên.</source>
        <translation>Sent in batch no. {n}, awaiting the upstream office&apos;s receipt.</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận (lô số {n}).</source>
        <translation>Received by the upstream office (batch no. {n}).</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận (lô số {n}, biên nhận ngày {date}).</source>
        <translation>Received by the upstream office (batch no. {n}, receipt of {date}).</translation>
    </message>
    <message>
        <source>Cấp trên không nhận được bản ghi này (lô số {n}): {reason}. Hãy báo cán bộ tin học.</source>
        <translation>The upstream office could not take this record (batch no. {n}): {reason}. Please inform the IT officer.</translation>
    </message>
    <message>
        <source>Nhận từ {office}.</source>
        <translation>Received from {office}.</translation>
    </message>
    <message>
        <source>cơ quan khác</source>
        <translation>another office</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào để gửi.</source>
        <translation>No changes to send yet.</translation>
    </message>
    <message>
        <source>Lần trước cấp trên không nhận được: {reason}.</source>
        <translation>Last time the upstream office could not take it: {reason}.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>petition_labels</name>
    <message>
        <source>Khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tố cáo</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <source>Kiến nghị, phản ánh</source>
        <translation>Petition, feedback</translation>
    </message>
    <message>
        <source>Nhiều nội dung</source>
        <translation>Multiple contents</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Newly received</translation>
    </message>
    <message>
        <source>Đã phân loại</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Đã đề xuất thụ lý</source>
        <translation>Proposed for acceptance</translation>
    </message>
    <message>
        <source>Đã thụ lý</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Đang xác minh</source>
        <translation>Under verification</translation>
    </message>
    <message>
        <source>Đã đối thoại</source>
        <translation>Dialogue held</translation>
    </message>
    <message>
        <source>Đã có quyết định/kết luận</source>
        <translation>Decision/conclusion issued</translation>
    </message>
    <message>
        <source>Quyết định có hiệu lực</source>
        <translation>Decision in force</translation>
    </message>
    <message>
        <source>Đang thi hành</source>
        <translation>Being enforced</translation>
    </message>
    <message>
        <source>Tạm đình chỉ</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Đã chuyển, chờ phúc đáp</source>
        <translation>Forwarded, awaiting reply</translation>
    </message>
    <message>
        <source>Đã đôn đốc, chờ báo cáo</source>
        <translation>Reminded, awaiting report</translation>
    </message>
    <message>
        <source>Đã hướng dẫn</source>
        <translation>Guidance given</translation>
    </message>
    <message>
        <source>Đã trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Không thụ lý</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Lưu đơn</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Đã rút đơn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Đình chỉ</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Phân loại đơn</source>
        <translation>Classify petition</translation>
    </message>
    <message>
        <source>Đề xuất thụ lý</source>
        <translation>Propose acceptance</translation>
    </message>
    <message>
        <source>Thụ lý</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Give guidance</translation>
    </message>
    <message>
        <source>Chuyển đơn</source>
        <translation>Forward petition</translation>
    </message>
    <message>
        <source>Trả lại đơn</source>
        <translation>Return petition</translation>
    </message>
    <message>
        <source>Đôn đốc cấp dưới</source>
        <translation>Remind subordinate office</translation>
    </message>
    <message>
        <source>Nhận văn bản phúc đáp</source>
        <translation>Receive reply</translation>
    </message>
    <message>
        <source>Thông báo thụ lý</source>
        <translation>Notify acceptance</translation>
    </message>
    <message>
        <source>Xác minh</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Quyết định giải quyết / kết luận</source>
        <translation>Resolution decision / conclusion</translation>
    </message>
    <message>
        <source>Có hiệu lực pháp luật</source>
        <translation>Legally in force</translation>
    </message>
    <message>
        <source>Tổ chức thi hành</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Báo cáo nơi chuyển đơn</source>
        <translation>Report to the forwarding agency</translation>
    </message>
    <message>
        <source>Tiếp tục giải quyết</source>
        <translation>Resume handling</translation>
    </message>
    <message>
        <source>Rút đơn</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tại bàn tiếp công dân</source>
        <translation>At the reception desk</translation>
    </message>
    <message>
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Hòm thư góp ý</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>Nơi khác chuyển đến</source>
        <translation>Forwarded from elsewhere</translation>
    </message>
    <message>
        <source>Trực tuyến, thư điện tử</source>
        <translation>Online, e-mail</translation>
    </message>
    <message>
        <source>Đại biểu Quốc hội</source>
        <translation>National Assembly deputy</translation>
    </message>
    <message>
        <source>Đại biểu HĐND</source>
        <translation>People&apos;s Council deputy</translation>
    </message>
    <message>
        <source>Mặt trận Tổ quốc</source>
        <translation>Fatherland Front</translation>
    </message>
    <message>
        <source>Cơ quan báo chí</source>
        <translation>Press agency</translation>
    </message>
    <message>
        <source>Cơ quan, tổ chức khác</source>
        <translation>Other agency or organisation</translation>
    </message>
    <message>
        <source>Lãnh đạo Đảng, Nhà nước</source>
        <translation>Party and State leaders</translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Đặc biệt phức tạp</source>
        <translation>Especially complex</translation>
    </message>
    <message>
        <source>Bản gốc</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bản sao chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Còn hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Mốc thời gian</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Khiếu nại đúng</source>
        <translation>Complaint justified</translation>
    </message>
    <message>
        <source>Khiếu nại sai</source>
        <translation>Complaint unjustified</translation>
    </message>
    <message>
        <source>Khiếu nại đúng một phần</source>
        <translation>Complaint partly justified</translation>
    </message>
    <message>
        <source>Tiền kiến nghị thu hồi (đồng)</source>
        <translation>Money proposed for recovery (VND)</translation>
    </message>
    <message>
        <source>Tiền trả lại cho công dân (đồng)</source>
        <translation>Money returned to citizens (VND)</translation>
    </message>
    <message>
        <source>Đất kiến nghị thu hồi (m²)</source>
        <translation>Land proposed for recovery (m²)</translation>
    </message>
    <message>
        <source>Đất trả lại cho công dân (m²)</source>
        <translation>Land returned to citizens (m²)</translation>
    </message>
    <message>
        <source>Số người được bảo vệ quyền lợi</source>
        <translation>Persons whose rights were protected</translation>
    </message>
    <message>
        <source>Số người kiến nghị xử lý kỷ luật</source>
        <translation>Persons proposed for disciplinary action</translation>
    </message>
    <message>
        <source>Số vụ chuyển cơ quan điều tra</source>
        <translation>Cases referred to investigation agencies</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>lượt tiếp</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>đơn</source>
        <translation>petitions</translation>
    </message>
    <message>
        <source>Sổ tiếp công dân</source>
        <translation>Reception logbook</translation>
    </message>
    <message>
        <source>Sổ theo dõi xử lý đơn</source>
        <translation>Petition tracking book</translation>
    </message>
    <message>
        <source>Không ghi được tệp: {reason}. Hãy chọn thư mục khác hoặc kiểm tra ổ đĩa.</source>
        <translation>Cannot write the file: {reason}. Choose another folder or check the disk.</translation>
    </message>
    <message>
        <source>lỗi ổ đĩa</source>
        <translation>disk error</translation>
    </message>
    <message>
        <source>Không tạo được bản in do một lỗi không mong muốn. Chi tiết đã được ghi vào tệp {path}; hãy gửi tệp này cho cán bộ tin học nếu lỗi lặp lại.</source>
        <translation>The print could not be created because of an unexpected error. Details were written to the file {path}; please send this file to the IT officer if the error happens again.</translation>
    </message>
    <message>
        <source>Tệp PDF vừa tạo không đọc được để in. Hãy thử «Lưu PDF…» rồi in bằng phần mềm đọc PDF.</source>
        <translation>The PDF file just created cannot be read for printing. Try «Save PDF…» and print it from a PDF reader.</translation>
    </message>
    <message>
        <source>Không mở được máy in «{name}». Hãy kiểm tra máy in đã bật và còn giấy, hoặc chọn máy in khác.</source>
        <translation>Cannot open printer «{name}». Check that the printer is on and has paper, or choose another printer.</translation>
    </message>
</context>
</TS>
