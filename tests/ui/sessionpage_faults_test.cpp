// SPDX-License-Identifier: GPL-3.0-or-later
// The session page on a full disk (issue 17): the save is refused with a message in Italian
// that says the disk is full and nothing was saved, the form keeps what was typed, everything
// saved before is still there, and once space is freed the same Ctrl+S saves.
#include "connection.h"
#include "italianinterface.h"
#include "sessionfixture.h"
#include "sqlite.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

qint64 scalar(storage::Database &database, const QString &sql)
{
    storage::SqlQuery query(storage::connectionOf(database));
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("on a full disk the session page says so in Italian, keeps the form and saves once "
          "space is freed",
          "[ui][sessions][faults]")
{
    test::Fixture f;
    storage::Database &database = f.desk.profile->database();
    people::Session earlier;
    earlier.needs = {u"CAS.AFFITTO"_s};
    earlier.outcomes = {u"ORIENT_SERV"_s};
    REQUIRE(f.desk.sessions->save(f.desk.volunteer, earlier).ok());
    const qint64 sessions = scalar(database, u"SELECT count(*) FROM sessions"_s);
    const qint64 audit = scalar(database, u"SELECT count(*) FROM audit_log"_s);

    test::Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_Down); // the anonymous walk-in
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"spid"_s);
    keys.press(Qt::Key_Return);
    // A long note: sealed, it needs pages the full disk does not have.
    auto *notes = f.page->findChild<QPlainTextEdit *>(u"sessionNotes"_s);
    REQUIRE(notes);
    const qint64 spare
        = scalar(database, u"PRAGMA freelist_count"_s) * scalar(database, u"PRAGMA page_size"_s);
    const QString note = QString(int(spare) + 128 * 1024, u'x');
    notes->setPlainText(note);
    const qint64 pages = scalar(database, u"PRAGMA page_count"_s);
    REQUIRE(scalar(database, u"PRAGMA max_page_count = %1"_s.arg(pages)) == pages);

    // The form was filled with the shortcuts the other tests use; the message is read as a desk
    // in Italy reads it.
    test::ItalianInterface italian;
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.isEmpty());
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.constFirst()
          == u"Il disco è pieno: non è stato salvato nulla. Liberare spazio e riprovare."_s);
    CHECK(scalar(database, u"SELECT count(*) FROM sessions"_s) == sessions);
    CHECK(scalar(database, u"SELECT count(*) FROM audit_log"_s) == audit);
    CHECK(notes->toPlainText() == note);
    CHECK(f.page->needPicker()->needs() == QStringList {u"DIG.IDENT"_s});

    REQUIRE(scalar(database, u"PRAGMA max_page_count = 1073741823"_s) > pages);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    CHECK(f.prompter.warnings.size() == 1);
    CHECK(scalar(database, u"SELECT count(*) FROM sessions"_s) == sessions + 1);
    auto session = f.desk.sessions->session(f.desk.lead, saved.at(0).at(0).toLongLong());
    REQUIRE(session.ok());
    CHECK(session->notes == note);
}
