"""Synthetic national corpus of exam directives, built from the seed documents' clauses.

``synthesize(out_dir, localities=N, years=(A, B), seed=S, docs_per_year=K)`` writes one UTF-8 (NFC) .txt
file per document plus ``manifest.csv`` (source_file, locality, year, doc_type, issuer) and returns the
document paths. The same arguments always give byte-identical files: every random choice comes from a
``random.Random`` seeded with a string naming the seed, locality, year and document (never the clock).

How a document is made:
- every locality has a stable base set of duties (``DUTIES``, wordings taken or adapted from the seeds);
  from year to year a few are dropped, added, reordered, reworded or reassigned to another role
  (``duty_plan`` gives that plan, which benchmarks can use as ground truth);
- agency names are rendered for the locality and year ("Công an tỉnh" / "Công an thành phố", "UBND các
  huyện, thành phố" / "UBND các quận, huyện", 2025 mergers, abbreviations such as "Sở GD&ĐT");
- one of six layouts writes the text (Chỉ thị, Thông báo, Kế hoạch, Công văn of the information department,
  web article, Công điện); about one document in four is hard-wrapped like a PDF extraction.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from random import Random

__all__ = ["DUTIES", "LAYOUTS", "LOCALITIES", "Duty", "Locality", "PlannedDuty", "duty_plan", "pm_directive", "synthesize"]


# --------------------------------------------------------------------------------------------------------
# Data tables
# --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Locality:
    name: str      # proper name, as in the database ("Hồ Chí Minh")
    kind: str      # "tỉnh" or "thành phố"
    units: str     # district-level units as a list: "huyện, thành phố", "quận, huyện", ...

    @property
    def city(self) -> bool:
        return self.kind == "thành phố"

    @property
    def full(self) -> str:  # how the text names the place: "Thành phố Hồ Chí Minh", "Lạng Sơn"
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name


def _L(name: str, kind: str = "tỉnh", units: str = "") -> Locality:
    return Locality(name, kind, units or ("quận, huyện" if kind == "thành phố" else "huyện, thành phố"))


_TP = "thành phố"
_TX = "huyện, thị xã, thành phố"
# The 63 provinces and centrally-run cities (before the 2025 reorganisation), in the order used by
# ``localities=N``: the two seed localities first, then the other cities, then north to south.
LOCALITIES: tuple[Locality, ...] = (
    _L("Lạng Sơn"), _L("Hải Phòng", _TP), _L("Hà Nội", _TP, "quận, huyện, thị xã"), _L("Hồ Chí Minh", _TP),
    _L("Đà Nẵng", _TP), _L("Cần Thơ", _TP), _L("Quảng Ninh", units=_TX), _L("Hà Giang"), _L("Cao Bằng"),
    _L("Bắc Kạn"), _L("Tuyên Quang"), _L("Lào Cai", units=_TX), _L("Điện Biên", units=_TX), _L("Lai Châu"),
    _L("Sơn La"), _L("Yên Bái", units=_TX), _L("Hòa Bình"), _L("Thái Nguyên", units=_TX),
    _L("Bắc Giang", units=_TX), _L("Phú Thọ", units=_TX), _L("Vĩnh Phúc"), _L("Bắc Ninh", units=_TX),
    _L("Hải Dương", units=_TX), _L("Hưng Yên"), _L("Thái Bình"), _L("Hà Nam", units=_TX), _L("Nam Định"),
    _L("Ninh Bình"), _L("Thanh Hóa", units=_TX), _L("Nghệ An", units=_TX), _L("Hà Tĩnh", units=_TX),
    _L("Quảng Bình", units=_TX), _L("Quảng Trị", units=_TX), _L("Thừa Thiên Huế", units=_TX),
    _L("Quảng Nam", units=_TX), _L("Quảng Ngãi", units=_TX), _L("Bình Định", units=_TX),
    _L("Phú Yên", units=_TX), _L("Khánh Hòa", units=_TX), _L("Ninh Thuận"), _L("Bình Thuận", units=_TX),
    _L("Kon Tum"), _L("Gia Lai", units=_TX), _L("Đắk Lắk", units=_TX), _L("Đắk Nông"),
    _L("Lâm Đồng"), _L("Bình Phước", units=_TX), _L("Tây Ninh", units=_TX), _L("Bình Dương"),
    _L("Đồng Nai"), _L("Bà Rịa - Vũng Tàu", units=_TX), _L("Long An", units=_TX), _L("Tiền Giang", units=_TX),
    _L("Bến Tre"), _L("Trà Vinh", units=_TX), _L("Vĩnh Long", units=_TX), _L("Đồng Tháp"), _L("An Giang", units=_TX),
    _L("Kiên Giang"), _L("Hậu Giang", units=_TX), _L("Sóc Trăng", units=_TX), _L("Bạc Liêu", units=_TX), _L("Cà Mau"),
)

# The Prime Minister's directive of each year; other years get an invented, deterministic one.
PM_DIRECTIVES: dict[int, str] = {
    2022: "06/CT-TTg ngày 27/5/2022",
    2023: "17/CT-TTg ngày 29/5/2023",
    2024: "15/CT-TTg ngày 16/5/2024",
}
EXAM_DAYS: dict[int, tuple[int, int]] = {  # (first day, month)
    2019: (25, 6), 2020: (9, 8), 2021: (7, 7), 2022: (7, 7), 2023: (28, 6), 2024: (27, 6), 2025: (26, 6),
}


@dataclass(frozen=True)
class Duty:
    """One recurring duty. Wordings are templates: {edu}, {police}, {prov}, {units}, {year} ... (see _Doc)."""
    id: str
    role: str
    theme: str
    wordings: tuple[str, ...]
    support: tuple[str, ...] = ()     # roles named in the "chủ trì, phối hợp với ..." variant
    alt_roles: tuple[str, ...] = ()   # roles the duty is sometimes reassigned to
    core: bool = False                # never dropped, never reassigned
    since: int = 0
    until: int = 9999


def _D(id_, role, theme, *wordings, **kw) -> Duty:
    return Duty(id_, role, theme, tuple(wordings), **kw)


DUTIES: tuple[Duty, ...] = (
    # ---- education
    _D("edu_guidance", "education", "chỉ đạo",
       "Chủ động cập nhật đầy đủ, chính xác các quy định, chỉ đạo, hướng dẫn của Bộ Giáo dục và Đào tạo về Kỳ thi, "
       "cụ thể hoá bằng văn bản để kịp thời chỉ đạo, hướng dẫn tổ chức Kỳ thi đảm bảo đúng quy định.",
       "Quán triệt, phổ biến các văn bản chỉ đạo, hướng dẫn về Kỳ thi của Bộ Giáo dục và Đào tạo, UBND {prov}; "
       "cung cấp chính xác, đầy đủ, kịp thời các quy định, thông tin cần thiết về Kỳ thi.",
       "Chủ động tham mưu, ban hành các văn bản hướng dẫn, chỉ đạo tổ chức Kỳ thi tốt nghiệp THPT năm {year}; "
       "thực hiện đúng chế độ thông tin báo cáo theo quy định.", core=True),
    _D("edu_standing", "education", "điều phối",
       "Làm tốt nhiệm vụ cơ quan Thường trực {bcd} Kỳ thi tốt nghiệp THPT năm {year}; chủ trì, phối hợp với các cơ "
       "quan liên quan tham mưu UBND {prov}, Trưởng {bcd} chỉ đạo, phân công nhiệm vụ cho các sở, ban, ngành, "
       "UBND các {units} trong các khâu tổ chức Kỳ thi theo đúng hướng dẫn của Bộ Giáo dục và Đào tạo.",
       "Chịu trách nhiệm toàn diện trước UBND {prov}, Chủ tịch UBND {prov} về việc chuẩn bị, hướng dẫn và tổ chức "
       "Kỳ thi đảm bảo an toàn, nghiêm túc, đúng quy chế và các quy định hiện hành.",
       "Là cơ quan thường trực của {bcd}, chủ trì tham mưu UBND {prov} phân công nhiệm vụ cụ thể cho các sở, "
       "ngành, địa phương; dự báo sát thực tế các khó khăn, vướng mắc có thể xảy ra để chủ động phương án xử lý.",
       core=True),
    _D("edu_teaching", "education", "ôn tập",
       "Chỉ đạo, kiểm tra các cơ sở giáo dục có cấp THPT thực hiện đầy đủ chương trình giáo dục phổ thông; tổ chức "
       "việc dạy và học, hoàn thành kế hoạch năm học {sy} theo quy định, tổ chức tốt công tác ôn tập để học sinh "
       "có kiến thức cơ bản, vững vàng, tự tin tham dự Kỳ thi.",
       "Tiếp tục chỉ đạo các cơ sở giáo dục tăng cường tổ chức ôn thi cho học sinh, đặc biệt là kỹ năng, phương "
       "pháp làm bài thi; hoàn thành chương trình, kế hoạch năm học {sy} đúng thời gian quy định."),
    _D("edu_training", "education", "tập huấn",
       "Chỉ đạo chặt chẽ việc triển khai, quán triệt Quy chế thi tốt nghiệp THPT và tập huấn nghiệp vụ tổ chức thi "
       "tới cán bộ, giáo viên, nhân viên và thí sinh tham gia Kỳ thi; chú trọng khâu lựa chọn nhân sự tham gia tổ "
       "chức thi, quán triệt tinh thần trách nhiệm, ý thức tổ chức kỷ luật cho cán bộ, giáo viên không để xảy ra "
       "sai phạm trong tổ chức thi.",
       "Tổ chức tập huấn kỹ lưỡng quy chế, nghiệp vụ cho cán bộ, giáo viên tham gia làm nhiệm vụ tại Kỳ thi; lựa "
       "chọn nhân sự có phẩm chất, năng lực, tinh thần trách nhiệm; tuyệt đối không để thí sinh mang điện thoại, "
       "thiết bị công nghệ thông tin liên lạc vào phòng thi."),
    _D("edu_media", "education", "truyền thông",
       "Tăng cường công tác truyền thông, phối hợp chặt chẽ với các cơ quan thông tin đại chúng, cung cấp kịp thời, "
       "đầy đủ, chính xác các thông tin về Kỳ thi.",
       "Phối hợp làm tốt công tác tuyên truyền, nhất là tuyên truyền những điểm mới, điểm lưu ý của Kỳ thi năm "
       "{year} cho học sinh, phụ huynh học sinh, các tổ chức chính trị - xã hội và Nhân dân nắm được thông tin về "
       "Kỳ thi để cùng đồng hành, giúp đỡ học sinh tham dự Kỳ thi đạt kết quả cao nhất.",
       alt_roles=("information",)),
    _D("edu_conditions", "education", "cơ sở vật chất",
       "Chủ động phối hợp chặt chẽ với các cơ quan liên quan trong quá trình tổ chức thi; chuẩn bị đầy đủ các điều "
       "kiện về nhân lực, vật lực và các điều kiện cần thiết khác để tổ chức Kỳ thi, nhất là trong điều kiện thời "
       "tiết khắc nghiệt, bất thường hoặc dịch bệnh xảy ra.",
       "Tham mưu UBND {prov} phương án và chuẩn bị đầy đủ các điều kiện về nhân lực, vật lực, các điều kiện cần "
       "thiết khác để tổ chức Kỳ thi, đặc biệt phương án ứng phó với thời tiết khắc nghiệt, tình huống bất thường."),
    _D("edu_hightech", "education", "công nghệ cao",
       "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác tổ chức Kỳ thi, đặc biệt là công tác "
       "đăng ký dự thi và tuyển sinh đại học, cao đẳng; phối hợp với {police} phát hiện, ngăn chặn và xử lý kịp "
       "thời việc sử dụng công nghệ cao để gian lận trong Kỳ thi.",
       "Đẩy mạnh ứng dụng CNTT phục vụ tổ chức Kỳ thi bảo đảm đúng quy định, chính xác, an toàn; phối hợp với "
       "{police} phòng chống hiệu quả việc sử dụng công nghệ cao để gian lận trong Kỳ thi."),
    _D("edu_socialise", "education", "xã hội hóa",
       "Làm tốt công tác xã hội hoá, tạo điều kiện thuận lợi về đi lại, ăn, nghỉ cho thí sinh và người thân của thí "
       "sinh ở các điểm thi, nhất là thí sinh có hoàn cảnh khó khăn; trường hợp phát sinh tình huống bất khả kháng "
       "cần xử lý kịp thời, phù hợp thực tế, bảo đảm quyền lợi tối đa cho thí sinh.",
       "Huy động các nguồn lực xã hội hoá hỗ trợ thí sinh có hoàn cảnh khó khăn; xử lý kịp thời, phù hợp thực tế "
       "các tình huống bất khả kháng, bảo đảm quyền lợi tối đa cho thí sinh.",
       alt_roles=("district_pc",)),
    _D("edu_checks", "education", "kiểm tra",
       "Tổ chức các đoàn kiểm tra, thanh tra công tác chuẩn bị và tổ chức kỳ thi, kịp thời phát hiện, giải quyết "
       "những khó khăn, vướng mắc phát sinh; ngăn chặn, xử lý nghiêm những biểu hiện tiêu cực.",
       "Phối hợp với {insp} tham mưu tổ chức công tác thanh tra, kiểm tra Kỳ thi theo đúng hướng dẫn của Bộ Giáo "
       "dục và Đào tạo, Thanh tra Chính phủ đảm bảo an toàn, hiệu quả, phù hợp với thực tế, tránh chồng chéo."),
    _D("edu_reporting", "education", "báo cáo",
       "Bố trí bộ phận trực thi, theo dõi, tổng hợp tình hình tổ chức thi, kết quả kỳ thi, báo cáo Bộ Giáo dục và "
       "Đào tạo, Thường trực {party}, Thường trực HĐND {prov} và UBND {prov} đúng thời gian quy định.",
       "Thực hiện nghiêm chế độ trực thi, thông tin báo cáo; kịp thời tổng hợp tình hình, kết quả tổ chức Kỳ thi "
       "báo cáo Bộ Giáo dục và Đào tạo và UBND {prov} theo quy định."),
    _D("edu_budget", "education", "kinh phí",
       "Rà soát dự toán kinh phí để tổ chức Kỳ thi đảm bảo tiết kiệm, hiệu quả, đúng quy định.",
       "Lập dự toán kinh phí tổ chức Kỳ thi, gửi {finance} thẩm định, trình UBND {prov} phê duyệt theo quy định.",
       alt_roles=("finance",)),
    _D("edu_stages", "education", "đề thi",
       "Chịu trách nhiệm tổ chức đăng ký dự thi; in sao đề thi, đóng gói, vận chuyển đề thi đến các Điểm thi đảm "
       "bảo kịp thời, an toàn, bảo mật; coi thi, chấm thi, công bố kết quả, phúc khảo bài thi và xét công nhận tốt "
       "nghiệp THPT.",
       "Bảo đảm an toàn, nghiêm túc, chất lượng trong tất cả các khâu: tổ chức đăng ký dự thi, in sao đề thi, vận "
       "chuyển đề thi, bài thi, coi thi, chấm thi, thanh tra, kiểm tra, công bố kết quả thi, phúc khảo thi và xét "
       "công nhận tốt nghiệp THPT."),
    _D("edu_drafts", "education", "văn bản",
       "Tiếp thu tối đa các ý kiến góp ý, khẩn trương hoàn thiện các dự thảo: Chỉ thị của Chủ tịch UBND {prov}, "
       "Quyết định phân công nhiệm vụ các thành viên {bcd}, Kế hoạch tổ chức Kỳ thi bảo đảm đầy đủ, phù hợp, "
       "toàn diện.",
       "Hoàn thiện dự thảo Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm {year} và Quyết định phân công nhiệm vụ "
       "các thành viên {bcd}, trình UBND {prov} ban hành."),
    _D("edu_program2006", "education", "chương trình 2006",
       "Bám sát chỉ đạo của Bộ Giáo dục và Đào tạo về việc tổ chức thi và xét công nhận tốt nghiệp THPT cho đối "
       "tượng học sinh học Chương trình giáo dục phổ thông 2006 nhưng chưa tốt nghiệp trong Kỳ thi năm {year}.",
       "Tổ chức thi riêng cho thí sinh học theo Chương trình giáo dục phổ thông 2006 bảo đảm quyền lợi của thí "
       "sinh; hướng dẫn đầy đủ cho thí sinh tự do về hồ sơ, thủ tục đăng ký dự thi.", since=2025),
    # ---- police
    _D("police_security", "police", "an ninh",
       "Chỉ đạo các đơn vị nghiệp vụ, {police_d} phối hợp với các đơn vị thuộc ngành Giáo dục và Đào tạo, UBND các "
       "{units} xây dựng và triển khai các biện pháp đảm bảo an ninh, trật tự, an toàn cho các khâu của Kỳ thi; "
       "tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận trong Kỳ thi.",
       "Chỉ đạo các đơn vị nghiệp vụ và {police_d} phối hợp chặt chẽ với ngành Giáo dục và các cơ quan đơn vị liên "
       "quan triển khai các biện pháp đảm bảo an ninh, an toàn cho Kỳ thi; phòng ngừa, phát hiện xử lý kịp thời "
       "các hành vi vi phạm pháp luật và việc sử dụng công nghệ cao để gian lận trong Kỳ thi.", core=True),
    _D("police_secrecy", "police", "bảo mật",
       "Rà soát Kế hoạch, cụ thể các phương án đảm bảo an ninh trật tự, an toàn, bảo mật tuyệt đối tại các địa "
       "điểm làm thi: sao in đề thi, tổ chức thi, chấm thi.",
       "Xây dựng phương án bảo vệ tuyệt đối an toàn, bí mật đề thi trong các khâu in sao, vận chuyển, bảo quản đề "
       "thi và bài thi; bố trí lực lượng bảo vệ 24/24 giờ tại nơi in sao đề thi và nơi chấm thi.",
       support=("education",)),
    _D("police_jamming", "police", "chế áp sóng",
       "Thực hiện chế áp sóng điện thoại di động và mạng Internet tại nơi đặt địa điểm in sao đề thi, bảo đảm "
       "không để lọt, lộ đề thi.",
       "Triển khai thiết bị chế áp sóng điện thoại di động và mạng Internet tại khu vực in sao đề thi trong suốt "
       "thời gian làm đề thi.", support=("education",), since=2024),
    _D("police_traffic", "police", "giao thông",
       "Phối hợp thực hiện tốt công tác an ninh trật tự, an toàn, phòng chống cháy nổ, phân luồng đảm bảo trật tự "
       "an toàn giao thông tại các điểm thi.",
       "Bố trí lực lượng phân luồng, điều tiết giao thông, bảo đảm trật tự an toàn giao thông tại các điểm thi, "
       "không để xảy ra ùn tắc giao thông trong những ngày diễn ra Kỳ thi.", alt_roles=("transport",)),
    _D("police_escort", "police", "vận chuyển đề thi",
       "Bố trí lực lượng áp tải, bảo vệ an toàn tuyệt đối trong quá trình vận chuyển đề thi, bài thi từ nơi in sao "
       "đến các Điểm thi và từ các Điểm thi về nơi chấm thi.",
       "Phối hợp với {edu} bảo vệ, áp tải đề thi, bài thi bảo đảm an toàn, đúng quy định."),
    _D("police_fire", "police", "phòng cháy",
       "Chỉ đạo kiểm tra công tác phòng cháy, chữa cháy tại các địa điểm in sao đề thi, các Điểm thi và nơi chấm "
       "thi; sẵn sàng phương án xử lý khi có sự cố cháy, nổ xảy ra.",
       "Hướng dẫn, kiểm tra các Hội đồng thi thực hiện các biện pháp phòng cháy, chữa cháy, bảo đảm an toàn tuyệt "
       "đối cho các khâu của Kỳ thi."),
    # ---- health
    _D("health_care", "health", "y tế",
       "Chỉ đạo các cơ sở y tế sẵn sàng phối hợp với các điểm thi chuẩn bị lực lượng cán bộ, thuốc thiết yếu và "
       "thiết bị y tế để thực hiện chăm sóc sức khỏe và sơ cấp cứu kịp thời trong trường hợp cần thiết đối với thí "
       "sinh, giáo viên và các lực lượng tham gia tổ chức Kỳ thi.",
       "Chỉ đạo {health_d} xây dựng phương án chăm sóc sức khỏe cho thí sinh, cán bộ tham gia Kỳ thi trên địa bàn; "
       "chuẩn bị nhân lực, vật lực, trang thiết bị y tế sẵn sàng thực hiện nhiệm vụ khám, chữa bệnh kịp thời.",
       "Phối hợp với {edu}, UBND các {units} tham mưu, chỉ đạo triển khai bảo đảm công tác chăm sóc sức khỏe cho "
       "thí sinh, cán bộ làm nhiệm vụ tại Kỳ thi.", core=True),
    _D("health_food", "health", "an toàn thực phẩm",
       "Theo dõi, chỉ đạo triển khai thực hiện tốt công tác vệ sinh an toàn thực phẩm, phòng chống dịch bệnh mùa hè.",
       "Ban hành văn bản hướng dẫn các biện pháp phòng, chống dịch bệnh trong quá trình tổ chức Kỳ thi, đảm bảo về "
       "an toàn thực phẩm.", support=("education", "district_pc")),
    _D("health_covid", "health", "dịch bệnh",
       "Hướng dẫn {edu} và các Hội đồng thi thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19; bố trí phòng "
       "thi dự phòng cho thí sinh có dấu hiệu bất thường về sức khỏe.",
       "Xây dựng phương án tổ chức thi an toàn trong bối cảnh dịch Covid-19, bảo đảm an toàn cho thí sinh và cán bộ "
       "làm nhiệm vụ.", support=("education",), since=2020, until=2022),
    _D("health_staff", "health", "y tế điểm thi",
       "Cử cán bộ y tế trực tại các Điểm thi, nơi in sao đề thi và nơi chấm thi theo đề nghị của {edu}.",
       "Bố trí cán bộ y tế thường trực tại các Điểm thi và khu vực cách ly in sao đề thi trong suốt thời gian diễn "
       "ra Kỳ thi."),
    # ---- inspection
    _D("insp_main", "inspection", "thanh tra",
       "Phối hợp với {edu} xây dựng và tổ chức thực hiện kế hoạch thanh tra, kiểm tra toàn diện các khâu chuẩn bị "
       "và tổ chức Kỳ thi, đảm bảo tuyệt đối an toàn, trung thực, không để xảy ra sai sót, tiêu cực, vi phạm quy chế.",
       "Phối hợp với {edu}, UBND các {units} thực hiện tốt công tác thanh tra, kiểm tra toàn diện Kỳ thi theo hướng "
       "dẫn của Bộ Giáo dục và Đào tạo và Thanh tra Chính phủ, bảo đảm tuyệt đối an toàn, trung thực, không để xảy "
       "ra sai sót, tiêu cực, vi phạm quy chế thi.", core=True),
    _D("insp_sanctions", "inspection", "xử lý vi phạm",
       "Cử người tham gia công tác thanh tra, kiểm tra các khâu của Kỳ thi tại địa phương theo chỉ đạo của Chủ tịch "
       "UBND {prov}; tham mưu đề xuất xử lý các sai phạm (nếu có).",
       "Tham mưu Chủ tịch UBND {prov} xử lý nghiêm các sai phạm được phát hiện qua công tác thanh tra, kiểm tra Kỳ "
       "thi (nếu có)."),
    _D("insp_complaints", "inspection", "khiếu nại",
       "Phối hợp giải quyết kịp thời các khiếu nại, tố cáo liên quan đến Kỳ thi theo đúng quy định của pháp luật.",
       "Tiếp nhận, tham mưu giải quyết đơn thư khiếu nại, tố cáo liên quan đến công tác tổ chức Kỳ thi (nếu có) "
       "theo thẩm quyền."),
    # ---- information
    _D("info_media", "information", "truyền thông",
       "Chỉ đạo, định hướng các cơ quan truyền thông, báo chí thông tin rộng rãi, kịp thời, đầy đủ, chính xác về Kỳ "
       "thi và công tác tuyển sinh; tuyên truyền nâng cao nhận thức, tạo sự đồng thuận của các cấp, các ngành, các "
       "tầng lớp Nhân dân trong việc tổ chức Kỳ thi bảo đảm an toàn, nghiêm túc, đúng quy chế thi.",
       "Phối hợp với các cơ quan truyền thông, báo chí thông tin kịp thời, đầy đủ, chính xác về Kỳ thi để phụ huynh, "
       "xã hội hiểu và đồng thuận trong các khâu tổ chức thực hiện.",
       "Phối hợp với các cơ quan báo chí trung ương có văn phòng trên địa bàn và {press} tăng cường tuyên truyền, "
       "cung cấp đầy đủ thông tin công khai, minh bạch về Kỳ thi để phụ huynh, xã hội hiểu và đồng thuận.",
       core=True),
    _D("info_infra", "information", "hạ tầng thông tin",
       "Chỉ đạo các doanh nghiệp bưu chính viễn thông, công nghệ thông tin bảo đảm các điều kiện về cơ sở hạ tầng, "
       "dịch vụ bưu chính viễn thông, công nghệ thông tin, đảm bảo thông tin chỉ đạo điều hành của {bcd}, tạo điều "
       "kiện tốt nhất cho việc đăng ký dự thi trực tuyến, công bố kết quả thi, đăng ký và điều chỉnh nguyện vọng xét "
       "tuyển trực tuyến của thí sinh.",
       "Chỉ đạo bảo đảm hạ tầng công nghệ thông tin, bưu chính phục vụ Kỳ thi; bảo đảm thông tin liên lạc thông "
       "suốt phục vụ công tác chỉ đạo, điều hành.", alt_roles=("telecom",)),
    _D("info_datasec", "information", "an toàn thông tin",
       "Xây dựng phương án dự phòng về an toàn thông tin, hỗ trợ kịp thời khi xảy ra sự cố liên quan đến bảo mật cơ "
       "sở dữ liệu của Kỳ thi.",
       "Bảo đảm an toàn, an ninh thông tin cho hệ thống quản lý thi và cơ sở dữ liệu thí sinh; hỗ trợ xử lý kịp "
       "thời các sự cố mất an toàn thông tin.", support=("police",)),
    _D("info_rumours", "information", "thông tin sai lệch",
       "Theo dõi, phát hiện và phối hợp xử lý kịp thời các thông tin sai lệch, xuyên tạc về Kỳ thi trên mạng xã hội.",
       "Chỉ đạo rà soát, xử lý nghiêm các trường hợp đăng tải thông tin sai sự thật về Kỳ thi trên không gian mạng.",
       alt_roles=("police",)),
    # ---- transport
    _D("transport_flow", "transport", "giao thông",
       "Chỉ đạo xây dựng phương án bảo đảm giao thông thông suốt; không để xảy ra ách tắc giao thông ảnh hưởng tới "
       "việc tổ chức thi; chủ động rà soát thực trạng giao thông tại các địa bàn tổ chức Điểm thi, có phương án ứng "
       "phó với trường hợp bất thường về thời tiết.",
       "Phối hợp với {police} đảm bảo an toàn giao thông, không để xảy ra ách tắc giao thông trong những ngày diễn "
       "ra Kỳ thi.", support=("police",)),
    _D("transport_disaster", "transport", "thiên tai",
       "Chuẩn bị các điều kiện nhân lực, máy móc, phương tiện kịp thời xử lý các tình huống ách tắc đường giao "
       "thông do thiên tai gây sạt lở, nước lớn chia cắt các tuyến đường; đề phòng tai nạn giao thông ở những nơi "
       "đồi núi hiểm trở, sông, suối, đò ngang.",
       "Có phương án khắc phục kịp thời sạt lở, ngập lụt trên các tuyến đường dẫn đến các Điểm thi; bảo đảm an "
       "toàn cho thí sinh khi qua sông, suối, đò ngang."),
    _D("transport_buses", "transport", "vận tải",
       "Chỉ đạo các đơn vị kinh doanh vận tải hành khách (xe tuyến cố định, xe buýt, xe hợp đồng, xe taxi,…) tăng "
       "số chuyến vận tải hành khách trong thời gian diễn ra Kỳ thi.",
       "Chỉ đạo các doanh nghiệp vận tải bố trí đủ phương tiện, tăng chuyến phục vụ nhu cầu đi lại của thí sinh và "
       "người nhà thí sinh trong những ngày thi."),
    # ---- finance
    _D("finance_budget", "finance", "kinh phí",
       "Phối hợp với {edu} chỉ đạo công tác thẩm định dự toán kinh phí tổ chức Kỳ thi, tham mưu cho UBND {prov} bố "
       "trí kinh phí kịp thời tổ chức thi.",
       "Thẩm định dự toán kinh phí tổ chức Kỳ thi do {edu} lập, tham mưu UBND {prov} bố trí kinh phí bảo đảm kịp "
       "thời, đúng quy định."),
    _D("finance_settlement", "finance", "quyết toán",
       "Chỉ đạo việc hướng dẫn các đơn vị thanh quyết toán công tác tổ chức Kỳ thi theo quy định.",
       "Hướng dẫn {edu} và các đơn vị liên quan sử dụng, thanh quyết toán kinh phí tổ chức Kỳ thi đúng chế độ, tiết "
       "kiệm, hiệu quả.", alt_roles=("education",)),
    # ---- labour
    _D("labour_vocational", "labour", "giáo dục nghề nghiệp",
       "Phối hợp với {edu} thực hiện các nhiệm vụ tổ chức Kỳ thi cho thí sinh hệ Giáo dục thường xuyên và hướng dẫn "
       "tuyển sinh các trình độ giáo dục nghề nghiệp đảm bảo hiệu quả, đúng tiến độ theo quy định.",
       "Ban hành đầy đủ, kịp thời các văn bản chỉ đạo, hướng dẫn tuyển sinh các trình độ của giáo dục nghề nghiệp; "
       "phối hợp với các cơ sở giáo dục phổ thông, giáo dục đại học thực hiện kế hoạch tuyển sinh, tư vấn hướng "
       "nghiệp, định hướng phân luồng người học vào giáo dục nghề nghiệp."),
    _D("labour_support", "labour", "hỗ trợ thí sinh",
       "Phối hợp với {edu} và UBND các {units} vận động, hỗ trợ thí sinh thuộc hộ nghèo, hộ cận nghèo, thí sinh là "
       "con em gia đình chính sách tham dự Kỳ thi.",
       "Rà soát, có chính sách hỗ trợ thí sinh có hoàn cảnh đặc biệt khó khăn, thí sinh khuyết tật tham dự Kỳ thi.",
       alt_roles=("district_pc",)),
    # ---- electricity
    _D("power_supply", "electricity", "cung ứng điện",
       "Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi. Chỉ đạo {power_d} rà soát, kiểm tra, "
       "bảo đảm cung ứng điện cho các địa điểm in sao đề thi, coi thi và chấm thi.",
       "Bảo đảm cung cấp điện an toàn, liên tục cho các địa điểm in sao đề thi, coi thi, chấm thi trong suốt thời "
       "gian diễn ra Kỳ thi; không cắt điện trong những ngày thi.", core=True),
    _D("power_backup", "electricity", "điện dự phòng",
       "Phối hợp với các đơn vị nơi đặt Điểm thi kiểm tra, rà soát, duy tu, bảo dưỡng hệ thống điện nội bộ đảm bảo "
       "an toàn và chuẩn bị phương án điện dự phòng cho điểm thi. Bố trí thiết bị và nhân lực vận hành cung cấp "
       "điện dự phòng cho khâu chấm thi tại địa điểm chấm thi.",
       "Chuẩn bị phương án, máy phát điện dự phòng và bố trí nhân lực trực sẵn sàng xử lý sự cố về điện tại các "
       "Điểm thi và nơi chấm thi."),
    # ---- youth union
    _D("youth_relay", "youth_union", "tiếp sức mùa thi",
       "Chỉ đạo {youth_d} triển khai thực hiện chương trình \"Tiếp sức mùa thi\" gắn với chiến dịch \"Thanh niên tình "
       "nguyện hè\" tại các Điểm thi trên địa bàn; tham gia công tác bảo đảm trật tự, an toàn và hỗ trợ thí sinh, "
       "người nhà thí sinh trong Kỳ thi.",
       "Chỉ đạo các cấp bộ Đoàn {units} triển khai tốt công tác “Tiếp sức mùa thi”; động viên cổ vũ tinh thần thí "
       "sinh, người nhà thí sinh và tham gia công tác bảo đảm trật tự, an toàn trong Kỳ thi."),
    _D("youth_lodging", "youth_union", "chỗ ở",
       "Phối hợp với UBND các {units} vận động, bố trí chỗ ở miễn phí, suất ăn, phương tiện đi lại hỗ trợ thí sinh "
       "có hoàn cảnh khó khăn.",
       "Huy động đoàn viên, thanh niên tình nguyện hướng dẫn, hỗ trợ thí sinh về chỗ ở, đi lại trong thời gian diễn "
       "ra Kỳ thi.", alt_roles=("district_pc",)),
    # ---- fatherland front
    _D("front_mobilise", "fatherland_front", "vận động",
       "Phối hợp với chính quyền địa phương và các cơ sở giáo dục trên địa bàn tích cực vận động, tuyên truyền, tạo "
       "sự đồng thuận trong Nhân dân thực hiện tổ chức tốt Kỳ thi.",
       "Tuyên truyền, vận động các tầng lớp Nhân dân đồng hành, hỗ trợ thí sinh, tạo sự đồng thuận của xã hội đối "
       "với Kỳ thi."),
    _D("front_oversight", "fatherland_front", "giám sát",
       "Tham gia giám sát việc tổ chức Kỳ thi bảo đảm công khai, minh bạch, đúng quy định.",
       "Phối hợp giám sát công tác tổ chức Kỳ thi tại các địa phương theo chức năng, nhiệm vụ."),
    # ---- district people's committees
    _D("dpc_committee", "district_pc", "ban chỉ đạo",
       "Thành lập Ban Chỉ đạo Kỳ thi cấp {dlevel}, phân công nhiệm vụ cụ thể, rõ vai, rõ việc, để tăng cường công tác "
       "chỉ đạo, phối hợp tổ chức Kỳ thi trên địa bàn quản lý.",
       "Xây dựng kế hoạch phối hợp tổ chức Kỳ thi trên địa bàn; chịu trách nhiệm toàn diện về công tác tổ chức Kỳ "
       "thi trên địa bàn.", core=True),
    _D("dpc_councils", "district_pc", "điểm thi",
       "Chỉ đạo các Hội đồng thi trên địa bàn rà soát và chuẩn bị đảm bảo về nhân lực, cơ sở vật chất, trang thiết "
       "bị và các điều kiện cần thiết để phục vụ công tác tổ chức Kỳ thi.",
       "Chuẩn bị cơ sở vật chất, bảo đảm an ninh, trật tự, vệ sinh môi trường tại các Điểm thi trên địa bàn.",
       support=("education",)),
    _D("dpc_lodging", "district_pc", "đi lại ăn nghỉ",
       "Có phương án phòng chống thiên tai, dịch bệnh, nhất là trong điều kiện thời tiết khắc nghiệt, bất thường; có "
       "kế hoạch để hỗ trợ và tạo điều kiện thuận lợi về đi lại, ăn, nghỉ cho thí sinh và người thân của thí sinh ở "
       "các điểm thi.",
       "Chỉ đạo các đơn vị trực thuộc có liên quan tạo điều kiện thuận lợi về đi lại, ăn nghỉ cho thí sinh và người "
       "thân ở các điểm tổ chức thi, nhất là trong điều kiện thời tiết khắc nghiệt, bất thường.",
       alt_roles=("youth_union",)),
    _D("dpc_poor", "district_pc", "hỗ trợ thí sinh",
       "Vận động, hỗ trợ các thí sinh là con em hộ nghèo, vùng sâu, vùng xa, thí sinh khuyết tật tham dự Kỳ thi; "
       "không để thí sinh nào phải bỏ thi vì gặp khó khăn về điều kiện kinh tế hay đi lại.",
       "Quan tâm vận động, hỗ trợ các thí sinh, nhất là thí sinh thuộc diện hộ nghèo, hộ cận nghèo, thí sinh là đồng "
       "bào dân tộc thiểu số, thí sinh khuyết tật tham dự Kỳ thi."),
    _D("dpc_checks", "district_pc", "kiểm tra",
       "Chủ động, phối hợp chặt chẽ với các cơ quan liên quan thực hiện công tác thanh tra, kiểm tra để tổ chức Kỳ "
       "thi chu đáo, an toàn, đúng quy chế.",
       "Tổ chức kiểm tra công tác chuẩn bị tại các Điểm thi trên địa bàn; kịp thời chấn chỉnh những tồn tại, hạn "
       "chế (nếu có)."),
    # ---- press
    _D("press_directive", "press", "tuyên truyền",
       "Tuyên truyền, phổ biến nội dung Chỉ thị số {ttg} của Thủ tướng Chính phủ về tăng cường chỉ đạo, phối hợp tổ "
       "chức Kỳ thi tốt nghiệp trung học phổ thông và tuyển sinh đại học, giáo dục nghề nghiệp năm {year} và các văn "
       "bản chỉ đạo của trung ương, của {prov} về Kỳ thi.",
       "Xây dựng chuyên trang, chuyên mục tuyên truyền về Kỳ thi tốt nghiệp THPT năm {year}; phổ biến kịp thời các "
       "văn bản chỉ đạo của Trung ương và của {prov} về Kỳ thi.", core=True),
    _D("press_answers", "press", "giải đáp",
       "Tăng cường truyền thông về Kỳ thi và công tác tuyển sinh, chú trọng đối tượng là học sinh và phụ huynh học "
       "sinh nhằm cung cấp kịp thời, đầy đủ, chính xác các quy định, thông tin cần thiết; giải đáp đầy đủ, kịp thời "
       "những thắc mắc của thí sinh và người dân về những nội dung liên quan.",
       "Giải đáp kịp thời những thắc mắc của thí sinh và người dân về những nội dung liên quan đến Kỳ thi; vận động "
       "phụ huynh học sinh đồng hành giúp các thí sinh có điều kiện tốt nhất để ôn tập và tham gia Kỳ thi."),
    _D("press_refute", "press", "phản bác",
       "Phối hợp với các cơ quan chức năng phản bác, ngăn chặn những thông tin thất thiệt gây hoang mang trong dư "
       "luận, ảnh hưởng đến tâm lý thí sinh trong quá trình diễn ra Kỳ thi; phối hợp với ngành Giáo dục và Đào tạo "
       "trong việc triển khai các hoạt động vận động hỗ trợ, tạo điều kiện cho học sinh tham gia thi.",
       "Kịp thời phản bác những thông tin thất thiệt, gây hoang mang dư luận về Kỳ thi; đưa tin các tấm gương vượt "
       "khó, các hoạt động hỗ trợ thí sinh.", alt_roles=("information",)),
    # ---- postal
    _D("postal_priority", "postal", "chuyển phát",
       "Ưu tiên tiếp nhận, chuyển phát nhanh chóng, kịp thời các công điện, công văn, tài liệu của Bộ Giáo dục và "
       "Đào tạo, của UBND {prov} tới {edu}, các trường THPT trên địa bàn và ngược lại.",
       "Bảo đảm chuyển phát nhanh chóng, kịp thời các văn bản, tài liệu phục vụ chỉ đạo, điều hành Kỳ thi giữa Bộ "
       "Giáo dục và Đào tạo, UBND {prov}, {edu} và các trường THPT.", core=True),
    _D("postal_services", "postal", "dịch vụ bưu chính",
       "Phối hợp chặt chẽ và hướng dẫn các cơ quan, đơn vị, cá nhân có liên quan đến Kỳ thi tốt nghiệp THPT sử dụng "
       "các dịch vụ bưu chính phù hợp để chuyển phát giấy báo thi, chứng nhận kết quả thi, hồ sơ xét tuyển, giấy báo "
       "trúng tuyển và hồ sơ nhập học của thí sinh.",
       "Hướng dẫn thí sinh, người nhà thí sinh và các trường THPT sử dụng dịch vụ bưu chính để gửi, nhận hồ sơ xét "
       "tuyển, giấy báo trúng tuyển, hồ sơ nhập học."),
    _D("postal_safety", "postal", "an toàn bưu gửi",
       "Đảm bảo an toàn, chính xác tại tất cả các công đoạn trong quá trình tiếp nhận, vận chuyển và phát bưu gửi, "
       "đặc biệt chú ý các tài liệu, hồ sơ liên quan đến kỳ thi, giấy báo thi, giấy báo trúng tuyển, hồ sơ xét "
       "tuyển, nhập học của thí sinh."),
    _D("postal_loss", "postal", "thất lạc",
       "Có phương án giải quyết khẩn cấp đối với những trường hợp mất, thất lạc, chậm trễ đối với các bưu phẩm có "
       "địa chỉ gửi liên quan đến Kỳ thi; trong mọi trường hợp phải đảm bảo quyền lợi của người dự thi.",
       "Xử lý khẩn cấp các trường hợp bưu phẩm liên quan đến Kỳ thi bị mất, thất lạc, chậm trễ, bảo đảm quyền lợi "
       "của thí sinh."),
    _D("postal_vigilance", "postal", "cảnh giác",
       "Đề cao cảnh giác nhằm phát hiện và ngăn chặn kịp thời các hành vi xâm hại an toàn thư tín, bưu gửi, lợi dụng "
       "dịch vụ bưu chính làm ảnh hưởng tới việc tổ chức Kỳ thi tốt nghiệp THPT năm {year}."),
    # ---- telecom
    _D("telecom_network", "telecom", "thông tin liên lạc",
       "Tăng cường các biện pháp đảm bảo thông tin liên lạc thông suốt trước, trong và sau thời gian diễn ra Kỳ thi. "
       "Xây dựng phương án xử lý, ứng cứu sự cố, dự phòng nguồn điện, bố trí trạm BTS di động đảm bảo không để xảy "
       "ra tình trạng nghẽn mạng cục bộ, mất liên lạc làm ảnh hưởng đến việc chỉ đạo tại các điểm thi.",
       "Bảo đảm thông tin liên lạc thông suốt phục vụ công tác chỉ đạo, điều hành Kỳ thi; bố trí trạm BTS di động, "
       "không để xảy ra nghẽn mạng tại các khu vực tổ chức thi.", core=True),
    _D("telecom_vigilance", "telecom", "cảnh giác",
       "Đề cao cảnh giác, phát hiện và ngăn chặn kịp thời các hành vi sử dụng mạng viễn thông, internet gây nhiễu "
       "loạn thông tin làm ảnh hưởng đến Kỳ thi.",
       "Phối hợp với {police} phát hiện, ngăn chặn các hành vi lợi dụng mạng viễn thông, Internet để gian lận trong "
       "Kỳ thi."),
    # ---- district culture offices
    _D("dculture_broadcast", "district_culture", "truyền thanh",
       "Đôn đốc, hướng dẫn Trung tâm Văn hóa, Thể thao và Truyền thông, Đài Truyền thanh cấp xã tuyên truyền về Kỳ "
       "thi tốt nghiệp THPT năm {year}.",
       "Chỉ đạo hệ thống truyền thanh cơ sở tăng thời lượng tuyên truyền về Kỳ thi trên địa bàn."),
    _D("dculture_monitor", "district_culture", "giám sát viễn thông",
       "Đôn đốc, giám sát việc thực hiện công tác đảm bảo thông tin liên lạc của các doanh nghiệp Bưu chính, Viễn "
       "thông trên địa bàn quản lý."),
)
DUTY_BY_ID: dict[str, Duty] = {d.id: d for d in DUTIES}

# Canonical reading order of roles in a directive (education always first).
ROLE_ORDER: tuple[str, ...] = (
    "education", "police", "health", "labour", "inspection", "information", "transport", "finance",
    "electricity", "district_pc", "youth_union", "fatherland_front", "press", "postal", "telecom",
    "district_culture",
)
_MASS_ORGS = ("youth_union", "fatherland_front")  # the People's Committee "requests" (Đề nghị), not orders
_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
            "x", "y")

# layout code -> (doc_type, weight when choosing)
LAYOUTS: dict[str, tuple[str, float]] = {
    "chi-thi": ("Chỉ thị", 0.32),
    "thong-bao": ("Thông báo", 0.15),
    "ke-hoach": ("Kế hoạch", 0.15),
    "cong-van": ("Công văn", 0.12),
    "bai-viet": ("Chỉ thị", 0.14),   # web article reproducing a directive
    "cong-dien": ("Công điện", 0.12),
}

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
             "Phan", "Trịnh", "Đinh", "Lương", "Mai", "Triệu")
_MIDDLES = ("Văn", "Thị", "Đức", "Xuân", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Trọng", "Tiến", "Hồng", "Thu",
            "Anh", "Công", "Kim", "Đình")
_GIVEN = ("Hùng", "Huyền", "Thiệu", "Đồng", "Hiểu", "Lan", "Dũng", "Hải", "Tuấn", "Thắng", "Long", "Phương", "Cường",
          "Hạnh", "Trung", "Khánh", "Tâm", "Vinh", "Linh", "Hiền", "Quyết", "Toàn", "Thành", "Nga", "Chiến", "Lộc")


# --------------------------------------------------------------------------------------------------------
# Year-to-year plan of duties
# --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedDuty:
    duty_id: str
    role: str       # the role it is assigned to this year (differs from the duty's own role when reassigned)
    wording: int    # index into Duty.wordings
    theme: str


_EPOCH = 2000  # plans evolve from this year, so a locality-year's plan does not depend on the range asked


def _eligible(duty: Duty, year: int) -> bool:
    return duty.since <= year <= duty.until


def _plans(loc: Locality, seed: int, last_year: int) -> dict[int, list[PlannedDuty]]:
    """Plans for every year _EPOCH..last_year of one locality (a chain: each year mutates the previous)."""
    rng = Random(f"synth/{seed}/{loc.name}/base")
    ids = [d.id for d in DUTIES if _eligible(d, _EPOCH) and (d.core or rng.random() < 0.45)]
    rng.shuffle(ids)
    wording = {d.id: rng.randrange(len(d.wordings)) for d in DUTIES}
    role: dict[str, str] = {}
    role_order = list(ROLE_ORDER)
    for _ in range(2):
        i = rng.randrange(1, len(role_order) - 1)
        role_order[i], role_order[i + 1] = role_order[i + 1], role_order[i]
    out: dict[int, list[PlannedDuty]] = {}
    for year in range(_EPOCH, last_year + 1):
        r = Random(f"synth/{seed}/{loc.name}/{year}")
        if year > _EPOCH:
            ids = [i for i in ids if DUTY_BY_ID[i].until >= year]
            dropped = [i for i in ids if not DUTY_BY_ID[i].core and r.random() < 0.07]
            ids = [i for i in ids if i not in dropped]
            pool = [d.id for d in DUTIES if d.id not in ids and d.id not in dropped and _eligible(d, year)]
            fresh = [i for i in pool if DUTY_BY_ID[i].since == year and r.random() < 0.85]
            others = [i for i in pool if i not in fresh]
            n_add = max(0, len(dropped) + r.choice((-1, 0, 0, 1)))
            for i in fresh + r.sample(others, min(n_add, len(others))):
                ids.insert(r.randrange(len(ids) + 1), i)
            for _ in range(r.randint(0, 2)):  # reorder
                if len(ids) > 1:
                    j = r.randrange(len(ids) - 1)
                    ids[j], ids[j + 1] = ids[j + 1], ids[j]
            if r.random() < 0.2:
                j = r.randrange(1, len(role_order) - 1)
                role_order[j], role_order[j + 1] = role_order[j + 1], role_order[j]
            for i in ids:  # reword
                if r.random() < 0.12:
                    wording[i] = r.randrange(len(DUTY_BY_ID[i].wordings))
            for i in sorted(role):  # reassigned duties go back after a while
                if i not in ids or r.random() < 0.35:
                    del role[i]
            movable = [i for i in ids if DUTY_BY_ID[i].alt_roles and i not in role]
            if movable and r.random() < 0.3:  # reassign one to another role
                i = r.choice(movable)
                role[i] = r.choice(DUTY_BY_ID[i].alt_roles)
        rank = {ro: n for n, ro in enumerate(role_order)}
        current = [PlannedDuty(i, role.get(i, DUTY_BY_ID[i].role), wording[i], DUTY_BY_ID[i].theme)
                   for i in ids if _eligible(DUTY_BY_ID[i], year)]
        out[year] = sorted(current, key=lambda p: rank[p.role])  # stable: keeps order within a role
    return out


def _locality(name: str) -> Locality:
    for loc in LOCALITIES:
        if loc.name == name:
            return loc
    raise ValueError(f"unknown locality: {name!r}")


def duty_plan(locality: str, year: int, seed: int = 0) -> list[PlannedDuty]:
    """The duties a locality assigns in a year, in reading order: the ground truth behind its documents."""
    _check_year(year)
    return _plans(_locality(locality), seed, year)[year]


def _check_year(year: int) -> None:
    if not _EPOCH <= year <= 2100:
        raise ValueError(f"year {year} outside {_EPOCH}..2100")


# --------------------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------------------

def pm_directive(year: int) -> str:
    """The Prime Minister's directive on the exam of ``year`` (real for 2022-2024, invented otherwise)."""
    if year in PM_DIRECTIVES:
        return PM_DIRECTIVES[year]
    r = Random(f"pm/{year}")
    return f"{r.randint(5, 24):02d}/CT-TTg ngày {r.randint(8, 30)}/5/{year}"


def _pm_date(year: int) -> dt.date:
    d, m, y = (int(x) for x in pm_directive(year).rsplit(" ", 1)[1].split("/"))
    return dt.date(y, m, d)


def _exam_days(year: int) -> tuple[int, int]:
    return EXAM_DAYS.get(year) or (Random(f"exam/{year}").randint(24, 28), 6)


def _lowerfirst(s: str) -> str:
    return s[:1].lower() + s[1:] if s[1:2].islower() else s


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


# Spelling variants applied to templates (before locality names are filled in, so those stay canonical).
_OLD_TONES = (("hóa", "hoá"), ("Hóa", "Hoá"), ("khỏe", "khoẻ"), ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("thủy", "thuỷ"))
_NEW_TONES = tuple((b, a) for a, b in _OLD_TONES)
_TO_BAO_DAM = (("đảm bảo", "bảo đảm"), ("Đảm bảo", "Bảo đảm"))
_TO_DAM_BAO = (("bảo đảm", "đảm bảo"), ("Bảo đảm", "Đảm bảo"))
_LONG_THPT = (("tốt nghiệp THPT", "tốt nghiệp trung học phổ thông"),)


class _Doc:
    """Everything one document needs: locality, year, plan, its own random stream and style choices."""

    def __init__(self, loc: Locality, year: int, plan: list[PlannedDuty], layout: str, seed: int, k: int):
        self.loc, self.year, self.plan, self.layout = loc, year, plan, layout
        self.rng = r = Random(f"synth/{seed}/{loc.name}/{year}/doc{k}/{layout}")
        self.seed = seed
        self.prov = loc.kind
        self.pdf = layout != "bai-viet" and r.random() < 0.27
        self.abbr = r.random() < 0.35          # abbreviations inside running text
        self.abbr_head = r.random() < 0.12     # ... and in headings
        tones = r.random()
        self.spelling: tuple[tuple[str, str], ...] = (
            (_OLD_TONES if tones < 0.3 else _NEW_TONES if tones < 0.45 else ())
            + (_LONG_THPT if r.random() < 0.2 else ()))
        self.swap_db = _TO_BAO_DAM if r.random() < 0.5 else _TO_DAM_BAO
        self.bullet_end = r.choice((".", ";"))
        self.youth_style = r.randrange(3)
        self.vars = self._vars()

    # ---- names
    def name(self, role: str, head: bool = False, abbr: bool | None = None) -> str:
        loc, year = self.loc, self.year
        if abbr is None:
            abbr = self.abbr_head if head else self.abbr
        prov = self.prov
        if role == "education":
            return "Sở GD&ĐT" if abbr else "Sở Giáo dục và Đào tạo"
        if role == "police":
            return f"Công an {prov}"
        if role == "health":
            return "Sở Y tế"
        if role == "inspection":
            return f"Thanh tra {prov}"
        if role == "information":
            if year >= 2025:
                return "Sở KH&CN" if abbr else "Sở Khoa học và Công nghệ"
            if abbr:
                return "Sở TT&TT"
            return "Sở Thông tin – Truyền thông" if self.rng.random() < 0.1 else "Sở Thông tin và Truyền thông"
        if role == "transport":
            return "Sở Xây dựng" if year >= 2025 else ("Sở GTVT" if abbr else "Sở Giao thông vận tải")
        if role == "finance":
            return "Sở Tài chính"
        if role == "labour":
            return "Sở Nội vụ" if year >= 2025 else ("Sở LĐ-TB&XH" if abbr else "Sở Lao động - Thương binh và Xã hội")
        if role == "electricity":
            return f"Công ty Điện lực {loc.name}"
        if role == "youth_union":
            if loc.city:
                return f"Thành đoàn {loc.name}"
            return ("Tỉnh đoàn", "Đoàn TNCS Hồ Chí Minh tỉnh",
                    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")[self.youth_style]
        if role == "fatherland_front":
            front = "Ủy ban MTTQ Việt Nam" if abbr else "Ủy ban Mặt trận Tổ quốc Việt Nam"
            return f"{front} {prov}, các tổ chức chính trị - xã hội"
        if role == "district_pc":
            return f"UBND các {loc.units}"
        if role == "press":
            tv = "Đài PTTH" if abbr else "Đài Phát thanh và Truyền hình"
            return f"Báo {loc.name}, {tv} {'tỉnh' if not loc.city else loc.name}"
        if role == "postal":
            return f"Bưu điện {prov}, các doanh nghiệp bưu chính" if self.rng.random() < 0.3 \
                else "các doanh nghiệp bưu chính"
        if role == "telecom":
            return f"VNPT {loc.name}, Viettel {loc.name} và các doanh nghiệp viễn thông" \
                if self.rng.random() < 0.3 else "các doanh nghiệp viễn thông"
        if role == "district_culture":
            return f"Phòng Văn hóa và Thông tin các {loc.units}"
        raise KeyError(role)

    def is_department(self, role: str) -> bool:
        return self.name(role, abbr=False).startswith("Sở ")

    def short(self, role: str) -> str:
        """Name inside 'Các sở, ngành, cơ quan: Tài chính, Giao thông vận tải, ...'."""
        n = self.name(role, abbr=False)
        return n.removeprefix("Sở ")

    def _vars(self) -> dict[str, str]:
        loc, year = self.loc, self.year
        return {
            "edu": self.name("education"), "police": self.name("police"), "insp": self.name("inspection"),
            "finance": "Sở Tài chính", "press": self.name("press"),
            "police_d": f"Công an các {loc.units}",
            "health_d": f"Phòng Y tế các {loc.units}" if loc.city else f"Trung tâm Y tế các {loc.units}",
            "power_d": f"Điện lực các {loc.units}" if loc.city else f"Chi nhánh Điện lực các {loc.units}",
            "youth_d": "Quận đoàn, Huyện đoàn, Đoàn trực thuộc" if loc.city
            else "Thành đoàn/Huyện đoàn, Đoàn trực thuộc",
            "prov": self.prov, "units": loc.units, "dlevel": "quận, huyện" if loc.city else "huyện",
            "party": "Thành ủy" if loc.city else "Tỉnh ủy", "bcd": f"Ban Chỉ đạo cấp {self.prov}",
            "year": str(year), "sy": f"{year - 1} - {year}", "ttg": pm_directive(year), "loc": loc.name,
        }

    def fill(self, template: str) -> str:
        for a, b in self.spelling:
            template = template.replace(a, b)
        if self.rng.random() < 0.35:
            for a, b in self.swap_db:
                template = template.replace(a, b)
        return template.format_map(self.vars)

    # ---- duties
    def duty_text(self, p: PlannedDuty) -> str:
        duty = DUTY_BY_ID[p.duty_id]
        text = duty.wordings[p.wording % len(duty.wordings)]
        sup = [s for s in duty.support if s != p.role]
        if sup and "phối hợp" not in text[:60].lower() and self.rng.random() < 0.3:
            text = "Chủ trì, phối hợp với " + _join([self.name(s) for s in sup]) + " " + _lowerfirst(text)
        return self.fill(text)

    def groups(self, roles: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
        """(role, [duty texts]) in the plan's order, limited to ``roles`` and without ``exclude``."""
        out: dict[str, list[str]] = {}
        for p in self.plan:
            if (roles is None or p.role in roles) and p.role not in exclude:
                out.setdefault(p.role, []).append(self.duty_text(p))
        return list(out.items())

    # ---- document parts
    def person(self, post: str) -> str:
        r = Random(f"synth/{self.seed}/{self.loc.name}/{post}/{self.year // 5}")
        return f"{r.choice(_SURNAMES)} {r.choice(_MIDDLES)} {r.choice(_GIVEN)}"

    def issue_date(self, earliest_days: int = 2, latest_days: int = 20) -> dt.date:
        return _pm_date(self.year) + dt.timedelta(days=self.rng.randint(earliest_days, latest_days))

    def date_line(self, date: dt.date, blank_day: float = 0.2) -> str:
        place = self.loc.full
        if self.rng.random() < blank_day:
            return f"{place}, ngày      tháng  {date.month}  năm {date.year}"
        day = f"{date.day:02d}" if self.rng.random() < 0.5 else str(date.day)
        return f"{place}, ngày {day} tháng {date.month} năm {date.year}"

    def header(self, number: str, date: dt.date, issuer_caps: list[str] | None = None) -> list[str]:
        r = self.rng
        no = f"Số:    /{number}" if r.random() < 0.45 else f"Số: {r.randint(1, 160)}/{number}"
        motto = r.random() < 0.35
        issuer_caps = issuer_caps or ["ỦY BAN NHÂN DÂN", f"{self.prov.upper()} {self.loc.full.upper()}"]
        if issuer_caps[1].startswith("THÀNH PHỐ THÀNH PHỐ"):
            issuer_caps[1] = issuer_caps[1][len("THÀNH PHỐ "):]
        if self.pdf:  # two columns of the PDF header come out side by side
            lines = [f"{issuer_caps[0]} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     f"{issuer_caps[1]} Độc lập - Tự do - Hạnh phúc"] if motto else []
            return lines + [f"{no.replace(':', ':      ', 1)} {self.date_line(date)}"]
        if motto:
            return ["\n".join(issuer_caps), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                    no, self.date_line(date)]
        return [no, self.date_line(date)]

    def signature(self, titles: list[str], post: str) -> str:
        block = "\n".join(titles)
        if not self.pdf and self.rng.random() < 0.3:
            block = f"**{block}**"
        gap = "\n\n\n" if self.pdf else "\n\n"
        return block + gap + self.person(post)

    def recipients(self, extra: list[str]) -> str:
        prov, loc = self.prov, self.loc
        lines = ["- Bộ Giáo dục và Đào tạo;", f"- Thường trực {self.vars['party']};", f"- Thường trực HĐND {prov};",
                 f"- Chủ tịch, các Phó Chủ tịch UBND {prov};", *extra, f"- UBND các {loc.units};",
                 "- Lưu: VT, KGVX."]
        if self.rng.random() < 0.5:
            lines.insert(-1, f"- Báo {loc.name}, Đài PTTH {prov};")
        return "Nơi nhận:\n" + "\n".join(lines)


# --------------------------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------------------------

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
        out.append(f"{label} Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị liên quan, Chủ tịch UBND các {loc.units} "
                   f"quán triệt triển khai nghiêm túc Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ đến đội ngũ "
                   "cán bộ, công chức, viên chức thuộc cơ quan, đơn vị; theo chức năng, nhiệm vụ, thẩm quyền, chủ động "
                   "xây dựng kế hoạch, có trách nhiệm phối hợp đồng bộ, hiệu quả trong chỉ đạo tổ chức thực hiện nhiệm "
                   f"vụ do {d.vars['bcd']} giao.")
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
    out.append(d.fill("- Tổ chức Kỳ thi an toàn, nghiêm túc, khách quan, đúng quy chế; đảm bảo quyền lợi của thí sinh."))
    out.append("- Lấy kết quả thi để xét công nhận tốt nghiệp THPT và làm cơ sở đánh giá chất lượng dạy học.")
    out.append("2. Yêu cầu")
    out.append(d.fill("- Các sở, ban, ngành, UBND các {units} phối hợp chặt chẽ, thực hiện đúng chức năng, nhiệm vụ được "
                      "giao; không để xảy ra sai sót, tiêu cực trong tổ chức Kỳ thi."))
    out.append("II. THỜI GIAN, ĐỊA ĐIỂM")
    out.append(f"- Thời gian thi: các ngày {day}, {day + 1}/{month}/{y}.")
    out.append(f"- Địa điểm: tại các Điểm thi do Sở Giáo dục và Đào tạo bố trí trên địa bàn các {loc.units}.")
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
    out.append(f"Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày "
               f"{min(day + 10, 30)}/{month}/{y} để tổng hợp, báo cáo UBND {prov}.")
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
                   "Việc thực hiện các thủ tục hành chính liên quan đến giấy chứng nhận quyền…"]
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
    out.append(f"{len(keep) + 1}. Giao Văn phòng UBND {prov} theo dõi, đôn đốc việc thực hiện Công điện này, kịp thời báo "
               f"cáo Chủ tịch UBND {prov} những vấn đề phát sinh./.")
    out.append("Nơi nhận:\n" + "\n".join(["- Như trên;", "- Bộ Giáo dục và Đào tạo;",
                                           f"- Thường trực {d.vars['party']};", f"- Chủ tịch, các PCT UBND {prov};",
                                           "- Lưu: VT, KGVX."]))
    out.append(d.signature(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


_RENDER = {"chi-thi": _chi_thi, "thong-bao": _thong_bao, "ke-hoach": _ke_hoach, "cong-van": _cong_van,
           "bai-viet": _bai_viet, "cong-dien": _cong_dien}
_ISSUER = {"chi-thi": "Chủ tịch UBND {prov}", "thong-bao": "UBND {prov}", "ke-hoach": "UBND {prov}",
           "bai-viet": "UBND {prov}", "cong-dien": "Chủ tịch UBND {prov}"}


def _wrap(para: str, width: int) -> list[str]:
    """Greedy wrap on spaces (runs of spaces kept), breaking after a hyphen as PDF tools do ("17/CT-" / "TTg")."""
    lines: list[str] = []
    cur = ""
    for word in para.split(" "):
        if not cur or len(cur) + 1 + len(word) <= width:
            cur = f"{cur} {word}" if cur else word
            continue
        cut = word.find("-", 1)
        if 0 < cut < len(word) - 1 and len(cur) + cut + 2 <= width:
            lines.append(f"{cur} {word[:cut + 1]}")
            cur = word[cut + 1:]
            continue
        lines.append(cur.rstrip())
        cur = word
    lines.append(cur.rstrip())
    return lines


def _hard_wrap(blocks: list[str], rng: Random) -> str:
    """PDF-extraction look of seed 002: every line wrapped at ~75-80 characters and followed by a blank line."""
    width = rng.randint(75, 80)
    lines: list[str] = []
    for block in blocks:
        for para in block.split("\n"):
            para = para.replace("**", "").strip()
            if not para:
                lines.append("")
                continue
            indent = rng.choice(("", "", "", " ", "          ", "            "))
            wrapped = _wrap(para, width - len(indent))
            wrapped[0] = indent + wrapped[0]
            lines.extend(wrapped)
        if rng.random() < 0.15:
            lines.append("")
    return "".join(f"{ln} \n\n" for ln in lines)


def _render(d: _Doc) -> str:
    blocks = _RENDER[d.layout](d)
    if d.pdf:
        text = _hard_wrap(blocks, d.rng)
    else:
        sep = "\n\n" if d.rng.random() < 0.7 else "\n"
        text = sep.join(blocks) + "\n"
    return unicodedata.normalize("NFC", text)


def _choose_layouts(rng: Random, k: int) -> list[str]:
    names = list(LAYOUTS)
    weights = [LAYOUTS[n][1] for n in names]
    chosen: list[str] = []
    while len(chosen) < k:
        pick = rng.choices(names, weights)[0]
        i = names.index(pick)
        chosen.append(names.pop(i))
        weights.pop(i)
    return chosen


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --------------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------------

def synthesize(out_dir: Path, *, localities: int, years: tuple[int, int], seed: int = 0,
               docs_per_year: int = 1) -> list[Path]:
    """Write ``localities`` x years x ``docs_per_year`` synthetic documents and manifest.csv into ``out_dir``.

    Returns the document paths in generation order (locality, year, document). Existing files with the same
    names are overwritten; other files in ``out_dir`` are left alone.
    """
    if not 1 <= localities <= len(LOCALITIES):
        raise ValueError(f"localities must be between 1 and {len(LOCALITIES)}, not {localities}")
    first, last = years
    _check_year(first)
    _check_year(last)
    if first > last:
        raise ValueError(f"empty year range {first}-{last}")
    if not 1 <= docs_per_year <= len(LAYOUTS):
        raise ValueError(f"docs_per_year must be between 1 and {len(LAYOUTS)}, not {docs_per_year}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    rows: list[tuple[str, str, int, str, str]] = []
    for loc in LOCALITIES[:localities]:
        plans = _plans(loc, seed, last)
        for year in range(first, last + 1):
            layouts = _choose_layouts(Random(f"synth/{seed}/{loc.name}/{year}/layouts"), docs_per_year)
            for k, layout in enumerate(layouts):
                doc = _Doc(loc, year, plans[year], layout, seed, k)
                text = _render(doc)
                path = out_dir / f"{_slug(loc.name)}-{year}-{layout}.txt"
                path.write_bytes(text.encode("utf-8"))
                paths.append(path)
                if layout == "cong-van":
                    issuer = "Sở Khoa học và Công nghệ" if year >= 2025 else "Sở Thông tin và Truyền thông"
                else:
                    issuer = _ISSUER[layout].format(prov=loc.kind)
                rows.append((path.name, loc.name, year, LAYOUTS[layout][0], issuer))
    with open(out_dir / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("source_file", "locality", "year", "doc_type", "issuer"))
        w.writerows(rows)
    return paths
