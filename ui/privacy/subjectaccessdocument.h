// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rights/subjectaccess.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;
class QWidget;

namespace sportello {
namespace security {
struct Actor;
}
namespace services {
class PersonFiles;
class SubjectAccessService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class Prompter;
struct A4Layout;

// Lays out a subject-access report (everything the desk holds about one person, GDPR art. 15
// and 20) as a readable A4 document in the interface language: the record, consents, sessions
// with needs and notes, follow-ups, referrals with their history, who accessed the data and
// until when they are kept, with the desk and the date in every page's footer.
class SubjectAccessDocument final
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessDocument)

public:
    [[nodiscard]] static QString html(const rights::SubjectAccessReport &report);
    [[nodiscard]] static std::unique_ptr<QTextDocument>
    build(const rights::SubjectAccessReport &report);
    [[nodiscard]] static bool writePdf(const rights::SubjectAccessReport &report,
                                       const QString &path);
    // The JSON file beside the PDF (rights::subjectAccessJson), written atomically.
    [[nodiscard]] static bool writeJson(const rights::SubjectAccessReport &report,
                                        const QString &path);
    // The JSON's path for a PDF's: the same name ending in ".json".
    [[nodiscard]] static QString jsonPathFor(const QString &pdfPath);

private:
    [[nodiscard]] static A4Layout layout(const rights::SubjectAccessReport &report);
};

// The person page's action: asks where to save the PDF (the JSON goes beside it), gathers the
// report (a coordinator only; audited as an export) and writes both files, warning with a
// translated sentence when refused or when a file cannot be written. Returns the PDF's path,
// empty when cancelled or failed. Both files are made owner-only and, with `files`, recorded
// for the person's erasure (decision 35).
QString saveSubjectAccessExport(QWidget *parent, services::SubjectAccessService &service,
                                Prompter &prompter, const security::Actor &actor, qint64 personId,
                                services::PersonFiles *files = nullptr);

} // namespace sportello::ui
