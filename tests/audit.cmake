# Statistics > DHCPM and the configuration audit.
# The tables (-z dhcpm,calls, -z dhcpm,relationships) against each capture's
# truth and the failover report; the audit (-z dhcpm,audit,json and csv,
# -z dhcpm,changes) lists every change of the truth with its values.
foreach(capture failover-tcp inventory malformed protocol-dhcpsrv protocol-dhcpsrv2)
    add_test(NAME tables.${capture}
             COMMAND ${RUNNER} tables ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()
foreach(capture conformance failover-fragments protocol-dhcpsrv protocol-dhcpsrv2 protocol-ndr64
        protocol-long)
    add_test(NAME audit.${capture}
             COMMAND ${RUNNER} audit ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()
