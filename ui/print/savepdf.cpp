// SPDX-License-Identifier: GPL-3.0-or-later
#include "savepdf.h"

#include "prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// The translated sentences of saving a PDF.
class PdfSaving final
{
    Q_DECLARE_TR_FUNCTIONS(PdfSaving)

public:
    [[nodiscard]] static QString filter() { return tr("PDF documents (*.pdf)"); }
    [[nodiscard]] static QString replace(const QString &path)
    {
        return tr("The file %1 already exists. Replace it?").arg(path);
    }
    [[nodiscard]] static QString unwritable(const QString &path)
    {
        return tr("The PDF could not be written to %1.").arg(path);
    }
    [[nodiscard]] static QString synced(const QString &path)
    {
        return tr("%1 looks like a folder copied to a cloud service (OneDrive, Dropbox, "
                  "Nextcloud…): a document saved there leaves this computer and stays in the "
                  "service's history even after it is deleted here. Save it there anyway?")
            .arg(path);
    }
};

QString &documentsFolder()
{
    static QString folder;
    return folder;
}

} // namespace

std::optional<QString> askPdfPath(Prompter &prompter, QWidget *parent, const QString &title,
                                  const QString &suggestedPath)
{
    const auto chosen = prompter.askSaveFile(parent, title, suggestedPath, PdfSaving::filter());
    if (!chosen || chosen->trimmed().isEmpty())
        return std::nullopt;
    QString path = QDir::fromNativeSeparators(chosen->trimmed());
    // The file dialog asked about replacing the name it was given, not this one.
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".pdf"_s;
        if (QFileInfo::exists(path)
            && !prompter.confirm(parent, title, PdfSaving::replace(QDir::toNativeSeparators(path))))
            return std::nullopt;
    }
    if (looksSynced(path)
        && !prompter.confirm(parent, title,
                             PdfSaving::synced(QDir::toNativeSeparators(QFileInfo(path).path()))))
        return std::nullopt;
    return path;
}

QString unwritablePdfMessage(const QString &path)
{
    return PdfSaving::unwritable(QDir::toNativeSeparators(path));
}

QString savePdfAs(Prompter &prompter, QWidget *parent, const QString &title,
                  const QString &suggestedPath,
                  const std::function<bool(const QString &path)> &write)
{
    const auto path = askPdfPath(prompter, parent, title, suggestedPath);
    if (!path)
        return {};
    if (!write(*path)) {
        prompter.warn(parent, title, unwritablePdfMessage(*path));
        return {};
    }
    makeOwnerOnly(*path);
    return *path;
}

void makeOwnerOnly(const QString &path)
{
    // Like the profile's own files (Unix; Windows keeps the folder's ACL).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString documentsPath(const QString &name)
{
    QString folder = documentsFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name);
}

void setDocumentsFolder(const QString &folder)
{
    documentsFolder() = folder;
}

bool looksSynced(const QString &path)
{
    static const QStringList markers = {
        u"onedrive"_s,     u"dropbox"_s,
        u"nextcloud"_s,    u"owncloud"_s,
        u"google drive"_s, u"googledrive"_s,
        u"my drive"_s,     u"icloud drive"_s,
        u"iclouddrive"_s,  u"mobile documents"_s,
        u"box sync"_s,     u"box"_s,
        u"mega"_s,         u"megasync"_s,
        u"pcloud"_s,       u"pcloud drive"_s,
        u"seafile"_s,      u"sync"_s,
        u"syncthing"_s,
    };
    // Both separators, whatever the system: a Windows path read on Linux is still one.
    QString normalized = path;
    normalized.replace(u'\\', u'/');
    QStringList parts = normalized.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast(); // the file's own name
    for (const QString &part : parts) {
        const QString folder = part.toLower();
        for (const QString &marker : markers) {
            // "OneDrive - Caritas", "Dropbox (Personale)", "Nextcloud": the service's name
            // starts the folder's.
            if (folder == marker || folder.startsWith(marker + u' ')
                || folder.startsWith(marker + u'-') || folder.startsWith(marker + u'('))
                return true;
        }
    }
    return false;
}

} // namespace sportello::ui
