// SPDX-License-Identifier: GPL-3.0-or-later
// The printable privacy notice and consent form, and the coordinator's notice editor.
#include "people/privacynotice.h"
#include "privacy/consentformdocument.h"
#include "privacy/privacynoticeeditor.h"
#include "scriptedprompter.h"
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::ui;

namespace {
security::DeskIdentity desk()
{
    return {u"Centro di Ascolto"_s,
            u"Caritas Ambrosiana"_s,
            u"015175"_s,
            u"PIO-CDA"_s,
            {u"Via Roma 1, Pioltello"_s, u"Tel. 02 1234567"_s}};
}

ConsentFormDocument::Input input(const QString &personName = u"Maria Rossi"_s)
{
    ConsentFormDocument::Input in;
    in.desk = desk();
    in.notice.text = people::fillPrivacyNotice(people::defaultPrivacyNoticeText(), in.desk);
    in.notice.version = u"desk-3"_s;
    in.notice.isDefault = false;
    in.personName = personName;
    in.date = QDate(2026, 3, 2);
    return in;
}
} // namespace

TEST_CASE("the consent form lists the five purposes, the version and the person", "[privacy]")
{
    const QString html = ConsentFormDocument::html(input());
    CHECK(html.contains(u"Consent form"_s));
    CHECK(html.contains(u"Recording my personal data"_s));
    CHECK(html.contains(u"Information on health, disability, addiction or judicial matters"_s));
    CHECK(html.contains(u"Referral to the Social Services of the Comune"_s));
    CHECK(html.contains(u"Contact by phone"_s));
    CHECK(html.contains(u"The neighbourhood board"_s));
    CHECK(html.count(u"I do not consent"_s) == 5);
    CHECK(html.contains(u"Privacy notice version desk-3"_s));
    CHECK(html.contains(u"Maria Rossi"_s));
    // The notice itself comes first, filled and escaped.
    CHECK(html.indexOf(u"Garante"_s) < html.indexOf(u"Consent form"_s));
    CHECK(html.contains(u"Caritas Ambrosiana"_s));
    CHECK_FALSE(html.contains(u"{desk}"_s));
    CHECK(html.contains(u"<li"_s));

    SECTION("without a name, a line to fill in by hand")
    {
        const QString blank = ConsentFormDocument::html(input(QString()));
        CHECK_FALSE(blank.contains(u"Maria Rossi"_s));
        CHECK(blank.contains(u"________________________________________"_s));
    }
    SECTION("notice text is escaped")
    {
        ConsentFormDocument::Input in = input(u"<b>Eva</b>"_s);
        in.notice.text = u"Titolo\n\nA & B <script>"_s;
        const QString escaped = ConsentFormDocument::html(in);
        CHECK(escaped.contains(u"A &amp; B &lt;script&gt;"_s));
        CHECK(escaped.contains(u"&lt;b&gt;Eva&lt;/b&gt;"_s));
        CHECK_FALSE(escaped.contains(u"<script>"_s));
    }
}

TEST_CASE("the consent form is written as a PDF", "[privacy]")
{
    test::TempDir dir;
    const QString path = dir.filePath(u"consenso.pdf"_s);
    REQUIRE(ConsentFormDocument::writePdf(input(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 1000);
    CHECK(file.read(4) == QByteArray("%PDF"));
    // The notice and the form need at least two pages.
    file.seek(0);
    const QByteArray pdf = file.readAll();
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page>") >= 2);
}

TEST_CASE("the notice editor hands the edited text to its save callback", "[privacy]")
{
    test::ScriptedPrompter prompter;
    people::PrivacyNotice notice;
    notice.text = u"Informativa\n\nTesto attuale."_s;
    notice.version = u"desk-1"_s;
    notice.isDefault = false;
    QStringList saved;
    Status answer;
    PrivacyNoticeEditor editor(
        notice, desk(),
        [&](const QString &text) {
            saved.append(text);
            return answer;
        },
        prompter);
    auto *text = editor.findChild<QPlainTextEdit *>(u"privacyNoticeText"_s);
    auto *save = editor.findChild<QPushButton *>(u"savePrivacyNotice"_s);
    REQUIRE(text);
    REQUIRE(save);
    CHECK(text->toPlainText() == notice.text);
    CHECK_FALSE(editor.isModified());

    SECTION("unchanged text is not saved again")
    {
        save->click();
        CHECK(saved.isEmpty());
        CHECK(editor.result() == QDialog::Accepted);
    }
    SECTION("edited text is saved")
    {
        text->setPlainText(u"Informativa\n\nTesto nuovo per {desk}."_s);
        CHECK(editor.isModified());
        save->click();
        CHECK(saved == QStringList {u"Informativa\n\nTesto nuovo per {desk}."_s});
        CHECK(prompter.warnings.isEmpty());
        CHECK(editor.result() == QDialog::Accepted);
    }
    SECTION("a refusal is shown and the dialog stays open")
    {
        answer = makeError(ErrorCode::PermissionDenied, u"test"_s);
        text->setPlainText(u"Altro testo"_s);
        editor.open();
        save->click();
        CHECK(saved == QStringList {u"Altro testo"_s});
        REQUIRE(prompter.warnings.size() == 1);
        CHECK(editor.isVisible());
        editor.done(QDialog::Rejected);
    }
    SECTION("an empty text never reaches the callback")
    {
        text->setPlainText(u"   "_s);
        save->click();
        CHECK(saved.isEmpty());
        CHECK(prompter.warnings.size() == 1);
    }
    SECTION("restore default puts back the built-in notice after confirmation")
    {
        auto *restore = editor.findChild<QPushButton *>(u"restoreDefaultNotice"_s);
        REQUIRE(restore);
        prompter.confirmations = {false, true};
        restore->click();
        CHECK(text->toPlainText() == notice.text);
        restore->click();
        CHECK(text->toPlainText() == people::defaultPrivacyNoticeText());
        CHECK_FALSE(restore->isEnabled());
    }
    SECTION("a draft PDF is written from the editor's text")
    {
        test::TempDir dir;
        text->setPlainText(u"Bozza\n\nTesto in prova."_s);
        const QString path = dir.filePath(u"bozza.pdf"_s);
        CHECK(editor.savePdf(path));
        CHECK(QFileInfo(path).size() > 0);
    }
}
