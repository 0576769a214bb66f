# Writes what `targs completion SHELL_NAME` prints into OUT; a failing
# targs fails the build. Run by the completion target (CMakeLists.txt):
#   cmake -DTARGS=path -DSHELL_NAME=bash -DOUT=path -P print-completion.cmake
execute_process(COMMAND ${TARGS} completion ${SHELL_NAME}
  OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "targs completion ${SHELL_NAME}: ${status}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
