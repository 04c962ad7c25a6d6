// SPDX-License-Identifier: GPL-3.0-or-later
// The subject-access export from the person's page: only a coordinator sees the action, the
// PDF reads back with everything held about the person, the JSON lies beside it, and a file
// that cannot be written is said in words.
#include "../core/services/erasurefixture.h"
#include "people/personpage.h"
#include "privacy/subjectaccessdocument.h"
#include "scriptedprompter.h"
#include "services/subjectaccessservice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

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
    // One line, whatever the wrapping, and the "fi" and "ff" ligatures of the font as letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .simplified()
        .replace(QChar(0xFB00), u"ff"_s)
        .replace(QChar(0xFB01), u"fi"_s)
        .replace(QChar(0xFB02), u"fl"_s);
}

struct Fixture
{
    test::ErasureDesk desk;
    test::ScriptedPrompter prompter;
    QTemporaryDir out;
    std::unique_ptr<ui::PersonPage> page;

    void open(const security::Actor &actor)
    {
        page = std::make_unique<ui::PersonPage>(ui::PersonPage::Context {
            *desk.people,
            *desk.sessions,
            desk.services->referrals(),
            desk.services->eraser(),
            desk.services->subjectAccess(),
            *desk.changes,
            desk.clock,
            prompter,
            actor,
            {{desk.lead.operatorId, u"Anna"_s}},
            [] { return people::PrivacyNotice {}; },
            {},
        });
        page->resize(1280, 800);
        page->show();
        page->showPerson(desk.zoeId);
        REQUIRE(page->personId() == desk.zoeId);
    }

    QPushButton *exportButton()
    {
        auto *button = page->findChild<QPushButton *>(u"personExport"_s);
        REQUIRE(button);
        return button;
    }

    int exports()
    {
        audit::AuditFilter filter;
        filter.action = u"export"_s;
        filter.entities = {u"subject_access/"_s + QString::number(desk.zoeId)};
        return int(desk.audit->entries(filter).value().size());
    }
};

} // namespace

TEST_CASE("only a coordinator sees the export of a person's data", "[ui][people][subject_access]")
{
    Fixture f;
    f.open(f.desk.volunteer);
    CHECK(f.exportButton()->isHidden());
    f.open(f.desk.facilitator);
    CHECK(f.exportButton()->isHidden());
    f.open(f.desk.lead);
    CHECK(f.exportButton()->isVisible());
    CHECK(f.exportButton()->isEnabled());
    f.page->startEditing();
    CHECK_FALSE(f.exportButton()->isEnabled());
}

TEST_CASE("the person page exports a readable PDF and the JSON beside it",
          "[ui][people][subject_access]")
{
    Fixture f;
    f.open(f.desk.lead);
    // Cancelled in the file dialog: nothing gathered, nothing audited.
    f.prompter.savePaths = {QString()};
    QTest::mouseClick(f.exportButton(), Qt::LeftButton);
    CHECK(f.exports() == 0);
    CHECK(QDir(f.out.path()).isEmpty());

    // A name without extension gets ".pdf"; the JSON takes the same name.
    f.prompter.savePaths = {f.out.filePath(u"zefirina"_s)};
    QTest::mouseClick(f.exportButton(), Qt::LeftButton);
    CHECK(f.prompter.warnings.isEmpty());
    CHECK(f.exports() == 1);
    const QString pdf = f.out.filePath(u"zefirina.pdf"_s);
    const QString json = f.out.filePath(u"zefirina.json"_s);
    REQUIRE(QFileInfo(pdf).size() > 0);

    const QString text = pdfText(pdf);
    for (const QString &clear : std::as_const(f.desk.clearTexts)) {
        INFO(clear.toStdString());
        CHECK(text.contains(clear));
    }
    for (const QString &words :
         {u"Personal data held by Centro di Ascolto"_s, u"Consents"_s, u"Meetings at the desk"_s,
          u"Calls back"_s, u"Referrals"_s, u"Who consulted or changed these data"_s,
          u"How long these data are kept"_s, u"for 24 month"_s, u"removed on 9 March 2028"_s,
          u"Exported: a copy of these data"_s, u"Created a record: a consent"_s}) {
        INFO(words.toStdString());
        CHECK(text.contains(words));
    }

    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(object.value(u"schema"_s).toString() == u"sportello.subject_access");
    CHECK(object.value(u"person"_s).toObject().value(u"family_name"_s).toString()
          == f.desk.zoe.familyName);
}

TEST_CASE("an export that cannot be written says so and leaves no file",
          "[ui][people][subject_access]")
{
    Fixture f;
    f.open(f.desk.lead);
    // A folder that does not exist.
    f.prompter.savePaths = {f.out.filePath(u"missing/zefirina.pdf"_s)};
    QTest::mouseClick(f.exportButton(), Qt::LeftButton);
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first().contains(u"could not be written"_s));
    CHECK(QDir(f.out.path()).isEmpty());

    // The JSON's place taken by a folder: the PDF written first is removed again.
    REQUIRE(QDir(f.out.path()).mkdir(u"both.json"_s));
    f.prompter.savePaths = {f.out.filePath(u"both.pdf"_s)};
    f.prompter.confirmations = {true}; // replace "both.json"
    QTest::mouseClick(f.exportButton(), Qt::LeftButton);
    REQUIRE(f.prompter.warnings.size() == 2);
    CHECK(f.prompter.warnings.last().contains(u"could not be written"_s));
    CHECK_FALSE(QFileInfo::exists(f.out.filePath(u"both.pdf"_s)));
}
