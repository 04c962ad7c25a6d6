// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompter.h"

#include <QDialog>
#include <QStringList>

#include <deque>
#include <functional>

namespace sportello::test {

// Answers the interface's questions from a script, and remembers the warnings it was shown.
// Dialogs the interface runs are handed, in order, to the scripted handlers, which fill them in
// and return how they closed — no nested event loop: a dialog without a handler is cancelled.
class ScriptedPrompter final : public ui::Prompter
{
public:
    using DialogHandler = std::function<int(QDialog &)>;

    QStringList texts; // a null QString stands for "Cancel"
    std::deque<bool> confirmations;
    QStringList warnings;
    QStringList savePaths; // answers askSaveFile in order; a null QString stands for "Cancel"
    QStringList saveTitles; // the titles askSaveFile was asked with
    QStringList openPaths; // answers askOpenFile in order; a null QString stands for "Cancel"
    QStringList folders; // answers askFolder in order; a null QString stands for "Cancel"
    std::deque<DialogHandler> dialogs;
    QStringList dialogTitles; // the window titles of the dialogs run, handled or not

    std::optional<QString> askText(QWidget *, const QString &, const QString &,
                                   const QString &) override
    {
        return next(texts);
    }
    std::optional<QString> askPassword(QWidget *parent, const QString &title,
                                       const QString &label) override
    {
        return askText(parent, title, label, {});
    }
    bool confirm(QWidget *, const QString &, const QString &) override
    {
        if (confirmations.empty())
            return false;
        const bool answer = confirmations.front();
        confirmations.pop_front();
        return answer;
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    std::optional<QString> askSaveFile(QWidget *, const QString &title, const QString &,
                                       const QString &) override
    {
        saveTitles.append(title);
        return next(savePaths);
    }
    std::optional<QString> askOpenFile(QWidget *, const QString &, const QString &) override
    {
        return next(openPaths);
    }
    std::optional<QString> askFolder(QWidget *, const QString &, const QString &) override
    {
        return next(folders);
    }
    int runDialog(QDialog &dialog) override
    {
        dialogTitles.append(dialog.windowTitle());
        if (dialogs.empty())
            return QDialog::Rejected;
        const DialogHandler handler = std::move(dialogs.front());
        dialogs.pop_front();
        return handler(dialog);
    }

private:
    static std::optional<QString> next(QStringList &answers)
    {
        if (answers.isEmpty())
            return std::nullopt;
        const QString answer = answers.takeFirst();
        if (answer.isNull())
            return std::nullopt;
        return std::make_optional(answer);
    }
};

} // namespace sportello::test
