# Unit tests of the NDR runtime (plugin/ndr/), GLib g_test, against libwireshark.
add_executable(test_ndr ${CMAKE_CURRENT_SOURCE_DIR}/ndr/test_ndr.c ${CMAKE_SOURCE_DIR}/plugin/ndr/ndr.c)
target_include_directories(test_ndr PRIVATE ${CMAKE_SOURCE_DIR}/plugin)
target_link_libraries(test_ndr PRIVATE epan wiretap wsutil)
set_target_properties(test_ndr PROPERTIES C_STANDARD 11)
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(test_ndr PRIVATE -Wall -Wextra)
endif()
add_test(NAME ndr.unit COMMAND test_ndr)
if(DHCPM_SANITIZE)
    target_compile_options(test_ndr PRIVATE ${DHCPM_SANITIZE_FLAGS} -g)
    target_link_options(test_ndr PRIVATE ${DHCPM_SANITIZE_FLAGS})
endif()

# The ndr_details preference: what it adds to the tree, and nothing else.
add_test(NAME ndr.details COMMAND ${RUNNER} ndr_details ${CAPTURES}/conforming.pcapng)
add_test(NAME decode.failover-tcp.ndr_details
         COMMAND ${RUNNER} --pref dhcpm.ndr_details:TRUE
                 truth ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)
