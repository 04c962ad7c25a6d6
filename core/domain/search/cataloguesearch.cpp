// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/cataloguesearch.h"

#include "catalogue/taxonomy.h"
#include "search/textnormalizer.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <limits>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::search {

QCollator detail::nameCollator()
{
    QCollator collator(QLocale(QLocale::Italian, QLocale::Italy));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

namespace {
bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// The words of `text` as typed, one for each phrase CatalogueIndex::parse() makes of it.
QList<QByteArray> typedWords(const QString &text)
{
    QList<QByteArray> words;
    QList<QByteArray> stems;
    for (const QByteArray &token : tokenize(text)) {
        QByteArray stem = token;
        if (stem.size() >= 5 && isVowel(stem.back()))
            stem.chop(1);
        if (!stems.contains(stem)) {
            stems.append(stem);
            words.append(token);
        }
    }
    return words;
}

// Which facet a filter belongs to, for "counts with the other filters applied".
enum FacetBit : uint32_t {
    FacetCategory = 1u << 0,
    FacetComune = 1u << 1,
    FacetArea = 1u << 2,
    FacetChannel = 1u << 3,
    FacetOpenNow = 1u << 4,
    FacetCallOpen = 1u << 5,
    FacetFree = 1u << 6,
    FacetEligible = 1u << 7,
};

int verdictRank(Verdict verdict)
{
    switch (verdict) {
    case Verdict::LikelyEligible:
        return 0;
    case Verdict::Unknown:
        return 1;
    case Verdict::NotEligible:
        return 2;
    }
    return 1;
}

void addBits(std::vector<int> &counts, quint32 mask)
{
    while (mask) {
        const int bit = std::countr_zero(mask);
        if (static_cast<size_t>(bit) < counts.size())
            ++counts[static_cast<size_t>(bit)];
        mask &= mask - 1;
    }
}
} // namespace

CatalogueIndex::CatalogueIndex() = default;

std::unique_ptr<SearchIndex> CatalogueIndex::textOf(qsizetype from,
                                                    const QList<SearchRow> &rows) const
{
    std::array<double, SearchIndex::kMaxColumns> weights {};
    std::copy(kSearchFieldWeights.cbegin(), kSearchFieldWeights.cend(), weights.begin());
    auto text = std::make_unique<SearchIndex>(SearchFieldCount, weights);
    // Documents must be added in summary order; a service without a text row gets empty text.
    QHash<qint64, const SearchRow *> rowOf;
    for (const SearchRow &row : rows)
        rowOf.insert(row.serviceId, &row);
    const SearchColumns empty;
    for (qsizetype i = from; i < m_summaries.size(); ++i) {
        const SearchRow *row = rowOf.value(m_summaries.at(i).id);
        text->addDocument(row ? row->columns.data() : empty.data());
    }
    text->finish();
    return text;
}

void CatalogueIndex::indexDocuments()
{
    m_docOf.clear();
    m_docOf.reserve(m_summaries.size());
    m_facets.clear();
    m_facets.reserve(static_cast<size_t>(m_summaries.size()));
    for (qsizetype i = 0; i < m_summaries.size(); ++i) {
        const ServiceSummary &s = m_summaries.at(i);
        m_docOf.insert(s.id, static_cast<int>(i));
        DocFacets f;
        f.categories = s.categories;
        f.comuni = s.comuni;
        f.userAreas = s.userAreas;
        f.channels = s.channels;
        f.callSet = s.callWindow.isSet();
        f.callOpens = s.callWindow.opens.isValid() ? s.callWindow.opens.toJulianDay()
                                                   : std::numeric_limits<qint64>::min();
        f.callCloses = s.callWindow.closes.isValid() ? s.callWindow.closes.toJulianDay()
                                                     : std::numeric_limits<qint64>::max();
        f.free = s.free;
        f.active = s.status == ServiceStatus::Active;
        f.ended = s.status == ServiceStatus::Ended;
        m_facets.push_back(f);
    }
}

std::shared_ptr<const CatalogueIndex> CatalogueIndex::build(QList<ServiceSummary> summaries,
                                                            const QList<SearchRow> &rows,
                                                            qint64 revision)
{
    std::shared_ptr<CatalogueIndex> index(new CatalogueIndex);
    index->m_revision = revision;
    index->m_summaries = std::move(summaries);
    index->indexDocuments();
    index->m_text = index->textOf(0, rows);

    // Alphabetical order once, with Italian collation, so listings never compare strings;
    // services of the same name in the order of their ids.
    QCollator collator = detail::nameCollator();
    std::vector<std::pair<QCollatorSortKey, uint32_t>> keys;
    keys.reserve(static_cast<size_t>(index->m_summaries.size()));
    for (uint32_t doc = 0; doc < index->size(); ++doc)
        keys.emplace_back(collator.sortKey(index->m_summaries.at(doc).name), doc);
    const auto &all = index->m_summaries;
    std::sort(keys.begin(), keys.end(), [&all](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first);
        return order != 0 ? order < 0 : all.at(a.second).id < all.at(b.second).id;
    });
    index->m_nameRank.resize(keys.size());
    for (uint32_t rank = 0; rank < keys.size(); ++rank)
        index->m_nameRank[keys[rank].second] = rank;
    return index;
}

QList<Phrase> CatalogueIndex::parse(const QString &text)
{
    QList<Phrase> phrases;
    for (QByteArray &token : tokenize(text)) {
        if (token.size() >= 5 && isVowel(token.back()))
            token.chop(1);
        bool duplicate = false;
        for (const Phrase &phrase : std::as_const(phrases))
            duplicate = duplicate || phrase.text == token;
        if (!duplicate)
            phrases.append(Phrase {token, true});
    }
    return phrases;
}

QString CatalogueIndex::toFtsQuery(const QList<Phrase> &phrases)
{
    QStringList parts;
    for (const Phrase &phrase : phrases) {
        QString quoted = QString::fromUtf8(phrase.text);
        quoted.replace(u'"', u"\"\""_s);
        parts.append(u'"' + quoted + u'"' + (phrase.prefix ? u"*"_s : QString()));
    }
    return parts.join(u' ');
}

CatalogueSearcher::CatalogueSearcher(std::shared_ptr<const CatalogueIndex> index)
    : m_index(std::move(index))
{ }

const std::vector<Verdict> &CatalogueSearcher::verdicts(const PersonFacts &facts)
{
    if (!m_verdictFacts || !(*m_verdictFacts == facts)) {
        m_verdicts.resize(m_index->size());
        for (uint32_t doc = 0; doc < m_index->size(); ++doc) {
            const ServiceSummary &s = m_index->summary(doc);
            m_verdicts[doc] = evaluateEligibility(s.rules, s.hasEligibilityText, facts).verdict;
        }
        m_verdictFacts = facts;
    }
    return m_verdicts;
}

const std::vector<uint8_t> &CatalogueSearcher::openNow(const QDateTime &now)
{
    const QDateTime minute(now.date(), QTime(now.time().hour(), now.time().minute()));
    if (m_openNowMinute != minute || m_openNow.size() != m_index->size()) {
        m_openNow.resize(m_index->size());
        for (uint32_t doc = 0; doc < m_index->size(); ++doc)
            m_openNow[doc] = m_index->summary(doc).isOpenAt(now) ? 1 : 0;
        m_openNowMinute = minute;
    }
    return m_openNow;
}

std::vector<ScoredDoc> CatalogueSearcher::matches(const QString &text, Response &response) const
{
    const QList<Phrase> phrases = CatalogueIndex::parse(text);
    if (phrases.isEmpty()) {
        std::vector<ScoredDoc> all(m_index->size());
        for (uint32_t doc = 0; doc < m_index->size(); ++doc)
            all[doc] = ScoredDoc {doc, 0.0};
        return all;
    }
    std::vector<ScoredDoc> found = m_index->text().match(phrases);
    if (!found.empty())
        return found;

    // Nothing: correct the words the catalogue does not know and try once more. The words are
    // compared as typed, not as stems: "bollatta" is closest to "bolletta", while its stem
    // "bollatt" is as close to "bollette".
    const QList<QByteArray> typed = typedWords(text);
    QList<Phrase> corrected = phrases;
    QStringList shown; // the words as the person will read them
    for (const Phrase &phrase : phrases)
        shown.append(QString::fromUtf8(phrase.text));
    bool changed = false;
    for (qsizetype i = 0; i < corrected.size(); ++i) {
        Phrase &phrase = corrected[i];
        if (m_index->text().hasTerm(phrase))
            continue;
        const QList<QByteArray> similar
            = m_index->text().similarTerms(typed.value(i, phrase.text), 3);
        for (const QByteArray &term : similar)
            response.suggestions.append(QString::fromUtf8(term));
        if (!similar.isEmpty()) {
            // Search the correction like a typed word, so "bolletta" also finds "bollette".
            phrase = CatalogueIndex::parse(QString::fromUtf8(similar.first()))
                         .value(0, Phrase {similar.first()});
            shown[i] = QString::fromUtf8(similar.first());
            changed = true;
        }
    }
    if (!changed)
        return {};
    found = m_index->text().match(corrected);
    if (!found.empty()) {
        response.correctedText = shown.join(u' ');
    }
    return found;
}

Response CatalogueSearcher::search(const Request &request)
{
    Response response;
    const Filters &f = request.filters;
    const uint32_t size = m_index->size();
    response.facets.categories.assign(static_cast<size_t>(Taxonomy::categories().size()), 0);
    response.facets.comuni.assign(static_cast<size_t>(Taxonomy::comuni().size()), 0);
    response.facets.userAreas.assign(static_cast<size_t>(Taxonomy::userAreas().size()), 0);
    response.facets.channels.assign(static_cast<size_t>(Taxonomy::channels().size()), 0);
    if (size == 0)
        return response;

    const bool withFacts = !request.facts.isEmpty();
    const std::vector<Verdict> *verdictOf = withFacts ? &verdicts(request.facts) : nullptr;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTime();
    const std::vector<uint8_t> &open = openNow(now);
    const qint64 today = now.date().toJulianDay();

    std::vector<ScoredDoc> found = matches(request.text, response);
    std::vector<Hit> kept;
    kept.reserve(found.size());
    for (const ScoredDoc &match : found) {
        const CatalogueIndex::DocFacets &s = m_index->facets(match.doc);
        const Verdict verdict = verdictOf ? (*verdictOf)[match.doc] : Verdict::Unknown;
        const bool callOpen = s.callOpenOn(today);
        const bool eligible = verdict == Verdict::LikelyEligible;
        uint32_t failed = 0;
        if (f.category >= 0 && !(s.categories & (1u << f.category)))
            failed |= FacetCategory;
        if (f.comune >= 0 && !(s.comuni & (1u << f.comune)))
            failed |= FacetComune;
        if (f.userArea >= 0 && !(s.userAreas & (1u << f.userArea)))
            failed |= FacetArea;
        if (f.channel >= 0 && !(s.channels & (1u << f.channel)))
            failed |= FacetChannel;
        if (f.openNow && !open[match.doc])
            failed |= FacetOpenNow;
        if (f.callOpen && !callOpen)
            failed |= FacetCallOpen;
        if (f.freeOfCharge && !s.free)
            failed |= FacetFree;
        if (f.likelyEligible && withFacts && !eligible)
            failed |= FacetEligible;

        // A facet's counts ignore its own filter: a document failing only that one counts.
        auto counts = [&](uint32_t facet) {
            return failed == 0 || failed == facet;
        };
        if (counts(FacetCategory))
            addBits(response.facets.categories, s.categories);
        if (counts(FacetComune))
            addBits(response.facets.comuni, s.comuni);
        if (counts(FacetArea))
            addBits(response.facets.userAreas, s.userAreas);
        if (counts(FacetChannel))
            addBits(response.facets.channels, s.channels);
        if (counts(FacetOpenNow) && open[match.doc])
            ++response.facets.openNow;
        if (counts(FacetCallOpen) && callOpen)
            ++response.facets.callOpen;
        if (counts(FacetFree) && s.free)
            ++response.facets.freeOfCharge;
        if (counts(FacetEligible) && eligible)
            ++response.facets.likelyEligible;
        if (failed == 0)
            kept.push_back(Hit {match.doc, match.score, verdict});
    }
    response.total = static_cast<int>(kept.size());

    const bool byText = !CatalogueIndex::parse(request.text).isEmpty();
    const auto better = [&](const Hit &a, const Hit &b) {
        if (withFacts && a.verdict != b.verdict)
            return verdictRank(a.verdict) < verdictRank(b.verdict);
        // Services that are running come before closed or ended ones.
        const bool aActive = m_index->facets(a.doc).active;
        const bool bActive = m_index->facets(b.doc).active;
        if (aActive != bActive)
            return aActive;
        if (byText && a.score != b.score)
            return a.score > b.score;
        return m_index->nameRank(a.doc) < m_index->nameRank(b.doc);
    };
    const size_t limit = std::min(kept.size(), static_cast<size_t>(std::max(request.limit, 0)));
    std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(limit), kept.end(),
                      better);
    response.hits.reserve(static_cast<qsizetype>(limit));
    for (size_t i = 0; i < limit; ++i)
        response.hits.append(kept[i]);
    return response;
}

} // namespace sportello::search
