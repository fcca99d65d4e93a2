# Configures and builds the plugin with -DDHCPM_SANITIZE=ON in a build
# folder of its own, for the sanitize.* tests:
#   cmake -DSOURCE=<repo> -DBINARY=<folder> -P build-sanitized.cmake
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BINARY} -DDHCPM_SANITIZE=ON
            -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the sanitized plugin failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the sanitized plugin failed")
endif()
