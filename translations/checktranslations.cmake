# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
# Runs lupdate on a copy of TS_FILE and fails if that finds plural strings the file lacks
# or keeps strings the code no longer has: the committed .ts must be current.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/current.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
string(REPLACE ";" "\n" source_lines "${SOURCES}")
file(WRITE "${WORK_DIR}/sources.lst" "${source_lines}\n")
set(include_options)
foreach(dir ${INCLUDES})
    list(APPEND include_options "-I${dir}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" ${include_options} "@${WORK_DIR}/sources.lst" -ts "${copy}" -pluralonly -locations none
            -no-obsolete -source-language en_GB -target-language en
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(STRINGS "${TS_FILE}" committed REGEX "<source>|<name>")
file(STRINGS "${copy}" current REGEX "<source>|<name>")
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
if(NOT committed STREQUAL current OR unfinished)
    message(FATAL_ERROR "translations/jfp_en.ts is out of date: run "
        "'cmake --build build --target update_translations' and fill in the new plural forms.\n"
        "committed: ${committed}\ncurrent: ${current}")
endif()
message(STATUS "jfp_en.ts is current: ${current}")
