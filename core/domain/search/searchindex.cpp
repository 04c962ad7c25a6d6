// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"

#include "search/textnormalizer.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace sportello::search {

namespace {
// FTS5's bm25 constants (fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

bool startsWith(const QByteArray &term, const QByteArray &prefix)
{
    return term.size() >= prefix.size()
        && std::equal(prefix.cbegin(), prefix.cend(), term.cbegin());
}

// Trigrams of "  term " (pg_trgm style padding), three bytes packed in an integer.
std::vector<uint32_t> trigramsOf(const QByteArray &term)
{
    const QByteArray padded = QByteArrayLiteral("  ") + term + ' ';
    std::vector<uint32_t> grams;
    for (qsizetype i = 0; i + 2 < padded.size(); ++i) {
        grams.push_back(static_cast<uint32_t>(static_cast<uint8_t>(padded[i])) << 16
                        | static_cast<uint32_t>(static_cast<uint8_t>(padded[i + 1])) << 8
                        | static_cast<uint32_t>(static_cast<uint8_t>(padded[i + 2])));
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}
} // namespace

struct SearchIndex::Pending
{
    QHash<QByteArray, uint32_t> termIds;
    std::vector<QByteArray> terms;
    std::vector<std::vector<std::pair<uint32_t, float>>> postings;
    std::vector<std::pair<uint32_t, float>> docTerms; // scratch
    uint64_t totalLength = 0;
};

SearchIndex::SearchIndex(int columnCount, const std::array<double, kMaxColumns> &weights)
    : m_columnCount(std::clamp(columnCount, 1, kMaxColumns))
    , m_weights(weights)
    , m_pending(std::make_unique<Pending>())
{ }

SearchIndex::~SearchIndex() = default;

void SearchIndex::addDocument(const QString *columns)
{
    Pending &p = *m_pending;
    const auto doc = static_cast<uint32_t>(m_docLength.size());
    p.docTerms.clear();
    uint32_t length = 0;
    for (int column = 0; column < m_columnCount; ++column) {
        const auto weight = static_cast<float>(m_weights[static_cast<size_t>(column)]);
        forEachToken(columns[column], [&](QByteArray &&token) {
            ++length;
            auto it = p.termIds.constFind(token);
            uint32_t id = 0;
            if (it == p.termIds.cend()) {
                id = static_cast<uint32_t>(p.terms.size());
                p.termIds.insert(token, id);
                p.terms.push_back(std::move(token));
                p.postings.emplace_back();
            } else {
                id = *it;
            }
            p.docTerms.emplace_back(id, weight);
        });
    }
    std::sort(p.docTerms.begin(), p.docTerms.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 0; i < p.docTerms.size();) {
        const uint32_t id = p.docTerms[i].first;
        float frequency = 0;
        for (; i < p.docTerms.size() && p.docTerms[i].first == id; ++i)
            frequency += p.docTerms[i].second;
        p.postings[id].emplace_back(doc, frequency);
    }
    m_docLength.push_back(length);
    p.totalLength += length;
}

void SearchIndex::finish()
{
    if (!m_pending)
        return;
    Pending &p = *m_pending;
    std::vector<uint32_t> order(p.terms.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return p.terms[a] < p.terms[b]; });
    size_t total = 0;
    for (const auto &list : p.postings)
        total += list.size();
    m_terms.reserve(order.size());
    m_postingStart.reserve(order.size() + 1);
    m_postingDoc.reserve(total);
    m_postingFrequency.reserve(total);
    for (const uint32_t id : order) {
        m_terms.push_back(p.terms[id]);
        m_postingStart.push_back(static_cast<uint32_t>(m_postingDoc.size()));
        for (const auto &[doc, frequency] : p.postings[id]) {
            m_postingDoc.push_back(doc);
            m_postingFrequency.push_back(frequency);
        }
    }
    m_postingStart.push_back(static_cast<uint32_t>(m_postingDoc.size()));
    m_averageLength = m_docLength.empty()
        ? 0.0
        : static_cast<double>(p.totalLength) / static_cast<double>(m_docLength.size());
    m_pending.reset();
}

std::unique_ptr<SearchIndex> SearchIndex::merged(const SearchIndex &base,
                                                 const std::vector<bool> &keep,
                                                 const SearchIndex &added)
{
    Q_ASSERT(!base.m_pending && !added.m_pending && keep.size() == base.m_docLength.size());
    auto result = std::make_unique<SearchIndex>(base.m_columnCount, base.m_weights);
    result->m_pending.reset();

    // Kept documents keep their order, numbered from 0; added ones follow.
    constexpr uint32_t kDropped = UINT32_MAX;
    std::vector<uint32_t> renumbered(base.m_docLength.size(), kDropped);
    uint64_t totalLength = 0;
    for (size_t doc = 0; doc < renumbered.size(); ++doc) {
        if (!keep[doc])
            continue;
        renumbered[doc] = static_cast<uint32_t>(result->m_docLength.size());
        result->m_docLength.push_back(base.m_docLength[doc]);
        totalLength += base.m_docLength[doc];
    }
    const auto offset = static_cast<uint32_t>(result->m_docLength.size());
    for (const uint32_t length : added.m_docLength) {
        result->m_docLength.push_back(length);
        totalLength += length;
    }

    // Both vocabularies are sorted: merge them, dropping terms no document holds any more.
    result->m_terms.reserve(base.m_terms.size() + added.m_terms.size());
    result->m_postingStart.reserve(base.m_terms.size() + added.m_terms.size() + 1);
    result->m_postingDoc.reserve(base.m_postingDoc.size() + added.m_postingDoc.size());
    result->m_postingFrequency.reserve(result->m_postingDoc.capacity());
    size_t b = 0;
    size_t a = 0;
    while (b < base.m_terms.size() || a < added.m_terms.size()) {
        const bool fromBase = b < base.m_terms.size()
            && (a >= added.m_terms.size() || !(added.m_terms[a] < base.m_terms[b]));
        const bool fromAdded = a < added.m_terms.size()
            && (b >= base.m_terms.size() || !(base.m_terms[b] < added.m_terms[a]));
        const QByteArray &term = fromBase ? base.m_terms[b] : added.m_terms[a];
        const auto start = static_cast<uint32_t>(result->m_postingDoc.size());
        if (fromBase) {
            for (uint32_t i = base.m_postingStart[b]; i < base.m_postingStart[b + 1]; ++i) {
                const uint32_t doc = renumbered[base.m_postingDoc[i]];
                if (doc == kDropped)
                    continue;
                result->m_postingDoc.push_back(doc);
                result->m_postingFrequency.push_back(base.m_postingFrequency[i]);
            }
        }
        if (fromAdded) {
            for (uint32_t i = added.m_postingStart[a]; i < added.m_postingStart[a + 1]; ++i) {
                result->m_postingDoc.push_back(offset + added.m_postingDoc[i]);
                result->m_postingFrequency.push_back(added.m_postingFrequency[i]);
            }
        }
        if (result->m_postingDoc.size() > start) {
            result->m_terms.push_back(term);
            result->m_postingStart.push_back(start);
        }
        b += fromBase ? 1 : 0;
        a += fromAdded ? 1 : 0;
    }
    result->m_postingStart.push_back(static_cast<uint32_t>(result->m_postingDoc.size()));
    result->m_averageLength = result->m_docLength.empty()
        ? 0.0
        : static_cast<double>(totalLength) / static_cast<double>(result->m_docLength.size());
    return result;
}

namespace {
template<typename T>
void writeVector(QDataStream &out, const std::vector<T> &values)
{
    out << static_cast<quint64>(values.size());
    out.writeRawData(reinterpret_cast<const char *>(values.data()),
                     static_cast<int>(values.size() * sizeof(T)));
}

template<typename T>
bool readVector(QDataStream &in, std::vector<T> &values)
{
    quint64 size = 0;
    in >> size;
    const qint64 available = in.device() ? in.device()->bytesAvailable() : 0;
    if (in.status() != QDataStream::Ok || size > static_cast<quint64>(available) / sizeof(T))
        return false;
    values.resize(static_cast<size_t>(size));
    const auto bytes = static_cast<int>(size * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(values.data()), bytes) == bytes;
}
} // namespace

void SearchIndex::write(QDataStream &out) const
{
    Q_ASSERT(!m_pending);
    out << static_cast<qint32>(m_columnCount);
    for (const double weight : m_weights)
        out << weight;
    out << static_cast<quint64>(m_terms.size());
    for (const QByteArray &term : m_terms)
        out << term;
    writeVector(out, m_postingStart);
    writeVector(out, m_postingDoc);
    writeVector(out, m_postingFrequency);
    writeVector(out, m_docLength);
    out << m_averageLength;
}

std::unique_ptr<SearchIndex> SearchIndex::read(QDataStream &in)
{
    qint32 columns = 0;
    in >> columns;
    std::array<double, kMaxColumns> weights {};
    for (double &weight : weights)
        in >> weight;
    quint64 termCount = 0;
    in >> termCount;
    const qint64 available = in.device() ? in.device()->bytesAvailable() : 0;
    if (in.status() != QDataStream::Ok || columns < 1 || columns > kMaxColumns
        || termCount > static_cast<quint64>(available) / 4)
        return nullptr;
    auto index = std::make_unique<SearchIndex>(columns, weights);
    index->m_pending.reset();
    index->m_terms.resize(static_cast<size_t>(termCount));
    for (QByteArray &term : index->m_terms)
        in >> term;
    if (!readVector(in, index->m_postingStart) || !readVector(in, index->m_postingDoc)
        || !readVector(in, index->m_postingFrequency) || !readVector(in, index->m_docLength))
        return nullptr;
    in >> index->m_averageLength;
    if (in.status() != QDataStream::Ok)
        return nullptr;
    // Every posting must point inside the arrays, or a search would read out of bounds.
    const auto &starts = index->m_postingStart;
    if (starts.size() != index->m_terms.size() + 1 || starts.front() != 0
        || starts.back() != index->m_postingDoc.size()
        || index->m_postingFrequency.size() != index->m_postingDoc.size()
        || !std::is_sorted(starts.cbegin(), starts.cend())
        || !std::is_sorted(index->m_terms.cbegin(), index->m_terms.cend()))
        return nullptr;
    const auto documents = static_cast<uint32_t>(index->m_docLength.size());
    for (const uint32_t doc : index->m_postingDoc) {
        if (doc >= documents)
            return nullptr;
    }
    return index;
}

SearchIndex::TermRange SearchIndex::rangeOf(const Phrase &phrase) const
{
    const auto first = std::lower_bound(m_terms.cbegin(), m_terms.cend(), phrase.text);
    auto last = first;
    if (phrase.prefix) {
        while (last != m_terms.cend() && startsWith(*last, phrase.text))
            ++last;
    } else if (last != m_terms.cend() && *last == phrase.text) {
        ++last;
    }
    return {static_cast<size_t>(first - m_terms.cbegin()),
            static_cast<size_t>(last - m_terms.cbegin())};
}

bool SearchIndex::hasTerm(const Phrase &phrase) const
{
    const TermRange range = rangeOf(phrase);
    return range.last > range.first;
}

std::vector<ScoredDoc> SearchIndex::match(const QList<Phrase> &phrases) const
{
    const uint32_t n = documentCount();
    if (phrases.isEmpty() || n == 0)
        return {};

    struct PhraseState
    {
        TermRange range;
        size_t postings = 0;
        std::vector<float> frequency;
        uint32_t hits = 0;
        double idf = 0;
    };
    std::vector<PhraseState> states(static_cast<size_t>(phrases.size()));
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        PhraseState &state = states[static_cast<size_t>(i)];
        state.range = rangeOf(phrases.at(i));
        if (state.range.last == state.range.first)
            return {}; // a phrase nothing contains: no document has them all
        state.postings = m_postingStart[state.range.last] - m_postingStart[state.range.first];
    }
    std::sort(states.begin(), states.end(),
              [](const PhraseState &a, const PhraseState &b) { return a.postings < b.postings; });

    std::vector<uint32_t> candidates;
    for (size_t s = 0; s < states.size(); ++s) {
        PhraseState &state = states[s];
        state.frequency.assign(n, 0.0f);
        const uint32_t from = m_postingStart[state.range.first];
        const uint32_t to = m_postingStart[state.range.last];
        for (uint32_t i = from; i < to; ++i) {
            float &slot = state.frequency[m_postingDoc[i]];
            if (slot == 0.0f) {
                ++state.hits;
                if (s == 0)
                    candidates.push_back(m_postingDoc[i]);
            }
            slot += m_postingFrequency[i];
        }
        const double hits = state.hits;
        state.idf = std::log((static_cast<double>(n) - hits + 0.5) / (hits + 0.5));
        if (state.idf <= 0.0)
            state.idf = 1e-6;
    }

    std::vector<ScoredDoc> results;
    results.reserve(candidates.size());
    for (const uint32_t doc : candidates) {
        const double lengthNorm
            = kK1 * (1.0 - kB + kB * static_cast<double>(m_docLength[doc]) / m_averageLength);
        double score = 0;
        bool all = true;
        for (const PhraseState &state : states) {
            const double f = state.frequency[doc];
            if (f == 0.0) {
                all = false;
                break;
            }
            score += state.idf * (f * (kK1 + 1.0)) / (f + lengthNorm);
        }
        if (all)
            results.push_back(ScoredDoc {doc, score});
    }
    return results;
}

void SearchIndex::buildTrigrams() const
{
    for (uint32_t term = 0; term < m_terms.size(); ++term) {
        const QByteArray &text = m_terms[term];
        if (text.size() < 3)
            continue;
        for (const uint32_t gram : trigramsOf(text))
            m_trigramTerms.emplace_back(gram, term);
    }
    std::sort(m_trigramTerms.begin(), m_trigramTerms.end());
}

QList<QByteArray> SearchIndex::similarTerms(const QByteArray &token, int limit) const
{
    std::call_once(m_trigramOnce, [this] { buildTrigrams(); });
    const std::vector<uint32_t> grams = trigramsOf(token);
    QHash<uint32_t, int> shared;
    for (const uint32_t gram : grams) {
        auto it = std::lower_bound(m_trigramTerms.cbegin(), m_trigramTerms.cend(),
                                   std::pair<uint32_t, uint32_t> {gram, 0});
        for (; it != m_trigramTerms.cend() && it->first == gram; ++it)
            ++shared[it->second];
    }
    struct Candidate
    {
        uint32_t term;
        double similarity;
        uint32_t documents;
    };
    std::vector<Candidate> candidates;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        const QByteArray &term = m_terms[it.key()];
        const auto termGrams = static_cast<double>(term.size() + 1); // padded trigram count
        const double similarity
            = it.value() / (static_cast<double>(grams.size()) + termGrams - it.value());
        if (similarity < 0.3 || std::abs(term.size() - token.size()) > 3)
            continue;
        candidates.push_back(
            {it.key(), similarity, m_postingStart[it.key() + 1] - m_postingStart[it.key()]});
    }
    // Candidates come in QHash order, which changes from run to run: the term itself breaks the
    // remaining ties so the same typo always gets the same correction.
    std::sort(candidates.begin(), candidates.end(), [this](const Candidate &a, const Candidate &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.documents != b.documents)
            return a.documents > b.documents;
        return m_terms[a.term] < m_terms[b.term];
    });
    QList<QByteArray> terms;
    for (const Candidate &candidate : candidates) {
        if (terms.size() >= limit)
            break;
        terms.append(m_terms[candidate.term]);
    }
    return terms;
}

size_t SearchIndex::memoryBytes() const
{
    size_t bytes = m_postingStart.capacity() * sizeof(uint32_t)
        + m_postingDoc.capacity() * sizeof(uint32_t) + m_postingFrequency.capacity() * sizeof(float)
        + m_docLength.capacity() * sizeof(uint32_t)
        + m_trigramTerms.capacity() * sizeof(std::pair<uint32_t, uint32_t>);
    for (const QByteArray &term : m_terms)
        bytes += sizeof(QByteArray) + static_cast<size_t>(term.capacity());
    return bytes;
}

} // namespace sportello::search
