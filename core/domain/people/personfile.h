// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sportello::people {

// The kinds of file the desk writes that name a person (decision 35).
inline constexpr char kFileLetter[] = "letter";
inline constexpr char kFileConsentForm[] = "consent_form";
inline constexpr char kFileSubjectAccess[] = "subject_access";

// A file written outside the database that names a person: recorded so that erasing the person
// lists what must be deleted too.
struct PersonFile
{
    qint64 id = 0;
    qint64 personId = 0;
    QString kind; // one of the kinds above
    QString path; // as written
    QDateTime writtenAt; // UTC
    qint64 writtenBy = 0;
};

} // namespace sportello::people
