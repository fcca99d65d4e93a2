# Portability on paper: every C source of the plugin (ours and the generated
# one) compiles as ISO C11 with -pedantic-errors and calls nothing POSIX-only,
# so the same project can build with Wireshark's Windows and macOS kits
# (tests/portable_test.py).  GCC and Clang take these flags.
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    set(_epan_includes "$<TARGET_PROPERTY:epan,INTERFACE_INCLUDE_DIRECTORIES>")
    add_test(NAME portable_c
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/portable_test.py
                     --cc ${CMAKE_C_COMPILER} --define DHCPM_VERSION="0"
                     -I ${CMAKE_SOURCE_DIR}/plugin -I ${CMAKE_BINARY_DIR}/generated
                     "--isystem;$<JOIN:${_epan_includes},;--isystem;>"
                     "$<TARGET_PROPERTY:dhcpm,SOURCES>"
             COMMAND_EXPAND_LISTS
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
