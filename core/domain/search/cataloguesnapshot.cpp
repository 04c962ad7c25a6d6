// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueIndex's life beyond one build: updated with only the services that changed, and kept
// as bytes between runs (decision 55).
#include "search/cataloguesearch.h"

#include <QBuffer>
#include <QDataStream>
#include <QSet>

#include <algorithm>

using namespace sportello::catalogue;

namespace sportello::search {

namespace {

constexpr quint32 kMagic = 0x53505349; // "SPSI"
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

template<typename T>
void writeOptional(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
}

template<typename T>
void readOptional(QDataStream &in, std::optional<T> &value)
{
    bool present = false;
    in >> present;
    value.reset();
    if (present) {
        T read {};
        in >> read;
        value = read;
    }
}

void writeRules(QDataStream &out, const EligibilityRules &rules)
{
    writeOptional(out, rules.minAge);
    writeOptional(out, rules.maxAge);
    out << rules.comuni;
    out << rules.isee.has_value();
    if (rules.isee) {
        out << static_cast<qint32>(rules.isee->type) << rules.isee->maxCents
            << rules.isee->validFrom << rules.isee->altMaxCents << rules.isee->altMinChildren;
    }
    out << rules.householdAny << rules.minHouseholdSize << rules.residencePermit;
}

void readRules(QDataStream &in, EligibilityRules &rules)
{
    readOptional(in, rules.minAge);
    readOptional(in, rules.maxAge);
    in >> rules.comuni;
    bool isee = false;
    in >> isee;
    if (isee) {
        IseeRule rule;
        qint32 type = 0;
        in >> type >> rule.maxCents >> rule.validFrom >> rule.altMaxCents >> rule.altMinChildren;
        rule.type = static_cast<IseeType>(type);
        rules.isee = rule;
    }
    in >> rules.householdAny >> rules.minHouseholdSize >> rules.residencePermit;
}

void writeSummary(QDataStream &out, const ServiceSummary &s)
{
    out << s.id << s.uid << s.name << s.organizationName << static_cast<qint32>(s.status) << s.free
        << s.automatic << s.demoValues << s.hasEligibilityText << s.callWindow.opens
        << s.callWindow.closes << s.verifiedOn << s.categories << s.userAreas << s.comuni
        << s.channels;
    writeRules(out, s.rules);
    out << static_cast<quint32>(s.places.size());
    for (const ServiceSummary::Place &place : s.places) {
        out << static_cast<quint32>(place.schedules.size());
        for (const WeeklySchedule &w : place.schedules)
            out << w.weekdays << w.opensAt << w.closesAt << w.validFrom << w.validTo
                << w.description;
        out << static_cast<quint32>(place.exceptions.size());
        for (const ScheduleException &e : place.exceptions)
            out << e.day << e.closed << e.opensAt << e.closesAt << e.note;
    }
}

// A count read from the stream, refused when the bytes left could not hold that many items.
bool readCount(QDataStream &in, quint32 &count)
{
    in >> count;
    return in.status() == QDataStream::Ok && in.device()
        && count <= static_cast<quint64>(in.device()->bytesAvailable());
}

bool readSummary(QDataStream &in, ServiceSummary &s)
{
    qint32 status = 0;
    in >> s.id >> s.uid >> s.name >> s.organizationName >> status >> s.free >> s.automatic
        >> s.demoValues >> s.hasEligibilityText >> s.callWindow.opens >> s.callWindow.closes
        >> s.verifiedOn >> s.categories >> s.userAreas >> s.comuni >> s.channels;
    if (status < 0 || status > static_cast<qint32>(ServiceStatus::Ended))
        return false;
    s.status = static_cast<ServiceStatus>(status);
    readRules(in, s.rules);
    quint32 places = 0;
    if (!readCount(in, places))
        return false;
    s.places.resize(places);
    for (ServiceSummary::Place &place : s.places) {
        quint32 count = 0;
        if (!readCount(in, count))
            return false;
        place.schedules.resize(count);
        for (WeeklySchedule &w : place.schedules)
            in >> w.weekdays >> w.opensAt >> w.closesAt >> w.validFrom >> w.validTo
                >> w.description;
        if (!readCount(in, count))
            return false;
        place.exceptions.resize(count);
        for (ScheduleException &e : place.exceptions)
            in >> e.day >> e.closed >> e.opensAt >> e.closesAt >> e.note;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

std::shared_ptr<const CatalogueIndex> CatalogueIndex::update(const CatalogueIndex &previous,
                                                             const QList<qint64> &changed,
                                                             QList<ServiceSummary> summaries,
                                                             const QList<SearchRow> &rows,
                                                             qint64 revision)
{
    const QSet<qint64> gone(changed.cbegin(), changed.cend());
    std::shared_ptr<CatalogueIndex> index(new CatalogueIndex);
    index->m_revision = revision;

    // Kept services first, in their order; then the changed ones as they are now.
    std::vector<bool> keep(previous.size());
    std::vector<uint32_t> renumbered(previous.size(), UINT32_MAX);
    index->m_summaries.reserve(previous.m_summaries.size() + summaries.size());
    for (uint32_t doc = 0; doc < previous.size(); ++doc) {
        keep[doc] = !gone.contains(previous.m_summaries.at(doc).id);
        if (!keep[doc])
            continue;
        renumbered[doc] = static_cast<uint32_t>(index->m_summaries.size());
        index->m_summaries.append(previous.m_summaries.at(doc));
    }
    const qsizetype offset = index->m_summaries.size();
    for (ServiceSummary &summary : summaries) {
        if (gone.contains(summary.id))
            index->m_summaries.append(std::move(summary));
    }
    index->indexDocuments();
    const std::unique_ptr<SearchIndex> added = index->textOf(offset, rows);
    index->m_text = SearchIndex::merged(*previous.m_text, keep, *added);

    // The alphabetical order: the kept services keep theirs; each changed one is placed by
    // binary search among them, with the order build() gives (name, then id).
    std::vector<uint32_t> order(previous.size());
    for (uint32_t doc = 0; doc < previous.size(); ++doc)
        order[previous.m_nameRank[doc]] = doc;
    std::vector<uint32_t> kept;
    kept.reserve(static_cast<size_t>(offset));
    for (const uint32_t doc : order) {
        if (keep[doc])
            kept.push_back(renumbered[doc]);
    }
    const QCollator collator = detail::nameCollator();
    const auto &all = index->m_summaries;
    const auto before = [&](uint32_t a, uint32_t b) {
        const int cmp = collator.compare(all.at(a).name, all.at(b).name);
        return cmp != 0 ? cmp < 0 : all.at(a).id < all.at(b).id;
    };
    std::vector<uint32_t> fresh;
    for (auto doc = static_cast<uint32_t>(offset); doc < static_cast<uint32_t>(all.size()); ++doc)
        fresh.push_back(doc);
    std::sort(fresh.begin(), fresh.end(), before);
    std::vector<uint32_t> merged;
    merged.reserve(all.size());
    auto from = kept.cbegin();
    for (const uint32_t doc : fresh) {
        const auto at = std::upper_bound(from, kept.cend(), doc,
                                         [&](uint32_t a, uint32_t b) { return before(a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(doc);
        from = at;
    }
    merged.insert(merged.end(), from, kept.cend());
    index->m_nameRank.resize(merged.size());
    for (uint32_t rank = 0; rank < merged.size(); ++rank)
        index->m_nameRank[merged[rank]] = rank;
    return index;
}

QByteArray CatalogueIndex::toSnapshot() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QDataStream out(&buffer);
    out.setVersion(kStreamVersion);
    out << kMagic << static_cast<qint32>(kSnapshotFormat) << static_cast<quint32>(size());
    for (const ServiceSummary &summary : m_summaries)
        writeSummary(out, summary);
    out.writeRawData(reinterpret_cast<const char *>(m_nameRank.data()),
                     static_cast<int>(m_nameRank.size() * sizeof(uint32_t)));
    m_text->write(out);
    return bytes;
}

std::shared_ptr<const CatalogueIndex> CatalogueIndex::fromSnapshot(const QByteArray &bytes,
                                                                   qint64 revision)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QDataStream in(&buffer);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    qint32 format = 0;
    quint32 count = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kSnapshotFormat || !readCount(in, count))
        return nullptr;
    std::shared_ptr<CatalogueIndex> index(new CatalogueIndex);
    index->m_revision = revision;
    index->m_summaries.resize(count);
    for (ServiceSummary &summary : index->m_summaries) {
        if (!readSummary(in, summary))
            return nullptr;
    }
    index->m_nameRank.resize(count);
    const auto rankBytes = static_cast<int>(count * sizeof(uint32_t));
    if (in.readRawData(reinterpret_cast<char *>(index->m_nameRank.data()), rankBytes) != rankBytes)
        return nullptr;
    // A rank out of range, or twice the same, would break every listing.
    std::vector<bool> seen(count);
    for (const uint32_t rank : index->m_nameRank) {
        if (rank >= count || seen[rank])
            return nullptr;
        seen[rank] = true;
    }
    index->m_text = SearchIndex::read(in);
    if (!index->m_text || index->m_text->documentCount() != count || !buffer.atEnd())
        return nullptr;
    index->indexDocuments();
    return index;
}

} // namespace sportello::search
