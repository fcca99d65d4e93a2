# What is asked (docs/design.md): the plugin computes only what can be read,
# and what is read must not change.  The truth of a capture asked for a few
# fields a run (the others unasked, types stepped over quietly), and from the
# whole tree as -V and the GUI build it; experts from a tap only (-z expert)
# are the expert_summary test's.
foreach(capture conforming protocol-dhcpsrv protocol-dhcpsrv2 protocol-ndr64 failover-tcp)
    add_test(NAME decode.${capture}.single
             COMMAND ${RUNNER} --output single truth ${CAPTURES}/${capture}.pcapng
                     ${CAPTURES}/${capture}.truth.json)
endforeach()
foreach(capture conforming protocol-dhcpsrv2 protocol-long malformed)
    add_test(NAME decode.${capture}.tree
             COMMAND ${RUNNER} --output tree truth ${CAPTURES}/${capture}.pcapng
                     ${CAPTURES}/${capture}.truth.json)
endforeach()
add_test(NAME decode.protocol-dhcpsrv.single.two_pass
         COMMAND ${RUNNER} --read-option=-2 --output single truth ${CAPTURES}/protocol-dhcpsrv.pcapng
                 ${CAPTURES}/protocol-dhcpsrv.truth.json)
# An expert filter alone makes the checks run (-Y NAME -T fields).
foreach(capture conformance failover-tcp audit)
    add_test(NAME experts.${capture}.filters
             COMMAND ${RUNNER} expert_filters ${CAPTURES}/${capture}.pcapng)
endforeach()
