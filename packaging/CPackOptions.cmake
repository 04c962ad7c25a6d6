# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
  # Each Debian package's synopsis is the first line of its own description; without this,
  # CPack would put the project's one summary above both.
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
