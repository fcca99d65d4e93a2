# The benchmark's capture (bench/make_capture.py) decodes like the capture it replays.
add_test(NAME bench.replay
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/bench/bench.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI} --check 650)
