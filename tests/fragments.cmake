# Fragmented PDUs: stubs larger than the fragment size negotiated at bind,
# reassembled by Wireshark and decoded whole; PDUs over many TCP segments.
# Decoded in one pass (as tshark does by default) and in two (-2).
add_test(NAME decode.failover-fragments
         COMMAND ${RUNNER} truth ${CAPTURES}/failover-fragments.pcapng
                 ${CAPTURES}/failover-fragments.truth.json)
add_test(NAME decode.failover-fragments.two-pass
         COMMAND ${RUNNER} --read-option=-2 truth ${CAPTURES}/failover-fragments.pcapng
                 ${CAPTURES}/failover-fragments.truth.json)
add_test(NAME fragments.failover-fragments
         COMMAND ${RUNNER} fragments ${CAPTURES}/failover-fragments.pcapng
                 ${CAPTURES}/failover-fragments.truth.json)
add_test(NAME info_column.failover-fragments
         COMMAND ${RUNNER} info ${CAPTURES}/failover-fragments.pcapng
                 ${CAPTURES}/failover-fragments.truth.json)
