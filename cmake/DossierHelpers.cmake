# abseil-style helpers: one call per library, test, benchmark or binary.
#
#   dossier_cc_library(NAME text SRCS a.cc b.cc DEPS dossier::base)
#     -> static library dossier_text, alias dossier::text
#   dossier_cc_test(NAME text_tokenizer_test SRCS tokenizer_test.cc DEPS dossier::text LABELS unit)
#   dossier_cc_benchmark(NAME pipeline_benchmark SRCS ... DEPS ...)

function(dossier_cc_library)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS" ${ARGN})
  add_library(dossier_${A_NAME} STATIC ${A_SRCS})
  add_library(dossier::${A_NAME} ALIAS dossier_${A_NAME})
  target_include_directories(dossier_${A_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/include
                             ${PROJECT_SOURCE_DIR})
  target_link_libraries(dossier_${A_NAME} PUBLIC ${A_DEPS} dossier_warnings)
endfunction()

function(dossier_cc_test)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  if(NOT DOSSIER_BUILD_TESTS)
    return()
  endif()
  add_executable(${A_NAME} ${A_SRCS})
  target_link_libraries(${A_NAME} PRIVATE ${A_DEPS} GTest::gtest_main dossier_warnings)
  target_compile_definitions(${A_NAME} PRIVATE
    DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DOSSIER_SHARED_DIR="${DOSSIER_SHARED_DIR}")
  if(NOT A_LABELS)
    set(A_LABELS unit)
  endif()
  add_test(NAME ${A_NAME} COMMAND ${A_NAME} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${A_NAME} PROPERTIES LABELS "${A_LABELS}")
endfunction()

function(dossier_cc_benchmark)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS" ${ARGN})
  if(NOT DOSSIER_BUILD_BENCHMARKS)
    return()
  endif()
  add_executable(${A_NAME} ${A_SRCS})
  target_link_libraries(${A_NAME} PRIVATE ${A_DEPS} benchmark::benchmark dossier_warnings)
  target_compile_definitions(${A_NAME} PRIVATE DOSSIER_SHARED_DIR="${DOSSIER_SHARED_DIR}")
endfunction()
