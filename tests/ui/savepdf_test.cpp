// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a PDF that may name a person (decision 35): offered in the profile's documents folder,
// written for its owner only, and a folder a cloud service copies is named before writing.
#include "print/savepdf.h"
#include "scriptedprompter.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("folders of cloud services are recognized by their names", "[ui][files]")
{
    CHECK(ui::looksSynced(u"C:/Users/anna/OneDrive - Caritas Ambrosiana/Documenti/x.pdf"_s));
    CHECK(ui::looksSynced(u"C:\\Users\\anna\\OneDrive\\x.pdf"_s));
    CHECK(ui::looksSynced(u"/home/anna/Dropbox (Personale)/x.pdf"_s));
    CHECK(ui::looksSynced(u"/home/anna/Nextcloud/Sportello/x.pdf"_s));
    CHECK(ui::looksSynced(u"/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/x.pdf"_s));
    CHECK(ui::looksSynced(u"G:/My Drive/x.pdf"_s));
    CHECK_FALSE(ui::looksSynced(u"/home/anna/Documenti/x.pdf"_s));
    CHECK_FALSE(ui::looksSynced(u"/home/anna/.local/share/Sportello/documenti/x.pdf"_s));
    // A name that merely contains a service's is not one.
    CHECK_FALSE(ui::looksSynced(u"/home/anna/boxes/megaphone/x.pdf"_s));
}

TEST_CASE("a PDF goes to the documents folder set by the app, readable by its owner only, and "
          "a synced folder is confirmed first",
          "[ui][files]")
{
    test::TempDir dir;
    ui::setDocumentsFolder(dir.filePath(u"documenti"_s));
    CHECK(ui::documentsPath(u"a.pdf"_s) == dir.filePath(u"documenti/a.pdf"_s));
    const auto write = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4\n") > 0;
    };

    test::ScriptedPrompter prompter;
    const QString plain = dir.filePath(u"a.pdf"_s);
    prompter.savePaths = {plain};
    CHECK(ui::savePdfAs(prompter, nullptr, u"t"_s, ui::documentsPath(u"a.pdf"_s), write) == plain);
    CHECK((QFileInfo(plain).permissions()
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup))
          == 0);

    QDir(dir.path()).mkpath(u"Dropbox"_s);
    const QString synced = dir.filePath(u"Dropbox/b.pdf"_s);
    prompter.savePaths = {synced};
    prompter.confirmations = {false};
    CHECK(ui::savePdfAs(prompter, nullptr, u"t"_s, synced, write).isEmpty());
    CHECK_FALSE(QFileInfo::exists(synced));
    prompter.savePaths = {synced};
    prompter.confirmations = {true};
    CHECK(ui::savePdfAs(prompter, nullptr, u"t"_s, synced, write) == synced);
    CHECK(QFileInfo::exists(synced));
    ui::setDocumentsFolder(QString());
}
