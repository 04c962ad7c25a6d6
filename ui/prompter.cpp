// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace sportello::ui {

std::optional<QString> DialogPrompter::askText(QWidget *parent, const QString &title,
                                               const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> DialogPrompter::askPassword(QWidget *parent, const QString &title,
                                                   const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

void DialogPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

std::optional<QString> DialogPrompter::askSaveFile(QWidget *parent, const QString &title,
                                                   const QString &suggestedPath,
                                                   const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

std::optional<QString> DialogPrompter::askOpenFile(QWidget *parent, const QString &title,
                                                   const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, QString(), filter);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

std::optional<QString> DialogPrompter::askFolder(QWidget *parent, const QString &title,
                                                 const QString &startPath)
{
    const QString path = QFileDialog::getExistingDirectory(parent, title, startPath);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

int DialogPrompter::runDialog(QDialog &dialog)
{
    return dialog.exec();
}

} // namespace sportello::ui
