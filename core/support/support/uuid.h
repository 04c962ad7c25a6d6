// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sportello {

// A new UUID version 7 (RFC 9562) in lowercase canonical form: 48 bits of Unix time in
// milliseconds, then a 12-bit counter that keeps the ids of one process increasing within a
// millisecond, then 62 random bits. Ids made one after another sort in the order they were
// made, so a database indexing them appends instead of writing all over its index — the hub
// receives every desk's events by these ids. Use it for technical keys only: it tells when
// it was made, to the millisecond.
[[nodiscard]] QString newTimeOrderedUuid();

} // namespace sportello
