# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# The last part of packaging/windows/build.sh (sourced by it, with its variables): builds the
# app against the cached Windows Qt and writes the portable zip and the per-user MSI to $out.

version=$(jfp_project_version "$top")
name="jfp-planner-$version-windows-x64"
app_build="$work/app-build"
stage="$work/stage/$name"

jfp_say "Building JFP Planner $version for Windows"
# pkg-config finds the Windows libxlsxwriter and minizip, never the Linux ones.
export PKG_CONFIG_LIBDIR="$JFP_WINDOWS_QT/lib/pkgconfig"
export PKG_CONFIG_PATH=
cmake -S "$top" -B "$app_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    "-DCMAKE_TOOLCHAIN_FILE=$JFP_WINDOWS_QT/lib/cmake/Qt6/qt.toolchain.cmake" \
    "-DQT_CHAINLOAD_TOOLCHAIN_FILE=$here/mingw-w64.cmake" \
    -DBUILD_TESTING=OFF "-DCMAKE_INSTALL_PREFIX=$stage" >/dev/null
cmake --build "$app_build" --parallel "$jobs"

jfp_say "Laying out the portable folder"
rm -rf "$work/stage" && mkdir -p "$stage"
cmake --install "$app_build" --strip >/dev/null
# Everything the programs run from sits in one folder, as Windows finds DLLs beside the exe.
mv "$stage"/bin/* "$stage/"
rmdir "$stage/bin"
rm -rf "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime" \
    "$stage/share/icons"
mkdir -p "$stage/doc"
cp "$top/README.md" "$top/LICENSE" "$stage/doc/"
rm -rf "$stage/share" "$stage/lib" "$stage/libexec"

# Qt's plugins, in the folders Qt looks for beside the program.
plugin() {
    local dir=$1 file=$2
    mkdir -p "$stage/$dir"
    cp "$JFP_WINDOWS_QT/plugins/$dir/$file" "$stage/$dir/"
}
plugin platforms qwindows.dll
plugin platforms qoffscreen.dll
plugin sqldrivers qsqlite.dll
plugin imageformats qsvg.dll
plugin imageformats qico.dll
plugin imageformats qjpeg.dll
plugin imageformats qgif.dll
plugin iconengines qsvgicon.dll
plugin styles qwindowsvistastyle.dll
cat >"$stage/qt.conf" <<'CONF'
[Paths]
Prefix = .
Plugins = .
CONF

# Every DLL the programs and plugins need, found by reading their imports; what is not in the
# Windows Qt, MinGW-w64 or zlib folders is Windows' own.
dll_dirs=("$JFP_WINDOWS_QT/bin" "$JFP_WINDOWS_QT/lib" /usr/x86_64-w64-mingw32/lib
    "/usr/lib/gcc/x86_64-w64-mingw32/$(x86_64-w64-mingw32-gcc-posix -dumpversion)")
declare -A shipped=()
ship_imports() {
    local file=$1 dll dir
    while read -r dll; do
        [ -n "${shipped[${dll,,}]:-}" ] && continue
        for dir in "${dll_dirs[@]}"; do
            if [ -f "$dir/$dll" ]; then
                shipped[${dll,,}]=1
                cp "$dir/$dll" "$stage/"
                x86_64-w64-mingw32-strip --strip-unneeded "$stage/$dll" 2>/dev/null || true
                ship_imports "$stage/$dll"
                break
            fi
        done
    done < <(x86_64-w64-mingw32-objdump -p "$file" | sed -n 's/^\s*DLL Name: //p')
}
while IFS= read -r -d '' binary; do
    ship_imports "$binary"
done < <(find "$stage" -name '*.exe' -print0 -o -name '*.dll' -print0)

# DejaVu Sans, registered at start-up (charts look the same everywhere; Wine has no fonts).
mkdir -p "$stage/fonts"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
    /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf "$stage/fonts/"
[ -f /usr/share/doc/fonts-dejavu-core/copyright ] \
    && cp /usr/share/doc/fonts-dejavu-core/copyright "$stage/fonts/LICENSE-DejaVu.txt"

jfp_say "Writing $name.zip"
rm -f "$out/$name.zip"
(cd "$work/stage" && zip -q -r -9 "$out/$name.zip" "$name")

jfp_say "Writing $name.msi"
msi_work="$work/msi"
rm -rf "$msi_work" && mkdir -p "$msi_work"
(cd "$work/stage" && find "$name" -type f | sort) \
    | wixl-heat -p "$name/" --component-group AppFiles --var var.SourceDir \
        --directory-ref INSTALLDIR --win64 >"$msi_work/files.wxs"
sed -e "s/@VERSION@/$version/g" "$here/jfp-planner.wxs.in" >"$msi_work/jfp-planner.wxs"
rm -f "$out/$name.msi"
cp "$top/resources/icons/jfp-planner.ico" "$msi_work/"
# wixl takes the files' paths relative to where it runs.
(cd "$work" && wixl -a x64 -D Win64=yes -D "SourceDir=stage/$name" \
    -D "IconFile=msi/jfp-planner.ico" \
    -o "$out/$name.msi" msi/jfp-planner.wxs msi/files.wxs)

jfp_say "Wrote $out/$name.zip ($(du -h "$out/$name.zip" | cut -f1))"
jfp_say "Wrote $out/$name.msi ($(du -h "$out/$name.msi" | cut -f1))"
