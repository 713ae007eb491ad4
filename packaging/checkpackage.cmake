# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
# Builds the portable .tar.gz with CPack and checks that it holds what a user needs.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND cpack -G TGZ -B "${WORK_DIR}" --config "${BINARY_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${output}")
endif()
file(GLOB archives "${WORK_DIR}/*.tar.gz")
list(LENGTH archives count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .tar.gz, found: ${archives}")
endif()
file(ARCHIVE_EXTRACT INPUT "${archives}" DESTINATION "${WORK_DIR}/unpacked")
file(GLOB_RECURSE files RELATIVE "${WORK_DIR}/unpacked" "${WORK_DIR}/unpacked/*")
foreach(expected
        "bin/jfp" "bin/jfp-planner" "libexec/jfp-planner/jfp-draw"
        "share/applications/${APP_ID}.desktop"
        "share/metainfo/${APP_ID}.metainfo.xml"
        "share/mime/packages/jfp-planner-mime.xml"
        "share/icons/hicolor/scalable/apps/${APP_ID}.svg")
    set(found FALSE)
    foreach(file ${files})
        if(file MATCHES "/${expected}$")
            set(found TRUE)
        endif()
    endforeach()
    if(NOT found)
        message(FATAL_ERROR "${expected} is missing from the package: ${files}")
    endif()
endforeach()
message(STATUS "package holds: ${files}")
