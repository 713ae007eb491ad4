#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Tests the Windows build under Wine against the Linux build, on the same input:
#
#   packaging/windows/test.sh [--zip ZIP] [--msi MSI] [--linux-build DIR]
#
# Unpacks the portable zip into a fresh Wine prefix, under a folder whose path has a space and
# a non-ASCII letter, and runs jfp.exe (init, check, tree, indicators --json, import with a
# link, export, board-pack, chart) and jfp-planner.exe --screenshot, each compared with the
# Linux programs' output; then a CSV with CRLF line ends into a plan path with spaces, two
# imports into one plan at once, and the MSI installed per user with msiexec. Prints
# "N passed, N failed" and exits non-zero on any failure. Defaults: build-windows/dist and
# ./build (made by packaging/windows/build.sh and test.sh).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
source "$top/packaging/bootstrap.sh"
source "$here/common.sh"

version=$(jfp_project_version "$top")
zip="$top/build-windows/dist/jfp-planner-$version-windows-x64.zip"
msi="$top/build-windows/dist/jfp-planner-$version-windows-x64.msi"
linux="$top/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --zip) zip=$2; shift ;;
        --msi) msi=$2; shift ;;
        --linux-build) linux=$2; shift ;;
        -h|--help) sed -n '5,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
for file in "$zip" "$msi" "$linux/bin/jfp" "$linux/bin/jfp-planner"; do
    [ -e "$file" ] || { echo "test.sh: $file is missing: run packaging/windows/build.sh and build the Linux app first" >&2; exit 2; }
done
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || { echo "test.sh: Wine is missing (apt-get install wine64)" >&2; exit 2; }

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    WINEPREFIX="$tmp/prefix" /usr/lib/wine/wineserver -k 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

# A private X display for Wine and for the screenshots, stopped on exit.
for display in $(seq 91 120); do
    [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] && continue
    Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    kill -0 "$xvfb_pid" 2>/dev/null && break
    xvfb_pid=
done
[ -n "$xvfb_pid" ] || { echo "test.sh: could not start Xvfb" >&2; exit 2; }
export DISPLAY=":$display"
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export LC_ALL=C.UTF-8

jfp_say "Making a Wine prefix"
timeout 300 "$wine" wineboot -i >/dev/null 2>&1
drive="$WINEPREFIX/drive_c"
apps_unix="$drive/Users/Zoë Smith/My apps"
apps_win='C:\Users\Zoë Smith\My apps'
mkdir -p "$apps_unix"
unzip -q "$zip" -d "$apps_unix"
mv "$apps_unix/jfp-planner-$version-windows-x64" "$apps_unix/JFP Planner"
bin_win="$apps_win\\JFP Planner"
work_unix="$drive/Users/Zoë Smith/Plans and packs"
mkdir -p "$work_unix" "$tmp/linux"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '      %s\n' "$2"; }

# Runs jfp.exe in the Windows work folder (relative paths, as a user would type them).
winjfp() { (cd "$work_unix" && timeout 300 "$wine" "$bin_win\\jfp.exe" "$@"); }
linjfp() { (cd "$tmp/linux" && timeout 300 "$linux/bin/jfp" "$@"); }
# Output without Windows line ends, so that the text itself is compared.
unix_text() { tr -d '\r'; }

# Runs one command on both sides and compares exit status and standard output.
same() {
    local label=$1
    shift
    local win_out lin_out win_rc lin_rc
    win_out=$(winjfp "$@" 2>"$tmp/win.err" | unix_text); win_rc=${PIPESTATUS[0]}
    lin_out=$(linjfp "$@" 2>"$tmp/lin.err"); lin_rc=$?
    if [ "$win_rc" != "$lin_rc" ]; then
        fail "$label" "exit $win_rc on Windows, $lin_rc on Linux: $(unix_text <"$tmp/win.err" | head -c 400)"
    elif [ "$win_out" != "$lin_out" ]; then
        fail "$label" "output differs: $(diff <(echo "$lin_out") <(echo "$win_out") | head -n 6 | tr '\n' ' ')"
    else
        pass "$label"
    fi
}

jfp_say "jfp.exe against jfp"
same "jfp --version" --version
same "init --sample" init sample.jfp --sample
same "check" check sample.jfp
same "tree" tree sample.jfp
same "indicators --json" indicators sample.jfp --json
# The real OHID Fingertips export, as the project's tests keep it.
fingertips="$top/tests/data/fingertips/fingertips_export_93356_cheshire_merseyside.csv"
if [ -f "$fingertips" ]; then
    cp "$fingertips" "$work_unix/fingertips.csv"
    cp "$fingertips" "$tmp/linux/fingertips.csv"
    same "import of a Fingertips export with a link" \
        import sample.jfp fingertips.csv --link "93356=Suicide rate"
    same "indicators --json after the import" indicators sample.jfp --json
else
    fail "import of a Fingertips export" "$fingertips is missing"
fi

# Workbooks: the same cells (the zip's dates differ).
winjfp export sample.jfp --out plan.xlsx >/dev/null 2>&1
linjfp export sample.jfp --out plan.xlsx >/dev/null 2>&1
if [ -f "$work_unix/plan.xlsx" ] && [ -f "$tmp/linux/plan.xlsx" ]; then
    mkdir -p "$tmp/xw" "$tmp/xl"
    unzip -q -o "$work_unix/plan.xlsx" -d "$tmp/xw" && unzip -q -o "$tmp/linux/plan.xlsx" -d "$tmp/xl"
    if diff -r "$tmp/xw/xl/worksheets" "$tmp/xl/xl/worksheets" >/dev/null \
        && diff "$tmp/xw/xl/sharedStrings.xml" "$tmp/xl/xl/sharedStrings.xml" >/dev/null; then
        pass "export --out plan.xlsx (same sheets and strings)"
    else
        fail "export --out plan.xlsx" "the workbooks' sheets differ"
    fi
else
    fail "export --out plan.xlsx" "no workbook was written"
fi

# The board pack: a PDF with the same number of pages.
winjfp board-pack sample.jfp --area "St Helens" --out pack.pdf >"$tmp/pack.out" 2>&1
linjfp board-pack sample.jfp --area "St Helens" --out pack.pdf >/dev/null 2>&1
win_pages=$(pdfinfo "$work_unix/pack.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
lin_pages=$(pdfinfo "$tmp/linux/pack.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
if [ -n "$win_pages" ] && [ "$win_pages" = "$lin_pages" ]; then
    pass "board-pack --out pack.pdf ($win_pages pages on both)"
else
    fail "board-pack --out pack.pdf" "pages: '${win_pages}' on Windows, '${lin_pages}' on Linux: $(unix_text <"$tmp/pack.out" | head -c 300)"
fi
[ -n "${JFP_WINDOWS_KEEP:-}" ] && mkdir -p "$JFP_WINDOWS_KEEP" \
    && cp "$work_unix/pack.pdf" "$JFP_WINDOWS_KEEP/board-pack-windows.pdf" 2>/dev/null

# A chart: a PNG of the same size, not blank.
image_facts() { identify -format '%w×%h %k' "$1" 2>/dev/null; }
winjfp chart sample.jfp --indicator "Suicide rate" --out chart.png >/dev/null 2>&1
linjfp chart sample.jfp --indicator "Suicide rate" --out chart.png >/dev/null 2>&1
win_facts=$(image_facts "$work_unix/chart.png")
lin_facts=$(image_facts "$tmp/linux/chart.png")
if [ -n "$win_facts" ] && [ "${win_facts% *}" = "${lin_facts% *}" ] && [ "${win_facts#* }" -gt 20 ]; then
    pass "chart --out chart.png (${win_facts% *}, ${win_facts#* } colours)"
else
    fail "chart --out chart.png" "Windows '$win_facts', Linux '$lin_facts'"
fi

# The window: a real one under Xvfb, the same size as Linux's, not blank.
jfp_say "jfp-planner.exe --screenshot"
(cd "$work_unix" && timeout 120 "$wine" "$bin_win\\jfp-planner.exe" -platform windows \
    --screenshot window.png sample.jfp >/dev/null 2>&1)
(cd "$tmp/linux" && QT_QPA_PLATFORM=xcb timeout 120 "$linux/bin/jfp-planner" \
    --screenshot window.png sample.jfp >/dev/null 2>&1)
win_facts=$(image_facts "$work_unix/window.png")
lin_facts=$(image_facts "$tmp/linux/window.png")
if [ -n "$win_facts" ] && [ "${win_facts% *}" = "${lin_facts% *}" ] && [ "${win_facts#* }" -gt 50 ]; then
    pass "jfp-planner.exe --screenshot (${win_facts% *}, ${win_facts#* } colours)"
else
    fail "jfp-planner.exe --screenshot" "Windows '$win_facts', Linux '$lin_facts'"
fi
[ -n "${JFP_WINDOWS_KEEP:-}" ] && cp "$work_unix/window.png" "$JFP_WINDOWS_KEEP/window-windows.png" \
    2>/dev/null && cp "$tmp/linux/window.png" "$JFP_WINDOWS_KEEP/window-linux.png" 2>/dev/null

# A CSV with CRLF line ends, into a plan whose path has spaces.
jfp_say "Windows files and paths"
mkdir -p "$work_unix/Board papers 2026"
winjfp init "Board papers 2026\\St Helens plan.jfp" --sample >/dev/null 2>&1
if [ -f "$fingertips" ]; then
    sed 's/\r*$/\r/' "$fingertips" >"$work_unix/crlf.csv"
    if winjfp import "Board papers 2026\\St Helens plan.jfp" crlf.csv --link "93356=Suicide rate" \
        >"$tmp/crlf.out" 2>&1 && winjfp check "Board papers 2026\\St Helens plan.jfp" >/dev/null 2>&1; then
        pass "import of a CRLF CSV into a plan path with spaces"
    else
        fail "import of a CRLF CSV into a plan path with spaces" "$(unix_text <"$tmp/crlf.out" | head -c 300)"
    fi
fi

# Two processes at once on one plan: each finishes or is refused in words, and the plan stays
# sound (Windows locks files differently from Linux).
winjfp init shared.jfp --sample >/dev/null 2>&1
(winjfp import shared.jfp fingertips.csv --link "93356=Suicide rate" >"$tmp/a.out" 2>&1; echo $? >"$tmp/a.rc") &
first=$!
(winjfp import shared.jfp fingertips.csv --link "93356=Suicide rate" >"$tmp/b.out" 2>&1; echo $? >"$tmp/b.rc") &
second=$!
wait "$first" "$second"
rc_a=$(cat "$tmp/a.rc"); rc_b=$(cat "$tmp/b.rc")
if winjfp check shared.jfp >/dev/null 2>&1 && [ "$rc_a" -le 1 ] && [ "$rc_b" -le 1 ] \
    && { [ "$rc_a" -eq 0 ] || grep -qi "another program\|in use\|locked" "$tmp/a.out"; } \
    && { [ "$rc_b" -eq 0 ] || grep -qi "another program\|in use\|locked" "$tmp/b.out"; }; then
    pass "two imports into one plan at once (exits $rc_a and $rc_b, plan sound)"
else
    fail "two imports into one plan at once" "exits $rc_a, $rc_b: $(unix_text <"$tmp/a.out" | tail -n 2 | head -c 200) / $(unix_text <"$tmp/b.out" | tail -n 2 | head -c 200)"
fi

# Nothing written beside the programs.
if [ -z "$(cd "$apps_unix/JFP Planner" && find . -newer "$zip" -type f | head -n 3)" ]; then
    pass "nothing written beside the programs"
else
    fail "nothing written beside the programs" "$(cd "$apps_unix/JFP Planner" && find . -newer "$zip" -type f | head -n 3 | tr '\n' ' ')"
fi

# The installer: per user, no administrator rights asked for.
jfp_say "The MSI"
cp "$msi" "$drive/jfp-planner.msi"
if timeout 300 "$wine" msiexec /i 'C:\jfp-planner.msi' /qn >"$tmp/msi.out" 2>&1; then
    installed=$(find "$drive/users" -path '*AppData/Local/Programs/JFP Planner/jfp.exe' | head -n 1)
    if [ -n "$installed" ]; then
        out=$(cd "$work_unix" && timeout 60 "$wine" "$installed" --version 2>&1 | unix_text)
        if [ "$out" = "$(linjfp --version)" ]; then
            pass "msiexec /i /qn, then the installed jfp.exe --version ($out)"
        else
            fail "installed jfp.exe --version" "said '$out'"
        fi
    else
        fail "msiexec /i /qn" "no jfp.exe under AppData\\Local\\Programs\\JFP Planner"
    fi
else
    fail "msiexec /i /qn" "$(unix_text <"$tmp/msi.out" | head -c 300)"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
