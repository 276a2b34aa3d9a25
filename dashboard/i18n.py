"""Interface labels in Vietnamese (default) and English, and the `t(key)` helper.

Role and theme names are not here: they come from the database tables `roles` and `themes`.
"""

from __future__ import annotations

import streamlit as st

from etl.messages import vietnamese

LANGS = ("vi", "en")
LANG_NAMES = {"vi": "Tiếng Việt", "en": "English"}

LABELS: dict[str, tuple[str, str]] = {
    # navigation
    "app_title": ("Chỉ đạo Kỳ thi tốt nghiệp THPT", "Graduation-exam directives"),
    "nav_overview": ("Tổng quan", "Overview"),
    "nav_coverage": ("Phạm vi", "Coverage"),
    "nav_changes": ("Thay đổi", "Changes"),
    "nav_gaps": ("Khoảng trống", "Gaps"),
    "nav_compare": ("So sánh", "Compare"),
    "nav_explore": ("Tra cứu & xuất", "Explore & export"),
    "nav_document": ("Văn bản", "Document"),
    "nav_quality": ("Dữ liệu", "Data quality"),
    "nav_add": ("Thêm văn bản", "Add documents"),
    # adding documents and sign-in
    "add_intro": ("Tải lên tệp .txt, .docx, .pdf có lớp chữ hoặc trang web đã lưu (.html). Kiểm tra thông tin đọc được, sửa địa phương, năm, "
                  "loại nếu cần, rồi lưu: dữ liệu được dựng lại ở nền, các trang vẫn dùng dữ liệu cũ cho đến khi xong.",
                  "Upload .txt, .docx, text-layer .pdf files or saved web pages (.html). Check what was read, correct locality, year and type "
                  "if needed, then save: the data is rebuilt in the background and pages keep the old data until then."),
    "add_files": ("Tệp văn bản", "Document files"),
    "add_read": ("Đọc được {n} điều khoản · cơ quan ban hành: {issuer} · số: {number} · trích yếu: {title}",
                 "Read {n} clauses · issuer: {issuer} · number: {number} · subject: {title}"),
    "add_choose": ("Chọn…", "Choose…"),
    "add_save": ("Lưu {n} văn bản và dựng lại dữ liệu", "Save {n} document(s) and rebuild"),
    "add_saved": ("Đã lưu {n} văn bản; đang dựng lại dữ liệu.", "Saved {n} document(s); rebuilding."),
    "add_building": ("Đang dựng lại dữ liệu…", "Rebuilding the data…"),
    "add_built": ("Đã dựng xong: các trang đã dùng dữ liệu mới.", "Rebuilt: every page now reads the new data."),
    "add_build_failed": ("Dựng lại không thành công; dữ liệu cũ vẫn được giữ nguyên.",
                         "The rebuild failed; the previous data is kept."),
    # hardening (issue 12): one sentence with what to do, never a traceback
    "add_renamed": ("Tệp {given} sẽ được lưu thành {name} vì tên {wanted} đã được dùng {where}.",
                    "{given} will be stored as {name}: the name {wanted} is already used {where}."),
    "add_where_folder": ("trong thư mục dữ liệu", "in the data folder"),
    "add_where_upload": ("cho một tệp khác trong lần tải lên này", "by another file of this upload"),
    "add_err_disk_full": ("Không lưu được {name} vì ổ đĩa đã đầy; hãy giải phóng dung lượng rồi bấm lưu lại.",
                          "{name} was not saved because the disk is full; free some space and save again."),
    "add_err_read_only": ("Không lưu được {name} vì thư mục {dir} không cho phép ghi; hãy cấp quyền ghi rồi bấm lưu lại.",
                          "{name} was not saved because {dir} cannot be written to; allow writing and save again."),
    "add_err_exists": ("Không lưu được {name} vì vừa có tệp khác cùng tên được lưu; hãy tải tệp lên lại để nhận tên mới.",
                       "{name} was not saved because another file of that name was just saved; upload it again."),
    "add_err_manifest": ("Không lưu được {name} vì không ghi được phần sửa vào manifest.csv ({detail}); hãy sửa "
                         "tệp manifest.csv rồi bấm lưu lại.",
                         "{name} was not saved because its corrections could not be written to manifest.csv "
                         "({detail}); fix manifest.csv and save again."),
    "add_err_other": ("Không lưu được {name} ({detail}); chưa có gì thay đổi, hãy thử lại.",
                      "{name} was not saved ({detail}); nothing was changed, please try again."),
    "add_waiting": ("Đang chờ một lần dựng dữ liệu khác kết thúc; sau {s} giây chờ sẽ dừng và báo lỗi.",
                    "Waiting for another rebuild to finish; it gives up with an error after {s} seconds."),
    "add_rebuild_not_started": ("Đã lưu {n} văn bản nhưng không khởi động được việc dựng lại dữ liệu ({detail}); "
                                "hãy chạy `make db`.",
                                "Saved {n} document(s) but the rebuild could not start ({detail}); run `make db`."),
    "auth_wait": ("Đã nhập sai mật khẩu nhiều lần; hãy chờ {s} giây rồi thử lại.",
                  "Too many wrong passwords; wait {s} seconds and try again."),
    "db_broken": ("Không đọc được cơ sở dữ liệu ({path}): tệp bị hỏng hoặc đang bị ghi đè; hãy tải lại trang sau ít "
                  "giây, nếu vẫn lỗi thì dựng lại dữ liệu.",
                  "The database ({path}) cannot be read: the file is damaged or being overwritten; reload the page "
                  "in a few seconds, and rebuild the data if it persists."),
    "auth_needed": ("Cần đăng nhập để dùng trang này.", "Sign in to use this page."),
    "auth_password": ("Mật khẩu", "Password"),
    "auth_sign_in": ("Đăng nhập", "Sign in"),
    "auth_sign_out": ("Đăng xuất", "Sign out"),
    "auth_wrong": ("Sai mật khẩu.", "Wrong password."),
    "language": ("Ngôn ngữ", "Language"),
    "built_at": ("Dữ liệu dựng lúc", "Data built at"),
    "built_line": ("Dữ liệu dựng lúc: {at} · phiên bản {version}", "Data built at: {at} · version {version}"),
    # database guard
    "db_missing": ("Chưa có cơ sở dữ liệu ({path}).", "The database has not been built yet ({path})."),
    "db_stale": ("Cơ sở dữ liệu ({path}) đã cũ hoặc không đúng cấu trúc; thiếu: {missing}.",
                 "The database ({path}) is stale or from another version; missing: {missing}."),
    "db_fix": ("Chạy lệnh sau để dựng lại: `make run` (hoặc `python -m etl build --input data/raw --db {path}`)",
               "Run this to rebuild it: `make run` (or `python -m etl build --input data/raw --db {path}`)"),
    "db_newer_raw": ("Có văn bản mới chưa được đưa vào dữ liệu; người quản trị cần dựng lại dữ liệu.",
                     "Some documents are newer than the data; an administrator needs to rebuild it."),
    # shared
    "download_csv": ("Tải CSV", "Download CSV"),
    "download_xlsx": ("Tải Excel", "Download Excel"),
    "download_parquet": ("Tải Parquet", "Download Parquet"),
    "rows": ("{n} dòng", "{n} rows"),
    "rows_first": ("{n} dòng đầu trong {total} dòng (tệp tải về có đủ cả {total} dòng)",
                   "the first {n} of {total} rows (the downloads hold all {total})"),
    "gap_cards_first": ("{n} nhiệm vụ đầu trong {total}; bảng dưới và các tệp tải về có đủ cả {total}.",
                        "The first {n} of {total} duties; the table below and the downloads hold all {total}."),
    "gap_more_places": ("… và {n} nơi khác (xem bảng dưới)", "… and {n} more places (see the table below)"),
    "gap_cards_more": ("Xem thêm {n} nhiệm vụ", "Show {n} more duties"),
    "show_more": ("Xem thêm {n} dòng", "Show {n} more rows"),
    "empty": ("Không có dữ liệu phù hợp.", "Nothing matches."),
    "open_document": ("Mở văn bản", "Open document"),
    "locality": ("Địa phương", "Locality"),
    "year": ("Năm", "Year"),
    "document": ("Văn bản", "Document"),
    "role": ("Vai trò cơ quan", "Agency role"),
    "theme": ("Chủ đề", "Theme"),
    "kind_lead": ("Chủ trì", "Lead"),
    "kind_support": ("Phối hợp", "Support"),
    "unassigned": ("(chưa rõ cơ quan)", "(no agency)"),
    "ck_title": ("Tiêu đề", "Title"), "ck_preamble": ("Mở đầu", "Preamble"), "ck_item": ("Nhiệm vụ", "Duty item"),
    "ck_closing": ("Kết thúc", "Closing"),
    # overview
    "overview_intro": ("Các văn bản chỉ đạo tổ chức Kỳ thi tốt nghiệp THPT đã nạp.",
                       "The directives on organising the graduation exam that were loaded."),
    "m_documents": ("Văn bản", "Documents"),
    "m_localities": ("Địa phương", "Localities"),
    "m_years": ("Năm", "Years"),
    "m_clauses": ("Khoản", "Clauses"),
    "m_agencies": ("Cơ quan", "Agencies"),
    "m_recurring": ("Việc lặp lại", "Recurring duties"),
    "m_recurring_help": ("Nhiệm vụ xuất hiện trong từ hai văn bản trở lên", "Duties found in two or more documents"),
    "timeline": ("Dòng thời gian văn bản theo địa phương", "Timeline of documents by locality"),
    "doc_table": ("Danh sách văn bản", "Documents"),
    "national_title": ("Chỉ thị trung ương được thực hiện", "National directives implemented"),
    "implements_line": ("Thực hiện Chỉ thị {directive}", "Implementing Directive {directive}"),
    # coverage
    "coverage_intro": ("Cơ quan nào được giao bao nhiêu khoản, ở đâu, năm nào. Chọn một ô để xem các khoản.",
                       "Which agency is given how many clauses, where and when. Select a cell to see the clauses."),
    "cov_view": ("Xem", "View"),
    "with_support": ("Tính cả cơ quan phối hợp", "Include supporting agencies"),
    "heat_role_title": ("Vai trò × địa phương – năm", "Role × locality-year"),
    "heat_theme_title": ("Chủ đề × vai trò", "Theme × role"),
    "n_clauses": ("Số khoản", "Clauses"),
    "n_statements": ("Số nhiệm vụ", "Duty statements"),
    "locality_year": ("Địa phương – năm", "Locality-year"),
    "cell_pick": ("Các khoản trong ô đã chọn", "Clauses behind the selected cell"),
    "cell_hint": ("Chọn một ô trong bảng hoặc biểu đồ, hoặc chọn ở đây:",
                  "Select a cell in the table or the chart, or pick here:"),
    "all": ("(tất cả)", "(all)"),
    # changes
    "changes_intro": ("Nhiệm vụ mới, bỏ, giữ nguyên, sửa lời hoặc đổi cơ quan giữa hai năm hoặc hai văn bản.",
                      "Duties new, dropped, kept, reworded or reassigned between two years or two documents."),
    "mode": ("So sánh theo", "Compare by"),
    "mode_years": ("Địa phương và hai năm", "A locality and two years"),
    "mode_docs": ("Hai văn bản bất kỳ", "Any two documents"),
    "side_a": ("Trước (A)", "Before (A)"),
    "side_b": ("Sau (B)", "After (B)"),
    "status": ("Trạng thái", "Status"),
    "status_new": ("Mới", "New"),
    "status_dropped": ("Bỏ", "Dropped"),
    "status_unchanged": ("Giữ nguyên", "Unchanged"),
    "status_reworded": ("Sửa lời", "Reworded"),
    "status_reassigned": ("Đổi cơ quan", "Reassigned"),
    "changes_chart": ("Số nhiệm vụ theo trạng thái và vai trò", "Duties by status and role"),
    "n_duties": ("Số nhiệm vụ", "Duties"),
    "similarity": ("Độ giống (%)", "Similarity (%)"),
    "need_two_years": ("Địa phương này chỉ có một năm; hãy chọn “Hai văn bản bất kỳ”.",
                       "This locality has a single year; choose “Any two documents”."),
    "same_side": ("Hai bên đang giống nhau; hãy chọn hai năm hoặc hai văn bản khác nhau.",
                  "Both sides are the same; choose two different years or documents."),
    "duty": ("Nhiệm vụ", "Duty"),
    # gaps
    "gaps_intro": ("Danh sách kiểm tra cho người soạn thảo: nhiệm vụ nơi khác hoặc năm trước có giao mà ở đây chưa có.",
                   "The planner's checklist: duties assigned elsewhere or earlier that are missing here."),
    "target": ("Văn bản hoặc địa phương – năm cần kiểm tra", "Document or locality-year to check"),
    "target_kind": ("Kiểm tra", "Check"),
    "scope": ("So với", "Compared with"),
    "scope_previous_year": ("Năm trước, cùng địa phương", "Previous year, same locality"),
    "scope_same_year": ("Địa phương khác, cùng năm", "Other localities, same year"),
    "scope_all": ("Tất cả văn bản khác", "All other documents"),
    "gaps_found": ("{n} nhiệm vụ còn thiếu", "{n} missing duties"),
    "seen_in": ("Xuất hiện ở", "Seen in"),
    "roles_held": ("Cơ quan chủ trì ở đó", "Lead roles there"),
    "example": ("Ví dụ", "Example"),
    "n_docs": ("Số văn bản", "Documents"),
    "no_gaps": ("Không thiếu nhiệm vụ nào so với tập so sánh.", "No duty is missing against this comparison set."),
    # compare
    "compare_intro": ("Hai văn bản cạnh nhau: các khoản tương ứng trên cùng một dòng, kèm điểm giống nhau.",
                      "Two documents side by side: matching clauses on one row with their score."),
    "score": ("Điểm", "Score"),
    "aligned": ("{n} cặp khoản tương ứng", "{n} aligned clause pairs"),
    "only_items": ("Chỉ hiện các khoản nhiệm vụ (bỏ tiêu đề, mở đầu)", "Only duty clauses (hide title, preamble)"),
    "unmatched": ("không có khoản tương ứng", "no matching clause"),
    "cmp_summary": ("{n} cặp khoản tương ứng; {a} khoản chỉ có ở A, {b} khoản chỉ có ở B; {k} dòng khác nhau.",
                    "{n} aligned clause pairs; {a} clauses only in A, {b} only in B; {k} rows differ."),
    "cmp_changes": ("Danh sách thay đổi ({n}): bấm để đến dòng đó", "Change list ({n}): click to jump to the row"),
    "cmp_only_a": ("Chỉ có ở A ({item}):", "Only in A ({item}):"),
    "cmp_only_b": ("Chỉ có ở B ({item}):", "Only in B ({item}):"),
    "cmp_reworded": ("Khác lời ({a} → {b}):", "Worded differently ({a} → {b}):"),
    # explore
    "explore_intro": ("Lọc các khoản theo mọi tiêu chí, tìm không dấu, rồi tải đúng các dòng đang xem.",
                      "Filter clauses by any criterion, search without accents, then download exactly these rows."),
    "doc_type": ("Loại văn bản", "Document type"),
    "agency": ("Cơ quan", "Agency"),
    "kind": ("Chủ trì / phối hợp", "Lead / support"),
    "search": ("Tìm trong nội dung (không cần dấu)", "Search the text (accents optional)"),
    "search_ph": ("ví dụ: cong nghe cao", "e.g. cong nghe cao"),
    "matches": ("{n} dòng khớp ({c} khoản)", "{n} matching rows ({c} clauses)"),
    "filters": ("Bộ lọc", "Filters"),
    # document
    "doc_intro": ("Toàn văn với ranh giới từng khoản và tên cơ quan được tô màu.",
                  "The full text with clause boundaries and agency names highlighted."),
    "metadata": ("Thông tin văn bản", "Document details"),
    "number": ("Số", "Number"),
    "issued_date": ("Ngày ban hành", "Date issued"),
    "signer": ("Người ký", "Signed by"),
    "issuer": ("Cơ quan ban hành", "Issued by"),
    "title": ("Trích yếu", "Subject"),
    "implements": ("Thực hiện chỉ thị", "Implements directive"),
    "source_file": ("Tệp nguồn", "Source file"),
    "recipients": ("Nơi nhận", "Recipients"),
    "unknown": ("(không rõ)", "(unknown)"),
    "legend": ("Chú thích", "Legend"),
    "legend_text": ("khung = một khoản; nền đỏ = cơ quan chủ trì; nền xanh = cơ quan phối hợp; gạch chân chấm = "
                    "cơ quan chỉ được nhắc tên, nhận báo cáo hoặc yêu cầu; chữ xám = phần ngoài các khoản; gạch "
                    "ngang = phần bị loại khi làm sạch; rê chuột lên tên cơ quan để xem vai trò và vì sao",
                    "box = one clause; red = lead agency; blue = supporting agency; dotted underline = agency only "
                    "mentioned, receiving a report or making a request; grey = text outside clauses; struck "
                    "through = removed while cleaning; hover over an agency to see its part and why"),
    "focus_clause": ("Khoản được chọn: {label} — chủ trì: {roles}. Khoản này được tô vàng trong toàn văn bên dưới.",
                     "Selected clause: {label} — lead: {roles}. It is highlighted in yellow in the full text below."),
    "clause_table": ("Các khoản của văn bản", "Clauses of the document"),
    "download_original": ("Tải tệp gốc", "Download the original file"),
    "same_directive": ("Các văn bản khác thực hiện {directive}", "Other documents implementing {directive}"),
    "same_directive_none": ("Chưa có văn bản nào khác thực hiện chỉ thị này.",
                            "No other document implements this directive yet."),
    "part_lead": ("chủ trì", "lead"), "part_support": ("phối hợp", "support"),
    "part_requester": ("cơ quan yêu cầu", "requester"), "part_recipient": ("nơi nhận báo cáo", "report recipient"),
    "part_mention": ("chỉ được nhắc tên", "mentioned only"),
    "why_rule": ("vì", "because"),
    "why_previous_statement": ("câu không nêu cơ quan nên tiếp nối chủ thể của câu trước",
                               "the sentence names no agency, so it carries on the previous sentence's subject"),
    "why_previous_paragraph": ("đoạn không nêu cơ quan nên tiếp nối chủ thể của đoạn trước",
                               "the paragraph names no agency, so it carries on the previous paragraph's subject"),
    "why_addressees": ("văn bản đề nghị \"các cơ quan, đơn vị\" thực hiện nên giao cho các cơ quan ở mục Kính gửi",
                       "the letter asks \"các cơ quan, đơn vị\" to act, so its items go to the bodies it is addressed to"),
    "why_caption": ("chú thích ảnh hay dòng ghi tác giả, không giao nhiệm vụ",
                    "a photo caption or byline: it assigns no duty"),
    "why_event": ("câu thuật lại một sự kiện (họp, chủ trì hội nghị, đi kiểm tra, thăm), không giao nhiệm vụ",
                  "the sentence reports an event (a meeting held or chaired, a visit): it assigns no duty"),
    "why_directs_own": ("cơ quan chỉ đạo đơn vị cùng ngành của mình thực hiện nên vẫn là cơ quan chủ trì",
                        "it directs units of its own sector, so it leads too"),
    "why_school": ("trường phổ thông tự làm việc của mình: trường không phải cơ quan được giao nhiệm vụ nên chỉ được nhắc tên",
                   "a school doing its own work is no agency a directive assigns, so it is only mentioned"),
    "why_force_alone": ("câu nói có lực lượng này túc trực và không nêu cơ quan nào khác làm, nên lực lượng này chủ trì",
                        "the sentence says this force is there and names no one else acting, so it leads"),
    "why_shared_request": ("cơ quan này đứng cùng chủ ngữ với cơ quan đề nghị, yêu cầu (nối bằng \"và\"), nên cũng chỉ đề nghị",
                           "it shares the verb with the one who asks (joined by \"và\"), so it only asks too"),
    "why_supports": ("cơ quan này hỗ trợ cơ quan được nêu sau \"hỗ trợ\", là cơ quan làm nhiệm vụ, nên chỉ phối hợp",
                     "it supports the agency named after \"hỗ trợ\", which does the duty, so it only helps"),
    "why_asked_too": ("cơ quan này cũng được đề nghị, yêu cầu như cơ quan nêu trước nó trong cùng câu",
                      "it is asked too, as the agency named before it in the sentence is"),
    "why_table_lead": ("cơ quan ở cột chủ trì (thực hiện) của bảng phân công nhiệm vụ",
                       "named in the lead (chủ trì) column of a task table"),
    "why_table_support": ("cơ quan ở cột phối hợp của bảng phân công nhiệm vụ",
                          "named in the support (phối hợp) column of a task table"),
    "why_table_cell": ("cơ quan chỉ được nêu trong nội dung công việc của bảng, không ở cột chủ trì hay phối hợp",
                       "named only in a task table's task text, not in its lead or support column"),
    "why_advised_assignment": ("câu chỉ tham mưu để cấp trên phân công, giao nhiệm vụ; việc giao chưa được thực hiện nên "
                               "cơ quan này chỉ được nêu",
                               "the sentence only advises a superior to assign the task; it is not assigned yet, so this "
                               "agency is only mentioned"),
    "why_place_of_the_agent": ("tên tỉnh, huyện chỉ nói việc làm ở đâu; câu nêu rõ việc \"do\" cơ quan khác chủ trì, thực hiện",
                               "the province or district only says where; the sentence says another agency does it (\"do …\")"),
    "why_asked_in_a_condition": ("việc giao cho cơ quan này nằm trong mệnh đề mở đầu (\"Sau khi …,\"), là việc đã làm trước; "
                                 "mệnh đề chính mới nói ai làm nên cơ quan này chỉ được nêu",
                                 "the task was given to it in an opening clause (\"Sau khi …,\"), done before; the main "
                                 "clause says who acts, so it is only mentioned"),
    "why_own_units_of": ("các đơn vị, địa phương mà cơ quan của ngành này chỉ đạo là đơn vị của chính ngành đó; cơ quan chỉ "
                         "đạo làm nhiệm vụ",
                         "the units and localities this sector's agency directs are its own; the agency that directs does "
                         "the duty"),
    "why_members_of": ("câu chỉ nêu thành viên của cơ quan này; các thành viên được kể tên mới làm nhiệm vụ",
                       "the sentence only names this body's members; the members named do the duty"),
    "why_companions": ("câu chỉ kể những người cùng đi hoặc cùng dự (\"Cùng đi có …\"); không ai được giao nhiệm vụ",
                       "the sentence only lists who came along or attended (\"Cùng đi có …\"); no one is given a duty"),
    "why_apposition": ("hai chức danh của cùng một người; chức danh đầu nhận vai của chức danh sau",
                       "two posts of one person; the first takes the part the second's words give it"),
    "why_asked_across": ("câu trước đề nghị, yêu cầu cơ quan này rồi dừng ở dấu \";\"; câu này nối tiếp danh sách đó nên cơ quan này cũng làm",
                         "the statement before asks it and stops at \";\"; this one goes on with that list, so it acts too"),
    "why_list_continued": ("câu không có động từ riêng, tiếp nối danh sách ở cuối câu trước nên cùng vai",
                           "a statement with no verb of its own goes on with the list that ended the one before"),
    "why_mention": ("không có từ nào cho thấy cơ quan này làm hay phối hợp", "no words say it acts or helps"),
    "why_parenthesis": ("tên trong ngoặc chỉ để chú thích", "a name in brackets is only an aside"),
    "source_text": ("Toàn văn", "Full text"),
    # quality
    "quality_intro": ("Lần dựng gần nhất đã nạp, loại bỏ, gộp trùng gì và chưa xác định được gì.",
                      "What the last build loaded, rejected, de-duplicated and could not determine."),
    "q_build_line": ("Dựng lúc **{at}** từ `{dir}`, mất **{s} giây**.", "Built at **{at}** from `{dir}` in **{s} s**."),
    "m_loaded": ("Đã nạp", "Loaded"), "m_rejected": ("Bị loại", "Rejected"),
    "m_duplicates": ("Trùng lặp", "Duplicates"), "m_warnings": ("Cảnh báo", "Warnings"),
    "q_thresholds": ("Ngưỡng so khớp", "Matching thresholds"),
    "q_versions": ("Phiên bản", "Versions"),
    "q_loaded": ("Đã nạp", "Loaded"),
    "q_rejected": ("Bị loại (kèm lý do)", "Rejected (with reasons)"),
    "q_duplicates": ("Trùng nội dung (chỉ nạp một lần)", "Duplicates (loaded once)"),
    "q_undetermined": ("Chưa xác định được", "Could not determine"),
    "q_warnings": ("Cảnh báo khi đọc", "Warnings while reading"),
    "q_fields": ("Thông tin lấy từ manifest, tên tệp hoặc suy ra", "Fields taken from the manifest, the file name or inferred"),
    "field_src_text": ("văn bản", "text"), "field_src_manifest": ("manifest", "manifest"),
    "field_src_inferred": ("suy ra", "inferred"), "field_src_file_name": ("tên tệp", "file name"),
    "q_missing": ("Văn bản thiếu thông tin", "Documents with missing details"),
    "q_unassigned": ("Khoản nhiệm vụ chưa rõ cơ quan chủ trì", "Duty clauses with no lead agency"),
    "q_other": ("Cơ quan chưa xếp vai trò", "Agencies with no role"),
    "q_dropped": ("Đoạn bị loại khi làm sạch", "Text removed while cleaning"),
    "q_none": ("Không có.", "None."),
    # plain-language summaries, similarity words, reports (dashboard/summary.py, dashboard/reports.py)
    "and": (" và ", " and "),
    "year_side": ("năm {year}", "{year}"),
    "sum_head": ("So với {before}, {after} có {parts}.", "Compared with {before}, {after} has {parts}."),
    "sum_nothing": ("{after} không có thay đổi nào so với {before}.", "{after} has no change from {before}."),
    "sum_new": ("{n} nhiệm vụ mới", "{n} new duties"),
    "sum_reassigned": ("{n} nhiệm vụ chuyển cơ quan chủ trì", "{n} duties moved to another lead agency"),
    "sum_reworded": ("{n} nhiệm vụ sửa lời", "{n} reworded"),
    "sum_unchanged": ("{n} nhiệm vụ giữ nguyên", "{n} unchanged"),
    "sum_dropped": ("{n} nhiệm vụ không còn", "{n} no longer there"),
    "hl_new": ("{who} thêm: “{text}”", "{who} gains: “{text}”"),
    "hl_dropped": ("{who} không còn: “{text}”", "{who} no longer: “{text}”"),
    "hl_reassigned": ("“{text}”: chuyển từ {a} sang {b}", "“{text}”: moved from {a} to {b}"),
    "hl_more_new": ("… và {n} nhiệm vụ mới khác", "… and {n} more new duties"),
    "hl_more_reassigned": ("… và {n} nhiệm vụ khác chuyển cơ quan", "… and {n} more moved duties"),
    "hl_more_dropped": ("… và {n} nhiệm vụ khác không còn", "… and {n} more duties no longer there"),
    "sim_identical": ("giống hệt", "identical"),
    "sim_minor": ("sửa lời nhỏ", "minor rewording"),
    "sim_major": ("sửa lời nhiều", "heavy rewording"),
    "sim_hover": ("Độ giống về từ ngữ: {n}%", "Word similarity: {n}%"),
    "chg_groups": ("Theo cơ quan chủ trì", "By lead agency"),
    "chg_group": ("{role} · {n} nhiệm vụ: {counts}", "{role} · {n} duties: {counts}"),
    "shown_status": ("Đang hiện: {list}. Bấm vào một trạng thái để ẩn hoặc hiện.",
                     "Showing: {list}. Click a status to hide or show it."),
    "shown_none": ("Chưa chọn trạng thái nào: bấm vào một trạng thái để hiện.",
                   "No status selected: click one to show it."),
    "download_docx": ("Tải báo cáo Word", "Download Word report"),
    "report_from": ("Lập từ dữ liệu dựng lúc {at}.", "From the data built at {at}."),
    "report_changes": ("Thay đổi nhiệm vụ: {after} so với {before}", "Changes in duties: {after} against {before}"),
    "col_duty": ("Nhiệm vụ", "Duty"),
    "col_change": ("Thay đổi", "Change"),
    "col_source": ("Nguồn", "Source"),
    "col_where": ("Nơi đã giao", "Where it is assigned"),
    "col_closest": ("Câu gần nhất trong văn bản cần kiểm tra", "Closest sentence in the checked document"),
    "no_agency_named": ("chưa rõ cơ quan", "no agency named"),
    # gaps: evidence
    "gap_none_prev": ("{loc} không có văn bản năm {year} để so sánh; hãy chọn “Địa phương khác, cùng năm” "
                      "hoặc “Tất cả văn bản khác”.",
                      "{loc} has no {year} document to compare with; choose “Other localities, same year” or "
                      "“All other documents”."),
    "gap_none_same": ("Không có địa phương nào khác có văn bản năm {year}; hãy chọn phạm vi so sánh khác.",
                      "No other locality has a {year} document; choose another comparison set."),
    "gap_none_all": ("Chưa có văn bản nào khác để so sánh.", "There is no other document to compare with."),
    "gap_unplaced": ("Văn bản này chưa rõ {what}, nên không so được với năm trước hay cùng năm; hãy chọn “Tất cả văn "
                     "bản khác”, hoặc ghi {what} vào data/raw/manifest.csv rồi dựng lại dữ liệu.",
                     "This document's {what} is not known, so it cannot be compared with the year before or the same "
                     "year; choose “All other documents”, or give its {what} in data/raw/manifest.csv and rebuild."),
    "no_locality_year": ("Chưa văn bản nào rõ cả địa phương lẫn năm: hãy chọn theo văn bản, hoặc ghi địa phương và năm "
                         "vào data/raw/manifest.csv rồi dựng lại dữ liệu.",
                         "No document gives both its locality and its year: choose by document, or give them in "
                         "data/raw/manifest.csv and rebuild."),
    "what_year": ("năm", "year"),
    "what_locality": ("địa phương", "locality"),
    "gap_summary": ("{target}: {n} nhiệm vụ được giao ở {scope} nhưng chưa thấy ở đây. {k} trong số đó có một câu "
                    "gần giống trong văn bản cần kiểm tra (điểm từ {t} trở lên): đọc câu đó trước khi bổ sung.",
                    "{target}: {n} duties assigned in {scope} are not found here. {k} of them have a close sentence "
                    "in the checked document (score {t} or more): read it before adding the duty."),
    "gap_scope_previous_year": ("năm trước của cùng địa phương", "the same locality's previous year"),
    "gap_scope_same_year": ("các địa phương khác cùng năm", "other localities in the same year"),
    "gap_scope_all": ("các văn bản khác", "other documents"),
    "gap_detail": ("Bằng chứng cho từng nhiệm vụ", "Evidence for each duty"),
    "gap_closest": ("Câu gần nhất ở đây (điểm {score}): “{text}”", "Closest sentence here (score {score}): “{text}”"),
    "gap_no_closest": ("Không có câu nào gần giống ở đây.", "No similar sentence here."),
    "gap_maybe": ("có thể đã có", "may already be there"),
    "gap_table": ("Bảng để lọc và tải xuống", "Table to sort and download"),
    "report_gaps": ("Nhiệm vụ cần xem xét bổ sung: {target}", "Duties to consider adding: {target}"),
    # draft check
    "nav_draft": ("Kiểm tra dự thảo", "Check a draft"),
    "draft_intro": ("Tải lên hoặc dán dự thảo (.docx, .txt, .pdf) để đối chiếu với văn bản năm trước của cùng địa "
                    "phương và văn bản cùng năm của địa phương khác. Dự thảo không được lưu vào dữ liệu.",
                    "Upload or paste a draft (.docx, .txt, .pdf) to check it against the same locality's previous "
                    "year and other localities' documents of the same year. The draft is not stored."),
    "draft_file": ("Tệp dự thảo", "Draft file"),
    "draft_paste": ("Hoặc dán nội dung dự thảo", "Or paste the draft's text"),
    "draft_for": ("Dự thảo cho địa phương", "Draft for locality"),
    "draft_year": ("Năm của kỳ thi", "Exam year"),
    "draft_detected": ("Dự thảo ghi: {loc}, năm {year}. Chọn ở trên nếu cần sửa.",
                       "The draft says: {loc}, {year}. Choose above to correct it."),
    "draft_wait": ("Hãy tải lên tệp hoặc dán nội dung dự thảo.", "Upload a file or paste the draft's text."),
    "draft_refused": ("Không đọc được dự thảo: {reason}", "The draft could not be read: {reason}"),
    "draft_read": ("Đọc được {n} khoản, {s} câu nhiệm vụ; đối chiếu xong trong {sec} giây.",
                   "Read {n} clauses and {s} duty sentences; checked in {sec} s."),
    "draft_need_place": ("Dự thảo không ghi rõ địa phương hoặc năm: hãy chọn ở trên.",
                         "The draft does not say its locality or year: choose them above."),
    "draft_summary": ("So với {prev}: dự thảo giữ {kept} nhiệm vụ, đổi cơ quan chủ trì ở {moved}, bỏ {dropped}. "
                      "So với các địa phương khác năm {year}: {shared} nhiệm vụ giống, {lacks} nhiệm vụ họ giao mà "
                      "dự thảo chưa có.",
                      "Against {prev}: the draft keeps {kept} duties, moves {moved} to another lead agency and drops "
                      "{dropped}. Against other localities in {year}: {shared} shared duties, {lacks} that they "
                      "assign and the draft lacks."),
    "draft_no_prev": ("{loc} không có văn bản năm {year} trong dữ liệu; chỉ so với địa phương khác.",
                      "{loc} has no {year} document in the data; compared with other localities only."),
    "draft_no_other": ("Không có địa phương khác có văn bản năm {year} trong dữ liệu.",
                       "No other locality has a {year} document in the data."),
    "draft_clauses": ("Các khoản của dự thảo và cơ quan được giao", "The draft's clauses and their agencies"),
    "draft_kept": ("Giữ từ năm trước", "Kept from last year"),
    "draft_moved": ("Đổi cơ quan chủ trì so với năm trước", "Moved to another lead agency"),
    "draft_dropped": ("Năm trước có, dự thảo chưa có", "In last year's, missing from the draft"),
    "draft_shared": ("Giống địa phương khác cùng năm", "Shared with other localities this year"),
    "draft_lacks": ("Địa phương khác giao, dự thảo chưa có", "Assigned elsewhere, missing from the draft"),
    "draft_sentence": ("Câu trong dự thảo", "Draft sentence"),
    "draft_match": ("Câu tương ứng", "Matching sentence"),
    "report_draft": ("Kết quả kiểm tra dự thảo: {name}", "Draft check: {name}"),
    "pasted": ("nội dung dán vào", "pasted text"),
    # data page: measured quality
    "q_measured": ("Chất lượng đã đo", "Measured quality"),
    "q_measured_intro": ("Đo trên văn bản được gán nhãn bằng tay mà bộ phân tích chưa thấy khi viết; dùng để biết nên "
                         "tin kết quả đến đâu.",
                         "Measured on hand-labelled documents the parser had not seen while it was written: how far "
                         "to trust the results."),
    "q_measured_missing": ("Chưa có số đo chất lượng (docs/quality.json).", "No quality measurement yet (docs/quality.json)."),
    "db_rebuilding": ("Đang cập nhật dữ liệu với văn bản vừa thêm; các trang sẽ dùng dữ liệu mới khi xong.",
                      "The data is being updated with the documents just added; pages switch to it when done."),
}

# What each matching setting means (etl.config.Settings names them; its help text is English only).
SETTINGS_HELP: dict[str, tuple[str, str]] = {
    "agency_fuzzy_cutoff": ("Điểm rapidfuzz tối thiểu để nhận một tên cơ quan viết sai chính tả",
                            "rapidfuzz score to accept a misspelt agency name"),
    "link_threshold": ("Điểm tối thiểu để coi hai câu là cùng một nhiệm vụ",
                       "Pair score at which two sentences count as the same duty"),
    "unscored_pair_score": ("Điểm giả định cho hai câu chưa được so với nhau khi gộp nhóm",
                            "Score assumed for two sentences never compared, when grouping"),
    "reword_threshold": ("Dưới mức giống này, một nhiệm vụ được giữ lại tính là đã sửa lời",
                         "Below this word similarity a kept duty counts as reworded"),
    "pair_floor": ("Mức giống từ ngữ tối thiểu để ghép hai câu cùng nhiệm vụ mà chưa được so với nhau "
                   "(trang Thay đổi, So sánh)",
                   "Word similarity from which two sentences of one duty never compared are still paired "
                   "(Changes, Compare)"),
    "repeat_threshold": ("Điểm trung bình tối thiểu để gộp hai nhóm cùng có câu của một văn bản",
                         "Average score at which two groups holding sentences of one document may join"),
    "restate_threshold": ("Điểm của cặp câu gần nhất để hai nhóm cùng có câu của một văn bản vẫn được gộp (một câu nhắc lại câu kia)",
                          "Best link at which two groups holding sentences of one document still join (one restates the other)"),
    "max_candidates": ("Số câu gần nhất (theo TF-IDF) tối thiểu được chấm điểm với mỗi câu (kho nhỏ: nhiều hơn, tới 100)",
                       "Nearest sentences (word TF-IDF) scored against each sentence, at least (a small corpus: more, up to 100)"),
}

# Column headers of the tables shown (and exported), by column name.
COLUMNS: dict[str, tuple[str, str]] = {
    "doc_id": ("Mã văn bản", "Document id"), "source_file": ("Tệp nguồn", "Source file"),
    "locality": ("Địa phương", "Locality"), "year": ("Năm", "Year"), "doc_type": ("Loại", "Type"),
    "issuer": ("Cơ quan ban hành", "Issuer"), "number": ("Số", "Number"),
    "issued_date": ("Ngày ban hành", "Date issued"), "signer": ("Người ký", "Signer"),
    "title": ("Trích yếu", "Subject"), "implements": ("Thực hiện chỉ thị", "Implements"),
    "n_clauses": ("Số khoản", "Clauses"), "clause_id": ("Mã khoản", "Clause id"), "label": ("Khoản", "Clause"),
    "clause_kind": ("Loại khoản", "Clause kind"), "text": ("Nội dung", "Text"), "agency": ("Cơ quan", "Agency"),
    "role": ("Vai trò", "Role"), "kind": ("Chủ trì/phối hợp", "Lead/support"), "themes": ("Chủ đề", "Themes"),
    "theme": ("Chủ đề", "Theme"), "duties": ("Nhiệm vụ", "Duties"), "duty": ("Nhiệm vụ", "Duty"),
    "duty_id": ("Mã nhiệm vụ", "Duty id"),
    "lead": ("Chủ trì", "Lead"), "support": ("Phối hợp", "Support"), "seq": ("Thứ tự", "Order"),
    "status": ("Trạng thái", "Status"), "roles_a": ("Chủ trì (A)", "Lead (A)"), "roles_b": ("Chủ trì (B)", "Lead (B)"),
    "text_a": ("Nội dung (A)", "Text (A)"), "text_b": ("Nội dung (B)", "Text (B)"),
    "clause_a": ("Khoản (A)", "Clause (A)"), "clause_b": ("Khoản (B)", "Clause (B)"),
    "similarity": ("Độ giống (%)", "Similarity (%)"), "n_docs": ("Số văn bản", "Documents"),
    "seen_in": ("Xuất hiện ở", "Seen in"), "roles": ("Vai trò chủ trì ở đó", "Lead roles there"),
    "example_clause": ("Khoản ví dụ", "Example clause"), "example_text": ("Nội dung ví dụ", "Example text"),
    "score": ("Điểm", "Score"), "label_a": ("Mục (A)", "Item (A)"), "label_b": ("Mục (B)", "Item (B)"),
    "reason": ("Lý do", "Reason"), "field": ("Trường", "Field"), "message": ("Ghi chú", "Message"),
    "value": ("Giá trị", "Value"), "source": ("Nguồn", "Source"), "key": ("Mục", "Item"), "name": ("Tên", "Name"),
    "note": ("Ghi chú", "Note"), "help": ("Ý nghĩa", "Meaning"), "encoding": ("Mã hóa", "Encoding"), "wrapped": ("Ngắt dòng PDF", "Hard-wrapped"),
    "body_coverage": ("Tỷ lệ thân văn bản vào khoản", "Body coverage"), "n_statements": ("Số nhiệm vụ", "Statements"),
    "link": ("Xem", "Open"),
    "who_a": ("Cơ quan chủ trì (A)", "Lead agency (A)"), "who_b": ("Cơ quan chủ trì (B)", "Lead agency (B)"),
    "similarity_word": ("Mức giống", "How similar"), "src_a": ("Nguồn (A)", "Source (A)"),
    "src_b": ("Nguồn (B)", "Source (B)"), "where": ("Nơi đã giao", "Where assigned"),
    "closest_text": ("Câu gần nhất ở đây", "Closest sentence here"), "closest_score": ("Điểm gần nhất", "Closest score"),
    "agencies_there": ("Cơ quan chủ trì ở đó", "Lead agencies there"), "item": ("Mục", "Item"),
    "lead_names": ("Cơ quan chủ trì", "Lead agencies"), "support_names": ("Cơ quan phối hợp", "Supporting agencies"),
    "match_text_shown": ("Câu tương ứng", "Matching sentence"), "match_source": ("Nguồn câu tương ứng", "Its source"),
    "measure": ("Phép đo", "Measure"), "measured_on": ("Đo trên", "Measured on"),
    "precision": ("Độ chính xác", "Precision"), "recall": ("Độ phủ", "Recall"), "n_items": ("Số mục", "Items"),
    "command": ("Lệnh đo lại", "Command to re-run"),
    "suggested": ("Câu gợi ý (đã thay tên địa phương)", "Suggested wording (locality name replaced)"),
    "match_score": ("Điểm", "Score"), "closest_source": ("Nguồn câu gần nhất", "Source of the closest sentence"), "draft_lead": ("Chủ trì trong dự thảo", "Lead in the draft"), "sentence": ("Câu", "Sentence"),
}


def message(text, language: str | None = None) -> str:
    """A reason or warning written by the ETL (in English) in the interface language, from the reviewed
    table etl/messages.csv; a message the table does not know is shown as it is."""
    if not isinstance(text, str) or (language or lang()) == "en":
        return text if isinstance(text, str) else ""
    return vietnamese(text, {k: v[0].lower() for k, v in COLUMNS.items()})


def lang() -> str:
    value = st.session_state.get("lang") or st.query_params.get("lang", "vi")
    return value if value in LANGS else "vi"


def t(key: str, **values) -> str:
    return tl(key, lang(), **values)


def tl(key: str, language: str, **values) -> str:
    """t() in a given language: for pure modules (reports, summaries) that do not read the session."""
    vi, en = LABELS[key]
    text = en if language == "en" else vi
    return text.format(**values) if values else text


def column(name: str) -> str:
    pair = COLUMNS.get(name)
    if pair is None:
        return name
    return pair[1] if lang() == "en" else pair[0]
