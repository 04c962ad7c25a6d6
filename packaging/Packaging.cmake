# SPDX-License-Identifier: GPL-3.0-or-later
# Installation of the desktop integration files and CPack settings (cpack -G DEB|NSIS|DragNDrop).
if(UNIX AND NOT APPLE)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/it.sportello.Sportello.metainfo.xml.in
    ${CMAKE_CURRENT_BINARY_DIR}/it.sportello.Sportello.metainfo.xml @ONLY)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/it.sportello.Sportello.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/it.sportello.Sportello.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

set(CPACK_PACKAGE_NAME "sportello")
set(CPACK_PACKAGE_VENDOR "Sportello developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "sportello@example.invalid")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sportello")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a plugin: loaded at run time, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
include(CPack)
