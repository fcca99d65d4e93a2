# The plugin in the Wireshark Qt GUI under Xvfb: the GUI's own copy of the
# packet details must show the DHCPM tree (tests/gui_test.py).  The
# screenshot it takes is the one README shows (docs/gui.png).
add_test(NAME gui
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/gui_test.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI}
                 --screenshot ${CMAKE_BINARY_DIR}/gui.png
                 ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)
