// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcatalogue.h"

#include "catalogue/hsdsjson.h"
#include "catalogue/taxonomy.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "support/clock.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::bench {

namespace {

// Words of the demo catalogue's texts, most frequent first, with their counts.
std::vector<std::pair<QString, int>> realVocabulary(const Catalogue &demo)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}']+"_s);
    QHash<QString, int> counts;
    auto add = [&](const QString &text) {
        for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts))
            ++counts[word];
    };
    for (const Service &s : demo.services) {
        add(s.name);
        add(s.description);
        add(s.eligibilityText);
        add(s.applicationSteps.join(u' '));
        for (const NamedItem &document : s.documents)
            add(document.name);
    }
    std::vector<std::pair<QString, int>> words(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return words;
}

class ZipfSampler
{
public:
    ZipfSampler(size_t size, double exponent)
    {
        m_cumulative.reserve(size);
        double total = 0;
        for (size_t rank = 1; rank <= size; ++rank) {
            total += 1.0 / std::pow(static_cast<double>(rank), exponent);
            m_cumulative.push_back(total);
        }
    }
    size_t operator()(std::mt19937 &rng) const
    {
        std::uniform_real_distribution<double> uniform(0.0, m_cumulative.back());
        return static_cast<size_t>(
            std::lower_bound(m_cumulative.begin(), m_cumulative.end(), uniform(rng))
            - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

Catalogue demoCatalogue()
{
    QFile file(u":/sportello/catalogue/demo-catalogue.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto parsed = hsds::readJson(file.readAll(), u"demo"_s, {});
    return parsed ? parsed->catalogue : Catalogue {};
}

} // namespace

Catalogue syntheticCatalogue(int count, uint32_t seed)
{
    const Catalogue demo = demoCatalogue();
    const auto vocabulary = realVocabulary(demo);
    const ZipfSampler zipf(vocabulary.size(), 1.07);
    std::mt19937 rng(seed);
    auto sentence = [&](int words) -> QString {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(vocabulary[zipf(rng)].first);
        QString text = parts.join(u' ');
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text + u'.';
    };
    std::uniform_int_distribution<int> words(8, 30);
    std::uniform_int_distribution<int> sentences(2, 6);

    Catalogue catalogue;
    const int organizations = std::max(10, count / 40);
    for (int i = 0; i < organizations; ++i) {
        const Organization &model = demo.organizations.at(i % demo.organizations.size());
        Organization o = model;
        o.uid = u"org-%1"_s.arg(i);
        o.name = model.name + u' ' + QString::number(i / demo.organizations.size() + 1);
        catalogue.organizations.append(o);
        Location l;
        l.uid = u"loc-%1"_s.arg(i);
        l.organizationUid = o.uid;
        l.name = u"Sede "_s + o.name;
        l.street = u"Via Generata %1"_s.arg(i + 1);
        l.city = u"Pioltello"_s;
        l.comuneIstat = QString::fromLatin1(Taxonomy::comuni().at(i % 5).code);
        catalogue.locations.append(l);
    }
    for (int i = 0; i < count; ++i) {
        const Service &model = demo.services.at(i % demo.services.size());
        Service s = model;
        s.id = 0;
        s.uid = u"svc-gen-%1"_s.arg(i);
        s.organizationUid = u"org-%1"_s.arg(i % organizations);
        s.name = model.name + u" · "_s + vocabulary[zipf(rng)].first + u' ' + QString::number(i);
        QStringList description;
        const int n = sentences(rng);
        for (int k = 0; k < n; ++k)
            description.append(sentence(words(rng)));
        s.description = description.join(u' ');
        s.eligibilityText = sentence(words(rng));
        s.locations.clear();
        ServiceAtLocation place;
        place.locationUid = u"loc-%1"_s.arg(i % organizations);
        if (!model.locations.isEmpty()) {
            place.schedules = model.locations.first().schedules;
            place.exceptions = model.locations.first().exceptions;
        }
        s.locations.append(place);
        catalogue.services.append(s);
    }
    return catalogue;
}

bool prepareSyntheticProfile(const QString &dataDir, int count, crypto::SecretStore &secrets)
{
    const SystemClock clock;
    auto profile = storage::Profile::open(dataDir, secrets);
    if (!profile && profile.error().code == ErrorCode::DatabaseKeyMissing
        && storage::Profile::removeDatabase(dataDir, secrets).ok()) {
        std::fprintf(stderr, "rebuilding %s: its database key is gone\n", qPrintable(dataDir));
        profile = storage::Profile::open(dataDir, secrets);
    }
    if (!profile) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dataDir),
                     qPrintable(profile.error().toLogString()));
        return false;
    }
    storage::CatalogueRepository repository((*profile)->database(), clock);
    auto existing = repository.summaries();
    if (existing && existing->size() == count)
        return true;
    if (existing && !existing->isEmpty()) {
        std::fprintf(stderr, "%s already holds %lld services, not %d\n", qPrintable(dataDir),
                     static_cast<long long>(existing->size()), count);
        return false;
    }
    std::fprintf(stderr, "generating %d services in %s …\n", count, qPrintable(dataDir));
    return importSyntheticServices((*profile)->database(), count);
}

bool importSyntheticServices(storage::Database &database, int count)
{
    const SystemClock clock;
    storage::CatalogueRepository repository(database, clock);
    const Catalogue catalogue = syntheticCatalogue(count);
    // In batches, so progress shows and memory stays flat.
    constexpr int kBatch = 5000;
    Catalogue batch {catalogue.organizations, catalogue.locations, {}};
    for (int start = 0; start < count; start += kBatch) {
        if (start > 0) {
            batch.organizations.clear(); // already there
            batch.locations.clear();
        }
        batch.services = catalogue.services.mid(start, kBatch);
        auto imported = repository.importCatalogue(batch, u"bench"_s);
        if (!imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().toLogString()));
            return false;
        }
        std::fprintf(stderr, "  %d / %d\n", std::min(count, start + kBatch), count);
    }
    return true;
}

} // namespace sportello::bench
