// SPDX-License-Identifier: GPL-3.0-or-later
// The identified referral letter: its content, its PDF (read back with pdftotext) and the
// action that refuses it without the consent to send.
#include "../core/services/referralfixture.h"
#include "referrals/referralactions.h"
#include "referrals/referralletter.h"
#include "scriptedprompter.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "storage/cataloguerepository.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using sportello::ui::ReferralLetter;

namespace {

security::DeskIdentity desk()
{
    return {u"Centro di Ascolto San Giorgio"_s,
            u"Caritas Ambrosiana"_s,
            u"015175"_s,
            u"PIO-CDA"_s,
            {u"Via Roma 1, 20096 Pioltello"_s, u"Tel. 02 1234567"_s, u"cda@example.org"_s}};
}

ReferralLetter::Input input()
{
    ReferralLetter::Input in;
    in.facts.referral.id = 7;
    in.facts.referral.uid = u"3f2a9c01-5b6d-4e7f-8a9b-0c1d2e3f4a5b"_s;
    in.facts.referral.destinationType = u"SS_COMUNE"_s;
    in.facts.referral.needs = {u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
    in.facts.referral.urgency = u"PRIOR"_s;
    in.facts.referral.note = u"Sfratto esecutivo il 12 gennaio.\nChiede un colloquio <presto>."_s;
    in.facts.referral.feedbackDue = QDate(2026, 3, 16);
    in.facts.person.givenName = u"Maria"_s;
    in.facts.person.familyName = u"Rossi"_s;
    in.facts.person.codiceFiscale = u"RSSMRA80A41H501Y"_s;
    in.facts.person.birthDate = QDate(1980, 1, 1);
    in.facts.person.birthYear = 1980;
    in.facts.person.address = u"Via Milano 5"_s;
    in.facts.person.residence = u"015175"_s;
    in.facts.person.phone = u"+39 333 111 2222"_s;
    in.facts.person.email = u"maria@example.org"_s;
    in.facts.person.contactPreference = u"TEL"_s;
    in.facts.consent.purpose = people::ConsentPurpose::IdentifiedReferral;
    in.facts.consent.method = people::ConsentMethod::SignedForm;
    in.facts.consent.givenAt = QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
    in.facts.consent.textVersion = u"desk-3"_s;
    in.desk = desk();
    in.operatorName = u"Anna Bianchi"_s;
    in.destination = text::ReferralText::destinationLabel(u"SS_COMUNE"_s);
    in.destinationName = u"Servizi sociali – Comune di Pioltello"_s;
    in.date = QDate(2026, 3, 2);
    return in;
}

// The PDF's text as pdftotext reads it; the test fails when the tool is missing.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    INFO("pdftotext (poppler-utils) is needed to read the PDF back; ./dev installs it");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("the letter names the person, the needs, the consent and the desk", "[referrals][letter]")
{
    const QString html = ReferralLetter::html(input());
    CHECK(html.contains(u"Centro di Ascolto San Giorgio"_s));
    CHECK(html.contains(u"Caritas Ambrosiana"_s));
    CHECK(html.contains(u"Tel. 02 1234567"_s));
    CHECK(html.contains(u"Servizi sociali – Comune di Pioltello"_s));
    CHECK(html.contains(text::ReferralText::destinationLabel(u"SS_COMUNE"_s).toHtmlEscaped()));
    CHECK(html.contains(u"Subject: Referral"_s));
    CHECK(html.contains(u"Maria Rossi"_s));
    CHECK(html.contains(u"RSSMRA80A41H501Y"_s));
    CHECK(html.contains(u"Via Milano 5"_s));
    CHECK(html.contains(u"+39 333 111 2222"_s));
    CHECK(html.contains(u"maria@example.org"_s));
    CHECK(html.contains(text::PeopleText::need(u"CAS.SFRATTO"_s).toHtmlEscaped()));
    CHECK(html.contains(text::PeopleText::need(u"POV.INSUF"_s).toHtmlEscaped()));
    CHECK(html.contains(text::ReferralText::urgencyLabel(u"PRIOR"_s)));
    CHECK(html.contains(u"desk-3"_s));
    CHECK(html.contains(
        text::PeopleText::consentPurpose(people::ConsentPurpose::IdentifiedReferral)));
    CHECK(html.contains(u"Anna Bianchi"_s));
    CHECK(html.contains(u"3F2A9C01"_s));
    // The note keeps its lines, escaped.
    CHECK(html.contains(
        u"Sfratto esecutivo il 12 gennaio.<br>Chiede un colloquio &lt;presto&gt;."_s));
    CHECK_FALSE(html.contains(u"<presto>"_s));
    CHECK_FALSE(html.contains(u"URGENT"_s));

    SECTION("a person who asked not to be contacted: no phone, no e-mail")
    {
        ReferralLetter::Input in = input();
        in.facts.person.contactPreference = QString::fromLatin1(people::kDoNotContact);
        const QString quiet = ReferralLetter::html(in);
        CHECK_FALSE(quiet.contains(u"+39 333 111 2222"_s));
        CHECK_FALSE(quiet.contains(u"maria@example.org"_s));
        CHECK(quiet.contains(u"asked not to be contacted directly"_s));
        CHECK(quiet.contains(u"Maria Rossi"_s));
    }
    SECTION("every personal and free text is escaped")
    {
        ReferralLetter::Input in = input();
        in.facts.person.givenName = u"<b>Eva</b>"_s;
        in.facts.person.address = u"Via A & B"_s;
        in.desk.name = u"Desk <script>"_s;
        in.operatorName = u"Op <i>"_s;
        in.destinationName = u"Ente \"X\" <y>"_s;
        const QString escaped = ReferralLetter::html(in);
        CHECK(escaped.contains(u"&lt;b&gt;Eva&lt;/b&gt;"_s));
        CHECK(escaped.contains(u"Via A &amp; B"_s));
        CHECK_FALSE(escaped.contains(u"<script>"_s));
        CHECK_FALSE(escaped.contains(u"<i>"_s));
        CHECK_FALSE(escaped.contains(u"<y>"_s));
    }
    SECTION("an urgent referral says so at the top")
    {
        ReferralLetter::Input in = input();
        in.facts.referral.urgency = u"URG"_s;
        const QString urgent = ReferralLetter::html(in);
        CHECK(urgent.indexOf(u"URGENT"_s) < urgent.indexOf(u"Maria Rossi"_s));
    }
}

TEST_CASE("the letter's PDF carries the person, the codice fiscale and the consent version",
          "[referrals][letter]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"segnalazione.pdf"_s);
    REQUIRE(ReferralLetter::writePdf(input(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("%PDF"));
    const QString text = pdfText(path);
    CHECK(text.contains(u"Maria Rossi"_s));
    CHECK(text.contains(u"RSSMRA80A41H501Y"_s));
    CHECK(text.contains(u"desk-3"_s));
    CHECK(text.contains(u"3F2A9C01"_s));
    CHECK(text.contains(u"Centro di Ascolto San Giorgio"_s));
}

namespace {

// A sent referral of a person with a codice fiscale, and a place for the PDF.
struct LetterDesk : test::ReferralDesk
{
    test::ScriptedPrompter prompter;
    test::TempDir out;
    qint64 mariaId = 0;
    qint64 referralId = 0;

    LetterDesk()
    {
        people::Person maria = person(u"Maria"_s, u"Rossi"_s);
        maria.codiceFiscale = u"RSSMRA80A41H501Y"_s;
        mariaId = people->create(volunteer, maria).value();
        consent(mariaId, people::ConsentPurpose::PersonalData);
        referrals::Referral r = toComune();
        r.personId = mariaId;
        referralId = referrals->create(volunteer, r).value();
    }

    // The letter's context; the file dialog (the prompter) will answer `path`.
    ui::LetterContext context(const QString &path)
    {
        prompter.savePaths = {path};
        ui::LetterContext c;
        c.actor = volunteer;
        c.desk = desk();
        c.date = clock.today();
        return c;
    }

    QStringList pdfs() const { return QDir(out.path()).entryList({u"*.pdf"_s}, QDir::Files); }
};

} // namespace

TEST_CASE("the letter action refuses without the consent to send and writes nothing",
          "[referrals][letter]")
{
    LetterDesk d;
    const QString path = d.out.filePath(u"lettera.pdf"_s);
    const QString written
        = ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId, d.context(path));
    CHECK(written.isEmpty());
    REQUIRE(d.prompter.warnings.size() == 1);
    CHECK(d.prompter.warnings.first().contains(u"consent"_s));
    CHECK(d.prompter.warnings.first().contains(u"person's page"_s));
    CHECK(d.prompter.saveTitles.isEmpty()); // no file dialog before the refusal
    CHECK(d.pdfs().isEmpty());

    SECTION("with the consent, the letter is written where chosen")
    {
        d.consent(d.mariaId, people::ConsentPurpose::IdentifiedReferral);
        const QString again = ui::saveReferralLetter(nullptr, *d.referrals, d.prompter,
                                                     d.referralId, d.context(path));
        CHECK(again == path);
        CHECK(d.prompter.saveTitles == QStringList {u"Referral letter"_s});
        CHECK(d.prompter.warnings.size() == 1);
        const QString text = pdfText(path);
        CHECK(text.contains(u"Maria Rossi"_s));
        CHECK(text.contains(u"RSSMRA80A41H501Y"_s));
        CHECK(text.contains(u"test-1"_s)); // the consent's notice version
        // Exporting the letter is audited.
        CHECK(d.auditActions(u"referral"_s).contains(u"export"_s));
    }
    SECTION("a revoked consent does not count")
    {
        d.consent(d.mariaId, people::ConsentPurpose::IdentifiedReferral);
        const auto consents = d.people->consents(d.lead, d.mariaId).value();
        for (const people::Consent &c : consents) {
            if (c.purpose == people::ConsentPurpose::IdentifiedReferral)
                REQUIRE(d.people->revokeConsent(d.volunteer, c.id).ok());
        }
        CHECK(
            ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId, d.context(path))
                .isEmpty());
        CHECK(d.pdfs().isEmpty());
    }
}

TEST_CASE("the letter's file is chosen in the file dialog; a name without .pdf gets it, and "
          "replaces a file only if confirmed",
          "[referrals][letter]")
{
    LetterDesk d;
    d.consent(d.mariaId, people::ConsentPurpose::IdentifiedReferral);
    const QString path = d.out.filePath(u"senza-estensione"_s);
    const QString written
        = ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId, d.context(path));
    CHECK(written == path + u".pdf"_s);
    CHECK(QFile::exists(written));
    CHECK(d.prompter.confirmations.empty()); // nothing there yet: nothing to confirm
    const qint64 size = QFileInfo(written).size();

    // The dialog saw "senza-estensione", not the .pdf beside it: that one needs a Yes.
    QFile::resize(written, 10);
    d.prompter.confirmations = {false};
    CHECK(ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId, d.context(path))
              .isEmpty());
    CHECK(QFileInfo(written).size() == 10);

    d.prompter.confirmations = {true};
    CHECK(ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId, d.context(path))
          == written);
    CHECK(QFileInfo(written).size() == size);

    SECTION("cancelling the file dialog writes nothing")
    {
        QFile::remove(written);
        CHECK(ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, d.referralId,
                                     d.context(QString()))
                  .isEmpty());
        CHECK(d.pdfs().isEmpty());
    }
}

TEST_CASE("an anonymous referral has no letter", "[referrals][letter]")
{
    LetterDesk d;
    referrals::Referral anonymous = d.toComune();
    anonymous.personId = 0;
    anonymous.needs = {u"CAS"_s};
    const qint64 id = d.referrals->create(d.volunteer, anonymous).value();
    CHECK(ui::saveReferralLetter(nullptr, *d.referrals, d.prompter, id,
                                 d.context(d.out.filePath(u"x.pdf"_s)))
              .isEmpty());
    REQUIRE(d.prompter.warnings.size() == 1);
    CHECK(d.prompter.warnings.first().contains(u"anonymous"_s));
    CHECK(d.pdfs().isEmpty());
}

TEST_CASE("the catalogue entry of a referral is named with its organization", "[referrals][letter]")
{
    test::PeopleDesk d(true); // the demo catalogue
    storage::CatalogueRepository repository(d.profile->database(), d.clock);
    const catalogue::Service service = repository.services().value().first();
    const QList<catalogue::Organization> organizations = repository.organizations().value();
    catalogue::Organization organization;
    for (const auto &o : organizations) {
        if (o.uid == service.organizationUid)
            organization = o;
    }
    REQUIRE_FALSE(organization.name.isEmpty());
    // No longer offered, the service can still be named by the referrals that went to it.
    REQUIRE(repository.setStatus(service.uid, catalogue::ServiceStatus::Ended, u"chiuso"_s, u"t"_s)
                .ok());
    const services::CatalogueService &catalogue = d.services->catalogue();
    const auto name = [&catalogue](const QString &uid) {
        auto target = catalogue.referralTarget(uid);
        REQUIRE(target.ok());
        return *target ? ui::referralTargetName(**target) : QString();
    };
    CHECK(name(organization.uid) == organization.name);
    CHECK(name(service.uid) == service.name + u" — "_s + organization.name);
    // The list the dialog offers leaves it out.
    const QList<catalogue::ReferralTarget> offered = catalogue.referralTargets().value();
    CHECK_FALSE(offered.isEmpty());
    for (const auto &target : offered)
        CHECK(target.uid != service.uid);
    CHECK(name(u"missing"_s).isEmpty());
    CHECK(name(QString()).isEmpty());
}
