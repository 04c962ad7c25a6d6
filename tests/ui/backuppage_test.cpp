// SPDX-License-Identifier: GPL-3.0-or-later
// The backup page, driven offscreen as a coordinator uses it (issue 18, point 2): a folder
// chosen, a backup written off the GUI thread and shown, a missing stick said plainly, a
// volunteer refused by the service.
#include "../core/services/peoplefixture.h"
#include "backup/backuppage.h"
#include "scriptedprompter.h"
#include "services/backuprunner.h"
#include "services/backupservice.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("a coordinator chooses a stick and backs up from the page", "[ui][backup]")
{
    test::TempDir stick;
    test::PeopleDesk desk;
    test::ScriptedPrompter prompter;
    services::BackupRunner runner(desk.services->context());
    ui::BackupPage page({desk.services->backups(), runner, desk.services->notifier(), desk.clock,
                         prompter, desk.lead});
    auto *now = page.findChild<QPushButton *>(u"backupNow"_s);
    REQUIRE(now);
    CHECK_FALSE(now->isEnabled()); // no folder yet
    CHECK(page.statusText().contains(u"No backup"_s));

    prompter.folders = {stick.path()};
    page.findChild<QSpinBox *>(u"backupKeep"_s)->setValue(3);
    REQUIRE(page.chooseFolder());
    CHECK(desk.services->backups().plan().folder == QDir::cleanPath(stick.path()));
    CHECK(desk.services->backups().plan().keep == 3);
    CHECK(now->isEnabled());

    QSignalSpy finished(&page, &ui::BackupPage::backupFinished);
    REQUIRE(page.backUpNow());
    CHECK_FALSE(now->isEnabled()); // one at a time
    CHECK_FALSE(page.backUpNow());
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().toBool());
    const QStringList files = QDir(stick.path()).entryList({u"*.sportello-backup"_s}, QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(page.statusText().contains(files.first()));
    CHECK(prompter.warnings.isEmpty());
    CHECK(now->isEnabled());

    // The stick is taken out: the attempt fails, says why, and the page shows it.
    REQUIRE(QDir(stick.path()).removeRecursively());
    finished.clear();
    REQUIRE(page.backUpNow());
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.first().first().toBool());
    REQUIRE(prompter.warnings.size() == 1);
    CHECK(prompter.warnings.first().contains(u"USB stick"_s));
    CHECK(page.statusText().contains(u"failed"_s));
    CHECK(page.statusText().contains(files.first())); // the last success is still said
}

TEST_CASE("a volunteer cannot change the plan or back up", "[ui][backup]")
{
    test::TempDir stick;
    test::PeopleDesk desk;
    test::ScriptedPrompter prompter;
    services::BackupRunner runner(desk.services->context());
    ui::BackupPage page({desk.services->backups(), runner, desk.services->notifier(), desk.clock,
                         prompter, desk.volunteer});
    prompter.folders = {stick.path()};
    CHECK_FALSE(page.chooseFolder());
    REQUIRE(prompter.warnings.size() == 1);
    CHECK(desk.services->backups().plan().folder.isEmpty());
}

TEST_CASE("a backup that ends as the app quits is still recorded", "[ui][backup]")
{
    test::TempDir stick;
    test::PeopleDesk desk;
    REQUIRE(desk.services->backups().setPlan(desk.lead, {stick.path(), 1, 3}).ok());
    const auto written = [&stick] {
        return QDir(stick.path()).entryList({u"*.sportello-backup"_s}, QDir::Files);
    };
    {
        services::BackupRunner runner(desk.services->context());
        REQUIRE(runner.runFor(desk.lead));
        // The copy ends on its thread while the event loop does not turn (the app is quitting):
        // the window never hears of it, and the runner goes.
        for (int waited = 0; waited < 300 && written().isEmpty(); ++waited)
            QThread::msleep(100);
        REQUIRE(written().size() == 1);
    }
    // The file is there, and so is its record: the last success, for the home page.
    const services::BackupStatus status = desk.services->backups().status();
    CHECK(status.lastSuccess.isValid());
    CHECK(status.lastErrorCode == 0);
}
