// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sportello::security {
struct DeskIdentity;
}

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

// Line endings and trailing blanks do not make a new version: the text as compared and stored.
[[nodiscard]] QString normalizedPrivacyNotice(const QString &text);
// The version after `current`: "desk-1" after the built-in text (empty `current`), then
// "desk-2", …
[[nodiscard]] QString nextPrivacyNoticeVersion(const QString &current);

// The notice ready to print: placeholders replaced with the desk's identity; a value the desk
// has not entered becomes a blank line to fill in by hand.
[[nodiscard]] QString fillPrivacyNotice(const QString &text, const security::DeskIdentity &desk);

} // namespace sportello::people
