# Robustness: fuzzing, sanitizers, valgrind (tests/fuzz/, README "Robustness").
set(FUZZ ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz.py --abi ${DHCPM_WS_ABI})
file(GLOB FUZZ_CAPTURES ${CAPTURES}/*.pcapng)
# What a CI failure keeps, for copying into tests/fuzz/regressions/.
set(FUZZ_KEEP ${CMAKE_BINARY_DIR}/fuzz-regressions)

# The short, fixed-seed budget (README gives the long one).
add_test(NAME fuzz.short
         COMMAND ${FUZZ} --plugin $<TARGET_FILE:dhcpm> --seed 1 --pdus 3000
                 --regressions ${FUZZ_KEEP} run ${FUZZ_CAPTURES})
add_test(NAME fuzz.regressions
         COMMAND ${FUZZ} --plugin $<TARGET_FILE:dhcpm> replay
                 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions)

# The plugin built with ASan + UBSan, under an uninstrumented tshark that
# preloads the ASan runtime.
execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so
                OUTPUT_VARIABLE DHCPM_LIBASAN OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(DHCPM_LIBASAN "${DHCPM_LIBASAN}" REALPATH)
set(SANITIZED ${CMAKE_BINARY_DIR}/sanitize)
add_test(NAME sanitize.build
         COMMAND ${CMAKE_COMMAND} -DSOURCE=${CMAKE_SOURCE_DIR} -DBINARY=${SANITIZED}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/build-sanitized.cmake)
set_tests_properties(sanitize.build PROPERTIES FIXTURES_SETUP sanitized)
add_test(NAME sanitize.fuzz
         COMMAND ${FUZZ} --plugin ${SANITIZED}/dhcpm.so --preload ${DHCPM_LIBASAN}
                 --seed 2 --pdus 2000 --regressions ${FUZZ_KEEP} run ${FUZZ_CAPTURES})
add_test(NAME sanitize.regressions
         COMMAND ${FUZZ} --plugin ${SANITIZED}/dhcpm.so --preload ${DHCPM_LIBASAN}
                 replay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions)
add_test(NAME sanitize.ndr.unit COMMAND ${SANITIZED}/tests/test_ndr)
set_tests_properties(sanitize.ndr.unit PROPERTIES ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1;UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1;WIRESHARK_DEBUG_WMEM_OVERRIDE=simple;G_SLICE=always-malloc")
set_tests_properties(sanitize.fuzz sanitize.regressions sanitize.ndr.unit
                     PROPERTIES FIXTURES_REQUIRED sanitized)

# A sample of mutated PDUs under valgrind memcheck.
add_test(NAME valgrind.sample
         COMMAND ${FUZZ} --plugin $<TARGET_FILE:dhcpm> --seed 3 --pdus 150 --editcap-rounds 0
                 --regressions ${FUZZ_KEEP} valgrind ${CAPTURES}/failover-tcp.pcapng)
set_tests_properties(valgrind.sample PROPERTIES TIMEOUT 900)
