# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Shared by packaging/windows/build.sh and test.sh. Source it; do not run it.

# What cross-building for Windows and testing under Wine needs, besides the Linux build's.
JFP_WINDOWS_PACKAGES=(
    g++-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 libz-mingw-w64-dev
    wine64 msitools wixl zip unzip tcl dpkg-dev xvfb xauth fonts-dejavu-core poppler-utils
)

# The cache of Qt and the libraries built for Windows, and of Debian's sources.
JFP_WINDOWS_CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/jfp-planner"
JFP_WINDOWS_QT="${JFP_WINDOWS_QT:-$JFP_WINDOWS_CACHE_ROOT/qt-6.4.2-mingw64}"
JFP_WINDOWS_SOURCES="${JFP_WINDOWS_SOURCES:-$JFP_WINDOWS_CACHE_ROOT/windows-src}"

# The project's version, from the top CMakeLists.txt.
jfp_project_version() {
    sed -n '/^project(/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' "$1/CMakeLists.txt" | head -n 1
}

# True when build.sh has filled the cache (every part has its stamp).
jfp_windows_cache_ready() {
    local part
    for part in sqlite qtbase qtsvg qtcharts minizip libxlsxwriter; do
        [ -f "$JFP_WINDOWS_QT/stamps/$part" ] || return 1
    done
}
