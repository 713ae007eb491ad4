#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Builds JFP Planner for 64-bit Windows on Debian 12, with nothing but Debian's packages:
#
#   packaging/windows/build.sh [--out DIR] [--only-libraries]
#
# 1. installs what is missing (MinGW-w64, Wine, msitools, zip, ...);
# 2. builds, once, into a cache reused while its stamp matches (JFP_WINDOWS_QT, by default
#    ~/.cache/jfp-planner/qt-6.4.2-mingw64): SQLite from Debian's sqlite3 source, Qt 6.4.2
#    (qtbase from Debian's qt6-base source; qtsvg and qtcharts from packaging/windows/sources,
#    see the README there) with only the modules and features the app uses, then minizip and
#    libxlsxwriter from Debian's sources, against Debian's zlib for MinGW-w64;
# 3. builds the app with packaging/windows/mingw-w64.cmake and writes to DIR (default
#    build-windows/dist) the portable folder's zip and a per-user MSI.
#
# The first run takes about an hour and a half on 2 cores (the Qt build); later runs reuse the
# cache and take a few minutes. --only-libraries stops after the cache.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
source "$top/packaging/bootstrap.sh"
source "$here/common.sh"

out="$top/build-windows/dist"
only_libraries=0
while [ $# -gt 0 ]; do
    case "$1" in
        --out)
            [ $# -ge 2 ] || { echo "build.sh: --out needs a folder" >&2; exit 2; }
            out=$2
            shift ;;
        --only-libraries) only_libraries=1 ;;
        -h|--help) sed -n '5,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

jfp_install_dependencies "${JFP_WINDOWS_PACKAGES[@]}"

work="$top/build-windows"
mkdir -p "$work" "$JFP_WINDOWS_SOURCES" "$JFP_WINDOWS_QT"
jobs=$(nproc)

# --- Sources -----------------------------------------------------------------------------
# Debian's source packages, through a private source list so that the machine's own apt
# configuration is left as it is. The URI is the machine's own.
fetch_debian_sources() {
    local wanted=() package
    for package in qt6-base sqlite3 libxlsxwriter minizip; do
        compgen -G "$JFP_WINDOWS_SOURCES/${package}_*.dsc" >/dev/null || wanted+=("$package")
    done
    [ ${#wanted[@]} -eq 0 ] && return 0
    local apt_dir="$JFP_WINDOWS_SOURCES/apt" uri
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
        || true)
    if [ -z "$uri" ]; then
        uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    fi
    [ -n "$uri" ] || { echo "build.sh: no Debian archive is configured in apt" >&2; exit 1; }
    mkdir -p "$apt_dir/lists/partial"
    cat >"$apt_dir/src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    local apt=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir"
        -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
    jfp_say "Downloading Debian's sources: ${wanted[*]}"
    apt-get "${apt[@]}" update -qq
    (cd "$JFP_WINDOWS_SOURCES" && apt-get "${apt[@]}" source --download-only -qq "${wanted[@]}")
}

# The newest downloaded version of Debian source PACKAGE, as "package_version".
debian_source_version() {
    basename "$(ls "$JFP_WINDOWS_SOURCES/${1}"_*.dsc | sort -V | tail -n 1)" .dsc
}

# Unpacks Debian source PACKAGE (with Debian's patches) into $work/src and prints its folder.
unpack_debian_source() {
    local version dir
    version=$(debian_source_version "$1")
    dir="$work/src/$version"
    if [ ! -d "$dir" ]; then
        mkdir -p "$work/src"
        dpkg-source --no-check -x "$JFP_WINDOWS_SOURCES/$version.dsc" "$dir" >/dev/null
    fi
    echo "$dir"
}

# --- The cache ---------------------------------------------------------------------------
# Each part is rebuilt when the versions and options it was built from change.
stamp_of() { echo "$JFP_WINDOWS_QT/stamps/$1"; }
is_current() { [ -f "$(stamp_of "$1")" ] && [ "$(cat "$(stamp_of "$1")")" = "$2" ]; }
mark_current() { mkdir -p "$JFP_WINDOWS_QT/stamps"; echo "$2" >"$(stamp_of "$1")"; }
compiler_version=$(x86_64-w64-mingw32-g++-posix -dumpfullversion)
cmake_cross=(-G Ninja -DCMAKE_BUILD_TYPE=Release
    "-DCMAKE_TOOLCHAIN_FILE=$here/mingw-w64.cmake" "-DCMAKE_INSTALL_PREFIX=$JFP_WINDOWS_QT"
    "-DCMAKE_PREFIX_PATH=$JFP_WINDOWS_QT")
export JFP_WINDOWS_PREFIX=$JFP_WINDOWS_QT

build_sqlite() {
    local dir version key
    version=$(debian_source_version sqlite3)
    key="$version gcc-$compiler_version"
    is_current sqlite "$key" && return 0
    dir=$(unpack_debian_source sqlite3)
    jfp_say "Building SQLite for Windows ($version)"
    local build="$work/sqlite-build"
    rm -rf "$build" && mkdir -p "$build"
    # The amalgamation (sqlite3.c) is made by the native build's tools (tclsh).
    (cd "$build" && "$dir/configure" --quiet >/dev/null && make -s sqlite3.c >/dev/null)
    local flags=(-O2 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_UNLOCK_NOTIFY
        -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_FTS5
        -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_RTREE -DSQLITE_THREADSAFE=1
        "-DSQLITE_API=__declspec(dllexport)")
    mkdir -p "$JFP_WINDOWS_QT/bin" "$JFP_WINDOWS_QT/lib" "$JFP_WINDOWS_QT/include"
    x86_64-w64-mingw32-gcc-posix "${flags[@]}" -shared -o "$JFP_WINDOWS_QT/bin/sqlite3.dll" \
        "$build/sqlite3.c" -Wl,--out-implib,"$JFP_WINDOWS_QT/lib/libsqlite3.dll.a"
    cp "$build/sqlite3.h" "$build/sqlite3ext.h" "$JFP_WINDOWS_QT/include/"
    mark_current sqlite "$key"
}

# Qt's own options: the modules and features the app uses, and nothing it does not.
qt_features=(
    -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DFEATURE_vulkan=OFF -DFEATURE_network=OFF
    -DFEATURE_testlib=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF
    -DFEATURE_tabletevent=OFF # Debian's tarball drops src/3rdparty/wintab
    -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF
    -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
    -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF
    -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_pcre2=OFF
    -DFEATURE_system_doubleconversion=OFF
    -DFEATURE_printsupport=ON -DFEATURE_widgets=ON -DFEATURE_gui=ON
)

# Fixes to Debian's qtbase for this configuration (packaging/windows/patches), applied once.
apply_qtbase_patches() {
    local dir=$1 patch
    for patch in "$here"/patches/qtbase-*.patch; do
        [ -f "$dir/.jfp-$(basename "$patch")" ] && continue
        patch -d "$dir" -p1 --forward --quiet <"$patch"
        touch "$dir/.jfp-$(basename "$patch")"
    done
}

build_qtbase() {
    local dir version key
    version=$(debian_source_version qt6-base)
    key="$version gcc-$compiler_version ${qt_features[*]} $(stamp_value sqlite)"
    key="$key $(cat "$here"/patches/qtbase-*.patch | cksum | cut -d' ' -f1)"
    is_current qtbase "$key" && return 0
    dir=$(unpack_debian_source qt6-base)
    apply_qtbase_patches "$dir"
    jfp_say "Building Qt for Windows ($version): about an hour on 2 cores, once"
    local build="$work/qtbase-build"
    # A build stopped part way (a session's end, a full disk) goes on where it was; one
    # configured from other versions or options starts again.
    if [ "$(cat "$build/.jfp-key" 2>/dev/null)" != "$key" ]; then
        rm -rf "$build" && mkdir -p "$build"
    fi
    [ -f "$build/build.ninja" ] || (cd "$build" && cmake "$dir" "${cmake_cross[@]}" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF \
        "-DSQLite3_INCLUDE_DIR=$JFP_WINDOWS_QT/include" \
        "-DSQLite3_LIBRARY=$JFP_WINDOWS_QT/lib/libsqlite3.dll.a" \
        "${qt_features[@]}" >"$work/qtbase-configure.log")
    echo "$key" >"$build/.jfp-key"
    nice -n 10 cmake --build "$build" --parallel "$jobs"
    cmake --install "$build" >/dev/null
    mark_current qtbase "$key"
}

stamp_value() { cat "$(stamp_of "$1")" 2>/dev/null | cksum | cut -d' ' -f1; }

# qtsvg and qtcharts: Debian's registry does not serve their 6.4.2 sources, so the exact
# upstream trees are kept in packaging/windows/sources (checked by their SHA-256).
build_qt_module() {
    local module=$1 tarball key
    tarball="$here/sources/${module}-everywhere-src-6.4.2.tar.xz"
    (cd "$here/sources" && sha256sum --quiet -c SHA256SUMS --ignore-missing) \
        || { echo "build.sh: $tarball does not match its SHA-256" >&2; exit 1; }
    key="$(sha256sum "$tarball" | cut -d' ' -f1) $(stamp_value qtbase)"
    is_current "$module" "$key" && return 0
    jfp_say "Building $module 6.4.2 for Windows"
    rm -rf "$work/src/${module}-everywhere-src-6.4.2" "$work/$module-build"
    mkdir -p "$work/src" "$work/$module-build"
    tar -xJf "$tarball" -C "$work/src"
    (cd "$work/$module-build" && cmake "$work/src/${module}-everywhere-src-6.4.2" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        "-DCMAKE_TOOLCHAIN_FILE=$JFP_WINDOWS_QT/lib/cmake/Qt6/qt.toolchain.cmake" \
        "-DQT_CHAINLOAD_TOOLCHAIN_FILE=$here/mingw-w64.cmake" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF >"$work/$module-configure.log")
    nice -n 10 cmake --build "$work/$module-build" --parallel "$jobs"
    cmake --install "$work/$module-build" >/dev/null
    mark_current "$module" "$key"
}

build_minizip() {
    local dir version key
    version=$(debian_source_version minizip)
    key="$version gcc-$compiler_version"
    is_current minizip "$key" && return 0
    dir=$(unpack_debian_source minizip)
    jfp_say "Building minizip for Windows ($version)"
    local build="$work/minizip-build" cc=x86_64-w64-mingw32-gcc-posix
    rm -rf "$build" && mkdir -p "$build"
    local sources=(ioapi.c unzip.c zip.c iowin32.c mztools.c)
    local objects=() source
    for source in "${sources[@]}"; do
        $cc -O2 -c "$dir/$source" -o "$build/${source%.c}.o" -I"$dir"
        objects+=("$build/${source%.c}.o")
    done
    $cc -shared -o "$JFP_WINDOWS_QT/bin/libminizip-1.dll" "${objects[@]}" -lz \
        -Wl,--out-implib,"$JFP_WINDOWS_QT/lib/libminizip.dll.a"
    mkdir -p "$JFP_WINDOWS_QT/include/minizip" "$JFP_WINDOWS_QT/lib/pkgconfig"
    cp "$dir"/{ioapi.h,unzip.h,zip.h,iowin32.h,mztools.h,crypt.h} \
        "$JFP_WINDOWS_QT/include/minizip/"
    cat >"$JFP_WINDOWS_QT/lib/pkgconfig/minizip.pc" <<PC
prefix=$JFP_WINDOWS_QT
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: minizip
Description: Zip and unzip with zlib (Debian's minizip, built for Windows)
Version: ${version#minizip-}
Libs: -L\${libdir} -lminizip
Cflags: -I\${includedir}/minizip
PC
    mark_current minizip "$key"
}

build_libxlsxwriter() {
    local dir version key
    version=$(debian_source_version libxlsxwriter)
    key="$version gcc-$compiler_version $(stamp_value minizip)"
    is_current libxlsxwriter "$key" && return 0
    dir=$(unpack_debian_source libxlsxwriter)
    jfp_say "Building libxlsxwriter for Windows ($version)"
    local build="$work/libxlsxwriter-build"
    rm -rf "$build" && mkdir -p "$build"
    # Its minizip finder reads zlib's version beside minizip's headers.
    cp /usr/x86_64-w64-mingw32/include/zlib.h /usr/x86_64-w64-mingw32/include/zconf.h \
        "$JFP_WINDOWS_QT/include/"
    (cd "$build" && cmake "$dir" "${cmake_cross[@]}" -DBUILD_SHARED_LIBS=ON \
        -DUSE_SYSTEM_MINIZIP=ON "-DMINIZIP_ROOT=$JFP_WINDOWS_QT" \
        -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF >"$work/libxlsxwriter-configure.log")
    cmake --build "$build" --parallel "$jobs"
    cmake --install "$build" >/dev/null
    mark_current libxlsxwriter "$key"
}

fetch_debian_sources
build_sqlite
build_qtbase
build_qt_module qtsvg
build_qt_module qtcharts
build_minizip
build_libxlsxwriter
jfp_say "The Windows libraries are ready in $JFP_WINDOWS_QT ($(du -sh "$JFP_WINDOWS_QT" | cut -f1))"
[ $only_libraries -eq 1 ] && exit 0

source "$here/package.sh"
