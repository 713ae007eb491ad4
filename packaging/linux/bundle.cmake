# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# CPack runs this after installing into its staging folder (CPACK_PRE_BUILD_SCRIPTS). For the
# portable .tar.gz only, it makes the folder run on a Linux desktop without Qt, libxlsxwriter,
# minizip or DejaVu Sans installed and without root: it copies in the Qt plugins the programs
# load, every shared library they need beyond the desktop's base (below), Qt's own
# translations and the DejaVu Sans fonts; points each binary's RUNPATH at the bundled lib/
# folder ($ORIGIN, so the folder can live anywhere); and writes qt.conf beside each program so
# Qt looks for plugins and translations inside the folder, never in the system's Qt.
# The .deb is left alone: it depends on Debian's packages instead.

if(NOT CPACK_GENERATOR STREQUAL "TGZ")
    return()
endif()

set(root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(NOT EXISTS "${root}/bin/jfp")
    message(FATAL_ERROR "bundle.cmake: no bin/jfp in the staging folder ${root}")
endif()
find_program(PATCHELF patchelf REQUIRED)

# What every Linux desktop provides and a bundle must not carry: the C library and the loader,
# the compiler's runtime, the graphics stack (it has to match the machine's drivers), the X
# connection itself, fontconfig and FreeType (their configuration is the system's), D-Bus, and
# CUPS with what it pulls in (printing to the machine's printers; without CUPS only that is
# missing).
set(JFP_BASE_LIBRARIES
    "^ld-linux" "^libc\\.so" "^libm\\.so" "^libdl\\.so" "^libpthread\\.so" "^librt\\.so"
    "^libresolv\\.so" "^libutil\\.so" "^libgcc_s\\.so" "^libstdc\\+\\+\\.so"
    "^libGL" "^libEGL\\.so" "^libOpenGL\\.so" "^libdrm\\.so" "^libgbm\\.so"
    "^libX11\\.so" "^libX11-xcb\\.so" "^libxcb\\.so" "^libXau\\.so" "^libXdmcp\\.so"
    "^libfontconfig\\.so" "^libfreetype\\.so" "^libexpat\\.so" "^libz\\.so"
    "^libdbus-1\\.so" "^libsystemd\\.so"
    "^libcups\\.so")
string(JOIN "|" JFP_BASE_REGEX ${JFP_BASE_LIBRARIES})

# The Qt plugins the programs load: the X11 and headless platforms, SQLite, SVG images and
# icons, compose keys (accented letters) and printing.
set(plugins
    platforms/libqxcb.so
    platforms/libqoffscreen.so
    platforms/libqminimal.so
    sqldrivers/libqsqlite.so
    imageformats/libqsvg.so
    iconengines/libqsvgicon.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    printsupport/libcupsprintersupport.so)
set(plugin_files)
foreach(plugin IN LISTS plugins)
    set(source "${CPACK_JFP_QT_PLUGINS_DIR}/${plugin}")
    if(NOT EXISTS "${source}")
        message(FATAL_ERROR "bundle.cmake: the Qt plugin ${source} is missing; install the "
                            "packages packaging/bootstrap.sh lists")
    endif()
    get_filename_component(folder "${plugin}" DIRECTORY)
    file(COPY "${source}" DESTINATION "${root}/lib/qt6/plugins/${folder}")
    list(APPEND plugin_files "${root}/lib/qt6/plugins/${plugin}")
endforeach()

set(programs "${root}/bin/jfp" "${root}/bin/jfp-planner" "${root}/libexec/jfp-planner/jfp-draw")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${programs}
    MODULES ${plugin_files}
    RESOLVED_DEPENDENCIES_VAR libraries
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${CPACK_JFP_LIBRARY_DIRS}
    PRE_EXCLUDE_REGEXES "${JFP_BASE_REGEX}"
    POST_EXCLUDE_REGEXES "/(${JFP_BASE_REGEX})")
if(unresolved)
    message(FATAL_ERROR "bundle.cmake: cannot find these libraries: ${unresolved}")
endif()
foreach(library IN LISTS libraries)
    # Copy the real file under the name the programs ask for (its soname).
    get_filename_component(name "${library}" NAME)
    file(REAL_PATH "${library}" real)
    file(COPY_FILE "${real}" "${root}/lib/${name}" ONLY_IF_DIFFERENT)
    file(CHMOD "${root}/lib/${name}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endforeach()
list(LENGTH libraries library_count)
list(LENGTH plugins plugin_count)
message(STATUS "bundle.cmake: bundled ${library_count} libraries and ${plugin_count} Qt plugins")

function(jfp_set_runpath file runpath)
    execute_process(COMMAND "${PATCHELF}" --set-rpath "${runpath}" "${file}"
                    RESULT_VARIABLE result ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "bundle.cmake: patchelf failed on ${file}: ${error}")
    endif()
endfunction()
jfp_set_runpath("${root}/bin/jfp" "$ORIGIN/../lib")
jfp_set_runpath("${root}/bin/jfp-planner" "$ORIGIN/../lib")
jfp_set_runpath("${root}/libexec/jfp-planner/jfp-draw" "$ORIGIN/../../lib")
file(GLOB bundled "${root}/lib/*.so*")
foreach(file IN LISTS bundled)
    jfp_set_runpath("${file}" "$ORIGIN")
endforeach()
foreach(file IN LISTS plugin_files)
    jfp_set_runpath("${file}" "$ORIGIN/../../..")
endforeach()

# Qt's own translations (standard buttons and dialogs) for the languages the app offers.
file(GLOB qt_translations "${CPACK_JFP_QT_TRANSLATIONS_DIR}/qtbase_*.qm")
file(COPY ${qt_translations} DESTINATION "${root}/share/qt6/translations")

# qt.conf is read from the program's own folder; paths are relative to Prefix, and a relative
# Prefix to that folder.
file(WRITE "${root}/bin/qt.conf"
     "[Paths]\nPrefix = ..\nPlugins = lib/qt6/plugins\nTranslations = share/qt6/translations\n")
file(WRITE "${root}/libexec/jfp-planner/qt.conf"
     "[Paths]\nPrefix = ../..\nPlugins = lib/qt6/plugins\nTranslations = share/qt6/translations\n")

# DejaVu Sans, which the charts and board packs are drawn in (registered at start-up).
file(GLOB fonts "${CPACK_JFP_FONTS_DIR}/DejaVuSans*.ttf")
if(NOT fonts)
    message(FATAL_ERROR "bundle.cmake: DejaVu Sans is missing from ${CPACK_JFP_FONTS_DIR}; "
                        "install fonts-dejavu-core")
endif()
file(COPY ${fonts} DESTINATION "${root}/share/jfp-planner/fonts")
