// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue as the desk's pages reach it: what a referral can name in one query, changes for
// coordinators only, announced once committed, and the search following them.
#include "catalogue/model.h"
#include "peoplefixture.h"
#include "search/cataloguesearch.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/searchcontroller.h"
#include "storage/cataloguerepository.h"

#include <QSignalSpy>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::PeopleDesk;

namespace {
const catalogue::ReferralTarget *find(const QList<catalogue::ReferralTarget> &targets,
                                      const QString &uid)
{
    for (const catalogue::ReferralTarget &target : targets) {
        if (target.uid == uid)
            return &target;
    }
    return nullptr;
}
} // namespace

TEST_CASE("a referral can name every organization and every service still offered",
          "[services][catalogue]")
{
    PeopleDesk desk(true);
    storage::CatalogueRepository repository(desk.profile->database(), desk.clock);
    const QList<catalogue::Organization> organizations = repository.organizations().value();
    REQUIRE_FALSE(organizations.isEmpty());
    // One more service ends: it is no longer offered.
    const catalogue::Service ended = repository.services().value().first();
    REQUIRE(
        repository.setStatus(ended.uid, catalogue::ServiceStatus::Ended, u"chiuso"_s, u"t"_s).ok());
    const QList<catalogue::Service> services = repository.services().value();
    const auto offered = std::count_if(services.cbegin(), services.cend(), [](const auto &s) {
        return s.status != catalogue::ServiceStatus::Ended;
    });
    REQUIRE(offered < services.size());

    const QList<catalogue::ReferralTarget> targets
        = desk.services->catalogue().referralTargets().value();
    CHECK(targets.size() == organizations.size() + offered);
    CHECK(find(targets, ended.uid) == nullptr);
    for (const catalogue::Organization &organization : organizations) {
        const catalogue::ReferralTarget *target = find(targets, organization.uid);
        REQUIRE(target);
        CHECK_FALSE(target->isService);
        CHECK(target->name == organization.name);
        CHECK(target->organizationName.isEmpty());
    }
    int emergencies = 0;
    for (const catalogue::Service &service : services) {
        if (service.status == catalogue::ServiceStatus::Ended) {
            CHECK(find(targets, service.uid) == nullptr);
            continue;
        }
        const catalogue::ReferralTarget *target = find(targets, service.uid);
        REQUIRE(target);
        CHECK(target->isService);
        CHECK(target->name == service.name);
        const bool emergency
            = service.categories.contains(QLatin1StringView(catalogue::kEmergencyCategory));
        CHECK(target->isEmergency == emergency);
        emergencies += emergency ? 1 : 0;
        // Its own numbers, else its contacts'.
        QList<catalogue::Phone> phones = service.phones;
        if (phones.isEmpty()) {
            for (const catalogue::Contact &contact : service.contacts)
                phones += contact.phones;
        }
        CHECK(target->phones == phones);
    }
    CHECK(emergencies > 0); // the demo has the social emergency service

    // The one a referral names is found even when no longer offered.
    auto named = desk.services->catalogue().referralTarget(ended.uid);
    REQUIRE(named.ok());
    REQUIRE(named->has_value());
    CHECK((*named)->name == ended.name);
    CHECK_FALSE(desk.services->catalogue().referralTarget(u"missing"_s).value().has_value());
}

TEST_CASE("catalogue changes are for coordinators, and announced once committed",
          "[services][catalogue][changes]")
{
    PeopleDesk desk(true);
    services::CatalogueService &catalogue = desk.services->catalogue();
    QSignalSpy changed(desk.changes, &services::ChangeNotifier::catalogueChanged);
    catalogue::Service service = catalogue.summaries().value().isEmpty()
        ? catalogue::Service {}
        : catalogue.serviceByUid(catalogue.summaries().value().first().uid).value();
    REQUIRE_FALSE(service.uid.isEmpty());

    CHECK(catalogue.markVerified(desk.volunteer, service.uid, u"Marco"_s).code()
          == ErrorCode::PermissionDenied);
    CHECK(changed.isEmpty());
    CHECK(desk.auditActions(u"service"_s).contains(u"denied"_s));

    service.name = u"Pacchi alimentari del sabato"_s;
    const qint64 id = catalogue.saveService(desk.lead, service).value();
    CHECK(changed.size() == 1);
    CHECK(catalogue.service(id)->name == u"Pacchi alimentari del sabato"_s);
    REQUIRE(catalogue.markVerified(desk.lead, service.uid, u"Anna"_s).ok());
    CHECK(changed.size() == 2);
    // A change the repository refuses is not announced.
    service.name.clear();
    CHECK(catalogue.saveService(desk.lead, service).code() == ErrorCode::InvalidArgument);
    CHECK(changed.size() == 2);
}

TEST_CASE("the desk's search follows the catalogue's changes", "[services][catalogue][changes]")
{
    PeopleDesk desk(true);
    services::SearchController &search = desk.services->search();
    QSignalSpy reloaded(&search, &services::SearchController::indexReloaded);
    REQUIRE((search.isReady() || reloaded.wait(20000)));
    const auto finds = [&search](const QString &text) {
        search::CatalogueSearcher searcher(search.index());
        search::Request request;
        request.text = text;
        return searcher.search(request).total > 0;
    };
    CHECK_FALSE(finds(u"zanzibarite"_s));

    services::CatalogueService &catalogue = desk.services->catalogue();
    catalogue::Service service
        = catalogue.serviceByUid(catalogue.summaries().value().first().uid).value();
    service.description = u"Ora anche per chi colleziona zanzibarite."_s;
    reloaded.clear();
    REQUIRE(catalogue.saveService(desk.lead, service).ok());
    REQUIRE(reloaded.wait(20000));
    CHECK(finds(u"zanzibarite"_s));
}

TEST_CASE("a catalogue import is audited as the system's, and an oversized file is refused unread",
          "[catalogue][import][audit]")
{
    PeopleDesk desk(true); // imports the demo catalogue
    auto entries = desk.audit->entries({});
    REQUIRE(entries.ok());
    const auto imported = std::find_if(entries->cbegin(), entries->cend(), [](const auto &entry) {
        return entry.action == u"import"_s;
    });
    REQUIRE(imported != entries->cend());
    CHECK(imported->operatorId == 0);
    CHECK(imported->entityType == u"catalogue"_s);

    const QString huge = desk.dir.filePath(u"huge.json"_s);
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(services::CatalogueIo::kMaxImportBytes + 1)); // sparse: nothing read
    }
    const auto before = desk.audit->entries({}).value().size();
    auto refused = desk.services->catalogueIo().importPath(huge, u"test"_s);
    CHECK(refused.code() == ErrorCode::FileTooLarge);
    CHECK(refused.error().args.value(1) == u"256"_s);
    CHECK(desk.audit->entries({}).value().size() == before);
    QFile::remove(huge);
}
