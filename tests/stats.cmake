# -z dhcpm,failover: method counts, errors, response times and the failover
# inventory, each recomputed by the test from the capture's truth file.
foreach(capture failover-tcp malformed sdk-variants inventory)
    add_test(NAME stats.${capture}
             COMMAND ${RUNNER} stats ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()

# docs/fields.md's field reference is what the plugin registers (tools/fielddoc.py).
add_test(NAME fielddoc
         COMMAND ${RUNNER} fielddoc ${CMAKE_SOURCE_DIR}/docs/fields.md ${CMAKE_SOURCE_DIR}/tools/fielddoc.py)

# The batch recipes, run as written: CSV in README, Elasticsearch bulk and
# parallel runs in docs/statistics.md.
add_test(NAME recipes
         COMMAND ${RUNNER} recipes ${CMAKE_SOURCE_DIR}/README.md ${CAPTURES} ${CAPTURES}/failover-tcp.truth.json
                 ${CMAKE_SOURCE_DIR}/docs/statistics.md)

# The inventory capture decodes to its truth like the others.
add_test(NAME decode.inventory
         COMMAND ${RUNNER} truth ${CAPTURES}/inventory.pcapng ${CAPTURES}/inventory.truth.json)
