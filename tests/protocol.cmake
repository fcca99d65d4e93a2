# The whole protocol: every method of dhcpsrv and dhcpsrv2, both directions,
# NDR 2.0 and NDR64, lists long enough to be fragmented (captures/gen_protocol.py).
set(PROTOCOL_CAPTURES protocol-dhcpsrv protocol-dhcpsrv2 protocol-ndr64 protocol-long)
set(PROTOCOL_FILES)
foreach(capture ${PROTOCOL_CAPTURES})
    add_test(NAME decode.${capture}
             COMMAND ${RUNNER} truth ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
    add_test(NAME info_keys.${capture}
             COMMAND ${RUNNER} info_keys ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
    list(APPEND PROTOCOL_FILES ${CAPTURES}/${capture}.pcapng)
endforeach()
add_test(NAME info_keys.failover-tcp
         COMMAND ${RUNNER} info_keys ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)
# every method in the captures, decoded both ways, with a success and a failure
add_test(NAME protocol.coverage COMMAND ${RUNNER} coverage ${PROTOCOL_FILES})
# traffic of a conforming encoder raises no NDR expert
add_test(NAME protocol.no_ndr_experts COMMAND ${RUNNER} no_ndr_experts ${PROTOCOL_FILES})
# the same values with the NDR details shown, and in two passes
add_test(NAME decode.protocol-dhcpsrv2.ndr_details
         COMMAND ${RUNNER} --pref dhcpm.ndr_details:TRUE
                 truth ${CAPTURES}/protocol-dhcpsrv2.pcapng ${CAPTURES}/protocol-dhcpsrv2.truth.json)
add_test(NAME decode.protocol-ndr64.two_pass
         COMMAND ${RUNNER} --read-option=-2
                 truth ${CAPTURES}/protocol-ndr64.pcapng ${CAPTURES}/protocol-ndr64.truth.json)
# the encoder that made the captures, on its own (no Wireshark): every
# method in both syntaxes, hand-computed layouts, impacket's own module
add_test(NAME captures.encoder
         COMMAND /usr/bin/python3 ${CAPTURES}/test_dhcpm_types.py)
