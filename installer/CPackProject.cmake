# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). The .tar.gz is one archive of
# the desktop program, to unpack into a prefix: the server has its own .deb only.
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_COMPONENTS_ALL Unspecified)
endif()
# Each .deb's description starts with its own summary line (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION);
# CPackDeb would put the project's summary before it.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
endif()
