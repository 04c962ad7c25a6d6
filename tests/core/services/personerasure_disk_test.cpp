// SPDX-License-Identifier: GPL-3.0-or-later
// After an erasure nothing of the person is left in the database files: not the sealed values
// nor their blind-index entries (which a key holder could still open or match), nor any clear
// text — in the main file, the WAL or the shared-memory index.
#include "connection.h"
#include "databasefiles.h"
#include "erasurefixture.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::ErasureDesk;

namespace {

// The raw bytes a column holds for the rows `sql` selects.
QList<QByteArray> storedBytes(ErasureDesk &desk, const QString &sql,
                              std::initializer_list<QVariant> values)
{
    auto query = storage::run(storage::connectionOf(desk.profile->database()), sql, values);
    REQUIRE(query.ok());
    QList<QByteArray> bytes;
    while (query->next())
        bytes.append(query->value(0).toByteArray());
    return bytes;
}

// The sealed values of the person's record, sessions, follow-ups and referrals.
const QString kSealedOfPerson
    = u"SELECT sealed FROM personal_fields WHERE (entity_type = 'person' AND entity_id = ?) "
      "OR (entity_type = 'session' AND entity_id IN "
      "(SELECT id FROM sessions WHERE person_id = ?)) "
      "OR (entity_type = 'follow_up' AND entity_id IN "
      "(SELECT id FROM follow_ups WHERE person_id = ?)) "
      "OR (entity_type = 'referral' AND entity_id IN "
      "(SELECT id FROM referrals WHERE person_id = ?))"_s;

} // namespace

TEST_CASE("after an erasure no byte of the person is left in the database files",
          "[people][erasure][privacy]")
{
    ErasureDesk desk;
    const QString dataDir = desk.profile->dataDir();
    const QList<QByteArray> sealed
        = storedBytes(desk, kSealedOfPerson, {desk.zoeId, desk.zoeId, desk.zoeId, desk.zoeId});
    // Six personal fields, three session texts and a second note, a follow-up and a referral
    // note.
    REQUIRE(sealed.size() == 12);
    const QList<QByteArray> macs = storedBytes(
        desk, u"SELECT mac FROM blind_index WHERE entity_type = 'person' AND entity_id = ?"_s,
        {desk.zoeId});
    REQUIRE(macs.size() == 1);
    const QList<QByteArray> control = storedBytes(
        desk,
        u"SELECT sealed FROM personal_fields WHERE entity_type = 'person' AND entity_id = ?"_s,
        {desk.personId});
    REQUIRE_FALSE(control.isEmpty());

    // The scan sees what is there: each sealed value and index entry is found before.
    QStringList files = test::databaseFiles(dataDir);
    REQUIRE(files.size() == 3);
    for (const QByteArray &bytes : sealed + macs) {
        REQUIRE(bytes.size() >= 32);
        CHECK_FALSE(test::filesContaining(files, QList<QByteArray> {bytes}).isEmpty());
    }
    for (const QString &text : std::as_const(desk.clearTexts)) {
        INFO(text.toStdString());
        CHECK(test::filesContaining(files, text).isEmpty());
    }

    REQUIRE(desk.eraser->erase(desk.lead, desk.zoeId).ok());

    files = test::databaseFiles(dataDir);
    // The checkpoint truncated the WAL: what was in it is in the main file now, or gone.
    CHECK(QFileInfo(QDir(dataDir).filePath(u"sportello.db-wal"_s)).size() == 0);
    int index = 0;
    for (const QByteArray &bytes : sealed + macs) {
        INFO("sealed value or index entry " << index++);
        CHECK(test::filesContaining(files, QList<QByteArray> {bytes}).isEmpty());
    }
    for (const QString &text : std::as_const(desk.clearTexts)) {
        INFO(text.toStdString());
        CHECK(test::filesContaining(files, text).isEmpty());
    }
    // The other person's sealed fields are still found: the scan still reads the files.
    for (const QByteArray &bytes : control)
        CHECK(test::filesContaining(files, QList<QByteArray> {bytes})
              == QStringList {u"sportello.db"_s});
}
