# The paths real MS-DHCPM traffic takes (captures/gen_transports.py): the same
# failover values decode over SMB2 named pipes, after an endpoint-mapper lookup,
# and from sealed stubs once tshark has the password or the keytab.  Without the password,
# or without the bind, the PDUs are there but none of our values is shown.
foreach(capture transport-smb2 transport-epm)
    add_test(NAME decode.${capture}
             COMMAND ${RUNNER} truth ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()
add_test(NAME decode.transport-sealed
         COMMAND ${RUNNER} --pref ntlmssp.nt_password:Failover-2024!
                 truth ${CAPTURES}/transport-sealed.pcapng ${CAPTURES}/transport-sealed.truth.json)
add_test(NAME undecoded.transport-sealed-without-password
         COMMAND ${RUNNER} --require dcerpc.encrypted_stub_data --allow dhcpm.opnum
                 undecoded ${CAPTURES}/transport-sealed.pcapng ${CAPTURES}/transport-sealed.truth.json)
add_test(NAME decode.transport-kerberos
         COMMAND ${RUNNER} --pref kerberos.decrypt:TRUE
                 --pref-file kerberos.file:${CAPTURES}/transport-kerberos.keytab
                 truth ${CAPTURES}/transport-kerberos.pcapng ${CAPTURES}/transport-kerberos.truth.json)
add_test(NAME undecoded.transport-kerberos-without-keytab
         COMMAND ${RUNNER} --require dcerpc.encrypted_stub_data --allow dhcpm.opnum
                 undecoded ${CAPTURES}/transport-kerberos.pcapng ${CAPTURES}/transport-kerberos.truth.json)
add_test(NAME undecoded.transport-nobind
         COMMAND ${RUNNER} --require dcerpc.cn_ctx_id.no_bind
                 undecoded ${CAPTURES}/transport-nobind.pcapng ${CAPTURES}/transport-nobind.truth.json)

# Decode As for a capture without bind exists only in the GUI in Wireshark 4.0.
# decode_as_driver.so (test-only, never installed) hands the DCE-RPC Decode As
# entry the binding the dialog would, so the same capture must then decode.
add_library(decode_as_driver MODULE ${CMAKE_CURRENT_SOURCE_DIR}/decode_as_driver.c)
set_target_properties(decode_as_driver PROPERTIES PREFIX "" C_STANDARD 11 C_VISIBILITY_PRESET hidden)
target_include_directories(decode_as_driver PRIVATE ${CMAKE_SOURCE_DIR}/plugin)
target_link_libraries(decode_as_driver PRIVATE epan)
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(decode_as_driver PRIVATE -Wall -Wextra -Werror)
endif()
add_test(NAME decode.transport-nobind-decode-as
         COMMAND ${RUNNER} --decode-as-driver $<TARGET_FILE:decode_as_driver>
                 truth ${CAPTURES}/transport-nobind.pcapng ${CAPTURES}/transport-nobind.truth.json)
