// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QString>

#include <cstdint>

namespace sportello::storage {
class Database;
}
namespace sportello::crypto {
class SecretStore;
}

namespace sportello::bench {

// Generates a synthetic catalogue of `count` services whose texts follow the skewed, Zipf-like
// word distribution of real Italian service language: the vocabulary and its frequencies are
// taken from the district's demo catalogue, so common words ("servizio", "per", "comune")
// match most entries as they do in reality. Deterministic for a given seed.
[[nodiscard]] catalogue::Catalogue syntheticCatalogue(int count, uint32_t seed = 20261122);

// Creates (or reuses, when it already holds `count` services) a profile in `dataDir` filled
// with the synthetic catalogue. Prints progress to stderr. Returns false on failure.
// The database key goes to `secrets`; a cached profile whose key is no longer there (a bench's
// memory keychain is gone with its process) is rebuilt.
bool prepareSyntheticProfile(const QString &dataDir, int count, crypto::SecretStore &secrets);
// Imports syntheticCatalogue(count) into an open database, in batches, printing progress.
bool importSyntheticServices(storage::Database &database, int count);

} // namespace sportello::bench
