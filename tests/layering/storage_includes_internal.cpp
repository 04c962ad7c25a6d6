// SPDX-License-Identifier: GPL-3.0-or-later
// Must compile: the control for storage_includes_services.cpp — a file of storage sees its own
// internal headers and its SQLite layer.
#include "connection.h"
#include "storage/database.h"

namespace sportello::storage {
SqlConnection layeringProbe(Database &database)
{
    return connectionOf(database);
}
} // namespace sportello::storage
