# NDR64: the failover calls of captures/failover-ndr64.pcapng, bound with the
# NDR64 transfer syntax, decode to the same values as their NDR 2.0 forms
# (and its last connection, bound with NDR 2.0, to its own).
add_test(NAME decode.failover-ndr64
         COMMAND ${RUNNER} truth ${CAPTURES}/failover-ndr64.pcapng ${CAPTURES}/failover-ndr64.truth.json)
add_test(NAME decode.failover-ndr64.two-pass
         COMMAND ${RUNNER} --read-option=-2 truth ${CAPTURES}/failover-ndr64.pcapng
                 ${CAPTURES}/failover-ndr64.truth.json)
add_test(NAME info_column.failover-ndr64
         COMMAND ${RUNNER} info ${CAPTURES}/failover-ndr64.pcapng ${CAPTURES}/failover-ndr64.truth.json)
