// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: the domain (which the hub will link) reaching for the desk's storage.
#include "storage/database.h"
