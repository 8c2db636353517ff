#!/usr/bin/env bash
# Fuzzes the DOCX, Flat OPC, Akoma Ntoso and mapped-XML readers, the citation extractor and the
# figure extractor with the figures checks
# with libFuzzer (Swift's
# -sanitize=fuzzer,address), each for FUZZ_SECONDS (default 60), seeded from corpus/ and the
# hostile corpus. A crash leaves its input in Fuzz/crashes/; copy it into
# Tests/RegLintReadersTests/FuzzRegressions/ so the test suite reads it on every run.
# Prints the number of executions per reader. Usage: scripts/fuzz.sh [docx flat-opc akn mapped]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(docx flat-opc akn mapped citations figures)
# SwiftPM renames an executable's `main` on Linux, which -parse-as-library (needed so that
# libFuzzer's own main runs) leaves undefined; so SwiftPM builds the instrumented libraries and
# swiftc links the harness, Fuzz/ReaderFuzzer.swift, against their objects.
for library in RegLintReaders RegLintChecks; do
  swift build --scratch-path .build-fuzz --target "$library" \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >/dev/null
done
bin=$(swift build --scratch-path .build-fuzz --show-bin-path)
objects=$(find "$bin"/RegLintReaders.build "$bin"/RegLintChecks.build "$bin"/RegLintCore.build "$bin"/ZIPFoundation.build "$bin"/Yams.build \
  "$bin"/CYaml.build -name '*.o')
fuzzer=.build-fuzz/reglint-fuzz
# shellcheck disable=SC2086
swiftc -parse-as-library -sanitize=fuzzer,address Fuzz/ReaderFuzzer.swift -I "$bin/Modules" -I Sources/CLibXML2 \
  -I .build-fuzz/checkouts/ZIPFoundation/Sources/CZLib -Xcc -I/usr/include/libxml2 $objects -lxml2 -lz \
  -o "$fuzzer" 2>&1 | grep -v "Cannot export local symbol" || true
mkdir -p Fuzz/crashes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  seeds="$work/$target"
  mkdir -p "$seeds"
  case $target in
    docx) cp corpus/*/*.docx Tests/RegLintReadersTests/HostileCorpus/*.docx "$seeds"/ ;;
    flat-opc) cp corpus/vi/quy-che-dan-chu.xml corpus/en/acceptable-use-policy.xml "$seeds"/ ;;
    akn) cp corpus/*/*.akn.xml Tests/RegLintReadersTests/HostileCorpus/*.xml "$seeds"/ ;;
    mapped) cp corpus/xml/house-rules.xml "$seeds"/ ;;
    citations)
      python3 - "$seeds" <<'PY'
import os, sys
lines = ["Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015", "điểm a khoản 2 Điều 15 của Quy chế này",
         "Article 6 of Regulation (EU) 2016/679 and ISO/IEC 27001:2013", "Luật Tố cáo năm 2018; Điều 5 Luật Khiếu nại",
         "Điều 1. Phạm vi\n1. Nội dung theo khoản 3 Điều này.\nChương II\nPhụ lục 02", "see clause 4.2, Section 12, Annex II"]
for i, line in enumerate(lines):
    open(os.path.join(sys.argv[1], f"seed{i}.txt"), "w").write(line)
PY
      ;;
    figures)
      python3 - "$seeds" <<'PY'
import os, sys
lines = ["Năm 2023, cơ quan tiếp nhận 390 đơn thư, trong đó 386 đơn kiến nghị phản ánh, 3 đơn khiếu nại, 1 đơn tố cáo.",
         "Đã tiếp nhận và trả kết quả 8.472 hồ sơ (đạt 100%); 8.000/8.472 hồ sơ (94,4%); 45 trên tổng số 50 hồ sơ, đạt 90%.",
         "trong thời hạn 15 (mười lăm) ngày; mười lăm (15) ngày; 5.000.000 đồng (Bằng chữ: Năm triệu đồng)",
         "hai tỷ ba trăm linh năm triệu đồng, một trăm lẻ tư, hai mươi mốt, 98,5%, 1.234.567",
         "1,240 requests, of which 1,200 were granted and 40 were refused; thirty (30) days; 96% (48/50)",
         "Điều 1. Kết quả\nTừ ngày 01/01/2021 đến ngày 15/9/2022, Nghị định số 04/2015/NĐ-CP, ĐT 0243 825 1234"]
for i, line in enumerate(lines):
    open(os.path.join(sys.argv[1], f"seed{i}.txt"), "w").write(line)
PY
      ;;
  esac
  echo "== $target: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0 REGLINT_FUZZ_TARGET=$target "$fuzzer" "$seeds" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=10 -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 \
    2>"$work/$target.log" || { tail -40 "$work/$target.log"; echo "fuzzing $target found a crash"; exit 1; }
  grep -E "^stat::number_of_executed_units|Done [0-9]+ runs" "$work/$target.log" | sed "s/^/   /"
done
