# packaging.cmake: `cpack` (in the build folder) makes a Debian package that
# puts the plugin in the system plugin folder of the Wireshark it was built
# against, like Debian's own libvirt-wireshark, and depends on that
# Wireshark's libwireshark package (from dpkg-shlibdeps, as Debian does).
#
# The package has its own install rule, in a component that a plain
# `cmake --install` leaves alone: that keeps installing where
# DHCPM_INSTALL_SYSTEM says, while the package always holds the system path.

install(TARGETS dhcpm
        LIBRARY DESTINATION ${Wireshark_PLUGIN_LIBDIR}/epan
        COMPONENT deb EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wireshark-dhcpm-plugin)
set(CPACK_PACKAGE_VENDOR "dhcpm")
set(CPACK_PACKAGE_CONTACT "dhcpm developers <dev@dhcpm.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Wireshark dissector for MS-DHCPM (Windows DHCP server management, failover)")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Wireshark dissector for MS-DHCPM (Windows DHCP server management, failover)
 Decodes the DHCP Server Management Protocol over DCE/RPC, with every
 failover method (R_DhcpV4Failover*) of the dhcpsrv2 interface.  Built for
 Wireshark ${Wireshark_VERSION}; installed in its system plugin folder.")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Wireshark's own prefix (/usr on Debian), not CMake's /usr/local.
set(CPACK_PACKAGING_INSTALL_PREFIX "${Wireshark_INSTALL_PREFIX}")
# Depends: libwiresharkNN, whose soname changes with every Wireshark minor
# version, so the package installs only beside the ABI it was built for.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_ENHANCES "wireshark, tshark")

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL deb)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)

include(CPack)
