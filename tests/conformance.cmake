# Conformance checks: the experts each capture must raise, frame by frame.
foreach(capture conformance conforming)
    add_test(NAME decode.${capture}
             COMMAND ${RUNNER} truth ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
    add_test(NAME experts.${capture}
             COMMAND ${RUNNER} experts ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()
# Captures whose truth predates the checks: their experts are listed beside.
foreach(capture failover-tcp malformed sdk-variants)
    add_test(NAME experts.${capture}
             COMMAND ${RUNNER} experts ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json
                     ${CMAKE_CURRENT_SOURCE_DIR}/conformance/${capture}.experts.json)
endforeach()
add_test(NAME expert_summary
         COMMAND ${RUNNER} expert_summary ${CAPTURES}/conformance.pcapng ${CAPTURES}/conformance.truth.json)
# The one-line check of a folder of captures in docs/conformance.md, run as written.
add_test(NAME conformance_recipe
         COMMAND ${RUNNER} recipe ${CMAKE_SOURCE_DIR}/docs/conformance.md ${CAPTURES}/conforming.pcapng
                 ${CAPTURES}/conformance.pcapng ${CAPTURES}/failover-tcp.pcapng
                 ${CAPTURES}/malformed.pcapng ${CAPTURES}/sdk-variants.pcapng)
# docs/conformance.md's rule table is what the plugin registers (tools/expertdoc.py;
# severities from the registrations in plugin/).
add_test(NAME expertdoc
         COMMAND ${RUNNER} expertdoc ${CMAKE_SOURCE_DIR}/docs/conformance.md
                 ${CMAKE_SOURCE_DIR}/tools/expertdoc.py ${CMAKE_SOURCE_DIR}/plugin)
# With dhcpm.check_rpc_header off, the rules that read the DCE/RPC header
# are silent and the others unchanged.
add_test(NAME experts.conformance.no_rpc_header
         COMMAND ${RUNNER} --no-rpc-header experts ${CAPTURES}/conformance.pcapng
                 ${CAPTURES}/conformance.truth.json)
# Wireshark hands a postdissector its fields on the first pass only: a
# second pass (tshark -2, a packet selected in the GUI) must show the same
# experts, the header rules included.
foreach(capture conformance failover-tcp)
    set(expected)
    if(capture STREQUAL "failover-tcp")
        set(expected ${CMAKE_CURRENT_SOURCE_DIR}/conformance/${capture}.experts.json)
    endif()
    add_test(NAME experts.${capture}.two_pass
             COMMAND ${RUNNER} --read-option=-2 experts ${CAPTURES}/${capture}.pcapng
                     ${CAPTURES}/${capture}.truth.json ${expected})
endforeach()
