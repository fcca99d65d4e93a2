# Hostile stub values (captures/gen_hostile.py): decoded values and expert
# infos as the truth says, at a cost bounded by the bytes received.
add_test(NAME decode.hostile
         COMMAND ${RUNNER} truth ${CAPTURES}/hostile.pcapng ${CAPTURES}/hostile.truth.json)
add_test(NAME hostile.bounded
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/bounded.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI}
                 ${CAPTURES}/hostile.pcapng ${CAPTURES}/failover-tcp.pcapng)
