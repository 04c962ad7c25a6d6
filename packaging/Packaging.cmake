# SPDX-License-Identifier: GPL-3.0-or-later
# Installation of what the programs need beside themselves, and CPack's settings for the
# packages (docs/packaging.md). Two components: `desk` (sportello, sportello-cli, the menu entry)
# and `hub` (sportello-hub and its service). `./dev package` builds the Debian packages.
set(SPORTELLO_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
  set(linux_dir ${SPORTELLO_PACKAGING_DIR}/linux)
  set(staged ${CMAKE_CURRENT_BINARY_DIR}/packaging)
  file(MAKE_DIRECTORY ${staged})
  find_program(GZIP_PROGRAM gzip REQUIRED)

  # Compressed the way Debian wants (-9, no name or time inside); redone when the source changes.
  function(sportello_gzip source output)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
    execute_process(COMMAND ${GZIP_PROGRAM} -9n -c ${source} OUTPUT_FILE ${output}
      RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "gzip ${source} failed")
    endif()
  endfunction()

  # The menu entry, its AppStream metadata (the icons come from app/CMakeLists.txt).
  configure_file(${linux_dir}/it.sportello.Sportello.metainfo.xml.in
    ${staged}/it.sportello.Sportello.metainfo.xml @ONLY)
  install(FILES ${linux_dir}/it.sportello.Sportello.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desk)
  install(FILES ${staged}/it.sportello.Sportello.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desk)

  # Manual pages, copyright and changelog of each package.
  set(VERSION ${PROJECT_VERSION})
  foreach(page sportello sportello-cli sportello-hub)
    configure_file(${SPORTELLO_PACKAGING_DIR}/man/${page}.1 ${staged}/${page}.1 @ONLY)
    sportello_gzip(${staged}/${page}.1 ${staged}/${page}.1.gz)
  endforeach()
  install(FILES ${staged}/sportello.1.gz ${staged}/sportello-cli.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desk)
  install(FILES ${staged}/sportello-hub.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT hub)
  foreach(component_package desk:sportello hub:sportello-hub)
    string(REPLACE ":" ";" pair ${component_package})
    list(GET pair 0 component)
    list(GET pair 1 PACKAGE)
    configure_file(${linux_dir}/changelog.in ${staged}/${PACKAGE}/changelog @ONLY)
    sportello_gzip(${staged}/${PACKAGE}/changelog ${staged}/${PACKAGE}/changelog.gz)
    install(FILES ${linux_dir}/copyright ${staged}/${PACKAGE}/changelog.gz
      DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PACKAGE} COMPONENT ${component})
  endforeach()

  # The hub's service: the unit, its options (a conffile), how to begin.
  install(FILES ${linux_dir}/hub/sportello-hub.service
    DESTINATION /lib/systemd/system COMPONENT hub)
  install(FILES ${linux_dir}/hub/sportello-hub.env
    DESTINATION /etc/sportello-hub COMPONENT hub)
  install(FILES ${linux_dir}/hub/README.Debian
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sportello-hub COMPONENT hub)
endif()

if(WIN32 OR APPLE)
  # windeployqt / macdeployqt through Qt's deployment script: the Qt libraries and the plugins
  # the programs load (platform, styles, TLS backends, image formats, print support) go beside
  # them or into the bundle. The SQLite driver is not needed: the desk links SQLCipher.
  qt_generate_deploy_app_script(TARGET sportello OUTPUT_SCRIPT sportello_deploy
    NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${sportello_deploy} COMPONENT desk)
endif()
if(WIN32)
  # The hub on Windows (the installer's second component): its Qt, and the SQL drivers it
  # loads (qsqlite, qsqlpsql, which needs PostgreSQL's libpq.dll beside it).
  qt_generate_deploy_app_script(TARGET sportello-hub OUTPUT_SCRIPT hub_deploy
    NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${hub_deploy} COMPONENT hub)
endif()

set(CPACK_PACKAGE_NAME "sportello")
set(CPACK_PACKAGE_VENDOR "Sportello developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Sportello developers <sportello@example.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sportello")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE "${SPORTELLO_PACKAGING_DIR}/CPackOptions.cmake")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_COMPONENTS_ALL desk hub)
set(CPACK_COMPONENT_DESK_DISPLAY_NAME "Sportello")
set(CPACK_COMPONENT_HUB_DISPLAY_NAME "Sportello hub")

# Debian: one package per component, dependencies from dpkg-shlibdeps plus what is loaded at
# run time and so invisible to it.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESK_PACKAGE_NAME "sportello")
set(CPACK_DEBIAN_DESK_PACKAGE_SECTION "misc")
# libsecret: QtKeychain opens it at run time; libssl: Qt's TLS backend opens it at run time;
# Qt's own Italian translations (its dialogs in Italian).
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS
  "libsecret-1-0, libssl3 | libssl3t64, qt6-translations-l10n")
# A Secret Service to keep the database key in, Wayland, and the fonts the documents use.
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS
  "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_DESK_DESCRIPTION
  "help desk of a social-services network
Sportello is the program of the help desks of a social-services network
(listening centres, union desks, associations): a catalogue of local
services and how to access them, with a printed sheet for the citizen;
listening sessions with coded needs and outcomes; referrals to Social
Services and their follow-up; the neighbourhood board; reports; encrypted
backups. It synchronises anonymized referrals with the district hub.
.
The database is encrypted (SQLCipher) and its key is kept in the system
keychain (the Secret Service). The interface is in Italian and English.")

set(CPACK_DEBIAN_HUB_PACKAGE_NAME "sportello-hub")
set(CPACK_DEBIAN_HUB_PACKAGE_SECTION "net")
# Qt's SQL drivers are plugins: SQLite (the default database) and PostgreSQL; adduser for the
# service's user in postinst; libssl for Qt's TLS backend.
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS
  "adduser, libqt6sql6-sqlite, libqt6sql6-psql, libssl3 | libssl3t64")
set(CPACK_DEBIAN_HUB_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
  "${SPORTELLO_PACKAGING_DIR}/linux/hub/conffiles;${SPORTELLO_PACKAGING_DIR}/linux/hub/postinst;${SPORTELLO_PACKAGING_DIR}/linux/hub/prerm;${SPORTELLO_PACKAGING_DIR}/linux/hub/postrm")
set(CPACK_DEBIAN_HUB_DESCRIPTION
  "district hub of the Sportello help-desk network
The hub receives the desks' anonymized referrals and events over HTTPS,
publishes the district's signed catalogue, sends back the state of each
referral, serves the neighbourhood board's web pages and writes the
district's reports. It never stores a personal datum of a referral.
.
This package runs it as a confined systemd service, under its own user,
on SQLite or PostgreSQL.")

# Windows: an NSIS installer with a Start menu entry; macOS: a drag-and-drop disk image
# (docs/packaging.md). CI builds neither.
set(CPACK_NSIS_DISPLAY_NAME "Sportello")
set(CPACK_NSIS_PACKAGE_NAME "Sportello")
set(CPACK_NSIS_MUI_ICON "${SPORTELLO_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sportello.exe")
set(CPACK_NSIS_MENU_LINKS "bin/sportello.exe" "Sportello")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_DMG_VOLUME_NAME "Sportello")

include(CPack)
