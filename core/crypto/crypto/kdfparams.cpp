// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/kdfparams.h"

#include <algorithm>
#include <atomic>
#include <sodium.h>

namespace sportello::crypto {

namespace {

constexpr quint64 kOwaspOpsLimit = 2;
constexpr size_t kOwaspMemLimit = size_t(19) * 1024 * 1024;

std::atomic<quint64> g_wrapOps {crypto_pwhash_OPSLIMIT_MODERATE};
std::atomic<size_t> g_wrapMem {crypto_pwhash_MEMLIMIT_MODERATE};

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::owaspMinimum()
{
    return {kOwaspOpsLimit, kOwaspMemLimit};
}

bool KdfParams::atLeast(const KdfParams &other) const
{
    return opsLimit >= other.opsLimit && memLimit >= other.memLimit;
}

KdfParams wrapCost()
{
    return {g_wrapOps.load(), g_wrapMem.load()};
}

void setWrapCost(const KdfParams &params)
{
    g_wrapOps.store(std::max(params.opsLimit, kOwaspOpsLimit));
    g_wrapMem.store(std::max(params.memLimit, kOwaspMemLimit));
}

} // namespace sportello::crypto
