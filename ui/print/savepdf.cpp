// SPDX-License-Identifier: GPL-3.0-or-later
#include "savepdf.h"

#include "prompter.h"

#include <QCoreApplication>
#include <QDir>
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
};
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
    return *path;
}

QString documentsPath(const QString &name)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name);
}

} // namespace sportello::ui
