// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace sportello::search {

// A query phrase: one normalized token, matched as a prefix of the indexed terms.
struct Phrase
{
    QByteArray text;
    bool prefix = true;
};

struct ScoredDoc
{
    uint32_t doc = 0; // index in the order documents were added
    double score = 0; // bm25: higher is better
};

// An in-memory inverted index that ranks exactly as SQLite FTS5's bm25() does with per-column
// weights (k1 = 1.2, b = 0.75), but answers a prefix query by walking postings instead of
// running SQL per match — a one-letter prefix over 100,000 entries takes milliseconds instead of
// hundreds. Immutable once built; safe to query from several threads.
class SearchIndex final
{
public:
    static constexpr int kMaxColumns = 8;

    // `weights` has one entry per column.
    SearchIndex(int columnCount, const std::array<double, kMaxColumns> &weights);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    // Adds documents in order; call finish() once all are in.
    void addDocument(const QString *columns);
    void finish();

    // A new index holding the documents of `base` for which keep[doc] is true, renumbered in
    // their order, then every document of `added` after them: exactly the index addDocument()
    // would build from those documents in that order, without tokenizing `base` again. Both
    // must be finished and have the same columns and weights.
    [[nodiscard]] static std::unique_ptr<SearchIndex>
    merged(const SearchIndex &base, const std::vector<bool> &keep, const SearchIndex &added);

    // The finished index as bytes (this machine's byte order and sizes: a cache, not a
    // format to exchange), and back; read() answers null for bytes it cannot take whole.
    void write(QDataStream &out) const;
    [[nodiscard]] static std::unique_ptr<SearchIndex> read(QDataStream &in);

    // Every document matching all phrases, with its bm25 score (unordered).
    [[nodiscard]] std::vector<ScoredDoc> match(const QList<Phrase> &phrases) const;

    // Whether any indexed term starts with (or, not prefix, equals) the phrase.
    [[nodiscard]] bool hasTerm(const Phrase &phrase) const;
    // Vocabulary terms close to `token` (trigram similarity), best first.
    [[nodiscard]] QList<QByteArray> similarTerms(const QByteArray &token, int limit) const;

    [[nodiscard]] uint32_t documentCount() const
    {
        return static_cast<uint32_t>(m_docLength.size());
    }
    [[nodiscard]] size_t termCount() const { return m_terms.size(); }
    [[nodiscard]] size_t postingCount() const { return m_postingDoc.size(); }
    [[nodiscard]] size_t memoryBytes() const;

private:
    struct TermRange
    {
        size_t first = 0;
        size_t last = 0; // exclusive
    };
    [[nodiscard]] TermRange rangeOf(const Phrase &phrase) const;
    void buildTrigrams() const;

    int m_columnCount;
    std::array<double, kMaxColumns> m_weights;

    // Built incrementally, then frozen by finish().
    struct Pending;
    std::unique_ptr<Pending> m_pending;

    std::vector<QByteArray> m_terms; // sorted
    std::vector<uint32_t> m_postingStart; // per term, into the posting arrays (+1 sentinel)
    std::vector<uint32_t> m_postingDoc; // documents, ascending per term
    std::vector<float> m_postingFrequency; // column-weighted occurrences
    std::vector<uint32_t> m_docLength; // tokens per document, all columns
    double m_averageLength = 0;

    // Built on first use by the fuzzy fallback: (trigram, term) pairs, sorted.
    mutable std::vector<std::pair<uint32_t, uint32_t>> m_trigramTerms;
    mutable std::once_flag m_trigramOnce;
};

} // namespace sportello::search
