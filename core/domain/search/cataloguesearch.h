// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"
#include "catalogue/searchtext.h"
#include "catalogue/summary.h"
#include "search/searchindex.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace sportello::search {

// Facet selections; -1 or false: no filter. Indices follow the Taxonomy vocabularies.
struct Filters
{
    int category = -1;
    int comune = -1;
    int userArea = -1;
    int channel = -1;
    bool openNow = false;
    bool callOpen = false;
    bool freeOfCharge = false;
    bool likelyEligible = false;
    friend bool operator==(const Filters &, const Filters &) = default;
};

struct Request
{
    QString text;
    Filters filters;
    catalogue::PersonFacts facts;
    int limit = 50;
    QDateTime now; // for "open now", "call open" and staleness
};

struct Hit
{
    uint32_t doc = 0;
    double score = 0;
    catalogue::Verdict verdict = catalogue::Verdict::Unknown;
};

// How many matches each facet value would give, the other facets' filters applied.
struct FacetCounts
{
    std::vector<int> categories;
    std::vector<int> comuni;
    std::vector<int> userAreas;
    std::vector<int> channels;
    int openNow = 0;
    int callOpen = 0;
    int freeOfCharge = 0;
    int likelyEligible = 0;
};

struct Response
{
    bool superseded = false; // a newer request replaced this one before it ran
    QList<Hit> hits; // the best `limit` matches, in order
    int total = 0; // matches with every filter applied
    FacetCounts facets;
    QString correctedText; // set when nothing matched and a spelling correction was used
    QStringList suggestions; // close terms when nothing matched at all
};

// An immutable snapshot of the catalogue for searching: the text index and the summaries,
// document i of one being service i of the other.
class CatalogueIndex final
{
public:
    // `revision` is the caller's mark of what the snapshot holds (the storage's search-change
    // log position); the index only carries it.
    [[nodiscard]] static std::shared_ptr<const CatalogueIndex>
    build(QList<catalogue::ServiceSummary> summaries, const QList<catalogue::SearchRow> &rows,
          qint64 revision = 0);
    // `previous` without the services of `changed` (changed, added or removed), then `summaries`
    // and their `rows`: those of `changed` that exist now. Answers the same searches as build()
    // over the whole catalogue would, re-tokenizing only the changed services.
    [[nodiscard]] static std::shared_ptr<const CatalogueIndex>
    update(const CatalogueIndex &previous, const QList<qint64> &changed,
           QList<catalogue::ServiceSummary> summaries, const QList<catalogue::SearchRow> &rows,
           qint64 revision);

    // The snapshot as bytes to keep between runs, and back; fromSnapshot() answers null for
    // bytes of another format or that it cannot take whole. Bump kSnapshotFormat whenever the
    // tokenizer, the summaries or this layout change.
    static constexpr int kSnapshotFormat = 1;
    [[nodiscard]] QByteArray toSnapshot() const;
    [[nodiscard]] static std::shared_ptr<const CatalogueIndex> fromSnapshot(const QByteArray &bytes,
                                                                            qint64 revision);

    [[nodiscard]] qint64 revision() const { return m_revision; }

    [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(m_summaries.size()); }
    [[nodiscard]] const catalogue::ServiceSummary &summary(uint32_t doc) const
    {
        return m_summaries.at(doc);
    }
    [[nodiscard]] int docOf(qint64 serviceId) const { return m_docOf.value(serviceId, -1); }
    [[nodiscard]] const SearchIndex &text() const { return *m_text; }
    [[nodiscard]] uint32_t nameRank(uint32_t doc) const { return m_nameRank[doc]; }

    // What the search's loops read of each service, packed: a pass over every match of a short
    // prefix touches this small array instead of the summaries (decision 55).
    struct DocFacets
    {
        quint32 categories = 0;
        quint32 comuni = 0;
        quint32 userAreas = 0;
        quint32 channels = 0;
        qint64 callOpens = 0; // Julian days of the call window, when callSet
        qint64 callCloses = 0;
        bool callSet = false;
        bool free = false;
        bool active = false;
        bool ended = false; // no longer offered: not suggested in a session

        [[nodiscard]] bool callOpenOn(qint64 julianDay) const
        {
            return callSet && julianDay >= callOpens && julianDay <= callCloses;
        }
    };
    [[nodiscard]] const DocFacets &facets(uint32_t doc) const { return m_facets[doc]; }

    // The phrases of a typed query: every token is a prefix; tokens of five letters or more
    // lose a final vowel so singular and plural meet ("bollette" → "bollett*").
    [[nodiscard]] static QList<Phrase> parse(const QString &text);
    // The same query in FTS5 syntax, for the reference implementation.
    [[nodiscard]] static QString toFtsQuery(const QList<Phrase> &phrases);

private:
    CatalogueIndex();
    // The text index of `rows` in the order of m_summaries (empty text for a missing row).
    [[nodiscard]] std::unique_ptr<SearchIndex>
    textOf(qsizetype from, const QList<catalogue::SearchRow> &rows) const;
    // The lookups derived from m_summaries: ids and packed facets.
    void indexDocuments();

    qint64 m_revision = 0;
    QList<catalogue::ServiceSummary> m_summaries;
    std::vector<uint32_t> m_nameRank; // position of each service in alphabetical order
    QHash<qint64, int> m_docOf;
    std::vector<DocFacets> m_facets;
    std::unique_ptr<SearchIndex> m_text;
};

namespace detail {
// The order of service names in listings: Italian collation, case-insensitive.
[[nodiscard]] QCollator nameCollator();
} // namespace detail

// Runs searches on one snapshot, caching what does not change between keystrokes (verdicts for
// the same facts, "open now" for the same minute). One per thread.
class CatalogueSearcher final
{
public:
    explicit CatalogueSearcher(std::shared_ptr<const CatalogueIndex> index);
    [[nodiscard]] Response search(const Request &request);
    [[nodiscard]] const std::shared_ptr<const CatalogueIndex> &index() const { return m_index; }

private:
    const std::vector<catalogue::Verdict> &verdicts(const catalogue::PersonFacts &facts);
    const std::vector<uint8_t> &openNow(const QDateTime &now);
    std::vector<ScoredDoc> matches(const QString &text, Response &response) const;

    std::shared_ptr<const CatalogueIndex> m_index;
    std::vector<catalogue::Verdict> m_verdicts;
    std::optional<catalogue::PersonFacts> m_verdictFacts;
    std::vector<uint8_t> m_openNow;
    QDateTime m_openNowMinute;
};

} // namespace sportello::search
