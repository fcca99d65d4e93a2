# The plugin in the Wireshark Qt GUI under Xvfb: the GUI's own copy of the
# packet details must show the DHCPM tree (tests/gui_test.py).  The
# screenshot it takes is the one README shows (docs/gui.png).
add_test(NAME gui
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/gui_test.py
                 --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI}
                 --screenshot ${CMAKE_BINARY_DIR}/gui.png
                 ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)

# Statistics > DHCPM in the GUI (tests/gui_stats_test.py): each table's
# window, opened through the Statistics menu with the keyboard, copied with
# its Copy button, has the rows of tshark -z dhcpm,<table> and the truth's
# methods and call counts, relationships, changes; with the display filter
# typed into the window, the rows of tshark -z dhcpm,<table>,<filter>.  The screenshots are the
# ones docs/statistics.md shows (docs/gui-calls.png, gui-relationships.png,
# gui-changes.png).
set(GUI_STATS ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/gui_stats_test.py
    --plugin $<TARGET_FILE:dhcpm> --abi ${DHCPM_WS_ABI})
add_test(NAME gui.stats.failover-tcp
         COMMAND ${GUI_STATS} --table calls --table relationships
                 "--filter=calls=dhcpm.opnum == 96" "--filter=relationships=frame.number lt 60"
                 --screenshot calls=${CMAKE_BINARY_DIR}/gui-calls.png
                 --screenshot relationships=${CMAKE_BINARY_DIR}/gui-relationships.png
                 ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)
add_test(NAME gui.stats.inventory
         COMMAND ${GUI_STATS} --table relationships --table calls
                 ${CAPTURES}/inventory.pcapng ${CAPTURES}/inventory.truth.json)
add_test(NAME gui.stats.protocol-dhcpsrv2
         COMMAND ${GUI_STATS} --table changes --table calls
                 "--filter=changes=frame.number lt 200"
                 --screenshot changes=${CMAKE_BINARY_DIR}/gui-changes.png
                 ${CAPTURES}/protocol-dhcpsrv2.pcapng ${CAPTURES}/protocol-dhcpsrv2.truth.json)
set_tests_properties(gui.stats.failover-tcp gui.stats.inventory gui.stats.protocol-dhcpsrv2
                     PROPERTIES TIMEOUT 180)
