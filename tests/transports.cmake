# The paths real MS-DHCPM traffic takes (captures/gen_transports.py): the same
# failover values decode over SMB2 named pipes, after an endpoint-mapper lookup,
# and from sealed stubs once tshark has the password.  Without the password,
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
add_test(NAME undecoded.transport-nobind
         COMMAND ${RUNNER} --require dcerpc.cn_ctx_id.no_bind
                 undecoded ${CAPTURES}/transport-nobind.pcapng ${CAPTURES}/transport-nobind.truth.json)
