// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QDialog;
class QWidget;

namespace sportello::ui {

// Every question the interface asks in a modal box — a line of text, a yes or no, a warning, a
// file to write or read, a dialog of its own — goes through here, so tests answer it without
// running a nested event loop.
class Prompter
{
public:
    virtual ~Prompter() = default;
    // A line of text, or nothing when the person cancels.
    [[nodiscard]] virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                                         const QString &label,
                                                         const QString &initial = {})
        = 0;
    // Like askText, but what is typed is not shown.
    [[nodiscard]] virtual std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                                             const QString &label)
        = 0;
    [[nodiscard]] virtual bool confirm(QWidget *parent, const QString &title, const QString &text)
        = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Where to write a file: the path chosen, or nothing when the person cancels. `filter` is
    // the kind of file offered ("PDF documents (*.pdf)").
    [[nodiscard]] virtual std::optional<QString> askSaveFile(QWidget *parent, const QString &title,
                                                             const QString &suggestedPath,
                                                             const QString &filter)
        = 0;
    // A file to read: the path chosen, or nothing when the person cancels. `filter` as above.
    [[nodiscard]] virtual std::optional<QString> askOpenFile(QWidget *parent, const QString &title,
                                                             const QString &filter)
        = 0;
    // A folder (a USB stick for backups): the path chosen, or nothing when the person cancels.
    [[nodiscard]] virtual std::optional<QString> askFolder(QWidget *parent, const QString &title,
                                                           const QString &startPath)
        = 0;
    // Shows a dialog the interface built, modally, until the person closes it; returns its
    // result (QDialog::Accepted or Rejected).
    virtual int runDialog(QDialog &dialog) = 0;
};

// The real prompter: Qt's standard dialogs.
class DialogPrompter final : public Prompter
{
public:
    [[nodiscard]] std::optional<QString> askText(QWidget *parent, const QString &title,
                                                 const QString &label,
                                                 const QString &initial) override;
    [[nodiscard]] std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                                     const QString &label) override;
    [[nodiscard]] bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    [[nodiscard]] std::optional<QString> askSaveFile(QWidget *parent, const QString &title,
                                                     const QString &suggestedPath,
                                                     const QString &filter) override;
    [[nodiscard]] std::optional<QString> askOpenFile(QWidget *parent, const QString &title,
                                                     const QString &filter) override;
    [[nodiscard]] std::optional<QString> askFolder(QWidget *parent, const QString &title,
                                                   const QString &startPath) override;
    int runDialog(QDialog &dialog) override;
};

} // namespace sportello::ui
