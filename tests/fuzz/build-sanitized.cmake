# Configures and builds the plugin and tests/ndr with -DDHCPM_SANITIZE=ON in
# a build folder of its own, for the sanitize.* tests:
#   cmake -DSOURCE=<repo> -DBINARY=<folder> -P build-sanitized.cmake
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BINARY} -DDHCPM_SANITIZE=ON
            -DBUILD_TESTING=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the sanitized plugin failed")
endif()
# the plugin, and the NDR unit tests linked with the sanitizers
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the sanitized plugin failed")
endif()
