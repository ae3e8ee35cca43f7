# abseil-style helpers: one call per library, test, benchmark or binary.
#
#   dossier_cc_library(NAME text SRCS a.cc b.cc DEPS dossier::base)
#     -> static library dossier_text, alias dossier::text, one stage of the pipeline:
#        its headers (src/...) are visible to the stages and tests that link it. Every
#        stage's objects also go into the one public library, dossier::dossier
#        (dossier_union_library below), whose include path is include/ alone.
#   dossier_cc_test(NAME text_tokenizer_test SRCS tokenizer_test.cc DEPS dossier::text LABELS unit)
#   dossier_cc_benchmark(NAME pipeline_benchmark SRCS ... DEPS ...)

function(dossier_cc_library)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS" ${ARGN})
  add_library(dossier_${A_NAME} STATIC ${A_SRCS})
  add_library(dossier::${A_NAME} ALIAS dossier_${A_NAME})
  target_include_directories(dossier_${A_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/include
                             ${PROJECT_SOURCE_DIR})
  target_link_libraries(dossier_${A_NAME} PUBLIC ${A_DEPS} dossier_warnings)
  set_property(GLOBAL APPEND PROPERTY DOSSIER_MODULES dossier_${A_NAME})
  foreach(dep ${A_DEPS})
    if(NOT dep MATCHES "^dossier::")
      set_property(GLOBAL APPEND PROPERTY DOSSIER_EXTERNAL_DEPS ${dep})
    endif()
  endforeach()
endfunction()

# The public library: every stage's objects in one position-independent archive, with
# include/ (the API) as its only include directory, so a client linking dossier::dossier
# cannot include src/ headers. Third-party libraries are linked, not exposed.
function(dossier_union_library)
  get_property(modules GLOBAL PROPERTY DOSSIER_MODULES)
  get_property(external GLOBAL PROPERTY DOSSIER_EXTERNAL_DEPS)
  list(REMOVE_DUPLICATES external)
  set(objects)
  foreach(m ${modules})
    list(APPEND objects $<TARGET_OBJECTS:${m}>)
  endforeach()
  add_library(dossier_dossier STATIC ${objects})
  add_library(dossier::dossier ALIAS dossier_dossier)
  set_target_properties(dossier_dossier PROPERTIES LINKER_LANGUAGE CXX OUTPUT_NAME dossier)
  target_include_directories(dossier_dossier INTERFACE ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(dossier_dossier PRIVATE ${external})
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
