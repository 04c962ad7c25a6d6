// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: a file of storage reaching up for a service.
#include "connection.h"
#include "services/peopleservice.h"
