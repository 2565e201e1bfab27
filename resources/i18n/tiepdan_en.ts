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
        <source>trước</source>
        <translation>before</translation>
    </message>
    <message>
        <source>sau</source>
        <translation>after</translation>
    </message>
    <message numerus="yes">
        <source>{n} mục</source>
        <translation>
            <numerusform>{n} entry</numerusform>
            <numerusform>{n} entries</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} mục mới nhất (thu hẹp khoảng ngày để xem thêm)</source>
        <translation>Latest {n} entries (narrow the date range to see more)</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <source>Gửi bản tin xuống cơ quan</source>
        <translation>Send a bulletin down to an office</translation>
    </message>
    <message>
        <source>Gửi bộ khóa &amp;nhận hiện tại (sau khi thay khóa nhận)</source>
        <translation>Send the current &amp;recipient keys (after changing them)</translation>
    </message>
    <message>
        <source>vd. 0007/2026, 0012/2026</source>
        <translation>e.g. 0007/2026, 0012/2026</translation>
    </message>
    <message>
        <source>Đơn trong sổ đơn của cơ quan này, đã phân loại: đủ điều kiện xử lý, không thuộc thẩm quyền (tố cáo hoặc kiến nghị, phản ánh). Bước chuyển đơn được ghi vào đơn.</source>
        <translation>Petitions of this office&apos;s register, already classified as processable and outside its competence (denunciations or recommendations/feedback). The transfer step is recorded on each petition.</translation>
    </message>
    <message>
        <source>vd. 45/BTCD-TD</source>
        <translation>e.g. 45/BTCD-TD</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Cơ &amp;quan nhận:</source>
        <translation>Receiving &amp;office:</translation>
    </message>
    <message>
        <source>Lịch làm việc năm:</source>
        <translation>Work calendar of year:</translation>
    </message>
    <message>
        <source>Chuyển &amp;đơn số:</source>
        <translation>&amp;Transfer petitions no.:</translation>
    </message>
    <message>
        <source>Số &amp;văn bản chuyển đơn:</source>
        <translation>&amp;Number of the transfer letter:</translation>
    </message>
    <message>
        <source>Ngày văn &amp;bản:</source>
        <translation>&amp;Date of the letter:</translation>
    </message>
    <message>
        <source>Ghi vào thư &amp;mục:</source>
        <translation>Write to &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Ghi bản tin</source>
        <translation>&amp;Write bulletin</translation>
    </message>
    <message>
        <source>Chưa có cơ quan nào đăng ký khóa («tiepdan keys enrol»).</source>
        <translation>No office has enrolled its key yet («tiepdan keys enrol»).</translation>
    </message>
    <message>
        <source>Bỏ bản tin?</source>
        <translation>Discard the bulletin?</translation>
    </message>
    <message>
        <source>Bản tin chưa được ghi. Bỏ những gì đã chọn?</source>
        <translation>The bulletin has not been written. Discard what you chose?</translation>
    </message>
    <message>
        <source>Quay lại bản tin</source>
        <translation>Back to the bulletin</translation>
    </message>
    <message>
        <source>Chọn thư mục (hoặc ổ USB) ghi bản tin</source>
        <translation>Choose the folder (or USB drive) to write the bulletin to</translation>
    </message>
    <message>
        <source>Chọn cơ quan nhận bản tin.</source>
        <translation>Choose the office that receives the bulletin.</translation>
    </message>
    <message>
        <source>Số đơn viết dạng 0007/2026, cách nhau bởi dấu phẩy.</source>
        <translation>Write petition numbers as 0007/2026, separated by commas.</translation>
    </message>
    <message>
        <source>Chọn thư mục ghi bản tin.</source>
        <translation>Choose the folder to write the bulletin to.</translation>
    </message>
    <message>
        <source>Đã ghi bản tin</source>
        <translation>Bulletin written</translation>
    </message>
    <message>
        <source>Đã ghi bản tin số {n} cho {office}:
{path}</source>
        <translation>Bulletin number {n} for {office} written:
{path}</translation>
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
        <translation>Na&amp;me of day</translation>
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
        <translation>E&amp;xport to file...</translation>
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
        <translation>Calendar for {years} imported (days: {n}), replacing the days already there for those years (days: {old}).</translation>
    </message>
    <message>
        <source>Xuất lịch làm việc ra tệp</source>
        <translation>Export working calendar to file</translation>
    </message>
    <message>
        <source>Tệp lịch JSON (*.json)</source>
        <translation>Calendar JSON files (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất {n} ngày (năm {years}) ra {path}.</source>
        <translation>
            <numerusform>Exported {n} day ({years}) to {path}.</numerusform>
            <numerusform>Exported {n} days ({years}) to {path}.</numerusform>
        </translation>
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
        <translation>&lt;b&gt;{wd}, {today}&lt;/b&gt; · this week until Sunday {end} · petitions overdue: {n}, due this week: {m}</translation>
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
    <message numerus="yes">
        <source>Đã xuất {n} dòng ra {path}.</source>
        <translation>
            <numerusform>Exported {n} row to {path}.</numerusform>
            <numerusform>Exported {n} rows to {path}.</numerusform>
        </translation>
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
        <source>Đã nhận</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Trùng, đã nhận trước đây</source>
        <translation>Duplicate, applied before</translation>
    </message>
    <message>
        <source>Tạm giữ</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cách ly</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
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
        <source>Gửi bản &amp;tin xuống…</source>
        <translation>Send &amp;bulletin down…</translation>
    </message>
    <message>
        <source>Bản tin cho một cơ quan: lịch làm việc, bộ khóa nhận mới, đơn chuyển xuống.</source>
        <translation>A bulletin for one office: work calendar, new recipient keys, petitions transferred down.</translation>
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
    <message numerus="yes">
        <source>{n} cơ quan đã đăng ký khóa. Danh sách lượt tiếp và đơn ở các trang khác gồm bản ghi của mọi cơ quan; chọn cơ quan ở ô lọc «Cơ quan».</source>
        <translation>
            <numerusform>{n} office has registered keys. The visit and petition lists on the other pages include records from every office; choose an office in the «Office» filter.</numerusform>
            <numerusform>{n} offices have registered keys. The visit and petition lists on the other pages include records from every office; choose an office in the «Office» filter.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Đang nhận {n} tệp…</source>
        <translation>
            <numerusform>Receiving {n} file…</numerusform>
            <numerusform>Receiving {n} files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang nhập lại các lô cách ly…</source>
        <translation>Re-importing quarantined batches…</translation>
    </message>
    <message numerus="yes">
        <source>{n} thay đổi</source>
        <translation>
            <numerusform>{n} change</numerusform>
            <numerusform>{n} changes</numerusform>
        </translation>
    </message>
    <message>
        <source>, {k} cũ hơn bản đang có (bỏ qua)</source>
        <translation>, {k} older than the current copy (skipped)</translation>
    </message>
    <message>
        <source>gửi lại biên nhận</source>
        <translation>receipt sent again</translation>
    </message>
    <message numerus="yes">
        <source> · {k} bản ghi không nhận được</source>
        <translation>
            <numerusform> · {k} record not accepted</numerusform>
            <numerusform> · {k} records not accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} lô: {parts}.</source>
        <translation>
            <numerusform>{n} batch: {parts}.</numerusform>
            <numerusform>{n} batches: {parts}.</numerusform>
        </translation>
    </message>
    <message>
        <source> Biên nhận đã ghi vào: {where}.</source>
        <translation> Receipts written to: {where}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— không có —</source>
        <translation>— none —</translation>
    </message>
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
        <translation>C&amp;hoose file…</translation>
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
    <message numerus="yes">
        <source>{n} dòng</source>
        <translation>
            <numerusform>{n} row</numerusform>
            <numerusform>{n} rows</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Đã nhập {n} dòng. Nhật ký kiểm tra ghi từng dòng là «nhập từ tệp».</source>
        <translation>
            <numerusform>Imported {n} row. The audit log records each row as «imported from file».</numerusform>
            <numerusform>Imported {n} rows. The audit log records each row as «imported from file».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Không có lỗi: {n} dòng sẽ được nhập. Bấm Nhập tất cả.</source>
        <translation>
            <numerusform>No errors: {n} row will be imported. Press Import all.</numerusform>
            <numerusform>No errors: {n} rows will be imported. Press Import all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} lỗi: sửa trong tệp (hoặc ghép lại cột) rồi kiểm tra lại. Chưa ghi gì.</source>
        <translation>
            <numerusform>{n} error: correct it in the file (or re-match the columns), then check again. Nothing was written.</numerusform>
            <numerusform>{n} errors: correct them in the file (or re-match the columns), then check again. Nothing was written.</numerusform>
        </translation>
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
        <translation>Fro&amp;m</translation>
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
    <message numerus="yes">
        <source>{n} lượt tiếp</source>
        <translation>
            <numerusform>{n} visit</numerusform>
            <numerusform>{n} visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hơn {n} lượt tiếp (đang đếm…)</source>
        <translation>
            <numerusform>More than {n} visit (counting…)</numerusform>
            <numerusform>More than {n} visits (counting…)</numerusform>
        </translation>
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
        <source>Khô&amp;ng</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Lượt &amp;tiếp mới</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>In sổ theo &amp;dõi xử lý đơn…</source>
        <translation>Print the petition trac&amp;king book…</translation>
    </message>
    <message>
        <source>Tì&amp;m kiếm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Kiểm &amp;tra tệp dữ liệu</source>
        <translation>&amp;Check data file</translation>
    </message>
    <message>
        <source>Kho PostgreSQL: sao lưu bằng pg_dump, khôi phục bằng pg_restore trên máy chủ</source>
        <translation>PostgreSQL store: back up with pg_dump and restore with pg_restore on the server</translation>
    </message>
    <message>
        <source>Người &amp;dùng…</source>
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
        <translation>&amp;Monitor as a complex, prolonged case</translation>
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
    <message numerus="yes">
        <source>, {n} trang</source>
        <translation>
            <numerusform>, {n} page</numerusform>
            <numerusform>, {n} pages</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>, đã gia hạn {n} lần</source>
        <translation>
            <numerusform>, extended once</numerusform>
            <numerusform>, extended {n} times</numerusform>
        </translation>
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
        <source>Người gửi</source>
        <translation>Senders</translation>
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
        <translation> · {n} p.</translation>
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
        <translation>So&amp;urce</translation>
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
        <source>L&amp;oại đơn</source>
        <translation>Petition &amp;type</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nội &amp;dung</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>Người &amp;bị KN, TC</source>
        <translation>Su&amp;bject of complaint/denunciation</translation>
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
    <message numerus="yes">
        <source>{n} đơn đã có có thể liên quan. Chọn một đơn rồi bấm nút bên dưới nếu đây là đơn trùng hoặc lần gửi sau của cùng vụ việc.</source>
        <translation>
            <numerusform>{n} existing petition may be related. Select it, then press a button below if this is a duplicate or a later submission of the same matter.</numerusform>
            <numerusform>{n} existing petitions may be related. Select one, then press a button below if this is a duplicate or a later submission of the same matter.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Chưa vào sổ được: hãy sửa {n} chỗ được đánh dấu đỏ.</source>
        <translation>
            <numerusform>Not registered: please correct the place marked in red.</numerusform>
            <numerusform>Not registered: please correct the {n} places marked in red.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{n} đơn</source>
        <translation>
            <numerusform>{n} petition</numerusform>
            <numerusform>{n} petitions</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>theo quy định: {n} bản</source>
        <translation>
            <numerusform>as required: {n} copy</numerusform>
            <numerusform>as required: {n} copies</numerusform>
        </translation>
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
        <translation>&lt;b&gt;rows: {rows} · pages: {pages}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{pages} trang&lt;/b&gt; · khổ {paper}</source>
        <translation>
            <numerusform>&lt;b&gt;{pages} page&lt;/b&gt; · {paper} paper</numerusform>
            <numerusform>&lt;b&gt;{pages} pages&lt;/b&gt; · {paper} paper</numerusform>
        </translation>
    </message>
    <message>
        <source>Mã tra cứu: {ref}</source>
        <translation>Reference code: {ref}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#8a4b00&apos;&gt;Đã in {n} lần: bản in này sẽ ghi &lt;b&gt;«In lại lần {n}»&lt;/b&gt;.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#8a4b00&apos;&gt;Printed once already: this print will be marked &lt;b&gt;«Reprint no. {n}»&lt;/b&gt;.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#8a4b00&apos;&gt;Printed {n} times already: this print will be marked &lt;b&gt;«Reprint no. {n}»&lt;/b&gt;.&lt;/span&gt;</numerusform>
        </translation>
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
        <translation>Sent {what} to printer {printer} (pages: {pages}){reprint}.</translation>
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
        <source>Lượt tiếp</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Đơn</source>
        <translation>Petition</translation>
    </message>
    <message numerus="yes">
        <source>{n} bản ghi. Nhấn Enter hoặc nhấp đúp để mở.</source>
        <translation>
            <numerusform>{n} record. Press Enter or double-click to open.</numerusform>
            <numerusform>{n} records. Press Enter or double-click to open.</numerusform>
        </translation>
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
        <source>Lưu ý: {warning}</source>
        <translation>Note: {warning}</translation>
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
        <translation>&amp;Backup and security</translation>
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
        <source>Đị&amp;a danh trên văn bản:</source>
        <translation>Pl&amp;ace name on documents:</translation>
    </message>
    <message>
        <source>Cơ quan cấp t&amp;rên:</source>
        <translation>Upstream o&amp;ffice:</translation>
    </message>
    <message>
        <source>Tên cơ &amp;quan:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>N&amp;gôn ngữ / Language:</source>
        <translation>N&amp;gôn ngữ / Language:</translation>
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
        <translation>Print&amp;er:</translation>
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
        <source>Nơi s&amp;ao lưu thứ hai:</source>
        <translation>Second backup &amp;location:</translation>
    </message>
    <message>
        <source>Cảnh báo điể&amp;m nóng khi có từ:</source>
        <translation>Hot-spot warning &amp;from:</translation>
    </message>
    <message>
        <source>cùng địa bàn, lĩnh vực tr&amp;ong:</source>
        <translation>same area or field wi&amp;thin:</translation>
    </message>
    <message>
        <source>Lịch làm &amp;việc, ngày nghỉ…</source>
        <translation>&amp;Working calendar, holidays…</translation>
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
        <source>Vụ việc phải giải quyết: đơn đã thụ lý đến hết kỳ, chưa giải quyết xong trước kỳ. Tỷ lệ giải quyết = số đã có quyết định giải quyết/kết luận (hoặc rút đơn) trong kỳ ÷ số phải giải quyết. Đúng hạn: giải quyết xong trước hoặc đúng hạn giải quyết theo luật (tính cả gia hạn, theo lịch làm việc của cơ quan); kiến nghị, phản ánh không có hạn luật định tính là đúng hạn. Quá hạn, sắp đến hạn: tính đến hôm nay.</source>
        <translation>Cases to resolve: petitions accepted by the end of the period and not resolved before it. Resolution rate = cases with a resolution decision/conclusion (or withdrawn) in the period ÷ cases to resolve. On time: resolved before or on the legal resolution deadline (extensions included, on the office&apos;s working calendar); recommendations and feedback have no legal deadline and count as on time. Overdue, due soon: as of today.</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
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
        <source>Lượt tiếp: {label}</source>
        <translation>Visits: {label}</translation>
    </message>
    <message>
        <source>Đơn: {label}</source>
        <translation>Petitions: {label}</translation>
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
        <translation>Co&amp;mplexity</translation>
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
        <translation>Doc&amp;ument no.</translation>
    </message>
    <message>
        <source>&amp;Mức độ phức tạp</source>
        <translation>&amp;Complexity level</translation>
    </message>
    <message>
        <source>Vụ việc đặc biệt phức tạp</source>
        <translation>Especially complex case</translation>
    </message>
    <message numerus="yes">
        <source>Đã gia hạn {n} lần.</source>
        <translation>
            <numerusform>Extended once.</numerusform>
            <numerusform>Extended {n} times.</numerusform>
        </translation>
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
        <source>Nội &amp;dung</source>
        <translation>&amp;Content</translation>
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
        <source>Loại nội &amp;dung</source>
        <translation>Content &amp;type</translation>
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
        <source>Bản tin gần nhất:</source>
        <translation>Latest bulletin:</translation>
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
        <source>&amp;Nhập biên nhận, bản tin của cấp trên…</source>
        <translation>&amp;Import receipts and bulletins from upstream…</translation>
    </message>
    <message>
        <source>Chọn các tệp cơ quan cấp trên gửi về: biên nhận (.receipt.json) — các bản ghi được xác nhận sẽ hiện «Cấp trên đã nhận» — và bản tin (.tdsync: lịch làm việc, bộ khóa mới, đơn chuyển xuống, vào sổ đơn ngay).</source>
        <translation>Choose the files the upstream office sent back: receipts (.receipt.json) — the records they confirm show «Received upstream» — and bulletins (.tdsync: work calendar, new keys, petitions transferred down, registered at once).</translation>
    </message>
    <message numerus="yes">
        <source>{n} thay đổi ({kinds})</source>
        <translation>
            <numerusform>{n} change ({kinds})</numerusform>
            <numerusform>{n} changes ({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message numerus="yes">
        <source>lô số {seq} ({n} thay đổi, xuất {when})</source>
        <translation>
            <numerusform>batch no. {seq} ({n} change, exported {when})</numerusform>
            <numerusform>batch no. {seq} ({n} changes, exported {when})</numerusform>
        </translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>lô số {seq}, {when}, {n} thay đổi</source>
        <translation>
            <numerusform>batch no. {seq}, {when}, {n} change</numerusform>
            <numerusform>batch no. {seq}, {when}, {n} changes</numerusform>
        </translation>
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
        <source>bản tin số {seq} của {upstream}, {when}: {summary}</source>
        <translation>bulletin no. {seq} from {upstream}, {when}: {summary}</translation>
    </message>
    <message>
        <source>chưa nhận bản tin nào</source>
        <translation>no bulletin received yet</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB để ghi tệp gửi cấp trên</source>
        <translation>Choose a folder or USB drive to write the file for the upstream office</translation>
    </message>
    <message>
        <source>Không có thay đổi mới để gửi.</source>
        <translation>No new changes to send.</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi lô số {seq} ({n} thay đổi) vào tệp:
{path}
Hãy gửi tệp này cho cơ quan cấp trên.</source>
        <translation>
            <numerusform>Batch no. {seq} ({n} change) written to the file:
{path}
Please send this file to the upstream office.</numerusform>
            <numerusform>Batch no. {seq} ({n} changes) written to the file:
{path}
Please send this file to the upstream office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc ổ USB để ghi lại các lô</source>
        <translation>Choose a folder or USB drive to write the batches again</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi lại {n} lô vào {folder}:
{names}</source>
        <translation>
            <numerusform>Wrote {n} batch again to {folder}:
{names}</numerusform>
            <numerusform>Wrote {n} batches again to {folder}:
{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang ghi lại các lô…</source>
        <translation>Writing the batches again…</translation>
    </message>
    <message>
        <source>Chọn tệp biên nhận, bản tin của cơ quan cấp trên</source>
        <translation>Choose receipt and bulletin files from the upstream office</translation>
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
    <message numerus="yes">
        <source>{name} đã đến {n} lần, gần nhất ngày {last}.</source>
        <translation>
            <numerusform>{name} has come once, on {last}.</numerusform>
            <numerusform>{name} has come {n} times, most recently on {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đoàn {n} người cử tối đa {m} người đại diện ({basis}). Ghi từng người đại diện rồi nhấn Alt+T.</source>
        <translation>A group of {n} sends at most {m} representatives ({basis}). Enter each representative, then press Alt+T.</translation>
    </message>
    <message>
        <source>Đoàn {n} người chỉ được cử tối đa {m} người đại diện ({basis}).</source>
        <translation>A group of {n} may send at most {m} representatives ({basis}).</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu được: hãy sửa {n} chỗ được đánh dấu đỏ.</source>
        <translation>
            <numerusform>Not saved: please correct the place marked in red.</numerusform>
            <numerusform>Not saved: please correct the {n} places marked in red.</numerusform>
        </translation>
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
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
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
        <source>Hãy báo cán bộ tin học.</source>
        <translation>Please inform the IT officer.</translation>
    </message>
    <message>
        <source>Lần trước cấp trên không nhận được: {reason}.</source>
        <translation>Last time the upstream office could not take it: {reason}.</translation>
    </message>
    <message>
        <source> hoặc </source>
        <translation> or </translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Báo cáo kết quả xử lý cho nơi chuyển đơn</source>
        <translation>Report the outcome to whoever forwarded the petition</translation>
    </message>
    <message>
        <source>Báo cáo kết quả xử lý tố cáo cho cơ quan báo chí, cơ quan có thẩm quyền đã chuyển đến</source>
        <translation>Report the outcome of the denunciation to the press agency or competent authority that forwarded it</translation>
    </message>
    <message>
        <source>Báo cáo nơi chuyển đơn</source>
        <translation>Report to the forwarding agency</translation>
    </message>
    <message>
        <source>Bước xử lý</source>
        <translation>Handling step</translation>
    </message>
    <message>
        <source>Bước xử lý đơn</source>
        <translation>Petition step</translation>
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
        <source>Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo</source>
        <translation>Transfer a denunciation outside our competence and inform the denouncer</translation>
    </message>
    <message>
        <source>Chuyển đơn</source>
        <translation>Forward petition</translation>
    </message>
    <message>
        <source>Chuyển đơn tố cáo đến cơ quan có thẩm quyền và thông báo cho người tố cáo</source>
        <translation>Transfer the denunciation to the competent authority and inform the denouncer</translation>
    </message>
    <message>
        <source>Chưa ghi lĩnh vực</source>
        <translation>No field recorded</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Cung cấp thông tin, tài liệu, bằng chứng theo yêu cầu xác minh</source>
        <translation>Provide the information, documents and evidence requested for verification</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Có hiệu lực pháp luật</source>
        <translation>Legally in force</translation>
    </message>
    <message>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Cơ quan chọn kỳ theo tháng dương lịch</source>
        <translation>The office chose calendar-month periods</translation>
    </message>
    <message>
        <source>Cơ quan nhận (chuyển, hướng dẫn đến)</source>
        <translation>Receiving agency (transferred or guided to)</translation>
    </message>
    <message>
        <source>Cấp trên xem xét tố cáo tiếp và quyết định có giải quyết lại hay không</source>
        <translation>The higher level reviews a repeated denunciation and decides whether to resolve it again</translation>
    </message>
    <message>
        <source>Danh mục lĩnh vực</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Do nơi khác chuyển đến</source>
        <translation>Forwarded by another body</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ghi lượt tiếp</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>Ghi nhận khóa cấp trên</source>
        <translation>Register the upstream key</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Giải quyết khiếu nại lần hai</source>
        <translation>Resolve the second-instance complaint</translation>
    </message>
    <message>
        <source>Giải quyết khiếu nại lần đầu</source>
        <translation>Resolve the first-instance complaint</translation>
    </message>
    <message>
        <source>Giải quyết quá hạn</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <source>Giải quyết tố cáo</source>
        <translation>Resolve the denunciation</translation>
    </message>
    <message>
        <source>Giải quyết đúng hạn</source>
        <translation>Resolved on time</translation>
    </message>
    <message>
        <source>Giấy biên nhận thông tin, tài liệu, bằng chứng</source>
        <translation>Receipt for information, documents and evidence</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Giờ tiếp</source>
        <translation>Time of visit</translation>
    </message>
    <message>
        <source>Gửi bản tin</source>
        <translation>Send bulletin</translation>
    </message>
    <message>
        <source>Gửi lại từ đầu</source>
        <translation>Resend from the start</translation>
    </message>
    <message>
        <source>Gửi quyết định giải quyết khiếu nại lần đầu cho người khiếu nại và người có liên quan</source>
        <translation>Send the first-instance complaint decision to the complainant and the persons concerned</translation>
    </message>
    <message>
        <source>Hình thức tiếp</source>
        <translation>Reception type</translation>
    </message>
    <message>
        <source>Hòm thư góp ý</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Give guidance</translation>
    </message>
    <message>
        <source>Hướng xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Hết thời hạn lưu đơn (Thủ trưởng quyết định hủy)</source>
        <translation>End of the filing period (the head decides on destruction)</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>In có danh tính người tố cáo</source>
        <translation>Print with the denouncer&apos;s identity</translation>
    </message>
    <message>
        <source>Khiếu nại sai</source>
        <translation>Complaint unjustified</translation>
    </message>
    <message>
        <source>Khiếu nại đúng</source>
        <translation>Complaint justified</translation>
    </message>
    <message>
        <source>Khóa mã tra cứu</source>
        <translation>Lookup code key</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không thụ lý</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Khởi tạo kho</source>
        <translation>Initialise the store</translation>
    </message>
    <message>
        <source>Kiểm tra tệp dữ liệu</source>
        <translation>Check data file</translation>
    </message>
    <message>
        <source>Kết quả tiếp</source>
        <translation>Outcome of the visit</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Loại đơn</source>
        <translation>Petition type</translation>
    </message>
    <message>
        <source>Luật Khiếu nại 2011</source>
        <translation>the Law on Complaints 2011</translation>
    </message>
    <message>
        <source>Luật Tiếp công dân 2013</source>
        <translation>the Law on Citizen Reception 2013</translation>
    </message>
    <message>
        <source>Luật Tố cáo 2018</source>
        <translation>the Law on Denunciations 2018</translation>
    </message>
    <message>
        <source>Lãnh đạo (Chủ tịch, Phó Chủ tịch)</source>
        <translation>Leader (Chair, Vice-Chair)</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lưu đơn</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Lưu đơn không xử lý trước khi người đứng đầu quyết định hủy</source>
        <translation>Keep an unprocessed petition on file until the head decides to destroy it</translation>
    </message>
    <message>
        <source>Lượt tiếp</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Lần tiếp</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>Máy in, khổ giấy</source>
        <translation>Printer, paper size</translation>
    </message>
    <message>
        <source>Mã hóa kho dữ liệu</source>
        <translation>Encrypt the data store</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Newly received</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Re-enable account</translation>
    </message>
    <message>
        <source>Mức độ phức tạp</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Nghị định 31/2019/NĐ-CP</source>
        <translation>Decree 31/2019/ND-CP</translation>
    </message>
    <message>
        <source>Nghị định số 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà nước); Thông tư số 02/2021/TT-TTCP</source>
        <translation>Decree 09/2019/ND-CP (reporting regime of state administrative agencies); Circular 02/2021/TT-TTCP</translation>
    </message>
    <message>
        <source>Nguồn đơn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ngày chốt số liệu</source>
        <translation>Figures cut-off day</translation>
    </message>
    <message>
        <source>Ngày của tình trạng</source>
        <translation>Date of the status</translation>
    </message>
    <message>
        <source>Ngày làm việc bù</source>
        <translation>Make-up working day</translation>
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
        <source>Ngày nhận đơn</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ngày thụ lý</source>
        <translation>Date accepted for handling</translation>
    </message>
    <message>
        <source>Ngày tiếp</source>
        <translation>Date of visit</translation>
    </message>
    <message>
        <source>Người gửi đơn</source>
        <translation>Petition senders</translation>
    </message>
    <message>
        <source>Người khiếu nại đề nghị tiếp tục giải quyết sau khi có thông báo tạm đình chỉ (quá hạn thì khiếu nại không được thụ lý lại)</source>
        <translation>The complainant asks for the resolution to resume after a suspension notice (once this has passed, the complaint cannot be accepted again)</translation>
    </message>
    <message>
        <source>Người tiếp</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Người trong lượt tiếp</source>
        <translation>Person in a visit</translation>
    </message>
    <message>
        <source>Ngưỡng cảnh báo</source>
        <translation>Alert thresholds</translation>
    </message>
    <message>
        <source>Nhiều nội dung</source>
        <translation>Multiple contents</translation>
    </message>
    <message>
        <source>Nhận biên nhận</source>
        <translation>Receive receipt</translation>
    </message>
    <message>
        <source>Nhận bản tin</source>
        <translation>Receive bulletin</translation>
    </message>
    <message>
        <source>Nhận dữ liệu (cấp trên)</source>
        <translation>Data intake (upstream)</translation>
    </message>
    <message>
        <source>Nhận lô</source>
        <translation>Receive batch</translation>
    </message>
    <message>
        <source>Nhận văn bản phúc đáp</source>
        <translation>Receive reply</translation>
    </message>
    <message>
        <source>Nhập lượt tiếp từ tệp</source>
        <translation>Import visits from a file</translation>
    </message>
    <message>
        <source>Nhập lịch</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>Nhập sổ cũ từ tệp</source>
        <translation>Import an old book from a file</translation>
    </message>
    <message>
        <source>Nhập đơn từ tệp</source>
        <translation>Import petitions from a file</translation>
    </message>
    <message>
        <source>Niêm yết, thông báo lịch tiếp công dân của người đứng đầu</source>
        <translation>Post and announce the head&apos;s citizen reception schedule</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Nơi chuyển đơn</source>
        <translation>Forwarded by</translation>
    </message>
    <message>
        <source>Nơi chuyển đơn đến</source>
        <translation>Forwarded by</translation>
    </message>
    <message>
        <source>Nặc danh</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Nội dung đơn</source>
        <translation>Petition content</translation>
    </message>
    <message>
        <source>Nộp tại nơi tiếp công dân</source>
        <translation>Handed in at the reception desk</translation>
    </message>
    <message>
        <source>Phiếu chuyển đơn kiến nghị, phản ánh</source>
        <translation>Transfer slip for a recommendation/report</translation>
    </message>
    <message>
        <source>Phiếu chuyển đơn tố cáo</source>
        <translation>Transfer slip for a denunciation</translation>
    </message>
    <message>
        <source>Phiếu chuyển đơn tố cáo (bản che danh tính người tố cáo)</source>
        <translation>Transfer slip for a denunciation (denouncer&apos;s identity masked)</translation>
    </message>
    <message>
        <source>Phiếu hướng dẫn (khiếu nại)</source>
        <translation>Guidance slip (complaint)</translation>
    </message>
    <message>
        <source>Phiếu hướng dẫn (tố cáo)</source>
        <translation>Guidance slip (denunciation)</translation>
    </message>
    <message>
        <source>Phiếu hẹn gặp người đứng đầu</source>
        <translation>Appointment slip with the head of the office</translation>
    </message>
    <message>
        <source>Phiếu đề xuất thụ lý đơn</source>
        <translation>Proposal to accept the petition</translation>
    </message>
    <message>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Phân loại đơn</source>
        <translation>Classify petition</translation>
    </message>
    <message>
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Qua mạng</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị</source>
        <translation>Politburo Regulation 11-QDi/TW of 18/02/2019</translation>
    </message>
    <message>
        <source>Quyết định có hiệu lực</source>
        <translation>Decision in force</translation>
    </message>
    <message>
        <source>Quyết định giải quyết / kết luận</source>
        <translation>Resolution decision / conclusion</translation>
    </message>
    <message>
        <source>Quyết định giải quyết lần đầu có hiệu lực nếu không khiếu nại lần hai</source>
        <translation>The first-instance decision takes effect unless a second complaint is made</translation>
    </message>
    <message>
        <source>Quyết định giải quyết lần đầu có hiệu lực pháp luật nếu không bị khiếu nại lần hai hoặc khởi kiện</source>
        <translation>The first-instance decision becomes legally effective unless a second complaint or a lawsuit is filed</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Rút đơn</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Sai mật khẩu</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Số CCCD/CMND</source>
        <translation>ID card no. (CCCD/CMND)</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Số người kiến nghị xử lý kỷ luật</source>
        <translation>Persons proposed for disciplinary action</translation>
    </message>
    <message>
        <source>Số người được bảo vệ quyền lợi</source>
        <translation>Persons whose rights were protected</translation>
    </message>
    <message>
        <source>Số thứ tự (sổ cũ)</source>
        <translation>Serial no. (old book)</translation>
    </message>
    <message>
        <source>Số văn bản (QĐ thụ lý, giải quyết, chuyển)</source>
        <translation>Document no. (acceptance, decision, transfer)</translation>
    </message>
    <message>
        <source>Số vụ chuyển cơ quan điều tra</source>
        <translation>Cases referred to investigation agencies</translation>
    </message>
    <message>
        <source>Sửa lịch</source>
        <translation>Edit calendar</translation>
    </message>
    <message>
        <source>Thanh tra (chỉ xem)</source>
        <translation>Inspector (read only)</translation>
    </message>
    <message>
        <source>Thay khóa ký</source>
        <translation>Replace signing key</translation>
    </message>
    <message>
        <source>Thay khóa nhận</source>
        <translation>Replace recipient keys</translation>
    </message>
    <message>
        <source>Theo dõi vụ việc</source>
        <translation>Watch a case</translation>
    </message>
    <message>
        <source>Thiết lập sao lưu</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Thêm người dùng</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Thông báo bằng văn bản cho người có đơn gửi người đứng đầu cấp ủy</source>
        <translation>Notify in writing a person whose petition was sent to the head of the Party committee</translation>
    </message>
    <message>
        <source>Thông báo cho người gửi việc thụ lý, chuyển đơn, hướng dẫn hoặc không thụ lý</source>
        <translation>Tell the sender whether the petition is accepted, transferred, answered with guidance or not accepted</translation>
    </message>
    <message>
        <source>Thông báo không thụ lý</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <source>Thông báo kết quả cho đại biểu Quốc hội, đại biểu HĐND hoặc Ban tiếp công dân đã chuyển vụ việc</source>
        <translation>Inform the National Assembly deputy, People&apos;s Council deputy or Citizen Reception Board that forwarded the case of the outcome</translation>
    </message>
    <message>
        <source>Thông báo kết quả giải quyết cho đại biểu đã chuyển đơn</source>
        <translation>Inform the deputy who forwarded the petition of the outcome</translation>
    </message>
    <message>
        <source>Thông báo thụ lý</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>Thông báo thụ lý cho người tố cáo và người bị tố cáo</source>
        <translation>Notify the denouncer and the denounced person of the acceptance</translation>
    </message>
    <message>
        <source>Thông báo từ chối tiếp công dân</source>
        <translation>Notice refusing to receive the citizen</translation>
    </message>
    <message>
        <source>Thông báo việc thụ lý cho người tố cáo và nội dung tố cáo cho người bị tố cáo</source>
        <translation>Notify the denouncer of the acceptance and the denounced person of the denunciation&apos;s content</translation>
    </message>
    <message>
        <source>Thông tin cơ quan</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Thông tư 07/2013/TT-TTCP</source>
        <translation>Circular 07/2013/TT-TTCP</translation>
    </message>
    <message>
        <source>Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP)</source>
        <translation>Circular 07/2013/TT-TTCP (as amended by Circular 02/2016/TT-TTCP)</translation>
    </message>
    <message>
        <source>Thông tư 07/2014/TT-TTCP</source>
        <translation>Circular 07/2014/TT-TTCP</translation>
    </message>
    <message>
        <source>Thông tư số 01/2024/TT-TTCP của Thanh tra Chính phủ (chế độ báo cáo công tác thanh tra, tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo)</source>
        <translation>Circular 01/2024/TT-TTCP of the Government Inspectorate (reporting on inspection, citizen reception, petition handling, and the resolution of complaints and denunciations)</translation>
    </message>
    <message>
        <source>Thời gian tự khóa</source>
        <translation>Auto-lock time</translation>
    </message>
    <message>
        <source>Thời hiệu khiếu nại</source>
        <translation>Time limit for a complaint</translation>
    </message>
    <message>
        <source>Thời hiệu khiếu nại lần hai quyết định kỷ luật buộc thôi việc</source>
        <translation>Time limit for a second complaint against a dismissal decision</translation>
    </message>
    <message>
        <source>Thời hiệu khiếu nại lần hai quyết định kỷ luật cán bộ, công chức</source>
        <translation>Time limit for a second complaint against a disciplinary decision on an official or civil servant</translation>
    </message>
    <message>
        <source>Thời hiệu khiếu nại lần đầu quyết định kỷ luật cán bộ, công chức</source>
        <translation>Time limit for a first complaint against a disciplinary decision on an official or civil servant</translation>
    </message>
    <message>
        <source>Thời hạn khiếu nại lần hai hoặc khởi kiện</source>
        <translation>Time limit for a second complaint or a lawsuit</translation>
    </message>
    <message>
        <source>Thụ lý</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Thụ lý hoặc thông báo không thụ lý khiếu nại</source>
        <translation>Accept the complaint or give notice that it is not accepted</translation>
    </message>
    <message>
        <source>Thụ lý khiếu nại lần hai và thông báo bằng văn bản</source>
        <translation>Accept the second complaint and give written notice</translation>
    </message>
    <message>
        <source>Thụ lý khiếu nại lần đầu và thông báo bằng văn bản (hoặc nêu lý do không thụ lý)</source>
        <translation>Accept the first complaint and give written notice (or state why it is not accepted)</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
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
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Tiếp tục giải quyết</source>
        <translation>Resume handling</translation>
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
        <source>Trả lại đơn</source>
        <translation>Return petition</translation>
    </message>
    <message>
        <source>Trả lời công dân việc thụ lý, chưa thụ lý, chuyển đơn hoặc hướng dẫn</source>
        <translation>Answer the citizen: accepted, not yet accepted, transferred or guided</translation>
    </message>
    <message>
        <source>Tình trạng hiện nay</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>Tính lại thời hạn</source>
        <translation>Recompute deadlines</translation>
    </message>
    <message>
        <source>Tạm khóa tài khoản</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Tạm đình chỉ</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Tạo khóa ký</source>
        <translation>Create signing key</translation>
    </message>
    <message>
        <source>Tổ chức thi hành</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Vào sổ đơn</source>
        <translation>Register petition</translation>
    </message>
    <message>
        <source>Vào sổ, phân loại, kiểm tra danh tính người tố cáo và điều kiện thụ lý tố cáo</source>
        <translation>Register and classify the denunciation, check the denouncer&apos;s identity and the conditions for accepting it</translation>
    </message>
    <message>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Văn bản ghi nội dung trình bày trực tiếp</source>
        <translation>Record of what was presented in person</translation>
    </message>
    <message>
        <source>Vụ việc lặp lại</source>
        <translation>Repeated cases</translation>
    </message>
    <message>
        <source>Vụ việc phải giải quyết</source>
        <translation>Cases to resolve</translation>
    </message>
    <message>
        <source>Xem danh tính người tố cáo</source>
        <translation>View a denouncer&apos;s identity</translation>
    </message>
    <message>
        <source>Xem xét, tổng hợp (cấp trên)</source>
        <translation>Review and summary (upstream)</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export list to Excel</translation>
    </message>
    <message>
        <source>Xuất lô đồng bộ</source>
        <translation>Export sync batch</translation>
    </message>
    <message>
        <source>Xác minh</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Xóa ngày lịch</source>
        <translation>Delete calendar day</translation>
    </message>
    <message>
        <source>Xử lý ban đầu đơn tố cáo (vào sổ, phân loại, kiểm tra điều kiện thụ lý)</source>
        <translation>Initial processing of the denunciation (register, classify, check the conditions for acceptance)</translation>
    </message>
    <message>
        <source>báo cáo nơi chuyển đơn</source>
        <translation>report to the forwarding agency</translation>
    </message>
    <message>
        <source>chuyển đơn</source>
        <translation>transfer the petition</translation>
    </message>
    <message>
        <source>chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>có hiệu lực pháp luật</source>
        <translation>record it as legally in force</translation>
    </message>
    <message>
        <source>có nhiều nội dung (hướng dẫn tách đơn)</source>
        <translation>several matters in one petition (advised to split it)</translation>
    </message>
    <message>
        <source>ghi bước xử lý đơn</source>
        <translation>record a petition step</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>add a note</translation>
    </message>
    <message>
        <source>ghi lượt tiếp</source>
        <translation>record a visit</translation>
    </message>
    <message>
        <source>ghi lần đăng nhập sai</source>
        <translation>record a failed sign-in</translation>
    </message>
    <message>
        <source>ghi nhận khóa cấp trên</source>
        <translation>register the upstream key</translation>
    </message>
    <message>
        <source>gia hạn</source>
        <translation>extend the time limit</translation>
    </message>
    <message>
        <source>gửi bản tin xuống cơ quan</source>
        <translation>send a bulletin to an office</translation>
    </message>
    <message>
        <source>gửi lại toàn bộ từ đầu</source>
        <translation>resend everything from the start</translation>
    </message>
    <message>
        <source>hướng dẫn</source>
        <translation>guide the sender</translation>
    </message>
    <message>
        <source>in</source>
        <translation>print</translation>
    </message>
    <message>
        <source>in có danh tính người tố cáo</source>
        <translation>print with the denouncer&apos;s identity</translation>
    </message>
    <message>
        <source>khóa tài khoản</source>
        <translation>lock an account</translation>
    </message>
    <message>
        <source>khôi phục</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>không ai</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>không có quyền ghi</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>không thuộc thẩm quyền mà không hướng dẫn, chuyển hay đôn đốc</source>
        <translation>outside our competence but neither guided, transferred nor followed up</translation>
    </message>
    <message>
        <source>không thụ lý</source>
        <translation>refuse to accept it for handling</translation>
    </message>
    <message>
        <source>không tìm thấy thư mục hoặc tệp</source>
        <translation>folder or file not found</translation>
    </message>
    <message>
        <source>không đủ điều kiện xử lý</source>
        <translation>not eligible for processing</translation>
    </message>
    <message>
        <source>khởi tạo kho</source>
        <translation>initialise the data store</translation>
    </message>
    <message>
        <source>kiểm tra tệp dữ liệu</source>
        <translation>check the data file</translation>
    </message>
    <message>
        <source>kết thúc</source>
        <translation>close the case</translation>
    </message>
    <message>
        <source>loại đơn</source>
        <translation>petition type</translation>
    </message>
    <message>
        <source>lưu đơn</source>
        <translation>file the petition</translation>
    </message>
    <message>
        <source>lượt tiếp</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>lượt tiếp số</source>
        <translation>visit no.</translation>
    </message>
    <message>
        <source>mã hóa kho dữ liệu</source>
        <translation>encrypt the data store</translation>
    </message>
    <message>
        <source>mở khóa tài khoản</source>
        <translation>unlock an account</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>date</translation>
    </message>
    <message>
        <source>ngày ban hành quyết định</source>
        <translation>the day the decision was issued</translation>
    </message>
    <message>
        <source>ngày ban hành quyết định giải quyết lần đầu</source>
        <translation>the day the first-instance decision was issued</translation>
    </message>
    <message>
        <source>ngày có kết quả giải quyết</source>
        <translation>the day of the outcome</translation>
    </message>
    <message>
        <source>ngày có văn bản thông báo tạm đình chỉ</source>
        <translation>the day of the written suspension notice</translation>
    </message>
    <message>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>ngày lưu đơn</source>
        <translation>the day the petition was filed away</translation>
    </message>
    <message>
        <source>ngày người đứng đầu cấp ủy nhận đơn</source>
        <translation>the day the head of the Party committee received the petition</translation>
    </message>
    <message>
        <source>ngày nhận nội dung khiếu nại, tố cáo, kiến nghị, phản ánh</source>
        <translation>the day the complaint, denunciation, proposal or feedback was received</translation>
    </message>
    <message>
        <source>ngày nhận được hoặc biết được quyết định, hành vi hành chính</source>
        <translation>the day the administrative decision or act was received or learned of</translation>
    </message>
    <message>
        <source>ngày nhận được khiếu nại</source>
        <translation>the day the complaint was received</translation>
    </message>
    <message>
        <source>ngày nhận được khiếu nại lần hai</source>
        <translation>the day the second complaint was received</translation>
    </message>
    <message>
        <source>ngày nhận được quyết định giải quyết khiếu nại lần đầu</source>
        <translation>the day the first-instance complaint decision was received</translation>
    </message>
    <message>
        <source>ngày nhận được quyết định giải quyết lần đầu hoặc ngày hết hạn giải quyết lần đầu</source>
        <translation>the day the first-instance decision was received or the first-instance deadline expired</translation>
    </message>
    <message>
        <source>ngày nhận được quyết định kỷ luật</source>
        <translation>the day the disciplinary decision was received</translation>
    </message>
    <message>
        <source>ngày nhận được tố cáo</source>
        <translation>the day the denunciation was received</translation>
    </message>
    <message>
        <source>ngày nhận được tố cáo do cơ quan, tổ chức chuyển đến</source>
        <translation>the day the denunciation forwarded by an agency or organisation was received</translation>
    </message>
    <message>
        <source>ngày nhận được tố cáo tiếp</source>
        <translation>the day the repeated denunciation was received</translation>
    </message>
    <message>
        <source>ngày nhận được yêu cầu</source>
        <translation>the day the request was received</translation>
    </message>
    <message>
        <source>ngày ra quyết định thụ lý</source>
        <translation>the day of the acceptance decision</translation>
    </message>
    <message>
        <source>ngày thụ lý</source>
        <translation>the day of acceptance</translation>
    </message>
    <message>
        <source>ngày thụ lý tố cáo</source>
        <translation>the day the denunciation was accepted</translation>
    </message>
    <message>
        <source>ngày tiếp công dân</source>
        <translation>the reception day</translation>
    </message>
    <message>
        <source>người dùng</source>
        <translation>user</translation>
    </message>
    <message>
        <source>người gửi đã rút đơn</source>
        <translation>withdrawn by the sender</translation>
    </message>
    <message>
        <source>nhận biên nhận của cấp trên</source>
        <translation>receive upstream receipts</translation>
    </message>
    <message>
        <source>nhận bản tin của cấp trên</source>
        <translation>receive upstream bulletins</translation>
    </message>
    <message>
        <source>nhận lô của các cơ quan</source>
        <translation>receive batches from offices</translation>
    </message>
    <message>
        <source>nhận văn bản phúc đáp</source>
        <translation>receive the reply</translation>
    </message>
    <message>
        <source>nhập lượt tiếp từ tệp</source>
        <translation>import visits from a file</translation>
    </message>
    <message>
        <source>nhập lịch</source>
        <translation>import a calendar</translation>
    </message>
    <message>
        <source>nhập sổ cũ từ tệp</source>
        <translation>import an old book from a file</translation>
    </message>
    <message>
        <source>nhập đơn từ tệp</source>
        <translation>import petitions from a file</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>phân loại</source>
        <translation>category</translation>
    </message>
    <message>
        <source>phân loại đơn</source>
        <translation>classify the petition</translation>
    </message>
    <message>
        <source>phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền</source>
        <translation>checks or verification needed at several places, or by delegation</translation>
    </message>
    <message>
        <source>quyết định giải quyết / kết luận</source>
        <translation>issue the resolution decision / conclusion</translation>
    </message>
    <message>
        <source>quý</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>rút đơn</source>
        <translation>withdraw the petition</translation>
    </message>
    <message>
        <source>sao lưu</source>
        <translation>back up</translation>
    </message>
    <message>
        <source>sửa danh mục lĩnh vực</source>
        <translation>edit the list of fields</translation>
    </message>
    <message>
        <source>sửa lịch</source>
        <translation>edit the calendar</translation>
    </message>
    <message>
        <source>sửa thông tin cơ quan</source>
        <translation>edit the office details</translation>
    </message>
    <message>
        <source>thay khóa ký</source>
        <translation>replace the signing key</translation>
    </message>
    <message>
        <source>thay khóa nhận</source>
        <translation>replace the recipient keys</translation>
    </message>
    <message>
        <source>theo dõi vụ việc</source>
        <translation>watch a case</translation>
    </message>
    <message>
        <source>thu hồi khóa</source>
        <translation>revoke a key</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <source>thêm cán bộ</source>
        <translation>add an officer</translation>
    </message>
    <message>
        <source>thêm người dùng</source>
        <translation>add a user</translation>
    </message>
    <message>
        <source>thông báo thụ lý</source>
        <translation>notify the acceptance</translation>
    </message>
    <message>
        <source>thời hạn chung</source>
        <translation>general deadline</translation>
    </message>
    <message>
        <source>thụ lý</source>
        <translation>accept it for handling</translation>
    </message>
    <message>
        <source>thứ ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>thứ bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>thứ hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>thứ năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>thứ sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>thứ tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>tiếp tục giải quyết</source>
        <translation>resume handling</translation>
    </message>
    <message>
        <source>trả lại đơn</source>
        <translation>return the petition</translation>
    </message>
    <message>
        <source>tính lại thời hạn</source>
        <translation>recompute the time limits</translation>
    </message>
    <message>
        <source>tùy chọn</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>tạm khóa tài khoản</source>
        <translation>lock an account for a while</translation>
    </message>
    <message>
        <source>tạm đình chỉ</source>
        <translation>suspend handling</translation>
    </message>
    <message>
        <source>tạo khóa ký của cơ quan</source>
        <translation>create the office signing key</translation>
    </message>
    <message>
        <source>tạo khóa mã tra cứu</source>
        <translation>create the look-up code key</translation>
    </message>
    <message>
        <source>tổ chức thi hành</source>
        <translation>enforce the decision</translation>
    </message>
    <message>
        <source>vào sổ đơn</source>
        <translation>register a petition</translation>
    </message>
    <message>
        <source>vùng sâu, vùng xa đi lại khó khăn</source>
        <translation>remote area, difficult travel</translation>
    </message>
    <message>
        <source>vùng sâu, vùng xa, vụ việc phức tạp</source>
        <translation>remote area, complex case</translation>
    </message>
    <message>
        <source>vụ việc phức tạp</source>
        <translation>complex case</translation>
    </message>
    <message>
        <source>xem báo cáo</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>xem danh sách người dùng</source>
        <translation>view the user list</translation>
    </message>
    <message>
        <source>xem danh tính người tố cáo</source>
        <translation>see the denouncer&apos;s identity</translation>
    </message>
    <message>
        <source>xem nhật ký</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>xuất báo cáo</source>
        <translation>export reports</translation>
    </message>
    <message>
        <source>xuất danh sách ra Excel</source>
        <translation>export lists to Excel</translation>
    </message>
    <message>
        <source>xuất lô gửi cấp trên</source>
        <translation>export batches for the upstream office</translation>
    </message>
    <message>
        <source>xác minh</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>xóa ngày lịch</source>
        <translation>delete a calendar day</translation>
    </message>
    <message>
        <source>Đang thi hành</source>
        <translation>Being enforced</translation>
    </message>
    <message>
        <source>Đang xác minh</source>
        <translation>Under verification</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation>Large group</translation>
    </message>
    <message>
        <source>Đã chuyển, chờ phúc đáp</source>
        <translation>Forwarded, awaiting reply</translation>
    </message>
    <message>
        <source>Đã có quyết định/kết luận</source>
        <translation>Decision/conclusion issued</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đã hướng dẫn</source>
        <translation>Guidance given</translation>
    </message>
    <message>
        <source>Đã phân loại</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Đã rút đơn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Đã thụ lý</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Đã trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Đã đôn đốc, chờ báo cáo</source>
        <translation>Reminded, awaiting report</translation>
    </message>
    <message>
        <source>Đã đề xuất thụ lý</source>
        <translation>Proposed for acceptance</translation>
    </message>
    <message>
        <source>Đã đối thoại</source>
        <translation>Dialogue held</translation>
    </message>
    <message>
        <source>Đình chỉ</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Đôn đốc cấp dưới</source>
        <translation>Remind subordinate office</translation>
    </message>
    <message>
        <source>Đúng một phần</source>
        <translation>Partly right</translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation>Enrol key</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Đơn</source>
        <translation>Petitions</translation>
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
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đề xuất thụ lý</source>
        <translation>Propose acceptance</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>đã lưu đơn (nội dung đã được hướng dẫn một lần)</source>
        <translation>filed away (the matter was already answered once)</translation>
    </message>
    <message>
        <source>đã thay bằng khóa mới</source>
        <translation>replaced by a new key</translation>
    </message>
    <message>
        <source>đã thay, còn nhận các lô đang gửi</source>
        <translation>replaced, still accepting batches in transit</translation>
    </message>
    <message>
        <source>đã thu hồi</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>đôn đốc cấp dưới</source>
        <translation>remind the subordinate office</translation>
    </message>
    <message>
        <source>đăng ký khóa của cơ quan</source>
        <translation>enrol an office key</translation>
    </message>
    <message>
        <source>đăng nhập</source>
        <translation>sign in</translation>
    </message>
    <message>
        <source>đơn</source>
        <translation>petitions</translation>
    </message>
    <message>
        <source>đơn số</source>
        <translation>petition no.</translation>
    </message>
    <message>
        <source>đặt lại mật khẩu</source>
        <translation>reset a password</translation>
    </message>
    <message>
        <source>đề xuất thụ lý</source>
        <translation>propose acceptance</translation>
    </message>
    <message>
        <source>đối thoại</source>
        <translation>hold a dialogue</translation>
    </message>
    <message>
        <source>đổi máy in, khổ giấy</source>
        <translation>change the printer and paper size</translation>
    </message>
    <message>
        <source>đổi mật khẩu</source>
        <translation>change a password</translation>
    </message>
    <message>
        <source>đổi ngày chốt số liệu</source>
        <translation>change the reporting cut-off day</translation>
    </message>
    <message>
        <source>đổi ngưỡng cảnh báo</source>
        <translation>change the alert thresholds</translation>
    </message>
    <message>
        <source>đổi thiết lập sao lưu</source>
        <translation>change the backup settings</translation>
    </message>
    <message>
        <source>đổi thời gian tự khóa màn hình</source>
        <translation>change the screen auto-lock time</translation>
    </message>
    <message>
        <source>ổ đĩa chỉ cho phép đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
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
    <name>messages</name>
    <message>
        <source>&apos;{shown}&apos; không phải là số nguyên</source>
        <translation>&apos;{shown}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không phải là ngày</source>
        <translation>&apos;{value}&apos; is not a date</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không rõ là {what} nào; dùng {help_text}</source>
        <translation>&apos;{value}&apos; is not a known {what}; use {help_text}</translation>
    </message>
    <message>
        <source>- Tệp lịch không có ngày nào; không có gì để nhập.</source>
        <translation>- The calendar file has no days; nothing to import.</translation>
    </message>
    <message>
        <source>- {problem}</source>
        <translation>- {problem}</translation>
    </message>
    <message>
        <source>Bản ghi phải là một đối tượng JSON {{...}}.</source>
        <translation>The record must be a JSON object {{...}}.</translation>
    </message>
    <message>
        <source>Bản tin không có nội dung nào (chọn lịch, bộ khóa hoặc đơn chuyển).</source>
        <translation>The bulletin has no content (choose the calendar, the key set or transferred petitions).</translation>
    </message>
    <message>
        <source>Bảng ghép cột (--mapping) không phải JSON hợp lệ: {exc}.</source>
        <translation>The column mapping (--mapping) is not valid JSON: {exc}.</translation>
    </message>
    <message>
        <source>Bảng ghép cột (--mapping) phải là một đối tượng JSON {{&quot;trường&quot;: &quot;tên cột&quot;}}.</source>
        <translation>The column mapping (--mapping) must be a JSON object {{&quot;field&quot;: &quot;column name&quot;}}.</translation>
    </message>
    <message>
        <source>Bảng ghép cột chưa đúng: {problems}.</source>
        <translation>The column mapping is wrong: {problems}.</translation>
    </message>
    <message>
        <source>Chuyển đơn: cần ghi cơ quan nhận.</source>
        <translation>Transfer: the receiving body is required.</translation>
    </message>
    <message>
        <source>Chưa chọn cột cho «{label}» (bắt buộc).</source>
        <translation>No column chosen for «{label}» (required).</translation>
    </message>
    <message>
        <source>Chưa có khóa của cơ quan cấp trên. Hãy nhập tệp khóa cơ quan cấp trên gửi: &apos;tiepdan keys import-upstream TỆP&apos;.</source>
        <translation>There is no upstream office key yet. Import the key file the upstream office sent: &apos;tiepdan keys import-upstream FILE&apos;.</translation>
    </message>
    <message>
        <source>Chưa có khóa đồng bộ. Hãy chạy &apos;tiepdan keys init&apos; trước.</source>
        <translation>There are no sync keys yet. Run &apos;tiepdan keys init&apos; first.</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào để gửi</source>
        <translation>No changes to send yet</translation>
    </message>
    <message>
        <source>Chưa gửi lên cấp trên</source>
        <translation>Not yet sent upstream</translation>
    </message>
    <message>
        <source>Chưa nhập khóa của cơ quan cấp trên. Hãy nhận tệp khóa do cơ quan cấp trên gửi, đối chiếu dấu vân tay với bản giấy, rồi chạy «tiepdan keys import-upstream TỆP».</source>
        <translation>The upstream office&apos;s key has not been imported. Get the key file the upstream office sends, check its fingerprint against the paper copy, then run «tiepdan keys import-upstream FILE».</translation>
    </message>
    <message>
        <source>Chỉ báo cáo kết quả cho nơi đã chuyển đơn đến.</source>
        <translation>Only report the result to the body that forwarded the petition.</translation>
    </message>
    <message>
        <source>Chỉ chuyển đơn tố cáo hoặc kiến nghị, phản ánh; khiếu nại thì hướng dẫn.</source>
        <translation>Only denunciations and recommendations/reports are transferred; for a complaint, give guidance.</translation>
    </message>
    <message>
        <source>Chỉ chuyển đơn đủ điều kiện xử lý mà không thuộc thẩm quyền.</source>
        <translation>Only transfer a petition that qualifies for handling but is outside our competence.</translation>
    </message>
    <message>
        <source>Chỉ ghi nơi chuyển đơn khi nguồn đơn là «do nơi khác chuyển đến» (forwarded).</source>
        <translation>Only record who forwarded the petition when its source is «forwarded by another body» (forwarded).</translation>
    </message>
    <message>
        <source>Chỉ gia hạn giải quyết tố cáo; khiếu nại phức tạp dùng thời hạn 45 ngày khi thụ lý.</source>
        <translation>Only the resolution of a denunciation can be extended; a complex complaint uses the 45-day deadline at acceptance.</translation>
    </message>
    <message>
        <source>Chỉ quyết định giải quyết khiếu nại mới ghi «có hiệu lực pháp luật».</source>
        <translation>Only a complaint decision is recorded as «legally effective».</translation>
    </message>
    <message>
        <source>Chỉ rút tố cáo trước khi có kết luận (Luật Tố cáo, Điều 33).</source>
        <translation>A denunciation can only be withdrawn before the conclusion (Law on Denunciations, Art. 33).</translation>
    </message>
    <message>
        <source>Chỉ trả lại đơn do cơ quan, tổ chức, cá nhân khác chuyển đến.</source>
        <translation>Only return a petition that was forwarded by another body, organisation or person.</translation>
    </message>
    <message>
        <source>Chỉ đề xuất thụ lý đơn đủ điều kiện xử lý và thuộc thẩm quyền.</source>
        <translation>Only propose accepting a petition that qualifies for handling and is within our competence.</translation>
    </message>
    <message>
        <source>Chọn cấp phó được ủy quyền tiếp.</source>
        <translation>Choose the authorised deputy who received the citizen.</translation>
    </message>
    <message>
        <source>Chọn người đứng đầu (Chủ tịch) đã trực tiếp tiếp.</source>
        <translation>Choose the head (Chair) who received the citizen in person.</translation>
    </message>
    <message>
        <source>Cán bộ không có trong danh sách cán bộ.</source>
        <translation>The officer is not in the officer list.</translation>
    </message>
    <message>
        <source>Cán bộ tiếp không có trong danh sách cán bộ.</source>
        <translation>The receiving officer is not in the officer list.</translation>
    </message>
    <message>
        <source>Cán bộ và lãnh đạo cần gắn với một cán bộ trong danh sách cán bộ.</source>
        <translation>Officers and leaders must be linked to an officer in the officer list.</translation>
    </message>
    <message>
        <source>Cán bộ xử lý không có trong danh sách cán bộ.</source>
        <translation>The handling officer is not in the officer list.</translation>
    </message>
    <message>
        <source>Cơ quan {office} chưa có khóa đang dùng nhận được bản tin (đăng ký lại bằng phiếu đăng ký khóa mới).</source>
        <translation>Office {office} has no active key that can receive bulletins (enrol again with a new key enrolment sheet).</translation>
    </message>
    <message>
        <source>Cấp trên không nhận được: {why}</source>
        <translation>The upstream could not apply it: {why}</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận</source>
        <translation>Received by the upstream</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận (lô số {number}, biên nhận ngày {day})</source>
        <translation>Received by the upstream (batch no. {number}, receipt of {day})</translation>
    </message>
    <message>
        <source>Cần ghi nội dung vụ việc.</source>
        <translation>The content of the matter is required.</translation>
    </message>
    <message>
        <source>Cần mật khẩu của người dùng {user}: đặt biến môi trường TIEPDAN_PASSWORD hoặc chạy lệnh trong một cửa sổ dòng lệnh để được hỏi.</source>
        <translation>The password of user {user} is needed: set the TIEPDAN_PASSWORD environment variable or run the command in a terminal to be asked.</translation>
    </message>
    <message>
        <source>Cần nhập họ tên người dùng.</source>
        <translation>The user&apos;s full name is required.</translation>
    </message>
    <message>
        <source>Cần nhập họ tên ít nhất một cán bộ tiếp công dân.</source>
        <translation>Enter the full name of at least one reception officer.</translation>
    </message>
    <message>
        <source>Cần nhập họ và tên cán bộ.</source>
        <translation>The officer&apos;s full name is required.</translation>
    </message>
    <message>
        <source>Cần nhập tên cơ quan (ví dụ: UBND phường Láng).</source>
        <translation>The office name is required (for example: UBND phường Láng).</translation>
    </message>
    <message>
        <source>Cần nhập tên lĩnh vực.</source>
        <translation>The field name is required.</translation>
    </message>
    <message>
        <source>Cần nhập địa danh ghi trên văn bản (ví dụ: Hà Nội).</source>
        <translation>The place name printed on documents is required (for example: Hà Nội).</translation>
    </message>
    <message>
        <source>Cần tóm tắt nội dung đơn.</source>
        <translation>A summary of the petition is required.</translation>
    </message>
    <message>
        <source>Cần ít nhất một người gửi đơn (hoặc đánh dấu nặc danh).</source>
        <translation>At least one sender is required (or mark the petition anonymous).</translation>
    </message>
    <message>
        <source>Cần ít nhất một người được tiếp.</source>
        <translation>At least one person received is required.</translation>
    </message>
    <message>
        <source>Dòng {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>Dữ liệu chưa hợp lệ:
{details}</source>
        <translation>The data is not valid:
{details}</translation>
    </message>
    <message>
        <source>Gia hạn lần hai chỉ cho vụ việc đặc biệt phức tạp (Luật Tố cáo, Điều 30).</source>
        <translation>A second extension is only for especially complex cases (Law on Denunciation, Article 30).</translation>
    </message>
    <message>
        <source>Gia hạn lần thứ {nth} của quy tắc {rule} chỉ áp dụng cho vụ việc đặc biệt phức tạp (theo {basis}).</source>
        <translation>Extension no. {nth} of rule {rule} only applies to especially complex cases (under {basis}).</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do thu hồi khóa (--reason).</source>
        <translation>Give the reason for revoking the key (--reason).</translation>
    </message>
    <message>
        <source>Hôm nay: {overdue} đơn quá hạn, {due_soon} sắp đến hạn.</source>
        <translation>Today: petitions overdue: {overdue}, due soon: {due_soon}.</translation>
    </message>
    <message>
        <source>Khiếu nại (KN), Tố cáo (TC), Kiến nghị, phản ánh (KNPA) hoặc Khác</source>
        <translation>Khiếu nại (KN, complaint), Tố cáo (TC, denunciation), Kiến nghị, phản ánh (KNPA, recommendation/report) or Khác (other)</translation>
    </message>
    <message>
        <source>Khiếu nại (KN), Tố cáo (TC), Kiến nghị, phản ánh (KNPA) hoặc Nhiều nội dung</source>
        <translation>Khiếu nại (KN, complaint), Tố cáo (TC, denunciation), Kiến nghị, phản ánh (KNPA, recommendation/report) or Nhiều nội dung (several matters)</translation>
    </message>
    <message>
        <source>Khiếu nại gửi sau thời hiệu 90 ngày (hết ngày {due:%d/%m/%Y}); kiểm tra lý do khách quan trước khi thụ lý (Luật Khiếu nại, Điều 9).</source>
        <translation>The complaint was filed after the 90-day limit (ended {due:%d/%m/%Y}); check for an objective reason before accepting it (Law on Complaints, Art. 9).</translation>
    </message>
    <message>
        <source>Khiếu nại này đã được hướng dẫn một lần; không hướng dẫn lại (lưu đơn).</source>
        <translation>This complaint has already been given guidance once; do not guide again (file it).</translation>
    </message>
    <message>
        <source>Kho cơ quan cấp trên thay khóa nhận bằng &apos;tiepdan keys rotate-recipients&apos;.</source>
        <translation>An upstream store replaces its recipient keys with &apos;tiepdan keys rotate-recipients&apos;.</translation>
    </message>
    <message>
        <source>Kho dữ liệu chưa có người dùng: người dùng đầu tiên phải có vai trò quản trị (&apos;--role admin&apos;).</source>
        <translation>The store has no users yet: the first user must have the administrator role (&apos;--role admin&apos;).</translation>
    </message>
    <message>
        <source>Kho dữ liệu chưa được khởi tạo cho cơ quan nào. Hãy chạy &apos;tiepdan init --office-code MÃ --office-name TÊN&apos; hoặc mở ứng dụng để thiết lập.</source>
        <translation>The data store has not been set up for any office. Run &apos;tiepdan init --office-code CODE --office-name NAME&apos; or open the application to set it up.</translation>
    </message>
    <message>
        <source>Kho dữ liệu không có cơ quan mã &apos;{office}&apos;.</source>
        <translation>The data store has no office with code &apos;{office}&apos;.</translation>
    </message>
    <message>
        <source>Kho dữ liệu này có tài khoản người dùng: cần đăng nhập để {action}. Ở dòng lệnh dùng &apos;--user TÊN&apos; (mật khẩu lấy từ biến môi trường TIEPDAN_PASSWORD hoặc được hỏi).</source>
        <translation>This data store has user accounts: sign in to {action}. On the command line use &apos;--user NAME&apos; (the password comes from the TIEPDAN_PASSWORD environment variable or is asked for).</translation>
    </message>
    <message>
        <source>Kho dữ liệu này đã được khởi tạo cho {office}.</source>
        <translation>This data store is already set up for {office}.</translation>
    </message>
    <message>
        <source>Kho dữ liệu này đã được mã hóa.</source>
        <translation>This data store is already encrypted.</translation>
    </message>
    <message>
        <source>Kho dữ liệu {path} đã được mã hóa nhưng không tìm thấy tệp khóa {keys} ({reason}). Hãy chép lại tệp khóa từ cùng thư mục của bản sao lưu gần nhất (tệp .keys), hoặc khôi phục bản sao lưu đó (&apos;tiepdan restore TỆP --recovery-key&apos;).</source>
        <translation>The data store {path} is encrypted but its key file {keys} was not found ({reason}). Copy the key file back from the folder of the latest backup (the .keys file), or restore that backup (&apos;tiepdan restore FILE --recovery-key&apos;).</translation>
    </message>
    <message>
        <source>Kho dữ liệu đã mã hóa: cần đăng nhập (&apos;--user TÊN&apos;) hoặc mã khôi phục (&apos;--recovery-key&apos;, mã lấy từ biến môi trường TIEPDAN_RECOVERY_KEY hoặc được hỏi).</source>
        <translation>The data store is encrypted: sign in (&apos;--user NAME&apos;) or give the recovery key (&apos;--recovery-key&apos;, taken from the TIEPDAN_RECOVERY_KEY environment variable or asked for).</translation>
    </message>
    <message>
        <source>Kho này không ở chế độ cơ quan cấp trên (&apos;tiepdan keys init --upstream&apos;).</source>
        <translation>This store is not in upstream office mode (&apos;tiepdan keys init --upstream&apos;).</translation>
    </message>
    <message>
        <source>Kho này là cơ quan cấp trên (nhận lô ở trang «Nhận lô»). Muốn gửi tiếp lên cấp cao hơn: chưa nhập khóa của cơ quan cấp trên. Hãy nhận tệp khóa do cơ quan cấp trên gửi, đối chiếu dấu vân tay với bản giấy, rồi chạy «tiepdan keys import-upstream TỆP».</source>
        <translation>This store is an upstream office (batches are received on the «Receive batches» page). To send further up: the higher office&apos;s key has not been imported. Get the key file it sends, check its fingerprint against the paper copy, then run «tiepdan keys import-upstream FILE».</translation>
    </message>
    <message>
        <source>Khoảng ngày không hợp lệ: ngày bắt đầu sau ngày kết thúc.</source>
        <translation>Invalid date range: the start date is after the end date.</translation>
    </message>
    <message>
        <source>Khóa ký có mật khẩu: cần đặt biến môi trường TIEPDAN_KEY_PASSPHRASE trước khi mở chương trình để xuất dữ liệu.</source>
        <translation>The signing key has a passphrase: set the environment variable TIEPDAN_KEY_PASSPHRASE before starting the program to export data.</translation>
    </message>
    <message>
        <source>Khóa sẵn sàng. Gửi cho: {office} ({code}), dấu vân tay {fingerprint}.</source>
        <translation>Key ready. Sending to: {office} ({code}), fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Khóa {key} đã bị thu hồi trước đây.</source>
        <translation>Key {key} was already revoked.</translation>
    </message>
    <message>
        <source>Khóa đồng bộ đã có ({path}); không tạo lại để khỏi mất khóa cũ.</source>
        <translation>Sync keys already exist ({path}); they are not created again so the old keys are not lost.</translation>
    </message>
    <message>
        <source>Không có biểu báo cáo &apos;{report}&apos;. Xem danh sách bằng lệnh &apos;tiepdan report list&apos;.</source>
        <translation>There is no report &apos;{report}&apos;. See the list with &apos;tiepdan report list&apos;.</translation>
    </message>
    <message>
        <source>Không có cán bộ mã &apos;{code}&apos;.</source>
        <translation>There is no officer with code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Không có mẫu in &apos;{form}&apos;. Xem danh sách bằng lệnh &apos;tiepdan print forms&apos;.</source>
        <translation>There is no print form &apos;{form}&apos;. See the list with &apos;tiepdan print forms&apos;.</translation>
    </message>
    <message>
        <source>Không có quy tắc thời hạn &apos;{rule}&apos;. Xem danh sách bằng lệnh &apos;tiepdan deadline --list&apos;.</source>
        <translation>There is no deadline rule &apos;{rule}&apos;. See the list with &apos;tiepdan deadline --list&apos;.</translation>
    </message>
    <message>
        <source>Không có đơn số {number} trong sổ đơn của cơ quan này (chỉ chuyển được đơn do cơ quan này vào sổ; số đơn dạng 0007/2026).</source>
        <translation>There is no petition number {number} in this office&apos;s register (only petitions this office registered can be transferred; numbers look like 0007/2026).</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {reason}</source>
        <translation>Could not write file {path}: {reason}</translation>
    </message>
    <message>
        <source>Không in được «{form}» cho {what} {number}: {reason}</source>
        <translation>Cannot print «{form}» for {what} {number}: {reason}</translation>
    </message>
    <message>
        <source>Không khôi phục được khi TiepDan đang mở kho dữ liệu này ở cửa sổ khác. Hãy đóng cửa sổ đó rồi chạy lại.</source>
        <translation>Cannot restore while TiepDan has this data store open in another window. Close that window and try again.</translation>
    </message>
    <message>
        <source>Không khôi phục được từ {path}: {reason}. Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Could not restore from {path}: {reason}. The current data is unchanged.</translation>
    </message>
    <message>
        <source>Không ký lại được lô số {seq}: nhật ký thay đổi thiếu {missing} thay đổi của lô. Hãy báo cán bộ tin học.</source>
        <translation>Could not sign batch no. {seq} again: the change log lacks {missing} of its changes. Please inform the IT officer.</translation>
    </message>
    <message>
        <source>Không kết nối được cơ sở dữ liệu {url}: {reason}. Hãy kiểm tra máy chủ PostgreSQL đang chạy, tên người dùng, mật khẩu (biến PGPASSWORD hoặc tệp ~/.pgpass) và tên cơ sở dữ liệu.</source>
        <translation>Could not connect to database {url}: {reason}. Check that the PostgreSQL server is running, the user name, the password (PGPASSWORD variable or ~/.pgpass file) and the database name.</translation>
    </message>
    <message>
        <source>Không lưu được do lỗi đọc ghi ổ đĩa ({reason}). Chưa có gì bị ghi dở. Hãy kiểm tra ổ đĩa, rồi chạy &apos;tiepdan check&apos; trước khi làm tiếp.</source>
        <translation>Could not save because of a disk read/write error ({reason}). Nothing was half-written. Check the disk, then run &apos;tiepdan check&apos; before continuing.</translation>
    </message>
    <message>
        <source>Không lưu được: thư mục dữ liệu đang ở chế độ chỉ đọc hoặc không có quyền ghi. Chưa có gì bị ghi dở; nội dung đang nhập vẫn còn. Hãy kiểm tra quyền ghi của thư mục rồi thử lại.</source>
        <translation>Could not save: the data folder is read-only or not writable. Nothing was half-written; what you typed is kept. Check the folder&apos;s write permission and try again.</translation>
    </message>
    <message>
        <source>Không lưu được: ổ đĩa chứa dữ liệu đã đầy. Chưa có gì bị ghi dở; nội dung đang nhập vẫn còn. Hãy giải phóng dung lượng ổ đĩa rồi bấm Lưu lại.</source>
        <translation>Could not save: the data disk is full. Nothing was half-written; what you typed is kept. Free some disk space, then press Save again.</translation>
    </message>
    <message>
        <source>Không mã hóa được kho dữ liệu: {reason}. Dữ liệu được giữ nguyên.</source>
        <translation>Could not encrypt the data store: {reason}. The data is unchanged.</translation>
    </message>
    <message>
        <source>Không mở được khóa ký của cơ quan: sai mật khẩu (TIEPDAN_KEY_PASSPHRASE).</source>
        <translation>Could not open the office signing key: wrong passphrase (TIEPDAN_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu {path}: {reason}. Nếu tệp bị hỏng, hãy khôi phục bản sao lưu gần nhất (&apos;tiepdan restore TỆP&apos; hoặc menu Quản trị › Khôi phục…).</source>
        <translation>Could not open data file {path}: {reason}. If the file is damaged, restore the latest backup (&apos;tiepdan restore FILE&apos; or menu Administration › Restore…).</translation>
    </message>
    <message>
        <source>Không nhập được &apos;{kind}&apos;: chọn visits (sổ tiếp) hoặc petitions (sổ đơn).</source>
        <translation>Cannot import &apos;{kind}&apos;: choose visits (reception logbook) or petitions (petition register).</translation>
    </message>
    <message numerus="yes">
        <source>Không nhập: {n} lỗi cần sửa trong tệp {file}; chưa có dòng nào được ghi.</source>
        <translation>
            <numerusform>Not imported: {n} error to fix in file {file}; no row has been written.</numerusform>
            <numerusform>Not imported: {n} errors to fix in file {file}; no row has been written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không sao lưu được vào {path}: {reason}. Không có tệp sao lưu dở nào được để lại.</source>
        <translation>Could not back up to {path}: {reason}. No partial backup file was left behind.</translation>
    </message>
    <message>
        <source>Không thể vô hiệu hóa người quản trị cuối cùng đang hoạt động.</source>
        <translation>The last active administrator cannot be disabled.</translation>
    </message>
    <message>
        <source>Không thể {step} khi đơn đang «{state}».</source>
        <translation>Cannot {step} while the petition is «{state}».</translation>
    </message>
    <message>
        <source>Không tìm thấy bản lưu của lô số {seq} trong máy ({path}). Hãy báo cán bộ tin học.</source>
        <translation>The saved copy of batch no. {seq} was not found on this computer ({path}). Tell the IT officer.</translation>
    </message>
    <message>
        <source>Không tìm thấy công dân đã chọn (có thể đã bị xóa); hãy tìm lại.</source>
        <translation>The chosen citizen was not found (it may have been deleted); search again.</translation>
    </message>
    <message>
        <source>Không tìm thấy lượt tiếp đã chọn.</source>
        <translation>The chosen visit was not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy {what} {key}.</source>
        <translation>Not found: {what} {key}.</translation>
    </message>
    <message>
        <source>Không tìm thấy đúng một khóa bắt đầu bằng &apos;{key}&apos; (gõ ít nhất 8 ký tự; xem &apos;tiepdan keys show&apos;).</source>
        <translation>Not exactly one key starts with &apos;{key}&apos; (type at least 8 characters; see &apos;tiepdan keys show&apos;).</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn được liên kết.</source>
        <translation>The linked petition was not found.</translation>
    </message>
    <message>
        <source>Không xuất được: bản ghi {entity} {id} đã bị sửa ngoài ứng dụng (phiên bản {current}, nhật ký thay đổi ghi {logged}). Hãy kiểm tra tệp dữ liệu (&apos;tiepdan check&apos;) và báo cán bộ kỹ thuật.</source>
        <translation>Cannot export: record {entity} {id} was changed outside the application (version {current}, change log says {logged}). Check the data file (&apos;tiepdan check&apos;) and tell the technical officer.</translation>
    </message>
    <message>
        <source>Không được phép {action}: việc này dành cho {roles}. Tài khoản {user} có vai trò {role}.</source>
        <translation>Not allowed to {action}: this is for {roles}. Account {user} has the role {role}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp: {exc}.</source>
        <translation>Could not read the file: {exc}.</translation>
    </message>
    <message>
        <source>Khổ giấy &apos;{paper}&apos; không được hỗ trợ (chọn A4 hoặc A5).</source>
        <translation>Paper size &apos;{paper}&apos; is not supported (choose A4 or A5).</translation>
    </message>
    <message>
        <source>Khổ giấy phải là A4 hoặc A5.</source>
        <translation>The paper size must be A4 or A5.</translation>
    </message>
    <message>
        <source>Kết quả giải quyết khiếu nại là right (đúng), wrong (sai) hoặc partly (đúng một phần).</source>
        <translation>The complaint result is right, wrong or partly (partly right).</translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ: &apos;{text}&apos; ({reason}).</source>
        <translation>Invalid reporting period: &apos;{text}&apos; ({reason}).</translation>
    </message>
    <message>
        <source>Lĩnh vực &apos;{code}&apos; không có trong danh mục.</source>
        <translation>Field &apos;{code}&apos; is not in the list.</translation>
    </message>
    <message>
        <source>Lĩnh vực &apos;{field_code}&apos; không có trong danh mục.</source>
        <translation>Field &apos;{field_code}&apos; is not in the list.</translation>
    </message>
    <message>
        <source>Lần khiếu nại là 1 hoặc 2.</source>
        <translation>The complaint instance is 1 or 2.</translation>
    </message>
    <message>
        <source>Lịch làm việc chưa hợp lệ ({count} lỗi); không có gì thay đổi:
{details}</source>
        <translation>The working calendar is not valid (errors: {count}); nothing was changed:
{details}</translation>
    </message>
    <message>
        <source>Máy này chưa có khóa đồng bộ. Cán bộ tin học chạy lệnh «tiepdan keys init», rồi gửi khóa công khai («tiepdan keys export-public TỆP») cho cơ quan cấp trên để đăng ký.</source>
        <translation>This computer has no sync key yet. The IT officer runs «tiepdan keys init», then sends the public key («tiepdan keys export-public FILE») to the upstream office to be registered.</translation>
    </message>
    <message>
        <source>Mã cán bộ &apos;{code}&apos; đã được dùng.</source>
        <translation>Officer code &apos;{code}&apos; is already in use.</translation>
    </message>
    <message>
        <source>Mã cán bộ chỉ gồm chữ, số, dấu chấm, gạch (tối đa 32 ký tự).</source>
        <translation>An officer code has only letters, digits, dots and dashes (at most 32 characters).</translation>
    </message>
    <message>
        <source>Mã cơ quan chỉ gồm chữ, số, dấu chấm, gạch (tối đa 32 ký tự).</source>
        <translation>An office code has only letters, digits, dots and dashes (at most 32 characters).</translation>
    </message>
    <message>
        <source>Mã khôi phục không đúng (kiểm tra lại từng nhóm ký tự trên tờ giấy đã in).</source>
        <translation>The recovery key is wrong (check each group of characters on the printed sheet).</translation>
    </message>
    <message>
        <source>Mã lĩnh vực chỉ gồm chữ, số (tối đa 32 ký tự).</source>
        <translation>A field code has only letters and digits (at most 32 characters).</translation>
    </message>
    <message>
        <source>Mã tra cứu không đúng dạng: &apos;{text}&apos; (ví dụ 00163-L0007/2026-K7QX2MPA).</source>
        <translation>Malformed lookup code: &apos;{text}&apos; (for example 00163-L0007/2026-K7QX2MPA).</translation>
    </message>
    <message>
        <source>Mẫu «{form}» in được cho cả lượt tiếp và đơn: số {key} là của lượt tiếp hay của đơn? Dùng --visit hoặc --petition thay cho --id.</source>
        <translation>Form «{form}» prints for both visits and petitions: is number {key} a visit or a petition? Use --visit or --petition instead of --id.</translation>
    </message>
    <message>
        <source>Mẫu «{form}» không in cho {kind}; mẫu này dùng cho {kinds}.</source>
        <translation>Form «{form}» does not print for {kind}; it is for {kinds}.</translation>
    </message>
    <message>
        <source>Mật khẩu chưa đủ mạnh: {reason}</source>
        <translation>The password is not strong enough: {reason}</translation>
    </message>
    <message>
        <source>Một người được ghi hai lần trong cùng lượt tiếp.</source>
        <translation>A person is entered twice in the same visit.</translation>
    </message>
    <message>
        <source>Một người được ghi hai lần trong cùng đơn.</source>
        <translation>A person is entered twice in the same petition.</translation>
    </message>
    <message>
        <source>Một số CCCD được nhập hai lần trong cùng lượt tiếp.</source>
        <translation>An ID number is entered twice in the same visit.</translation>
    </message>
    <message>
        <source>Một số CCCD được nhập hai lần trong cùng đơn.</source>
        <translation>An ID number is entered twice in the same petition.</translation>
    </message>
    <message>
        <source>Ngày chốt số liệu phải từ 1 đến 28 (đã nhập {day}).</source>
        <translation>The cut-off day must be from 1 to 28 (entered {day}).</translation>
    </message>
    <message>
        <source>Ngày của bước xử lý không được trước bước liền trước ({on_date:%d/%m/%Y}).</source>
        <translation>The step date cannot be before the previous step ({on_date:%d/%m/%Y}).</translation>
    </message>
    <message>
        <source>Ngày của bước xử lý không được trước ngày nhận đơn.</source>
        <translation>The step date cannot be before the date the petition was received.</translation>
    </message>
    <message>
        <source>Ngày của bước xử lý không được ở tương lai.</source>
        <translation>The step date cannot be in the future.</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: {value} (dùng dạng YYYY-MM-DD).</source>
        <translation>Invalid date: {value} (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ngày nhận đơn phải từ năm 2000 đến hôm nay.</source>
        <translation>The date received must be between 2000 and today.</translation>
    </message>
    <message>
        <source>Ngày này phải trước hoặc bằng ngày nhận đơn.</source>
        <translation>This date must be on or before the date received.</translation>
    </message>
    <message>
        <source>Ngày văn bản không được sau ngày của bước xử lý.</source>
        <translation>The document date cannot be after the step date.</translation>
    </message>
    <message>
        <source>Ngày {date} đã có trong lịch ({name}); hãy sửa mục đó thay vì thêm mới.</source>
        <translation>{date} is already in the calendar ({name}); edit that entry instead of adding a new one.</translation>
    </message>
    <message>
        <source>Người thứ {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>Phần tử &apos;{path}&apos; phải là một đối tượng.</source>
        <translation>Item &apos;{path}&apos; must be an object.</translation>
    </message>
    <message>
        <source>Số CCCD {cccd} đã thuộc về {owner}, không phải {chosen}.</source>
        <translation>ID number {cccd} already belongs to {owner}, not {chosen}.</translation>
    </message>
    <message>
        <source>Tài liệu thứ {n}: cần ghi tên.</source>
        <translation>Document {n}: the name is required.</translation>
    </message>
    <message>
        <source>Tài liệu thứ {n}: loại là original (bản gốc), copy (bản sao) hoặc certified_copy.</source>
        <translation>Document {n}: the kind is original, copy or certified_copy.</translation>
    </message>
    <message>
        <source>Tài liệu thứ {n}: số trang không hợp lý.</source>
        <translation>Document {n}: the page count is not plausible.</translation>
    </message>
    <message>
        <source>Tên máy in tối đa {max} ký tự.</source>
        <translation>A printer name has at most {max} characters.</translation>
    </message>
    <message>
        <source>Tối đa {max} ký tự.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>cùng người gửi</source>
        <translation>same sender</translation>
    </message>
    <message>
        <source>khóa ký thuộc cơ quan {owner}, không phải {claimed}</source>
        <translation>the signing key belongs to office {owner}, not {claimed}</translation>
    </message>
    <message>
        <source>khóa ký đã bị thu hồi ngày {day} ({reason})</source>
        <translation>the signing key was revoked on {day} ({reason})</translation>
    </message>
    <message>
        <source>không có trường &apos;{field}&apos; (các trường: {fields})</source>
        <translation>there is no field &apos;{field}&apos; (fields: {fields})</translation>
    </message>
    <message>
        <source>không ghi được tệp {path} ({reason})</source>
        <translation>could not write file {path} ({reason})</translation>
    </message>
    <message>
        <source>không hỗ trợ &apos;{backend}&apos;</source>
        <translation>&apos;{backend}&apos; is not supported</translation>
    </message>
    <message>
        <source>không mở được tệp {name}: {reason}</source>
        <translation>could not open file {name}: {reason}</translation>
    </message>
    <message>
        <source>không đọc được tệp {path} ({reason})</source>
        <translation>could not read file {path} ({reason})</translation>
    </message>
    <message>
        <source>năm phải từ {first} đến {last}</source>
        <translation>the year must be from {first} to {last}</translation>
    </message>
    <message>
        <source>thay đổi {seq} không hợp lệ</source>
        <translation>change {seq} is not valid</translation>
    </message>
    <message>
        <source>thiếu bản tin số {first}..{last}; hãy nhập các bản tin đó trước</source>
        <translation>bulletins no. {first}..{last} are missing; import those bulletins first</translation>
    </message>
    <message>
        <source>trường &apos;{field}&apos;: tệp không có cột &apos;{column}&apos;</source>
        <translation>field &apos;{field}&apos;: the file has no column &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>tệp được tạo bởi phiên bản TiepDan mới hơn (lược đồ {revision})</source>
        <translation>the file was made by a newer TiepDan version (schema {revision})</translation>
    </message>
    <message>
        <source>Người tố cáo (bảo mật) #{code}</source>
        <translation>Denouncer (protected) #{code}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <source>9 tháng năm {year}</source>
        <translation>First 9 months of {year}</translation>
    </message>
    <message>
        <source>Chỉ tiêu &apos;{key}&apos; không được hỗ trợ (chọn: {allowed}).</source>
        <translation>Indicator &apos;{key}&apos; is not supported (choose: {allowed}).</translation>
    </message>
    <message>
        <source>Công dân đã chọn có số CCCD {cccd}, khác số vừa nhập {typed}.</source>
        <translation>The chosen citizen has ID number {cccd}, different from the number entered ({typed}).</translation>
    </message>
    <message>
        <source>Cơ quan tự đặt ngày chốt số liệu (mở kỳ ngày {day})</source>
        <translation>The office&apos;s own cut-off day (periods open on day {day})</translation>
    </message>
    <message>
        <source>Hạn {period} kể từ {event} {start}</source>
        <translation>Deadline: {period} from {event} on {start}</translation>
    </message>
    <message>
        <source>Hạn {period} trước {event} {start}</source>
        <translation>Deadline: {period} before {event} on {start}</translation>
    </message>
    <message>
        <source>LT {number}</source>
        <translation>Visit {number}</translation>
    </message>
    <message>
        <source>Mục {n} ({day}): {problem}</source>
        <translation>Item {n} ({day}): {problem}</translation>
    </message>
    <message>
        <source>Mục {n}: {problem}</source>
        <translation>Item {n}: {problem}</translation>
    </message>
    <message>
        <source>Nhận từ cơ quan khác</source>
        <translation>Received from another office</translation>
    </message>
    <message>
        <source>Nhận từ {office}</source>
        <translation>Received from {office}</translation>
    </message>
    <message>
        <source>Nhật ký kiểm tra bị thay đổi từ mục số {seq}: {reason}</source>
        <translation>The audit log was altered from entry no. {seq}: {reason}</translation>
    </message>
    <message>
        <source>Nâng cấp dữ liệu thất bại: {count} liên kết không hợp lệ. Dữ liệu cũ được giữ nguyên.</source>
        <translation>Data upgrade failed: invalid links: {count}. The old data is kept unchanged.</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Nội dung tố cáo này đã được chuyển một lần; không chuyển lại.</source>
        <translation>This denunciation has already been transferred once; do not transfer it again.</translation>
    </message>
    <message>
        <source>Phân loại: cần chọn loại nội dung (khiếu nại, tố cáo, kiến nghị phản ánh…).</source>
        <translation>Classification: choose the content type (complaint, denunciation, recommendation/report…).</translation>
    </message>
    <message>
        <source>Phân loại: cần chọn đơn thuộc hay không thuộc thẩm quyền.</source>
        <translation>Classification: choose whether the petition is within our competence or not.</translation>
    </message>
    <message>
        <source>Phân loại: cần chọn đơn đủ hay không đủ điều kiện xử lý.</source>
        <translation>Classification: choose whether the petition qualifies for handling or not.</translation>
    </message>
    <message>
        <source>Phân loại: đơn không đủ điều kiện xử lý phải ghi lý do.</source>
        <translation>Classification: a petition that does not qualify for handling needs a reason.</translation>
    </message>
    <message>
        <source>Phần tử &apos;senders.{i}&apos; phải là một đối tượng.</source>
        <translation>Item &apos;senders.{i}&apos; must be an object.</translation>
    </message>
    <message>
        <source>Quy tắc {rule} ({title}) cho gia hạn tối đa {max} lần; không thể gia hạn {count} lần.</source>
        <translation>Rule {rule} ({title}) allows at most {max} extension(s); {count} extensions are not possible.</translation>
    </message>
    <message>
        <source>Quy tắc {rule} ({title}) không cho phép gia hạn.</source>
        <translation>Rule {rule} ({title}) does not allow extensions.</translation>
    </message>
    <message>
        <source>Quy tắc {rule} ({title}) không có thời hạn riêng cho vùng sâu, vùng xa.</source>
        <translation>Rule {rule} ({title}) has no separate deadline for remote areas.</translation>
    </message>
    <message>
        <source>Quy tắc {rule} ({title}) không có thời hạn riêng cho vụ việc phức tạp.</source>
        <translation>Rule {rule} ({title}) has no separate deadline for complex cases.</translation>
    </message>
    <message>
        <source>Quyết định đã có hiệu lực: không thể rút đơn.</source>
        <translation>The decision is already effective: the petition cannot be withdrawn.</translation>
    </message>
    <message>
        <source>Quý {quarter} năm {year}</source>
        <translation>Quarter {quarter} of {year}</translation>
    </message>
    <message>
        <source>Số bản in phải từ 1 đến {max} (đã nhập {copies}).</source>
        <translation>The number of copies must be from 1 to {max} (entered {copies}).</translation>
    </message>
    <message>
        <source>Số lần gia hạn phải là số nguyên không âm (đã nhập {count}).</source>
        <translation>The number of extensions must be a non-negative whole number (entered {count}).</translation>
    </message>
    <message>
        <source>Số ngày theo dõi phải từ 1 đến 366.</source>
        <translation>The number of days watched must be from 1 to 366.</translation>
    </message>
    <message>
        <source>Số người của đoàn ít hơn số người đã ghi tên.</source>
        <translation>The group has fewer people than the names entered.</translation>
    </message>
    <message>
        <source>Số người không được ít hơn số người đã ghi tên.</source>
        <translation>The number of people cannot be less than the names entered.</translation>
    </message>
    <message>
        <source>Số người ký đơn không được ít hơn số người gửi đã ghi.</source>
        <translation>The number of signers cannot be less than the senders entered.</translation>
    </message>
    <message>
        <source>Số người quá lớn.</source>
        <translation>The number of people is too large.</translation>
    </message>
    <message>
        <source>Số vụ việc để cảnh báo phải từ 2 đến 1000.</source>
        <translation>The number of cases for an alert must be from 2 to 1000.</translation>
    </message>
    <message>
        <source>Thiết lập sao lưu không hợp lệ: {details}</source>
        <translation>Invalid backup settings: {details}</translation>
    </message>
    <message>
        <source>Thiếu trường bắt buộc &apos;{key}&apos;.</source>
        <translation>Required field &apos;{key}&apos; is missing.</translation>
    </message>
    <message>
        <source>Tháng {month} năm {year}</source>
        <translation>Month {month}/{year}</translation>
    </message>
    <message>
        <source>Thông báo thụ lý riêng là bước của giải quyết tố cáo (Luật Tố cáo, Điều 29); khiếu nại được thông báo cùng việc thụ lý.</source>
        <translation>A separate acceptance notice is a step of resolving a denunciation (Law on Denunciations, Art. 29); a complaint is notified together with its acceptance.</translation>
    </message>
    <message>
        <source>Thời gian tự khóa từ 0 (không khóa) đến 240 phút.</source>
        <translation>The auto-lock time is from 0 (never) to 240 minutes.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp không được ở tương lai.</source>
        <translation>The reception time cannot be in the future.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp quá xa (trước năm 2000).</source>
        <translation>The reception time is too far back (before 2000).</translation>
    </message>
    <message>
        <source>TiepDan đang mở kho dữ liệu này ở một cửa sổ khác trên máy (thư mục {path}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>TiepDan already has this data store open in another window on this computer (folder {path}). Use that window, or close it and open again.</translation>
    </message>
    <message>
        <source>Trường &apos;persons&apos; phải là một danh sách.</source>
        <translation>Field &apos;persons&apos; must be a list.</translation>
    </message>
    <message>
        <source>Trường &apos;quantities&apos; phải là một đối tượng {{chỉ tiêu: số}}.</source>
        <translation>Field &apos;quantities&apos; must be an object {{indicator: number}}.</translation>
    </message>
    <message>
        <source>Trường &apos;reasons&apos; là danh sách chuỗi ký tự.</source>
        <translation>Field &apos;reasons&apos; is a list of strings.</translation>
    </message>
    <message>
        <source>Trường &apos;{key}&apos; phải là một danh sách.</source>
        <translation>Field &apos;{key}&apos; must be a list.</translation>
    </message>
    <message>
        <source>Trường &apos;{key}&apos;: thời điểm không hợp lệ &apos;{value}&apos; (dạng 2026-11-20T09:30:00+07:00).</source>
        <translation>Field &apos;{key}&apos;: invalid time &apos;{value}&apos; (form 2026-11-20T09:30:00+07:00).</translation>
    </message>
    <message>
        <source>Trường &apos;{path}{key}&apos; phải là chuỗi ký tự.</source>
        <translation>Field &apos;{path}{key}&apos; must be a string.</translation>
    </message>
    <message>
        <source>Trường &apos;{path}{key}&apos; phải là số nguyên.</source>
        <translation>Field &apos;{path}{key}&apos; must be a whole number.</translation>
    </message>
    <message>
        <source>Trường &apos;{path}{key}&apos; phải là true hoặc false.</source>
        <translation>Field &apos;{path}{key}&apos; must be true or false.</translation>
    </message>
    <message>
        <source>Trường &apos;{path}{key}&apos;: mã định danh không hợp lệ.</source>
        <translation>Field &apos;{path}{key}&apos;: invalid identifier.</translation>
    </message>
    <message>
        <source>Trường &apos;{path}{key}&apos;: ngày không hợp lệ &apos;{value}&apos; (dạng YYYY-MM-DD).</source>
        <translation>Field &apos;{path}{key}&apos;: invalid date &apos;{value}&apos; (form YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Trường không được hỗ trợ: {fields}</source>
        <translation>Unsupported fields: {fields}</translation>
    </message>
    <message>
        <source>T{month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>Tài khoản {user} chưa có khóa mở kho dữ liệu đã mã hóa (tài khoản có từ trước khi mã hóa, hoặc vừa được mở lại). Hãy nhờ quản trị đặt lại mật khẩu cho tài khoản này.</source>
        <translation>Account {user} has no key to open the encrypted data store (the account predates the encryption, or was just re-enabled). Ask an administrator to reset this account&apos;s password.</translation>
    </message>
    <message>
        <source>Tài khoản {user} tạm bị khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {wait}, hoặc nhờ quản trị đặt lại mật khẩu.</source>
        <translation>Account {user} is temporarily locked after too many wrong passwords. Try again in {wait}, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <source>Tài khoản {user} đã bị vô hiệu hóa. Hãy liên hệ người quản trị.</source>
        <translation>Account {user} has been disabled. Contact the administrator.</translation>
    </message>
    <message>
        <source>Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch (tối đa 64 ký tự).</source>
        <translation>A user name has only letters, digits, dots and dashes (at most 64 characters).</translation>
    </message>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Tên đăng nhập {user} đã có.</source>
        <translation>User name {user} already exists.</translation>
    </message>
    <message>
        <source>Tệp JSON không đọc được: {reason}</source>
        <translation>The JSON file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {path} bị hỏng ({detail}). TiepDan không tự sửa tệp. Hãy khôi phục bản sao lưu gần nhất: menu Quản trị › Khôi phục… hoặc lệnh &apos;tiepdan restore TỆP&apos; (các bản sao lưu nằm trong {backups}).</source>
        <translation>The data file {path} is damaged ({detail}). TiepDan does not repair files itself. Restore the latest backup: menu Administration › Restore… or the command &apos;tiepdan restore FILE&apos; (backups are in {backups}).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu được tạo bởi một phiên bản TiepDan mới hơn (lược đồ {revision}). Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi.</source>
        <translation>The data file was made by a newer version of TiepDan (schema {revision}). Install the latest version and open it again; the data has not been changed.</translation>
    </message>
    <message>
        <source>Tệp khóa không mở được kho dữ liệu {path}: tệp khóa thuộc một kho khác hoặc tệp dữ liệu bị hỏng. Hãy khôi phục bản sao lưu gần nhất.</source>
        <translation>The key file does not open data store {path}: it belongs to another store or the data file is damaged. Restore the latest backup.</translation>
    </message>
    <message>
        <source>Tệp khóa {path} không hợp lệ: {reason}.</source>
        <translation>Key file {path} is not valid: {reason}.</translation>
    </message>
    <message>
        <source>Tệp không có cột: {columns}.</source>
        <translation>The file has no column: {columns}.</translation>
    </message>
    <message>
        <source>Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.</source>
        <translation>The file has no data rows below the header row.</translation>
    </message>
    <message>
        <source>Tệp lịch phải là một danh sách JSON [{{&quot;date&quot;: ..., &quot;kind&quot;: ..., &quot;name&quot;: ...}}, ...].</source>
        <translation>A calendar file must be a JSON list [{{&quot;date&quot;: ..., &quot;kind&quot;: ..., &quot;name&quot;: ...}}, ...].</translation>
    </message>
    <message>
        <source>Tệp này đã được nhập ngày {earlier}: nhập lại sẽ ghi trùng mọi dòng.</source>
        <translation>This file was already imported on {earlier}: importing again would duplicate every row.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải biên nhận hay thông báo của cơ quan cấp trên. Hãy chọn đúng tệp (biên nhận có đuôi .receipt.json).</source>
        <translation>File {path} is not a receipt or notice from the upstream office. Choose the right file (receipts end in .receipt.json).</translation>
    </message>
    <message>
        <source>Từ chối biên nhận {path}: {reason}. Không có gì được đánh dấu.</source>
        <translation>Receipt {path} refused: {reason}. Nothing was marked.</translation>
    </message>
    <message>
        <source>Từ chối tiếp phải ghi rõ lý do (Luật TCD, Điều 9).</source>
        <translation>A refusal to receive must state the reason (Law on Citizen Reception, Art. 9).</translation>
    </message>
    <message>
        <source>Từ chối tệp {path}: {reason}. Dữ liệu không bị thay đổi.</source>
        <translation>File {path} refused: {reason}. The data was not changed.</translation>
    </message>
    <message>
        <source>Từ ngày {start} đến ngày {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>Từ {start} đến {end}: {visits} lượt tiếp, {petitions} đơn.</source>
        <translation>From {start} to {end}: visits: {visits}, petitions: {petitions}.</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết: {resolved_share} ({resolved}/{to_resolve} vụ việc); đúng hạn: {on_time_share} ({on_time}/{resolved}).</source>
        <translation>Resolution rate: {resolved_share} ({resolved}/{to_resolve} cases); on time: {on_time_share} ({on_time}/{resolved}).</translation>
    </message>
    <message>
        <source>Việc này chưa làm được trên kho PostgreSQL của cơ quan cấp trên, chỉ trên kho SQLite (tệp dữ liệu trên máy). Trên kho PostgreSQL dùng được: init, keys, sync, bulletin, officer, field, user, calendar, search, visit list, visit show, petition list, petition show. Sao lưu và khôi phục kho PostgreSQL bằng pg_dump và pg_restore.</source>
        <translation>This cannot be done on the upstream office&apos;s PostgreSQL store yet, only on a SQLite store (a data file on this computer). On PostgreSQL you can use: init, keys, sync, bulletin, officer, field, user, calendar, search, visit list, visit show, petition list, petition show. Back up and restore a PostgreSQL store with pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>biên nhận dành cho cơ quan hoặc bản cài đặt khác</source>
        <translation>the receipt is for another office or installation</translation>
    </message>
    <message>
        <source>biên nhận xác nhận những thay đổi chưa từng được gửi</source>
        <translation>the receipt confirms changes that were never sent</translation>
    </message>
    <message>
        <source>bản ghi thay khóa không được ký bằng khóa cũ</source>
        <translation>the key replacement record is not signed with the old key</translation>
    </message>
    <message>
        <source>bản kê (manifest) không hợp lệ</source>
        <translation>the manifest is invalid</translation>
    </message>
    <message>
        <source>bản kê (manifest) quá lớn</source>
        <translation>the manifest is too large</translation>
    </message>
    <message>
        <source>bản kê bên trong ghi {field} khác phần đầu đã ký (nội dung của cơ quan khác bị gói lại)</source>
        <translation>the inner manifest&apos;s {field} differs from the signed header (another office&apos;s content was re-wrapped)</translation>
    </message>
    <message>
        <source>bản tin của {upstream_code}, không phải của cơ quan cấp trên {office_code}</source>
        <translation>bulletin from {upstream_code}, not from the upstream office {office_code}</translation>
    </message>
    <message>
        <source>bản tin gửi cho cơ quan {office_code}, không phải {own}</source>
        <translation>bulletin addressed to office {office_code}, not {own}</translation>
    </message>
    <message>
        <source>bản tin không ký bằng khóa của cơ quan cấp trên đã ghi nhận</source>
        <translation>the bulletin is not signed with the registered upstream office key</translation>
    </message>
    <message>
        <source>bản tin không nối tiếp bản tin trước (chuỗi phần đầu không khớp)</source>
        <translation>the bulletin does not follow the previous one (header chain mismatch)</translation>
    </message>
    <message>
        <source>bản tin số {seq} đã nhận với nội dung khác (rẽ nhánh)</source>
        <translation>bulletin no. {seq} was already received with different content (a fork)</translation>
    </message>
    <message>
        <source>bản tin số {seq}: </source>
        <translation>bulletin no. {seq}: </translation>
    </message>
    <message>
        <source>bảng sai dạng</source>
        <translation>malformed table</translation>
    </message>
    <message>
        <source>bộ khóa mới không hợp lệ ({bad_field})</source>
        <translation>the new key set is not valid ({bad_field})</translation>
    </message>
    <message>
        <source>bộ khóa phiên bản {version} cũ hơn phiên bản đang dùng {pinned}</source>
        <translation>key set version {version} is older than the version in use ({pinned})</translation>
    </message>
    <message>
        <source>chưa cài trình điều khiển PostgreSQL: pip install &apos;tiepdan[upstream]&apos;</source>
        <translation>the PostgreSQL driver is not installed: pip install &apos;tiepdan[upstream]&apos;</translation>
    </message>
    <message>
        <source>chưa có ngày</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>chờ nhập lại</source>
        <translation>waiting to be imported again</translation>
    </message>
    <message>
        <source>chữ ký của cơ quan cấp trên không hợp lệ</source>
        <translation>the upstream office&apos;s signature is invalid</translation>
    </message>
    <message>
        <source>chữ ký không hợp lệ</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <source>chữ ký không hợp lệ: tệp đã bị sửa hoặc không do cơ quan này ký</source>
        <translation>invalid signature: the file was altered or not signed by this office</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu không nhận bản ghi này; chưa nhận</source>
        <translation>the database does not accept this record; not received</translation>
    </message>
    <message>
        <source>cần có cả chữ và số</source>
        <translation>it needs both letters and digits</translation>
    </message>
    <message>
        <source>cần ghi tên ngày (ví dụ: Tết Dương lịch)</source>
        <translation>the day needs a name (for example: New Year&apos;s Day)</translation>
    </message>
    <message>
        <source>cần nhập họ và tên</source>
        <translation>full name is required</translation>
    </message>
    <message>
        <source>cần ít nhất {n} ký tự</source>
        <translation>it needs at least {n} characters</translation>
    </message>
    <message>
        <source>cần địa chỉ hoặc số giấy tờ tùy thân (Luật TCD, Điều 7)</source>
        <translation>an address or an ID document number is required (Law on Citizen Reception, Art. 7)</translation>
    </message>
    <message>
        <source>cột mã sai dạng</source>
        <translation>malformed id column</translation>
    </message>
    <message>
        <source>cột sai dạng</source>
        <translation>malformed column</translation>
    </message>
    <message>
        <source>cột sai dạng hoặc sai số giá trị</source>
        <translation>malformed column or wrong number of values</translation>
    </message>
    <message>
        <source>cột số sai dạng</source>
        <translation>malformed number column</translation>
    </message>
    <message>
        <source>danh sách thay đổi không hợp lệ ({bad_field})</source>
        <translation>the change list is not valid ({bad_field})</translation>
    </message>
    <message>
        <source>danh sách thay đổi không đọc được ({problem})</source>
        <translation>the list of changes cannot be read ({problem})</translation>
    </message>
    <message>
        <source>dòng {lineno}, cột {colno}: {msg}</source>
        <translation>line {lineno}, column {colno}: {msg}</translation>
    </message>
    <message>
        <source>dùng một trong các dạng 2026-11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm), 2026-01-01..2026-03-31</source>
        <translation>use one of the forms 2026-11 (month), 2026-Q4 (quarter), 2026-H1 (6 months), 2026-9M (9 months), 2026 (year), 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>dữ liệu sai định dạng</source>
        <translation>data in the wrong format</translation>
    </message>
    <message>
        <source>dữ liệu thừa sau luồng nén</source>
        <translation>extra data after the compressed stream</translation>
    </message>
    <message>
        <source>giá trị sai kiểu hoặc không đọc được</source>
        <translation>a value has the wrong type or cannot be read</translation>
    </message>
    <message>
        <source>giá trị suy ra sai dạng</source>
        <translation>malformed derived value</translation>
    </message>
    <message>
        <source>giới tính không khớp với số CCCD (chữ số thứ 4)</source>
        <translation>the gender does not match the ID number (4th digit)</translation>
    </message>
    <message>
        <source>giới tính là &apos;male&apos; (Nam) hoặc &apos;female&apos; (Nữ)</source>
        <translation>the gender is &apos;male&apos; or &apos;female&apos;</translation>
    </message>
    <message>
        <source>giờ trong &apos;{shown}&apos; không hợp lệ</source>
        <translation>the time in &apos;{shown}&apos; is not valid</translation>
    </message>
    <message>
        <source>khoản {clause} Điều {article} {law}</source>
        <translation>Art. {article}({clause}) of {law}</translation>
    </message>
    <message>
        <source>khoảng ngày dài quá 5 năm</source>
        <translation>the date range is longer than 5 years</translation>
    </message>
    <message>
        <source>khóa công khai trong mã QR không đúng dạng</source>
        <translation>the public key in the QR code is malformed</translation>
    </message>
    <message>
        <source>khóa công khai trong mã QR sai độ dài</source>
        <translation>the public key in the QR code has the wrong length</translation>
    </message>
    <message>
        <source>khóa cũ chưa từng được đăng ký ở đây</source>
        <translation>the old key was never enrolled here</translation>
    </message>
    <message>
        <source>khóa cũ thuộc cơ quan {office_code}</source>
        <translation>the old key belongs to office {office_code}</translation>
    </message>
    <message>
        <source>khóa cũ đã bị thu hồi hoặc đã được thay: cần đăng ký lại bằng phiếu giấy</source>
        <translation>the old key was revoked or replaced: enrol again with a paper sheet</translation>
    </message>
    <message>
        <source>khóa ký chưa được đăng ký (&apos;tiepdan keys enrol&apos;)</source>
        <translation>the signing key is not enrolled (&apos;tiepdan keys enrol&apos;)</translation>
    </message>
    <message>
        <source>khóa ký khác khóa cơ quan cấp trên đã ghi nhận; nếu đã đối chiếu bản giấy, chạy lại với --replace</source>
        <translation>the signing key differs from the upstream office&apos;s recorded key; if you have checked it against the paper copy, run again with --replace</translation>
    </message>
    <message>
        <source>khóa ký đã được thay bằng khóa mới; lô phải ký bằng khóa mới</source>
        <translation>the signing key was replaced by a new one; batches must be signed with the new key</translation>
    </message>
    <message>
        <source>khóa mới đã được đăng ký</source>
        <translation>the new key is already enrolled</translation>
    </message>
    <message>
        <source>khóa này đã bị thu hồi, không đăng ký lại được</source>
        <translation>this key was revoked and cannot be enrolled again</translation>
    </message>
    <message>
        <source>khôi phục</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>không có cán bộ &apos;{name}&apos; trong danh sách, để trống</source>
        <translation>no officer &apos;{name}&apos; in the list, left blank</translation>
    </message>
    <message>
        <source>không có khóa nhận</source>
        <translation>no recipient key</translation>
    </message>
    <message>
        <source>không có tệp khóa</source>
        <translation>no key file</translation>
    </message>
    <message>
        <source>không ghi được biên nhận hoặc không đọc được tệp ({reason}); hãy nhập lại tệp này</source>
        <translation>could not write the receipt or read the file ({reason}); import this file again</translation>
    </message>
    <message>
        <source>không giải mã được: tệp không gửi cho cơ quan này hoặc đã bị sửa</source>
        <translation>cannot be decrypted: the file was not sent to this office or was altered</translation>
    </message>
    <message>
        <source>không hiểu &apos;{value}&apos; (Nam/Nữ), bỏ qua</source>
        <translation>&apos;{value}&apos; not understood (Nam/Nữ), ignored</translation>
    </message>
    <message>
        <source>không hiểu &apos;{value}&apos;, ghi là tiếp thường xuyên</source>
        <translation>&apos;{value}&apos; not understood, recorded as regular reception</translation>
    </message>
    <message>
        <source>không phải JSON chuẩn</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>không phải JSON hợp lệ</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>không phải biên nhận đồng bộ</source>
        <translation>not a sync receipt</translation>
    </message>
    <message>
        <source>không phải bản ghi thay khóa</source>
        <translation>not a key replacement record</translation>
    </message>
    <message>
        <source>không phải tệp khóa cơ quan cấp trên</source>
        <translation>not an upstream office key file</translation>
    </message>
    <message>
        <source>không phải tệp khóa của TiepDan</source>
        <translation>not a TiepDan key file</translation>
    </message>
    <message>
        <source>không phải tệp khóa của cơ quan</source>
        <translation>not an office key file</translation>
    </message>
    <message>
        <source>không phải tệp khóa hay nội dung mã QR của phiếu đăng ký</source>
        <translation>neither a key file nor the QR content of an enrolment sheet</translation>
    </message>
    <message>
        <source>không phải tệp đồng bộ đọc được (không phải tệp ZIP, bị hỏng hoặc bị cắt)</source>
        <translation>not a readable sync file (not a ZIP file, damaged or truncated)</translation>
    </message>
    <message>
        <source>không tìm thấy dấu mục cuối của nhật ký.</source>
        <translation>the log&apos;s last-entry mark was not found.</translation>
    </message>
    <message>
        <source>không tìm thấy thư mục (ổ đĩa đã rút ra?)</source>
        <translation>folder not found (was the drive removed?)</translation>
    </message>
    <message>
        <source>không tìm thấy tệp</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>không áp dụng được ({message})</source>
        <translation>does not apply ({message})</translation>
    </message>
    <message>
        <source>không đưa được đơn về tình trạng «{state}»: {reason}</source>
        <translation>could not bring the petition to the status «{state}»: {reason}</translation>
    </message>
    <message>
        <source>không được chứa tên đăng nhập</source>
        <translation>it must not contain the user name</translation>
    </message>
    <message>
        <source>không đọc được giờ &apos;{shown}&apos; (ví dụ: 08:30)</source>
        <translation>cannot read the time &apos;{shown}&apos; (for example: 08:30)</translation>
    </message>
    <message>
        <source>không đọc được ngày &apos;{shown}&apos; (ví dụ dạng đúng: 05/03/2026, 2026-03-05, ngày 5 tháng 3 năm 2026)</source>
        <translation>cannot read the date &apos;{shown}&apos; (valid forms: 05/03/2026, 2026-03-05, ngày 5 tháng 3 năm 2026)</translation>
    </message>
    <message>
        <source>không đọc được: {problem}</source>
        <translation>cannot be read: {problem}</translation>
    </message>
    <message>
        <source>không ở dạng chuẩn</source>
        <translation>not in canonical form</translation>
    </message>
    <message>
        <source>khối cuối bị cắt</source>
        <translation>the last block is truncated</translation>
    </message>
    <message>
        <source>khối thay đổi sai dạng</source>
        <translation>malformed block of changes</translation>
    </message>
    <message>
        <source>kiểu cột lạ</source>
        <translation>unknown column type</translation>
    </message>
    <message>
        <source>kỷ luật buộc thôi việc: dùng quy tắc discipline-second-limitation-dismissal (30 ngày)</source>
        <translation>for a dismissal, use rule discipline-second-limitation-dismissal (30 days)</translation>
    </message>
    <message>
        <source>loại ngày &apos;{kind}&apos; không hợp lệ (holiday: ngày lễ, day_off: ngày nghỉ, working_day: ngày làm việc bù)</source>
        <translation>day kind &apos;{kind}&apos; is not valid (holiday: public holiday, day_off: day off, working_day: make-up working day)</translation>
    </message>
    <message>
        <source>luồng nén bị cắt</source>
        <translation>the compressed stream is truncated</translation>
    </message>
    <message>
        <source>lô do một phiên bản phần mềm có quy tắc chuẩn hóa chữ khác tạo ra; hãy dùng cùng phiên bản ở phường và ở cấp trên</source>
        <translation>the batch was made by a software version with different text normalisation rules; use the same version at the ward and upstream</translation>
    </message>
    <message>
        <source>lô không nối tiếp lô trước (chuỗi phần đầu không khớp)</source>
        <translation>the batch does not follow the previous one (header chain mismatch)</translation>
    </message>
    <message>
        <source>lô số {batch_seq} đã nhận với nội dung khác (rẽ nhánh: có thể kho của cơ quan đã được khôi phục từ bản sao lưu cũ)</source>
        <translation>batch no. {batch_seq} was already received with different content (a fork: the office&apos;s store may have been restored from an old backup)</translation>
    </message>
    <message>
        <source>lĩnh vực &apos;{name}&apos; không có trong danh mục, để trống</source>
        <translation>field &apos;{name}&apos; is not in the list of fields, left blank</translation>
    </message>
    <message>
        <source>lưu ý: chưa có lịch ngày lễ năm {years}, chỉ trừ thứ Bảy, Chủ nhật</source>
        <translation>note: no holiday calendar for {years}, only Saturdays and Sundays are skipped</translation>
    </message>
    <message>
        <source>mã QR của phiếu đăng ký không đủ trường (quét lại hoặc gõ lại)</source>
        <translation>the enrolment sheet&apos;s QR code is missing fields (scan or type it again)</translation>
    </message>
    <message>
        <source>mã băm của mục trước không khớp (mục trước đã bị sửa, xóa hoặc đổi chỗ).</source>
        <translation>the previous entry&apos;s hash does not match (the previous entry was altered, deleted or moved).</translation>
    </message>
    <message>
        <source>mã khóa không khớp khóa</source>
        <translation>the key ID does not match the key</translation>
    </message>
    <message>
        <source>mã khóa mới không khớp khóa</source>
        <translation>the new key ID does not match the key</translation>
    </message>
    <message>
        <source>mã tỉnh &apos;{code}&apos; của số CCCD không có trong danh mục</source>
        <translation>province code &apos;{code}&apos; of the ID number is not in the list</translation>
    </message>
    <message>
        <source>mật khẩu mới phải khác mật khẩu cũ.</source>
        <translation>the new password must differ from the old one.</translation>
    </message>
    <message>
        <source>mỗi lần gia hạn bằng quyết định riêng, thông báo cho người tố cáo và người bị tố cáo</source>
        <translation>each extension by a separate decision, notified to the denouncer and the denounced person</translation>
    </message>
    <message>
        <source>mỗi ngày phải là một đối tượng JSON {{&quot;date&quot;, &quot;kind&quot;, &quot;name&quot;}}</source>
        <translation>each day must be a JSON object {{&quot;date&quot;, &quot;kind&quot;, &quot;name&quot;}}</translation>
    </message>
    <message>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <source>mục đã kiểm tra trước đây bị sửa hoặc xóa.</source>
        <translation>an entry checked earlier was altered or deleted.</translation>
    </message>
    <message>
        <source>nguồn (source) phải là chuỗi ký tự</source>
        <translation>the source must be text</translation>
    </message>
    <message>
        <source>nguồn dài quá {max} ký tự</source>
        <translation>the source is longer than {max} characters</translation>
    </message>
    <message>
        <source>ngày &apos;{shown}&apos; không có trên lịch</source>
        <translation>date &apos;{shown}&apos; does not exist in the calendar</translation>
    </message>
    <message>
        <source>ngày &apos;{value}&apos; không đúng dạng YYYY-MM-DD</source>
        <translation>date &apos;{value}&apos; is not in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ngày bắt đầu sau ngày kết thúc</source>
        <translation>the start date is after the end date</translation>
    </message>
    <message>
        <source>ngày cuối cùng {end} rơi vào ngày nghỉ ({days}: {reasons}) nên hạn chuyển sang ngày làm việc tiếp theo</source>
        <translation>the last day, {end}, is a day off ({days}: {reasons}), so the deadline moves to the next working day</translation>
    </message>
    <message>
        <source>ngày cuối cùng {end} rơi vào ngày nghỉ ({days}: {reasons}) nên hạn lùi về ngày làm việc liền trước</source>
        <translation>the last day, {end}, is a day off ({days}: {reasons}), so the deadline moves back to the previous working day</translation>
    </message>
    <message>
        <source>ngày này {why} (trùng mục {earlier}); mỗi ngày chỉ ghi một lần</source>
        <translation>this day {why} (same as item {earlier}); list each day only once</translation>
    </message>
    <message>
        <source>ngày phải viết dạng YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>dates must be written as YYYY-MM-DD..YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ngày sinh không hợp lý</source>
        <translation>the date of birth is not plausible</translation>
    </message>
    <message>
        <source>ngày {value} không có thật trên lịch</source>
        <translation>date {value} does not exist in the calendar</translation>
    </message>
    <message>
        <source>người tố cáo phải có cách thức liên hệ (Luật Tố cáo, Điều 23)</source>
        <translation>a denouncer must give a way to be contacted (Law on Denunciations, Art. 23)</translation>
    </message>
    <message>
        <source>nhận bộ khóa mới của cơ quan cấp trên (phiên bản {version})</source>
        <translation>received the upstream office&apos;s new key set (version {version})</translation>
    </message>
    <message>
        <source>năm sinh không khớp với số CCCD (chữ số 4–6)</source>
        <translation>the year of birth does not match the ID number (digits 4–6)</translation>
    </message>
    <message>
        <source>năm {year} nằm ngoài khoảng {first}–{last}</source>
        <translation>year {year} is outside {first}–{last}</translation>
    </message>
    <message>
        <source>nội dung bản tin không khớp bản kê hoặc có mục lạ</source>
        <translation>the bulletin content does not match its manifest or has unknown items</translation>
    </message>
    <message>
        <source>nội dung dạng &apos;{payload_format}&apos; không được hỗ trợ</source>
        <translation>payload format &apos;{payload_format}&apos; is not supported</translation>
    </message>
    <message>
        <source>nội dung giải nén vượt giới hạn {limit} MB (tệp nén bất thường)</source>
        <translation>the decompressed content exceeds the {limit} MB limit (abnormal compressed file)</translation>
    </message>
    <message>
        <source>nội dung giống {percent}%</source>
        <translation>content {percent}% alike</translation>
    </message>
    <message>
        <source>nội dung không đúng cấu trúc (tên tệp lạ)</source>
        <translation>the content has the wrong structure (unexpected file names)</translation>
    </message>
    <message>
        <source>nội dung không đọc được ({problem})</source>
        <translation>the content cannot be read ({problem})</translation>
    </message>
    <message>
        <source>nội dung mã hóa không khớp phần đầu đã ký (bị sửa hoặc bị cắt)</source>
        <translation>the encrypted content does not match the signed header (altered or truncated)</translation>
    </message>
    <message>
        <source>nội dung mục không khớp mã băm (đã bị sửa).</source>
        <translation>the entry&apos;s content does not match its hash (it was altered).</translation>
    </message>
    <message>
        <source>phần đầu (header.json) không hợp lệ: {problem}</source>
        <translation>the header (header.json) is invalid: {problem}</translation>
    </message>
    <message>
        <source>phần đầu tệp quá lớn hoặc chữ ký sai độ dài</source>
        <translation>the file header is too large or the signature has the wrong length</translation>
    </message>
    <message>
        <source>quá ít ký tự khác nhau</source>
        <translation>too few different characters</translation>
    </message>
    <message>
        <source>số CCCD phải gồm đúng 12 chữ số</source>
        <translation>an ID number has exactly 12 digits</translation>
    </message>
    <message>
        <source>số CMND cũ phải gồm 9 hoặc 12 chữ số</source>
        <translation>an old ID card number has 9 or 12 digits</translation>
    </message>
    <message>
        <source>số bản ghi áp dụng không khớp bản kê</source>
        <translation>the number of records applied does not match the manifest</translation>
    </message>
    <message>
        <source>số thay đổi không khớp</source>
        <translation>the number of changes does not match</translation>
    </message>
    <message>
        <source>số thay đổi không khớp bản kê</source>
        <translation>the number of changes does not match the manifest</translation>
    </message>
    <message>
        <source>số {n} không phải là ngày</source>
        <translation>number {n} is not a date</translation>
    </message>
    <message>
        <source>số điện thoại chỉ gồm chữ số (8–12 số, có thể bắt đầu bằng +84)</source>
        <translation>a phone number has only digits (8–12 digits, may start with +84)</translation>
    </message>
    <message>
        <source>tham chiếu mã không có</source>
        <translation>reference to a missing id</translation>
    </message>
    <message>
        <source>thay đổi {seq} ({entity} {id}): {why}</source>
        <translation>change {seq} ({entity} {id}): {why}</translation>
    </message>
    <message>
        <source>thiếu bản ghi liên quan (bản ghi cha chưa được nhận); chưa nhận</source>
        <translation>a related record is missing (its parent record has not been received); not received</translation>
    </message>
    <message>
        <source>thiếu hoặc sai trường ({bad_field})</source>
        <translation>missing or wrong field ({bad_field})</translation>
    </message>
    <message>
        <source>thiếu lô {first}..{last}</source>
        <translation>batches {first}..{last} missing</translation>
    </message>
    <message>
        <source>thiếu mục số {expected} (mục tiếp theo là số {seq}): có mục đã bị xóa hoặc đổi thứ tự.</source>
        <translation>entry no. {expected} is missing (the next entry is no. {seq}): entries were deleted or reordered.</translation>
    </message>
    <message>
        <source>thiếu ngày (date)</source>
        <translation>the date is missing (date)</translation>
    </message>
    <message>
        <source>thiếu số thay đổi đã nhận</source>
        <translation>the number of received changes is missing</translation>
    </message>
    <message>
        <source>thiếu trường</source>
        <translation>a field is missing</translation>
    </message>
    <message>
        <source>thiếu trường {field}</source>
        <translation>field {field} is missing</translation>
    </message>
    <message>
        <source>thiếu {fields}</source>
        <translation>{fields} missing</translation>
    </message>
    <message>
        <source>thành phần &apos;{member}&apos; bị hỏng (sai mã kiểm tra CRC: tệp đã bị sửa hoặc chép lỗi)</source>
        <translation>part &apos;{member}&apos; is damaged (CRC check failed: the file was altered or badly copied)</translation>
    </message>
    <message>
        <source>thành phần &apos;{member}&apos; không đọc được (tệp bị hỏng hoặc bị cắt)</source>
        <translation>part &apos;{member}&apos; cannot be read (the file is damaged or truncated)</translation>
    </message>
    <message>
        <source>tháng phải từ 1 đến 12</source>
        <translation>the month must be from 1 to 12</translation>
    </message>
    <message>
        <source>thời gian trở ngại khách quan không tính vào thời hiệu</source>
        <translation>time lost to objective obstacles does not count towards the time limit</translation>
    </message>
    <message>
        <source>thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác không tính vào thời hiệu</source>
        <translation>time lost to illness, natural disaster, enemy action, business travel, study far away or other objective obstacles does not count towards the time limit</translation>
    </message>
    <message>
        <source>trùng số hoặc mã với một bản ghi đã có ở cơ quan cấp trên (thường do kho của cơ quan được khôi phục từ bản sao lưu rồi cấp lại số đã dùng); chưa nhận</source>
        <translation>the same number or code as a record the upstream office already has (usually because the office&apos;s store was restored from a backup and reissued numbers already used); not received</translation>
    </message>
    <message>
        <source>trường không được hỗ trợ: {fields} (chỉ dùng date, kind, name, source)</source>
        <translation>unsupported fields: {fields} (use only date, kind, name, source)</translation>
    </message>
    <message>
        <source>trường lạ</source>
        <translation>unexpected fields</translation>
    </message>
    <message>
        <source>trường {field} thiếu hoặc sai kiểu</source>
        <translation>field {field} is missing or has the wrong type</translation>
    </message>
    <message>
        <source>tên ngày dài quá {max} ký tự</source>
        <translation>the day name is longer than {max} characters</translation>
    </message>
    <message>
        <source>tình trạng &apos;{value}&apos; không rõ; dùng: mới tiếp nhận, đã thụ lý, đang xác minh, đã giải quyết, kết thúc, đã chuyển đơn, đã hướng dẫn, lưu đơn, đã trả lại đơn, không thụ lý, đã rút đơn</source>
        <translation>unknown state &apos;{value}&apos;; use: mới tiếp nhận, đã thụ lý, đang xác minh, đã giải quyết, kết thúc, đã chuyển đơn, đã hướng dẫn, lưu đơn, đã trả lại đơn, không thụ lý, đã rút đơn</translation>
    </message>
    <message>
        <source>tệp .xls (Excel 97–2003) chưa đọc được; hãy mở bằng Excel và lưu lại dạng .xlsx hoặc .csv</source>
        <translation>.xls files (Excel 97–2003) cannot be read yet; open it in Excel and save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>tệp bị sửa hoặc bị cắt</source>
        <translation>the file was altered or truncated</translation>
    </message>
    <message>
        <source>tệp chép ra không đủ dung lượng</source>
        <translation>the copied file is incomplete</translation>
    </message>
    <message>
        <source>tệp khóa không đọc được ({why})</source>
        <translation>the key file cannot be read ({why})</translation>
    </message>
    <message>
        <source>tệp không phải kho dữ liệu TiepDan</source>
        <translation>the file is not a TiepDan data store</translation>
    </message>
    <message>
        <source>tệp không đúng cấu trúc (thành phần bị nén)</source>
        <translation>the file has the wrong structure (compressed parts)</translation>
    </message>
    <message>
        <source>tệp không đúng cấu trúc (thành phần lạ, thiếu hoặc sai thứ tự)</source>
        <translation>the file has the wrong structure (unexpected, missing or out-of-order parts)</translation>
    </message>
    <message>
        <source>tệp quá lớn</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>tệp {label} không có dòng dữ liệu nào</source>
        <translation>file {label} has no data rows</translation>
    </message>
    <message>
        <source>tệp {name} không phải là bảng tính Excel đọc được ({exc})</source>
        <translation>file {name} is not a readable Excel spreadsheet ({exc})</translation>
    </message>
    <message>
        <source>tệp được mã hóa và không mở được bằng khóa của kho đang dùng, mật khẩu hay mã khôi phục đã cho (tệp khóa {name} phải nằm cạnh bản sao lưu)</source>
        <translation>the file is encrypted and does not open with the current store&apos;s key, the password or the recovery key given (key file {name} must be next to the backup)</translation>
    </message>
    <message>
        <source>tệp được mã hóa: cần mật khẩu của một người dùng có trong bản sao lưu, hoặc mã khôi phục</source>
        <translation>the file is encrypted: it needs the password of a user in the backup, or the recovery key</translation>
    </message>
    <message>
        <source>vào sổ đơn số {number} do cơ quan cấp trên chuyển</source>
        <translation>registered petition no. {number}, transferred by the upstream office</translation>
    </message>
    <message>
        <source>vào sổ đơn số {number} do cơ quan cấp trên chuyển theo văn bản {doc}</source>
        <translation>registered petition no. {number}, transferred by the upstream office under document {doc}</translation>
    </message>
    <message>
        <source>vụ việc đã giải quyết từ trước thì thông báo ngay</source>
        <translation>if the case was already resolved, inform at once</translation>
    </message>
    <message>
        <source>vừa là ngày lễ vừa là ngày làm việc bù</source>
        <translation>is both a public holiday and a make-up working day</translation>
    </message>
    <message>
        <source>vừa là ngày nghỉ vừa là ngày làm việc bù</source>
        <translation>is both a day off and a make-up working day</translation>
    </message>
    <message>
        <source>xuất hiện hai lần</source>
        <translation>appears twice</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>{column}: {reason}.</source>
        <translation>{column}: {reason}.</translation>
    </message>
    <message>
        <source>{date} trong lịch</source>
        <translation>{date} in the calendar</translation>
    </message>
    <message>
        <source>{explanation}.</source>
        <translation>{explanation}.</translation>
    </message>
    <message>
        <source>{file}: {who}từ chối: {reason}</source>
        <translation>{file}: {who}refused: {reason}</translation>
    </message>
    <message>
        <source>{file}: {who}đã nhận trước đây, không áp dụng lại</source>
        <translation>{file}: {who}received before, not applied again</translation>
    </message>
    <message>
        <source>{file}: {who}đã áp dụng — {done}</source>
        <translation>{file}: {who}applied — {done}</translation>
    </message>
    <message>
        <source>{full_name} không phải Chủ tịch hay Phó Chủ tịch: không thể có vai trò lãnh đạo.</source>
        <translation>{full_name} is not the Chair or a Vice-Chair: cannot have the leader role.</translation>
    </message>
    <message>
        <source>{label} không hợp lệ: &apos;{value}&apos; (chọn một trong: {allowed}).</source>
        <translation>{label} is not valid: &apos;{value}&apos; (choose one of: {allowed}).</translation>
    </message>
    <message>
        <source>{label} phải là số không âm.</source>
        <translation>{label} must be a non-negative number.</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{office}: {warning}</source>
        <translation>{office}: {warning}</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>{text} ({details})</source>
        <translation>{text} ({details})</translation>
    </message>
    <message>
        <source>{text} theo {basis}: {due} ({weekday})</source>
        <translation>{text} under {basis}: {due} ({weekday})</translation>
    </message>
    <message>
        <source>{weekday} vốn là ngày làm việc; chỉ thứ Bảy hoặc Chủ nhật mới khai báo là ngày làm việc bù</source>
        <translation>{weekday} is already a working day; only a Saturday or Sunday can be declared a make-up working day</translation>
    </message>
    <message>
        <source>{weekday} vốn là ngày nghỉ hằng tuần; ngày nghỉ bù phải là một ngày từ thứ Hai đến thứ Sáu</source>
        <translation>{weekday} is already a weekly day off; a substitute day off must be a day from Monday to Friday</translation>
    </message>
    <message>
        <source>Điều {article} {law}</source>
        <translation>Art. {article} of {law}</translation>
    </message>
    <message>
        <source>Đơn {number}</source>
        <translation>Petition {number}</translation>
    </message>
    <message>
        <source>đã thu hồi: {reason}</source>
        <translation>revoked: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Biên nhận: cấp trên đã nhận đến thay đổi số {through} ({n} lô được xác nhận).</source>
        <translation>
            <numerusform>Receipt: the upstream office has received the changes up to number {through} ({n} batch confirmed).</numerusform>
            <numerusform>Receipt: the upstream office has received the changes up to number {through} ({n} batches confirmed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Có {n} bản ghi cấp trên không nhận được (xem ở từng bản ghi).</source>
        <translation>
            <numerusform>{n} record was not accepted by the upstream office (see the record).</numerusform>
            <numerusform>{n} records were not accepted by the upstream office (see each record).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nhật ký kiểm tra nguyên vẹn: {n} mục, chuỗi băm khớp.</source>
        <translation>
            <numerusform>The audit log is intact: {n} entry, the hash chain matches.</numerusform>
            <numerusform>The audit log is intact: {n} entries, the hash chain matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cập nhật lịch làm việc năm {years} ({n} ngày)</source>
        <translation>
            <numerusform>updated the working calendar for {years} ({n} day)</numerusform>
            <numerusform>updated the working calendar for {years} ({n} days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>không tính {n} ngày nghỉ ({days}: {reasons})</source>
        <translation>
            <numerusform>{n} day off not counted ({days}: {reasons})</numerusform>
            <numerusform>{n} days off not counted ({days}: {reasons})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mục cuối cùng được ghi là số {last} nhưng nhật ký chỉ còn {n} mục khớp: các mục cuối đã bị xóa hoặc thay.</source>
        <translation>
            <numerusform>the last entry is recorded as no. {last} but only {n} entry of the log matches: the last entries were deleted or replaced.</numerusform>
            <numerusform>the last entry is recorded as no. {last} but only {n} entries of the log match: the last entries were deleted or replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{base} và {n} lần gia hạn, mỗi lần {each}</source>
        <translation>
            <numerusform>{base} and {n} extension of {each}</numerusform>
            <numerusform>{base} and {n} extensions of {each} each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} và {n} người khác</source>
        <translation>
            <numerusform>{name} and {n} other</numerusform>
            <numerusform>{name} and {n} others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} giây</source>
        <translation>
            <numerusform>{n} second</numerusform>
            <numerusform>{n} seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} kết luận nội dung tố cáo chưa ghi rõ tố cáo đúng / sai / có đúng có sai: chưa tính vào cột 6–31.</source>
        <translation>
            <numerusform>{n} denunciation conclusion does not say whether the denunciation was right, wrong or partly right: not counted in columns 6–31.</numerusform>
            <numerusform>{n} denunciation conclusions do not say whether the denunciation was right, wrong or partly right: not counted in columns 6–31.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} mục đã kiểm tra trước đây bị xóa; kiểm tra toàn bộ để biết mục nào.</source>
        <translation>
            <numerusform>{n} entry checked earlier was deleted; run a full check to find which.</numerusform>
            <numerusform>{n} entries checked earlier were deleted; run a full check to find which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} ngày</source>
        <translation>
            <numerusform>{n} day</numerusform>
            <numerusform>{n} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} ngày làm việc</source>
        <translation>
            <numerusform>{n} working day</numerusform>
            <numerusform>{n} working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} ngày thứ Bảy, Chủ nhật</source>
        <translation>
            <numerusform>{n} Saturday or Sunday</numerusform>
            <numerusform>{n} Saturdays and Sundays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} năm</source>
        <translation>
            <numerusform>{n} year</numerusform>
            <numerusform>{n} years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} phút</source>
        <translation>
            <numerusform>{n} minute</numerusform>
            <numerusform>{n} minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} quyết định giải quyết khiếu nại chưa ghi kết quả (đúng / sai / đúng một phần): chưa tính vào cột 5–26.</source>
        <translation>
            <numerusform>{n} complaint decision has no recorded result (right / wrong / partly right): not counted in columns 5–26.</numerusform>
            <numerusform>{n} complaint decisions have no recorded result (right / wrong / partly right): not counted in columns 5–26.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} đơn đã xử lý, {why}: tính ở cột 4, không tính từ cột 6.</source>
        <translation>
            <numerusform>{n} petition processed, {why}: counted in column 4, not from column 6 on.</numerusform>
            <numerusform>{n} petitions processed, {why}: counted in column 4, not from column 6 on.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{step}: cần ghi số văn bản.</source>
        <translation>{step}: the document number is required.</translation>
    </message>
    <message>
        <source>{who}: vai trò</source>
        <translation>{who}: role</translation>
    </message>
    <message>
        <source>{who}: {problem}</source>
        <translation>{who}: {problem}</translation>
    </message>
    <message>
        <source>{who}: {problem}.</source>
        <translation>{who}: {problem}.</translation>
    </message>
    <message>
        <source>{why}; lô số {batch_seq} đã được nhận trước đây, tệp này không cần nhập nữa</source>
        <translation>{why}; batch no. {batch_seq} was received before, this file need not be imported any more</translation>
    </message>
    <message>
        <source>ô trống</source>
        <translation>empty cell</translation>
    </message>
    <message>
        <source>ô trống (ghi &apos;Nặc danh&apos; nếu đơn không ghi người gửi)</source>
        <translation>empty cell (write &apos;Nặc danh&apos; if the petition names no sender)</translation>
    </message>
    <message>
        <source>Đoàn {count} người chỉ được cử tối đa {max} người đại diện ({basis}).</source>
        <translation>A group of {count} people may send at most {max} representatives ({basis}).</translation>
    </message>
    <message>
        <source>Đoàn đông người phải có từ {n} người trở lên.</source>
        <translation>A crowd must have {n} people or more.</translation>
    </message>
    <message>
        <source>Đoàn đông người phải cử người đại diện.</source>
        <translation>A crowd must choose representatives.</translation>
    </message>
    <message>
        <source>Đã ghi thông báo thụ lý.</source>
        <translation>The acceptance notice is already recorded.</translation>
    </message>
    <message>
        <source>Đã gia hạn 2 lần: không được gia hạn thêm (Luật Tố cáo, Điều 30).</source>
        <translation>Already extended twice: no further extension (Law on Denunciations, Art. 30).</translation>
    </message>
    <message>
        <source>Đã gửi trong lô số {number}, chờ biên nhận của cấp trên</source>
        <translation>Sent in batch no. {number}, awaiting the upstream&apos;s receipt</translation>
    </message>
    <message>
        <source>Đã hủy nhập; không có gì được ghi.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Đã tạo lô số {seq} nhưng không chép được ra {folder}: {reason}. Lô vẫn được giữ trong máy: kiểm tra ổ đĩa rồi bấm «Gửi lại các lô chưa có biên nhận».</source>
        <translation>Batch no. {seq} was made but could not be copied to {folder}: {reason}. The batch is kept on this computer: check the drive, then press «Resend batches without a receipt».</translation>
    </message>
    <message>
        <source>Đôn đốc dùng cho đơn thuộc thẩm quyền cấp dưới đã quá hạn.</source>
        <translation>Urging is for overdue petitions within a lower level&apos;s competence.</translation>
    </message>
    <message>
        <source>Đơn chuyển xuống không được mang trường của kho cấp trên ({fields}): bỏ các trường đó.</source>
        <translation>A petition transferred down must not carry upstream store fields ({fields}): remove those fields.</translation>
    </message>
    <message>
        <source>Đơn có nhiều nội dung: hướng dẫn người gửi tách đơn, không đề xuất thụ lý.</source>
        <translation>The petition has several contents: guide the sender to split it, do not propose acceptance.</translation>
    </message>
    <message>
        <source>Đơn có {signer_count} người ký (đơn đông người).</source>
        <translation>The petition has {signer_count} signers (a group petition).</translation>
    </message>
    <message>
        <source>Đơn do nơi khác chuyển đến: cần ghi tên cơ quan, tổ chức, cá nhân chuyển đơn.</source>
        <translation>Forwarded petition: enter the name of the body, organisation or person that forwarded it.</translation>
    </message>
    <message>
        <source>Đơn nặc danh không ghi người gửi.</source>
        <translation>An anonymous petition has no senders.</translation>
    </message>
    <message>
        <source>Đơn thuộc thẩm quyền: đề xuất thụ lý thay vì hướng dẫn.</source>
        <translation>The petition is within our competence: propose acceptance instead of guidance.</translation>
    </message>
    <message>
        <source>Đơn tố cáo gửi đến không thuộc thẩm quyền phải được chuyển đơn; chỉ hướng dẫn người tố cáo trực tiếp (Luật Tố cáo, Điều 24).</source>
        <translation>A denunciation outside our competence must be transferred; guidance is only for a denouncer in person (Law on Denunciations, Art. 24).</translation>
    </message>
    <message>
        <source>Đơn đã ở trạng thái cuối «{state}»: không thể {step}.</source>
        <translation>The petition is in the final state «{state}»: cannot {step}.</translation>
    </message>
    <message>
        <source>Đơn đủ điều kiện xử lý: đề xuất thụ lý, hướng dẫn hoặc chuyển đơn; chỉ lưu đơn không đủ điều kiện hoặc đơn trùng.</source>
        <translation>The petition qualifies for handling: propose acceptance, guide or transfer; only file petitions that do not qualify or duplicates.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu &apos;{url}&apos; không dùng được: chỉ hỗ trợ PostgreSQL, dạng postgresql+psycopg://NGƯỜI_DÙNG@MÁY:CỔNG/TÊN_CSDL ({reason}).</source>
        <translation>Database address &apos;{url}&apos; cannot be used: only PostgreSQL is supported, as postgresql+psycopg://USER@HOST:PORT/DBNAME ({reason}).</translation>
    </message>
    <message>
        <source>Định dạng &apos;{format}&apos; không được hỗ trợ (chọn pdf, xlsx hoặc json).</source>
        <translation>Format &apos;{format}&apos; is not supported (choose pdf, xlsx or json).</translation>
    </message>
    <message>
        <source>Đối thoại là bước của giải quyết khiếu nại.</source>
        <translation>Dialogue is a step of resolving a complaint.</translation>
    </message>
    <message>
        <source>đây là chính tệp dữ liệu</source>
        <translation>this is the data file itself</translation>
    </message>
    <message>
        <source>đơn chuyển xuống không hợp lệ</source>
        <translation>the transferred petition is not valid</translation>
    </message>
    <message>
        <source>định dạng &apos;{found}&apos; không được hỗ trợ (cần {expected})</source>
        <translation>format &apos;{found}&apos; is not supported (expected {expected})</translation>
    </message>
</context>
<context>
    <name>petition_labels</name>
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
