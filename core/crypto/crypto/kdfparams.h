// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace sportello::crypto {

// Argon2id cost: operations (passes) and memory in bytes.
struct KdfParams
{
    quint64 opsLimit = 0;
    size_t memLimit = 0;

    // libsodium's MODERATE (t=3, 256 MiB): ~0.9 s on the reference 2-core machine, the cost the
    // wraps of the master key under a password use (decision 34).
    [[nodiscard]] static KdfParams moderate();
    // OWASP's minimum for Argon2id: 19 MiB, t=2, p=1. Nothing below is ever accepted.
    [[nodiscard]] static KdfParams owaspMinimum();
    // True when this cost is at least `other` in both dimensions.
    [[nodiscard]] bool atLeast(const KdfParams &other) const;
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

// The cost of new password wraps in this process: moderate() unless the program set another
// (never below owaspMinimum()). The test executables lower it to keep hundreds of logins fast;
// the desktop and the command line never call the setter.
[[nodiscard]] KdfParams wrapCost();
void setWrapCost(const KdfParams &params);

} // namespace sportello::crypto
