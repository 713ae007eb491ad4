#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Tests that the portable Linux .tar.gz runs on its own:
#
#   packaging/linux/test-portable.sh ARCHIVE|FOLDER LINUX_BIN_DIR
#
# In a private mount namespace (unshare) it hides the system's Qt libraries and plugins,
# libxlsxwriter, minizip and DejaVu Sans, unpacks ARCHIVE as a user who is not root, and
# checks that every program and plugin resolves each library inside the folder or from the
# desktop's base (bundle.cmake's list), then runs jfp (init, check, tree, indicators --json,
# export, chart, board-pack) and jfp-planner --screenshot on X11 (Xvfb) and offscreen,
# comparing with the programs in LINUX_BIN_DIR on the same input. Prints "N passed, N failed"
# and exits 1 on any failure; exits 77 (skipped) where no mount namespace can be made.
set -uo pipefail

if [ "${1:-}" = --inside ]; then
    # Second stage, in the namespace, as the unprivileged user.
    shift
    archive=$1 expected=$2 work=$3
    passed=0 failed=0
    check() { # check NAME COMMAND...: passes when COMMAND succeeds
        local name=$1
        shift
        if "$@" >"$work/out.txt" 2>&1; then
            passed=$((passed + 1))
            echo "PASS $name"
        else
            failed=$((failed + 1))
            echo "FAIL $name"
            sed 's/^/    /' "$work/out.txt" | head -20
        fi
    }
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    mkdir -p "$work/unpacked"
    check "unpack as $(id -un 2>/dev/null || id -u) (not root)" \
        bash -c '[ "$(id -u)" -ne 0 ] || [ -n "${JFP_USER_NAMESPACE:-}" ]; tar -xzf "$1" -C "$2"' \
        _ "$archive" "$work/unpacked"
    top=$(echo "$work"/unpacked/*)
    hidden() { # the system's copy of each library reads as empty here
        local name file
        for name in libQt6Core.so.6 libQt6Gui.so.6 libxlsxwriter.so.4 libminizip.so.1; do
            file=$(readlink -f /usr/lib/*-linux-gnu/"$name") || return 1
            [ ! -s "$file" ] || { echo "$file is not hidden"; return 1; }
        done
    }
    check "the system's Qt, libxlsxwriter and minizip are hidden" hidden
    base=$(cat "$expected/base-regex")
    resolves_inside() { # each library it names is in the folder's lib/ or the desktop's base
        local file=$1 name bad=
        for name in $(readelf -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            [ -e "$top/lib/$name" ] || echo "$name" | grep -Eq "$base" || bad="$bad $name"
        done
        [ -z "$bad" ] || { echo "$file needs libraries the folder lacks:$bad"; return 1; }
        ! ldd "$file" | grep "not found"
    }
    for file in "$top"/bin/jfp "$top"/bin/jfp-planner "$top"/libexec/jfp-planner/jfp-draw \
                "$top"/lib/qt6/plugins/*/*.so "$top"/lib/*.so*; do
        check "libraries of ${file#"$top"/}" resolves_inside "$file"
    done
    plan="$work/Zoë's plans/sample plan.jfp"
    mkdir -p "$(dirname "$plan")"
    check "jfp --version" bash -c '"$1/bin/jfp" --version | grep -q "^jfp "' _ "$top"
    check "jfp init --sample" "$top/bin/jfp" init "$plan" --sample
    check "jfp check" "$top/bin/jfp" check "$plan"
    check "jfp tree is the same as the build's" \
        bash -c 'diff <("$1/bin/jfp" tree "$2") "$3/tree.txt"' _ "$top" "$plan" "$expected"
    check "jfp indicators --json is the same as the build's" \
        bash -c 'diff <("$1/bin/jfp" indicators "$2" --json) "$3/indicators.json"' _ "$top" "$plan" "$expected"
    check "jfp export --out x.xlsx" \
        bash -c '"$1/bin/jfp" export "$2" --out "$3/x.xlsx" && [ "$(head -c 2 "$3/x.xlsx")" = PK ]' \
        _ "$top" "$plan" "$work"
    check "jfp chart --out x.png (jfp-draw)" \
        bash -c '"$1/bin/jfp" chart "$2" --indicator "$3" --out "$4/x.png" && [ -s "$4/x.png" ]' \
        _ "$top" "$plan" "$(cat "$expected/indicator.txt")" "$work"
    pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
    check "jfp board-pack has the build's page count" \
        bash -c '"$1/bin/jfp" board-pack "$2" --out "$3/x.pdf" >/dev/null \
                 && [ "$(pdfinfo "$3/x.pdf" | awk "/^Pages:/ {print \$2}")" = "$(cat "$4/pages.txt")" ]' \
        _ "$top" "$plan" "$work" "$expected"
    check "jfp-planner --screenshot (offscreen)" \
        bash -c '"$1/bin/jfp-planner" "$2" --screenshot "$3/offscreen.png" && [ -s "$3/offscreen.png" ]' \
        _ "$top" "$plan" "$work"
    check "jfp-planner --screenshot on X11 (Xvfb, the bundled xcb plugin)" \
        bash -c 'QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
                     "$1/bin/jfp-planner" "$2" --screenshot "$3/x11.png" && [ -s "$3/x11.png" ]' \
        _ "$top" "$plan" "$work"
    check "no plugin or font came from the system" \
        bash -c 'QT_DEBUG_PLUGINS=1 "$1/bin/jfp-planner" "$2" --screenshot "$3/debug.png" \
                     >"$3/debug.txt" 2>&1; loaded=$(grep " loaded library" "$3/debug.txt") \
                 && grep -q -- "\"$1/lib/qt6/plugins/platforms/" <<<"$loaded" \
                 && ! grep -v -- "\"$1/" <<<"$loaded"' \
        _ "$top" "$plan" "$work"
    [ -n "${JFP_KEEP_SCREENSHOT:-}" ] && cp "$work/x11.png" "$JFP_KEEP_SCREENSHOT" 2>/dev/null
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

archive=${1:?usage: test-portable.sh ARCHIVE LINUX_BIN_DIR}
bin=${2:?usage: test-portable.sh ARCHIVE LINUX_BIN_DIR}
if [ -d "$archive" ]; then # the folder cpack wrote it to
    archive=$(find "$archive" -maxdepth 1 -name 'jfp-planner-*.tar.gz' | head -1)
    [ -n "$archive" ] || { echo "test-portable.sh: no jfp-planner-*.tar.gz in $1" >&2; exit 1; }
fi
archive=$(readlink -f "$archive")
script=$(readlink -f "$0")
for tool in unshare ldd readelf pdfinfo xvfb-run; do
    command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is missing"; exit 77; }
done
if ! unshare -m true 2>/dev/null && ! unshare -Urm true 2>/dev/null; then
    echo "SKIPPED: this machine does not allow a private mount namespace (unshare)"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
expected="$work/expected"
mkdir -p "$expected"
# What the build's own programs print for the same sample plan.
export QT_QPA_PLATFORM=offscreen
"$bin/jfp" init "$expected/sample.jfp" --sample >/dev/null || exit 1
"$bin/jfp" tree "$expected/sample.jfp" >"$expected/tree.txt" || exit 1
"$bin/jfp" indicators "$expected/sample.jfp" --json >"$expected/indicators.json" || exit 1
grep -m1 '"id":' "$expected/indicators.json" | tr -dc 0-9 >"$expected/indicator.txt"
"$bin/jfp" board-pack "$expected/sample.jfp" --out "$expected/pack.pdf" >/dev/null || exit 1
pdfinfo "$expected/pack.pdf" | awk '/^Pages:/ {print $2}' >"$expected/pages.txt"
# The desktop's base, as bundle.cmake lists it.
sed -n '/^set(JFP_BASE_LIBRARIES/,/)$/p' "$(dirname "$script")/bundle.cmake" \
    | grep -o '"[^"]*"' | tr -d '"' | sed 's/\\\\/\\/g' | paste -sd '|' >"$expected/base-regex"
mkdir -p "$work/run"
chmod -R a+rX "$work"
chmod 777 "$work/run"

# Hides a library or folder of the system inside the namespace.
hide_script='
empty=$(mktemp)
for file in /usr/lib/*-linux-gnu/libQt6*.so.* /usr/lib/*-linux-gnu/libxlsxwriter.so.* \
            /usr/lib/*-linux-gnu/libminizip.so.*; do
    [ -f "$file" ] && [ ! -L "$file" ] && mount --bind "$empty" "$file"
done
for folder in /usr/lib/*-linux-gnu/qt6 /usr/share/fonts/truetype/dejavu; do
    [ -d "$folder" ] && mount -t tmpfs -o size=1m tmpfs "$folder"
done
'
if [ "$(id -u)" -eq 0 ]; then
    user=$(getent passwd nobody | cut -d: -f3)
    group=$(getent group nogroup | cut -d: -f3)
    exec 3>&1
    unshare -m bash -c "$hide_script"'
        exec setpriv --reuid="$1" --regid="$2" --clear-groups bash "$3" --inside "$4" "$5" "$6"' \
        _ "${user:-65534}" "${group:-65534}" "$script" "$archive" "$expected" "$work/run"
else
    JFP_USER_NAMESPACE=1 unshare -Urm bash -c "$hide_script"'
        exec bash "$1" --inside "$2" "$3" "$4"' _ "$script" "$archive" "$expected" "$work/run"
fi
