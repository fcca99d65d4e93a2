# The benchmark's capture (bench/make_capture.py) decodes like the capture it replays.
add_test(NAME bench.replay
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/bench/bench.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI} --check 650)
# The handoff-only build bench.py compares with keeps compiling.
add_test(NAME bench.handoff_build
         COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target dhcpm_handoff)
# The anchor's capture (bench/anchor-srvsvc.pcapng, Wireshark's own srvsvc
# dissector) replays like its source, with the stub bytes bench.py divides by.
add_test(NAME bench.anchor_replay
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/bench/bench.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI} --check 650 --anchor srvsvc)
