"""The six layouts of a synthetic document (Chỉ thị, Thông báo, Kế hoạch, Công văn, web article, Công điện)."""

from __future__ import annotations

import datetime as dt

from benchmarks.synth_data import _LETTERS, _MASS_ORGS, ROLE_ORDER
from benchmarks.synth_doc import _Doc, _exam_days, _lowerfirst, pm_directive

_UBND_ROLES = tuple(r for r in ROLE_ORDER if r not in ("postal", "telecom", "district_culture"))


def _chi_thi(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date()
    out = d.header("CT-UBND", date)
    out.append("CHỈ THỊ")
    where = f"trên địa bàn {prov} {loc.full}" if loc.name != "Hồ Chí Minh" else "trên địa bàn Thành phố"
    out.append(r.choice((
        f"Về việc tăng cường công tác chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} {where}",
        f"Về tăng cường chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} {where}")))
    out.append(f"Thực hiện Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ về tăng cường chỉ đạo, phối hợp tổ "
               f"chức Kỳ thi tốt nghiệp trung học phổ thông (THPT) và tuyển sinh đại học, giáo dục nghề nghiệp năm {y};")
    out.append(d.fill(
        "Để tiếp tục phát huy kết quả đạt được trong những năm qua và khắc phục hạn chế, khó khăn, tiếp tục tổ chức "
        "Kỳ thi tốt nghiệp THPT năm {year} (Kỳ thi) trên địa bàn {prov} bảo đảm an toàn, nghiêm túc, minh bạch, khách "
        "quan, chất lượng, đúng quy chế và tạo điều kiện thuận lợi nhất cho thí sinh, Chủ tịch UBND {prov} yêu cầu:"))
    groups = d.groups(_UBND_ROLES)
    edu = [t for role, ts in groups if role == "education" for t in ts]
    others = [(role, ts) for role, ts in groups if role != "education"]
    standing = f" - Cơ quan Thường trực {d.vars['bcd']} Kỳ thi tốt nghiệp THPT năm {y}" if r.random() < 0.5 else ""
    out.append(f"1. {d.name('education', head=True)}{standing}")
    out.extend(edu)
    flat = r.random() < 0.4  # every agency its own number, instead of 2. a) b) ...
    if not flat:
        out.append(f"2. Các sở, ban, ngành, tổ chức chính trị - xã hội liên quan, UBND các {loc.units}")
    n = 0
    for n, (role, texts) in enumerate(others):
        label = f"{n + 2}." if flat else f"{_LETTERS[n]})"
        ask = "Đề nghị " if role in _MASS_ORGS else ""
        if role in _MASS_ORGS and r.random() < 0.7 or len(texts) == 1 and r.random() < 0.35:
            out.append(f"{label} {ask}{d.name(role, head=True)} {_lowerfirst(texts[0])}")
            out.extend(texts[1:])
        else:
            out.append(f"{label} {ask}{d.name(role, head=True)}")
            out.extend(texts)
    if r.random() < 0.6:
        label = f"{len(others) + 2}." if flat else f"{_LETTERS[len(others)]})"
        out.append(f"{label} " + d.say(
            f"Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị liên quan, Chủ tịch UBND các {loc.units} "
            f"quán triệt triển khai nghiêm túc Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ đến đội ngũ "
            "cán bộ, công chức, viên chức thuộc cơ quan, đơn vị; theo chức năng, nhiệm vụ, thẩm quyền, chủ động "
            "xây dựng kế hoạch, có trách nhiệm phối hợp đồng bộ, hiệu quả trong chỉ đạo tổ chức thực hiện nhiệm "
            f"vụ do {d.vars['bcd']} giao."))
    out.append(r.choice((
        (f"Chủ tịch UBND {prov} yêu cầu thủ trưởng các cơ quan, đơn vị có liên quan, Chủ tịch UBND các {loc.units} "
         "tổ chức triển khai thực hiện nghiêm túc Chỉ thị này./."),
        (f"Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các {loc.units} nghiêm túc triển khai "
         "thực hiện Chỉ thị này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch "
         f"UBND {prov} (qua Sở Giáo dục và Đào tạo) để xem xét, giải quyết./."))))
    out.append(d.recipients(["- UBMTTQ và các tổ chức CT-XH " + prov + ";", "- Các sở, ban, ngành;",
                             f"- {d.name('electricity')};"]))
    if r.random() < 0.4:
        out.append(d.signature(["CHỦ TỊCH"], "chairman"))
    else:
        out.append(d.signature(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


def _thong_bao(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(0, 12)
    meeting = date - dt.timedelta(days=r.randint(1, 3))
    vice = d.person("vice-chair")
    out = d.header("TB-UBND", date)
    out.append("THÔNG BÁO")
    out.append(f"Kết luận của đồng chí {vice}, Phó Chủ tịch UBND {prov} tại cuộc họp Ban Chỉ đạo cấp {prov} Kỳ thi "
               f"tốt nghiệp trung học phổ thông năm {y}")
    out.append(f"Ngày {meeting.day}/{meeting.month}/{y}, Ban Chỉ đạo cấp {prov} Kỳ thi tốt nghiệp trung học phổ thông "
               f"(THPT) năm {y} (sau đây viết tắt là Ban Chỉ đạo) tổ chức cuộc họp để chuẩn bị cho Kỳ thi tốt nghiệp "
               f"THPT năm {y} (sau đây viết tắt là Kỳ thi). Đồng chí {vice}, Phó Chủ tịch UBND {prov}, Trưởng Ban Chỉ "
               "đạo chủ trì cuộc họp; tham dự có các thành viên Ban Chỉ đạo.")
    out.append(f"Sau khi nghe lãnh đạo Sở Giáo dục và Đào tạo báo cáo công tác chuẩn bị Kỳ thi, ý kiến thảo luận của "
               f"các thành viên dự họp, đồng chí {vice}, Trưởng Ban Chỉ đạo kết luận như sau:")
    out.append(f"Để Kỳ thi năm {y} diễn ra an toàn, nghiêm túc, khách quan và đạt chất lượng, yêu cầu Ban Chỉ đạo, "
               "các cấp, các ngành tổ chức thực hiện đầy đủ chức năng, nhiệm vụ được giao và tập trung thực hiện tốt "
               "một số nội dung sau:")
    groups = d.groups(_UBND_ROLES)
    listed_candidates = [role for role, _ in groups if role in
                         ("finance", "transport", "labour", "information", "youth_union", "electricity", "press")]
    listed = [ro for ro in listed_candidates if r.random() < 0.6]
    n = 0
    for role, texts in groups:
        if role in listed:
            continue
        n += 1
        name = ("Đề nghị " if role in _MASS_ORGS else "") + d.name(role, head=True)
        if len(texts) == 1 and role != "education" and r.random() < 0.6:
            out.append(f"{n}. {name} {_lowerfirst(texts[0])}")
        else:
            out.append(f"{n}. {name}")
            out.extend(f"- {t[:-1]}{d.bullet_end}" if i < len(texts) - 1 else f"- {t}" for i, t in enumerate(texts))
    if listed:
        sos = [d.short(ro) for ro in listed if d.is_department(ro)]
        rest = [d.name(ro, head=True) for ro in listed if not d.is_department(ro)]
        out.append(f"{n + 1}. Các sở, ngành, cơ quan: {', '.join(sos + rest)} và các cơ quan liên quan trên cơ sở chức "
                   "năng nhiệm vụ được giao chủ động phối hợp, triển khai thực hiện kịp thời, nghiêm túc, bảo đảm Kỳ thi "
                   f"tốt nghiệp THPT năm {y} được tổ chức an toàn, hiệu quả.")
    out.append(f"UBND {prov} {loc.full} thông báo để các cơ quan, đơn vị liên quan phối hợp tổ chức thực hiện./.")
    out.append("Nơi nhận:\n" + "\n".join([
        f"- Thường trực {d.vars['party']};", f"- Lãnh đạo HĐND {prov};", f"- Chủ tịch, các Phó Chủ tịch UBND {prov};",
        f"- Các sở, ngành, cơ quan TVBCĐ cấp {prov};", f"- Báo {loc.name}, Đài PTTH {prov};",
        f"- C, PCVP UBND {prov}, các Phòng: KGVX, TH;", "- Lưu: VT, KGVX."]))
    out.append(d.signature(["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "office"))
    return out


def _ke_hoach(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(1, 15)
    day, month = _exam_days(y)
    out = d.header("KH-UBND", date)
    out.append("KẾ HOẠCH")
    out.append(f"Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} trên địa bàn {prov} {loc.full}"
               if loc.name != "Hồ Chí Minh" else f"Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} trên địa bàn "
               "Thành phố")
    rule = ("Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024" if y >= 2025 else
            "Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020" if y >= 2020 else "Thông tư số 04/2017/TT-BGDĐT ngày 25/01/2017")
    out.append(f"Căn cứ {rule} của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế thi tốt nghiệp trung học phổ thông;")
    out.append(f"Căn cứ Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ về tăng cường chỉ đạo, phối hợp tổ chức Kỳ "
               f"thi tốt nghiệp trung học phổ thông và tuyển sinh đại học, giáo dục nghề nghiệp năm {y};")
    out.append(f"UBND {prov} ban hành Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm {y} (Kỳ thi) trên địa bàn {prov} "
               "như sau:")
    out.append("I. MỤC ĐÍCH, YÊU CẦU")
    out.append("1. Mục đích")
    out.append(d.say("- Tổ chức Kỳ thi an toàn, nghiêm túc, khách quan, đúng quy chế; đảm bảo quyền lợi của thí sinh."))
    out.append(d.say("- Lấy kết quả thi để xét công nhận tốt nghiệp THPT và làm cơ sở đánh giá chất lượng dạy học."))
    out.append("2. Yêu cầu")
    out.append(d.say("- Các sở, ban, ngành, UBND các {units} phối hợp chặt chẽ, thực hiện đúng chức năng, nhiệm vụ được "
                     "giao; không để xảy ra sai sót, tiêu cực trong tổ chức Kỳ thi."))
    out.append("II. THỜI GIAN, ĐỊA ĐIỂM")
    out.append(d.say(f"- Thời gian thi: các ngày {day}, {day + 1}/{month}/{y}."))
    out.append(d.say(f"- Địa điểm: tại các Điểm thi do Sở Giáo dục và Đào tạo bố trí trên địa bàn các {loc.units}."))
    out.append("III. TỔ CHỨC THỰC HIỆN")
    for n, (role, texts) in enumerate(d.groups(_UBND_ROLES), 1):
        out.append(f"{n}. {'Đề nghị ' if role in _MASS_ORGS else ''}{d.name(role, head=True)}")
        if len(texts) > 1 and r.random() < 0.5:
            out.append(r.choice(("- Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ sau:",
                                 "- Thực hiện các nhiệm vụ:")))
            out.extend(f"+ {t[:-1]};" if i < len(texts) - 1 else f"+ {t}" for i, t in enumerate(texts))
        else:
            out.extend(f"- {t}" for t in texts)
    out.append("IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO")
    out.append(d.say(f"Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày "
                     f"{min(day + 10, 30)}/{month}/{y} để tổng hợp, báo cáo UBND {prov}."))
    out.append(f"Trên đây là Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm {y} trên địa bàn {prov}; yêu cầu các cơ quan, "
               "đơn vị, địa phương nghiêm túc triển khai thực hiện./.")
    out.append(d.recipients(["- Các sở, ban, ngành;", f"- {d.name('electricity')};"]))
    out.append(d.signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


def _cong_van(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    dept = d.name("information")
    dept_full = "Sở Khoa học và Công nghệ" if y >= 2025 else "Sở Thông tin và Truyền thông"
    code = "SKHCN" if y >= 2025 else "STTTT"
    date = d.issue_date(2, 12)
    caps = [f"UBND {prov.upper()} {loc.full.upper()}".replace("THÀNH PHỐ THÀNH PHỐ", "THÀNH PHỐ"), dept_full.upper()]
    out = d.header(f"{code}-TTBCXB", date, caps)
    out.append(f"V/v tăng cường tuyên truyền và bảo đảm\nthông tin liên lạc Kỳ thi tốt nghiệp\nTrung học phổ thông năm {y}")
    tv = f"Đài Phát thanh và Truyền hình {'tỉnh' if not loc.city else loc.name}"
    out.append("Kính gửi:\n" + "\n".join([f"- {tv};", f"- Báo {loc.name};", "- Các doanh nghiệp Bưu chính, Viễn thông;",
                                          f"- Phòng Văn hóa và Thông tin các {loc.units}."]))
    out.append(f"Thực hiện Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ và Quyết định số "
               f"{r.randint(20, 120)}/QĐ-BCĐ của Ban Chỉ đạo cấp {prov} Kỳ thi tốt nghiệp THPT năm {y} về việc phân công "
               f"nhiệm vụ các thành viên Ban Chỉ đạo, {dept_full} trân trọng đề nghị các cơ quan, đơn vị triển khai một "
               "số nội dung sau:")
    groups = d.groups(("press", "postal", "telecom", "district_culture"))
    for n, (role, texts) in enumerate(groups, 1):
        name = d.name(role, head=True)
        if role == "press":
            name = f"Báo {loc.name}, Đài PTTH {'tỉnh' if not loc.city else loc.name}"
        out.append(f"{n}. Đề nghị {name}")
        dash = "" if role == "district_culture" else "- "
        out.extend(dash + t for t in texts)
    out.append(f"{dept_full} trân trọng đề nghị các cơ quan, đơn vị thực hiện các nội dung trên. Kịp thời phản ánh những "
               f"khó khăn, vướng mắc trong quá trình triển khai về {dept} để tổng hợp báo cáo Ban Chỉ đạo cấp {prov} "
               "xem xét, giải quyết./.")
    out.append("Nơi nhận:\n" + "\n".join(["- Như trên;", f"- BCĐ {prov};", f"- UBND các {loc.units};", "- Lãnh đạo Sở;",
                                           "- Các phòng CM, VP;", "- Lưu: VT, TTBCXB."]))
    out.append(d.signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if r.random() < 0.7 else ["GIÁM ĐỐC"], code))
    return out


def _bai_viet(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(2, 15)
    posted = date + dt.timedelta(days=r.randint(0, 3))
    place = loc.full if loc.name == "Hồ Chí Minh" else f"{prov} {loc.name}"
    out = [r.choice((f"{loc.name}: Tăng cường chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp THPT năm {y}",
                     f"UBND {place} ban hành Chỉ thị về tổ chức Kỳ thi tốt nghiệp THPT năm {y}")),
           f"{posted.day:02d}/{posted.month:02d}/{y} {r.randint(7, 17):02d}:{r.randint(0, 59):02d}",
           (f"UBND {place} vừa ban hành Chỉ thị số {r.randint(3, 30)}/CT-UBND ngày {date.day}/{date.month}/{y} về "
            f"tăng cường công tác chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp THPT năm {y}.")]
    for role, texts in d.groups(_UBND_ROLES):
        name = d.name(role, head=True)
        if role == "education":
            lead = f"Chỉ thị giao {name} "
        elif role in _MASS_ORGS:
            lead = f"Đề nghị {name} "
        else:
            lead = r.choice((f"{name} ", f"{name} ", f"Giao {name} "))
        out.append(lead + " ".join([_lowerfirst(texts[0])] + texts[1:3]))
        for i in range(3, len(texts), 3):  # long sections run over several paragraphs, as in seed 003
            more = texts[i:i + 3]
            if r.random() < 0.5:
                more[0] = "Bên cạnh đó, " + _lowerfirst(more[0])
            out.append(" ".join(more))
    if r.random() < 0.7:  # what the web page adds around the article
        teasers = [f"Sáng {r.randint(1, 28)}/{r.randint(7, 12)}, UBND {prov} tổ chức Hội nghị tổng kết thực hiện Nghị quyết…",
                   f"Chiều {r.randint(1, 28)}/{r.randint(7, 12)}, trong khuôn khổ Diễn đàn Chuyển đổi số {prov}…",
                   f"Ngày {r.randint(1, 28)}/{r.randint(7, 12)}, {place} rà soát thủ tục hành chính liên quan đến…"]
        r.shuffle(teasers)
        out.append("\n".join(["Tài liệu đính kèm", *teasers, "This website uses cookies. See Our policy to learn more.",
                              "Read More"]))
    return out


def _cong_dien(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    day, month = _exam_days(y)
    date = d.issue_date(10, 25)
    out = d.header("CĐ-UBND", date)
    out.append("CÔNG ĐIỆN")
    out.append(f"Về việc tập trung chỉ đạo, tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y}")
    groups = [(role, ts) for role, ts in d.groups(_UBND_ROLES) if role not in _MASS_ORGS]
    keep = [groups[0]] + sorted(r.sample(groups[1:], min(len(groups) - 1, r.randint(3, 6))), key=groups.index)
    sos = [d.short(ro) for ro, _ in keep if d.is_department(ro)]
    addressees = [f"- Giám đốc các sở: {', '.join(sos)};"] if sos else []
    if any(ro == "police" for ro, _ in keep):
        addressees.append(f"- Giám đốc {d.name('police')};")
    if any(ro == "electricity" for ro, _ in keep):
        addressees.append(f"- Giám đốc {d.name('electricity')};")
    addressees.append(f"- Chủ tịch UBND các {loc.units}.")
    out.append(f"CHỦ TỊCH ỦY BAN NHÂN DÂN {prov.upper()} điện:\n" + "\n".join(addressees))
    out.append(f"Kỳ thi tốt nghiệp THPT năm {y} sẽ diễn ra trong các ngày {day}, {day + 1}/{month}/{y}. Để Kỳ thi diễn ra "
               f"an toàn, nghiêm túc, đúng quy chế, Chủ tịch UBND {prov} yêu cầu:")
    for n, (role, texts) in enumerate(keep, 1):
        out.append(f"{n}. {d.name(role, head=True)} {_lowerfirst(texts[0])}")
    out.append(f"{len(keep) + 1}. " + d.say(f"Giao Văn phòng UBND {prov} theo dõi, đôn đốc việc thực hiện Công điện này, "
                                            f"kịp thời báo cáo Chủ tịch UBND {prov} những vấn đề phát sinh.")[:-1] + "./.")
    out.append("Nơi nhận:\n" + "\n".join(["- Như trên;", "- Bộ Giáo dục và Đào tạo;",
                                           f"- Thường trực {d.vars['party']};", f"- Chủ tịch, các PCT UBND {prov};",
                                           "- Lưu: VT, KGVX."]))
    out.append(d.signature(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


_RENDER = {"chi-thi": _chi_thi, "thong-bao": _thong_bao, "ke-hoach": _ke_hoach, "cong-van": _cong_van,
           "bai-viet": _bai_viet, "cong-dien": _cong_dien}
_ISSUER = {"chi-thi": "Chủ tịch UBND {prov}", "thong-bao": "UBND {prov}", "ke-hoach": "UBND {prov}",
           "bai-viet": "UBND {prov}", "cong-dien": "Chủ tịch UBND {prov}"}
