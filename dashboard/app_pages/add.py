"""Thêm văn bản: upload, check, correct what was read, store in data/raw, rebuild in the background."""

import hashlib
import re

import streamlit as st

from dashboard import auth, queries, rebuild, ui
from dashboard.i18n import message, t
from etl.add import StoreError, preview_all, store
from etl.config import Settings
from etl.metadata import locality_kinds
from etl.segment import DOC_TYPES

st.title(t("nav_add"))
st.caption(t("add_intro"))
auth.require()

settings = Settings.from_env()


def _plain(text: str) -> str:
    """A file name or reason shown literally: an uploaded name can hold Markdown ("[x](javascript:…)")."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~<>$:])", r"\\\1", text)


TYPES = list(DOC_TYPES.values())
LOCALITIES = ui.vi_sorted(locality_kinds())


@st.fragment(run_every=1.0)
def progress() -> None:
    s = rebuild.status(settings.db_path)
    if s is None:
        return
    if s.waiting:
        st.info(t("add_waiting", s=f"{settings.lock_wait:g}"), icon=":material/hourglass_top:")
    elif s.running:
        st.info(t("add_building"), icon=":material/hourglass_top:")
    elif s.returncode == 0:
        st.success(t("add_built"), icon=":material/check_circle:")
    else:
        st.error(t("add_build_failed"), icon=":material/error:")
    st.code("\n".join(s.lines[-12:]) or "…", language=None)


files = st.file_uploader(t("add_files"), type=["txt", "docx", "pdf", "html", "htm"], accept_multiple_files=True, key="add_files")
ready = []
if files:
    # All files of the upload at once: names that clean to the same one are told apart here, before
    # anything is stored (a later file used to replace an earlier one silently). Word and PDF files are
    # read in a bounded child process (etl/office.py), never inside this server.
    uploads = [(f.name, f.getvalue()) for f in files]
    previews = preview_all(uploads, settings.raw_dir, settings, dict(queries.loaded_hashes(ui.mtime())))
    for (_, data), p in zip(uploads, previews):
        key = hashlib.sha256(data).hexdigest()[:12]
        with st.container(border=True):
            st.markdown(f"**{_plain(p.name)}**")
            if p.renamed:
                given, wanted, where = p.renamed
                st.warning(t("add_renamed", given=_plain(given), name=_plain(p.name), wanted=_plain(wanted),
                             where=t(f"add_where_{where}")),
                           icon=":material/drive_file_rename_outline:")
            if not p.ok:
                st.error(_plain(message(p.problem)), icon=":material/block:")
                continue
            st.caption(t("add_read", n=p.clauses, issuer=p.metadata.get("issuer") or "—",
                         number=p.metadata.get("number") or "—", title=p.metadata.get("title") or "—"))
            for w in p.warnings:
                st.warning(_plain(message(w)), icon=":material/warning:")
            c1, c2, c3 = st.columns(3)
            loc_read, year_read, type_read = (p.metadata.get(k) for k in ("locality", "year", "doc_type"))
            loc = c1.selectbox(t("locality"), LOCALITIES, key=f"loc_{key}",
                               index=LOCALITIES.index(loc_read) if loc_read in LOCALITIES else None,
                               placeholder=t("add_choose"))
            year = c2.number_input(t("year"), 1990, 2100, value=year_read if 1990 <= (year_read or 0) <= 2100 else None,
                                   step=1, key=f"year_{key}", placeholder=t("add_choose"))
            doc_type = c3.selectbox(t("doc_type"), TYPES, key=f"type_{key}",
                                    index=TYPES.index(type_read) if type_read in TYPES else None,
                                    placeholder=t("add_choose"))
            # Only what the text does not say goes to the manifest.
            fixes = {k: v for k, v, read in (("locality", loc, loc_read), ("year", year, year_read),
                                             ("doc_type", doc_type, type_read)) if v is not None and v != read}
            ready.append((p, fixes))

if ready and st.button(t("add_save", n=len(ready)), type="primary", key="add_save"):
    saved = 0
    for p, fixes in ready:
        try:
            store(p, settings.raw_dir, fixes)
            saved += 1
        except StoreError as exc:
            st.error(t(f"add_err_{exc.kind}", name=_plain(exc.name), dir=_plain(str(settings.raw_dir)), detail=_plain(str(exc))),
                     icon=":material/error:")
    if saved:
        try:
            rebuild.start(settings.raw_dir, settings.db_path)
            st.toast(t("add_saved", n=saved))
        except OSError as exc:
            st.error(t("add_rebuild_not_started", n=saved, detail=_plain(exc.strerror or str(exc))),
                     icon=":material/error:")

progress()
