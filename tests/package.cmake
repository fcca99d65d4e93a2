# The Debian package: cpack builds it, dpkg installs it in a scratch root and
# tshark loads the plugin from there (tests/package_test.py).
add_test(NAME package.deb
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/package_test.py
                 --cpack ${CMAKE_CPACK_COMMAND} --config ${CMAKE_BINARY_DIR}/CPackConfig.cmake
                 ${CAPTURES}/failover-tcp.pcapng ${CAPTURES}/failover-tcp.truth.json)
