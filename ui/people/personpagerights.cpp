// SPDX-License-Identifier: GPL-3.0-or-later
// The person page's acts on a person's rights: erasure (GDPR art. 17) with the files written
// about them, and the subject-access export (art. 15 and 20).
#include "people/personfieldsform.h"
#include "personpage.h"
#include "privacy/subjectaccessdocument.h"
#include "prompter.h"
#include "services/personeraser.h"
#include "services/personfiles.h"
#include "text/errortext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sportello::ui {

void PersonPage::eraseShownPerson()
{
    if (m_person.id <= 0 || m_fields->isEditing())
        return;
    const qint64 personId = m_person.id;
    // A Yes and then the name typed: a slip of the mouse cannot erase a record.
    const QString expected
        = QString(m_person.familyName.isEmpty() ? m_person.givenName : m_person.familyName)
              .simplified();
    const QString title = tr("Erase this person");
    if (!m_context.prompter.confirm(
            this, title,
            tr("Erase %1 at their request?\n\nTheir name, codice fiscale, contacts, address, "
               "consents and follow-ups go for good, with the notes of their sessions and "
               "referrals. The sessions and referrals stay, without the person, so that "
               "statistics still count them. This cannot be undone.")
                .arg(m_person.displayName())))
        return;
    const auto typed = m_context.prompter.askText(
        this, title, tr("To confirm, type the name \"%1\":").arg(expected));
    if (!typed)
        return;
    if (typed->simplified().compare(expected, Qt::CaseInsensitive) != 0) {
        m_context.prompter.warn(
            this, title, tr("The name typed is not \"%1\": nothing was erased.").arg(expected));
        return;
    }
    // The files written about the person outside the database, read before they are
    // forgotten with the record (decision 35).
    QList<people::PersonFile> files;
    if (m_context.files) {
        auto listed = m_context.files->ofPerson(m_context.actor, personId);
        if (!listed) {
            m_context.prompter.warn(this, title, text::ErrorText::message(listed.error()));
            return;
        }
        files = *listed;
    }
    // On success the service announces the erasure and the page clears itself.
    if (const Status erased = m_context.eraser.erase(m_context.actor, personId); !erased) {
        m_context.prompter.warn(this, title, text::ErrorText::message(erased.error()));
        return;
    }
    deleteWrittenFiles(files);
}

void PersonPage::deleteWrittenFiles(const QList<people::PersonFile> &files)
{
    QStringList present;
    for (const people::PersonFile &file : files) {
        if (QFileInfo::exists(file.path) && !present.contains(file.path))
            present.append(file.path);
    }
    if (present.isEmpty())
        return;
    const QString title = tr("Files about the erased person");
    QStringList shown;
    for (const QString &path : std::as_const(present))
        shown.append(QDir::toNativeSeparators(path));
    if (!m_context.prompter.confirm(
            this, title,
            tr("The desk wrote these files about the person. Delete them too?\n\n%1\n\nCopies "
               "made elsewhere (printed, sent, backed up) must be destroyed by hand.")
                .arg(shown.join(u'\n'))))
        return;
    QStringList kept;
    for (const QString &path : std::as_const(present)) {
        if (!QFile::remove(path))
            kept.append(QDir::toNativeSeparators(path));
    }
    if (!kept.isEmpty())
        m_context.prompter.warn(this, title,
                                tr("These files could not be deleted; delete them by hand:\n\n%1")
                                    .arg(kept.join(u'\n')));
}

void PersonPage::exportShownPerson()
{
    if (m_person.id <= 0 || m_fields->isEditing())
        return;
    [[maybe_unused]] const QString written
        = saveSubjectAccessExport(this, m_context.subjectAccess, m_context.prompter,
                                  m_context.actor, m_person.id, m_context.files);
}

} // namespace sportello::ui
