# Builds TARGET in BUILD_DIR and succeeds only when the compiler refused HEADER as not found
# (GCC: "HEADER: No such file or directory", Clang: "'HEADER' file not found"). HEADER must exist
# under TREE, so a renamed header cannot make the case pass for the wrong reason.
if(NOT EXISTS ${TREE}/${HEADER})
  message(FATAL_ERROR "${HEADER} is not in ${TREE} any more: point the case at a header that exists")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled: the layering lets it include ${HEADER}")
endif()
string(REPLACE "." "\\." pattern "${HEADER}")
if(NOT output MATCHES "${pattern}: No such file or directory|'${pattern}' file not found")
  message(FATAL_ERROR "${TARGET} failed, but not because ${HEADER} was out of reach:\n${output}")
endif()
message(STATUS "${TARGET}: ${HEADER} is out of reach, as it must be")
