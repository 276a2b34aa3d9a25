"""A full disk and a read-only input folder, for real: each case runs in its own mount namespace
(`unshare -m`) on a small tmpfs, so the kernel itself answers ENOSPC or EROFS and nothing outside the
test sees the mount. Every failure is one sentence, nothing is half-written, no temporary file is left."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from etl.config import ROOT
from tests.conftest import FIXTURES, RAW


def _can_mount() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_mount(), reason="needs `unshare -m` and mount (root in a container)")


def _in_namespace(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def _big_document(path) -> None:
    body = "\n".join(f"{i}. Sở Giáo dục và Đào tạo rà soát điều kiện tổ chức thi tại điểm thi số {i}."
                     for i in range(1, 1500))
    path.write_text(f"Lạng Sơn, ngày 2 tháng 6 năm 2024\nCHỈ THỊ\nVề việc thử\n{body}", encoding="utf-8")


def test_upload_to_a_full_disk_says_so_and_leaves_no_temp_file(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    upload = tmp_path / "lon.txt"
    _big_document(upload)  # about 130 kB, on a 64 kB file system
    out = _in_namespace(
        'mount -t tmpfs -o size=64k tmpfs "$1" && cp "$2" "$1"/ && "$3" -m etl add "$4" --input "$1" --no-build;'
        ' echo "rc=$?"; ls -A "$1"',
        str(raw), str(RAW / "000_8f861f167f9d767e.txt"), sys.executable, str(upload))
    assert "rc=1" in out.stdout
    assert "error: lon.txt was not saved: the disk is full" in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stdout.split("rc=1")[1].split() == ["000_8f861f167f9d767e.txt"]  # no .upload.*.tmp, no lon.txt


def test_upload_to_a_read_only_folder_says_so(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    upload = FIXTURES / "extra" / "danang_2024_congdien.txt"
    out = _in_namespace(
        'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && "$2" -m etl add "$3" --input "$1" --no-build;'
        ' echo "rc=$?"',
        str(raw), sys.executable, str(upload))
    assert "rc=1" in out.stdout
    assert f"error: danang_2024_congdien.txt was not saved: {raw} cannot be written to" in out.stderr
    assert "Traceback" not in out.stderr
    assert sorted(p.name for p in raw.iterdir()) == sorted(p.name for p in RAW.iterdir())


def test_build_onto_a_full_disk_keeps_the_old_database_and_no_tmp(tmp_path):
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    out = _in_namespace(
        'mount -t tmpfs -o size=512k tmpfs "$1" && printf old > "$1/d.duckdb" && '
        '"$2" -m etl build --input "$3" --db "$1/d.duckdb"; echo "rc=$?"; ls -A "$1"; cat "$1/d.duckdb"',
        str(db_dir), sys.executable, str(RAW))
    assert "rc=1" in out.stdout
    assert out.stderr.startswith("error: the new database could not be written next to")
    assert "the old one was kept" in out.stderr and "Traceback" not in out.stderr
    listing = out.stdout.split("rc=1")[1].split()
    assert listing[:-1] == ["d.duckdb", "d.duckdb.lock"] and listing[-1] == "old"
