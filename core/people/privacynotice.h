// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDateTime>
#include <QString>

namespace sportello {
class Clock;
namespace storage {
class Database;
}
namespace security {
class Authorizer;
struct Actor;
struct DeskIdentity;
} // namespace security
} // namespace sportello

namespace sportello::people {

// The desk's privacy notice (GDPR art. 13 information), shown or read to a person before a
// consent is recorded. The text is plain: paragraphs separated by blank lines, lines starting
// with "- " as list items, and placeholders {desk}, {organization}, {comune}, {contacts}.
struct PrivacyNotice
{
    QString text;
    QString version; // "default-1" for the built-in text, then "desk-1", "desk-2", …
    QDateTime updatedAt; // UTC; null for the built-in text
    bool isDefault = true;
};

inline constexpr char kDefaultPrivacyNoticeVersion[] = "default-1";
inline constexpr qsizetype kMaximumPrivacyNoticeLength = 60000;

// The built-in Italian notice, with its placeholders.
[[nodiscard]] QString defaultPrivacyNoticeText();

// The notice the desk uses now: the coordinator's text if one was saved, else the built-in one.
[[nodiscard]] Result<PrivacyNotice> loadPrivacyNotice(storage::Database &database,
                                                      const Clock &clock);

// Stores a coordinator's text as a new version ("desk-N") and audits it, in one transaction.
// Needs Permission::ConfigureDesk; empty or oversized text fails with InvalidArgument. Saving
// the text in force again changes nothing, so consents keep pointing at the same version.
[[nodiscard]] Status savePrivacyNotice(storage::Database &database, const Clock &clock,
                                       security::Authorizer &authorizer,
                                       const security::Actor &actor, const QString &text);

// The notice ready to print: placeholders replaced with the desk's identity; a value the desk
// has not entered becomes a blank line to fill in by hand.
[[nodiscard]] QString fillPrivacyNotice(const QString &text, const security::DeskIdentity &desk);

} // namespace sportello::people
