#!/usr/bin/env bash
# Renders a corpus document annotated by `reglint annotate` as a person sees it: LibreOffice
# (headless) converts the annotated DOCX to PDF with its comments in the margin, pdftoppm turns
# the first page(s) into PNG. Installs LibreOffice Writer and poppler-utils (Debian packages)
# when they are missing. Look at the PNG: each comment should stand beside the words it names.
#
#   scripts/render-annotated.sh [DOCUMENT.docx] [OUTPUT_FOLDER]
#   (RENDER_PAGES=N pages, RENDER_DPI=N resolution, REGLINT=BINARY to skip the build)
#
# Not part of CI (LibreOffice is heavy); the annotate tests in `swift test` check the anchors.
set -euo pipefail
cd "$(dirname "$0")/.."
document=${1:-corpus/vi/quy-che-dan-chu.docx}
out=${2:-.build/render-annotated}
mkdir -p "$out"

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "installing libreoffice-writer and poppler-utils (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null
fi

# REGLINT=path/to/reglint uses that binary instead of building one.
bin=${REGLINT:-}
if [ -z "$bin" ]; then
  swift build --product reglint >/dev/null
  bin=$(swift build --show-bin-path)/reglint
fi
name=$(basename "$document" .docx)
"$bin" annotate "$document" -o "$out/$name.annotated.docx" --fail-on never

# Comments in the margin of the PDF (Writer's ExportNotesInMargin filter option).
soffice --headless --norestore \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}' \
  --outdir "$out" "$out/$name.annotated.docx" >/dev/null
pages=${RENDER_PAGES:-3}
pdftoppm -png -r "${RENDER_DPI:-60}" -f 1 -l "$pages" "$out/$name.annotated.pdf" "$out/$name"
ls -1 "$out"/"$name"*.png
