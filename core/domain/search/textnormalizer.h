// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace sportello::search {

// Splits text into search tokens the way SQLite FTS5's `unicode61 remove_diacritics 2`
// tokenizer does: letters and digits form tokens, everything else separates them; case is
// folded and diacritics removed ("Città" → "citta"). Tokens are UTF-8.
[[nodiscard]] QList<QByteArray> tokenize(QStringView text);

// Calls `sink(token)` for each token, without building a list (used when indexing).
template<typename Sink>
void forEachToken(QStringView text, Sink &&sink);

} // namespace sportello::search

#include "search/textnormalizer_impl.h"
