// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "peoplefixture.h"
#include "services/personeraser.h"
#include "sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

TEST_CASE("a valid codice fiscale fills birth date, year and gender; an invalid one is refused",
          "[people][codicefiscale]")
{
    test::PeopleDesk desk;
    Person p = desk.person(u"Maria"_s, u"Rossi"_s);
    p.codiceFiscale = u"rssmra80a41h501y"_s; // lowercase as typed at the counter
    auto id = desk.people->create(desk.volunteer, p);
    REQUIRE(id.ok());
    auto stored = desk.people->person(desk.volunteer, *id);
    REQUIRE(stored.ok());
    CHECK(stored->codiceFiscale == u"RSSMRA80A41H501Y");
    CHECK(stored->birthDate == QDate(1980, 1, 1));
    CHECK(stored->birthYear == 1980);
    CHECK(stored->gender == u"F");

    Person wrong = desk.person(u"Luca"_s, u"Bianchi"_s);
    wrong.codiceFiscale = u"RSSMRA80A41H501Z"_s; // wrong check character
    auto refused = desk.people->create(desk.volunteer, wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().args.value(0) == u"codice_fiscale");

    Person same = desk.person(u"Mariella"_s, u"Russo"_s);
    same.codiceFiscale = u"RSSMRA80A41H501Y"_s;
    auto duplicate = desk.people->create(desk.volunteer, same);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::DuplicatePerson);
    CHECK(duplicate.error().args.value(0) == QString::number(*id));
}

TEST_CASE("coded fields only take their vocabulary's codes, incl. the three answers", "[people]")
{
    test::PeopleDesk desk;
    Person p = desk.person(u"Ada"_s, u"Neri"_s, 1950);
    p.gender = u"NON_RISPONDE"_s;
    p.residence = u"ALTRO"_s;
    p.householdSize = count::kDontKnow;
    p.contactPreference = QString::fromLatin1(kDoNotContact);
    CHECK(desk.people->validate(p).ok());
    p.citizenship = u"MARS"_s;
    auto refused = desk.people->validate(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().args == QStringList {u"citizenship"_s, u"MARS"_s});
    p.citizenship = u"UE"_s;
    p.householdSize = 2;
    p.minors = 2;
    CHECK_FALSE(desk.people->validate(p).ok());
    p.minors = 1;
    p.language = u"xx"_s;
    CHECK_FALSE(desk.people->validate(p).ok());
}

TEST_CASE("the duplicate check finds the same codice fiscale and similar names",
          "[people][duplicates]")
{
    test::PeopleDesk desk;
    const qint64 nicolo = desk.create(u"Niccolò"_s, u"D'Amico"_s, 1975);
    const qint64 anna = desk.create(u"Anna Maria"_s, u"Esposito"_s, 1990);
    Person withCf = desk.person(u"Giuseppe"_s, u"Verdi"_s);
    withCf.codiceFiscale = u"VRDGPP80A01F205X"_s;
    REQUIRE(desk.people->applyCodiceFiscale(withCf).ok());
    auto verdi = desk.people->create(desk.volunteer, withCf);
    REQUIRE(verdi.ok());

    SECTION("accents, apostrophes and case forgiven")
    {
        auto found = desk.people->possibleDuplicates(desk.volunteer,
                                                     desk.person(u"niccolo"_s, u"damico"_s, 1975));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().personId == nicolo);
        CHECK(found->first().reason == DuplicateCandidate::Reason::SameName);
        CHECK(found->first().sameBirthYear);
    }
    SECTION("swapped given and family name, and a typo")
    {
        auto found = desk.people->possibleDuplicates(desk.volunteer,
                                                     desk.person(u"Esposto"_s, u"Anna Maria"_s));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().personId == anna);
        CHECK(found->first().reason == DuplicateCandidate::Reason::SimilarName);
    }
    SECTION("a birth year far apart is another person")
    {
        auto found = desk.people->possibleDuplicates(desk.volunteer,
                                                     desk.person(u"Niccolò"_s, u"D'Amico"_s, 2001));
        REQUIRE(found.ok());
        CHECK(found->isEmpty());
    }
    SECTION("the same codice fiscale under another name")
    {
        Person other = desk.person(u"Pino"_s, u"Verde"_s);
        other.codiceFiscale = u"vrdgpp80a01f205x"_s;
        auto found = desk.people->possibleDuplicates(desk.volunteer, other);
        REQUIRE(found.ok());
        REQUIRE_FALSE(found->isEmpty());
        CHECK(found->first().personId == *verdi);
        CHECK(found->first().reason == DuplicateCandidate::Reason::SameCodiceFiscale);
    }
    SECTION("search while typing: prefixes in any order, or a whole codice fiscale")
    {
        auto hits = desk.people->search(desk.volunteer, u"dam nic"_s);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().personId == nicolo);
        hits = desk.people->search(desk.volunteer, u"VRDGPP80A01F205X"_s);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().personId == *verdi);
        hits = desk.people->search(desk.volunteer,
                                   u"Espsito Ana Maria"_s); // typos: the fuzzy fallback
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().personId == anna);
    }
}

TEST_CASE("names and codici fiscali are not stored in clear", "[people][privacy]")
{
    test::PeopleDesk desk;
    Person p = desk.person(u"Zeferina"_s, u"Quartararo"_s);
    p.codiceFiscale = u"QRTZFR80A41H501G"_s;
    REQUIRE(desk.people->applyCodiceFiscale(p).ok());
    p.phone = u"+39 333 987 6543"_s;
    REQUIRE(desk.people->create(desk.volunteer, p).ok());
    auto checkpoint = storage::run(storage::connectionOf(desk.profile->database()),
                                   u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    REQUIRE(checkpoint.ok());
    QDirIterator files(desk.dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &marker : {QByteArray("Zeferina"), QByteArray("Quartararo"),
                                         QByteArray("QRTZFR80A41H501G"), QByteArray("987 6543")}) {
            INFO(file.fileName().toStdString() << " " << marker.toStdString());
            CHECK_FALSE(bytes.contains(marker));
        }
        ++scanned;
    }
    CHECK(scanned >= 1);
}

TEST_CASE("viewing, creating and editing a person are audited", "[people][audit]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Rosa"_s, u"Gallo"_s, 1961);
    auto stored = desk.people->person(desk.volunteer, id);
    REQUIRE(stored.ok());
    stored->phone = u"02 1234567"_s;
    REQUIRE(desk.people->update(desk.volunteer, *stored).ok());
    CHECK(desk.auditActions(u"person"_s) == QStringList {u"create"_s, u"view"_s, u"edit"_s});
    stored->email = u"not an address"_s;
    CHECK_FALSE(desk.people->update(desk.volunteer, *stored).ok());
    CHECK(desk.auditActions(u"person"_s).size() == 3);
}

TEST_CASE("abandoned intakes found on another thread are removed only if still abandoned",
          "[people][purge]")
{
    test::PeopleDesk desk;
    const qint64 late = desk.create(u"Walter"_s, u"Sala"_s);
    const qint64 gone = desk.create(u"Irene"_s, u"Conti"_s);
    desk.clock.advanceSecs(73 * 3600);
    // The desktop finds the candidates on a worker thread...
    auto candidates = desk.people->abandonedIntakes();
    REQUIRE(candidates.ok());
    CHECK(*candidates == QList<qint64> {late, gone});
    // ...and, before it removes them, Walter signs the consent at last.
    desk.consent(late, ConsentPurpose::PersonalData);
    auto purged = desk.people->purgeAbandonedIntakes(*candidates);
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(desk.people->person(desk.lead, late).ok());
    CHECK(desk.people->person(desk.lead, gone).error().code == ErrorCode::NotFound);
    // Asked again with the same, now stale, list: nothing more goes.
    CHECK(desk.people->purgeAbandonedIntakes(*candidates).value() == 0);
}

TEST_CASE("abandoned intakes without consent are purged after 72 hours", "[people][purge]")
{
    test::PeopleDesk desk;
    const qint64 abandoned = desk.create(u"Walter"_s, u"Sala"_s);
    const qint64 consenting = desk.create(u"Irene"_s, u"Conti"_s);
    desk.consent(consenting, ConsentPurpose::PersonalData);
    Session session;
    session.personId = abandoned;
    session.needs = {u"POV"_s};
    session.notes = u"ha chiesto del pacco alimentare"_s;
    auto sessionId = desk.sessions->save(desk.volunteer, session);
    REQUIRE(sessionId.ok());

    desk.clock.advanceSecs(71 * 3600);
    auto purged = desk.people->purgeAbandonedIntakes();
    REQUIRE(purged.ok());
    CHECK(*purged == 0);
    CHECK(desk.people->search(desk.volunteer, u"walter"_s).value().size() == 1);

    desk.clock.advanceSecs(2 * 3600);
    purged = desk.people->purgeAbandonedIntakes();
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(desk.people->person(desk.lead, abandoned).error().code == ErrorCode::NotFound);
    CHECK(desk.people->search(desk.volunteer, u"walter"_s).value().isEmpty());
    CHECK(desk.people->person(desk.lead, consenting).ok());
    // The session stays, anonymous and without its notes, so statistics still count it.
    auto kept = desk.sessions->session(desk.lead, *sessionId);
    REQUIRE(kept.ok());
    CHECK(kept->personId == 0);
    CHECK(kept->notes.isEmpty());
    CHECK(kept->needs == QStringList {u"POV"_s});
    CHECK(desk.auditActions(u"person"_s).contains(u"purge"_s));
}

TEST_CASE("a person's id is never given again after an erasure", "[people][erasure]")
{
    test::PeopleDesk desk;
    const qint64 first = desk.create(u"Anna"_s, u"Prima"_s);
    const qint64 last = desk.create(u"Bruno"_s, u"Ultimo"_s);
    REQUIRE(last > first);
    // The highest id goes: SQLite alone would give it to the next person.
    REQUIRE(desk.services->eraser().erase(desk.lead, last).ok());
    const qint64 next = desk.create(u"Carla"_s, u"Nuova"_s);
    CHECK(next > last);

    // The same after the profile is closed and opened again.
    REQUIRE(desk.services->eraser().erase(desk.lead, next).ok());
    desk.close();
    desk.open();
    REQUIRE(desk.accounts->login(u"anna"_s, u"una frase lunga da ricordare"_s).ok());
    CHECK(desk.create(u"Dario"_s, u"Dopo"_s) > next);
}
