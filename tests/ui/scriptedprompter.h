// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompter.h"

#include <QStringList>

#include <deque>

namespace sportello::test {

// Answers the interface's questions from a script, and remembers the warnings it was shown.
class ScriptedPrompter final : public ui::Prompter
{
public:
    QStringList texts; // a null QString stands for "Cancel"
    std::deque<bool> confirmations;
    QStringList warnings;

    std::optional<QString> askText(QWidget *, const QString &, const QString &,
                                   const QString &) override
    {
        if (texts.isEmpty())
            return std::nullopt;
        const QString answer = texts.takeFirst();
        if (answer.isNull())
            return std::nullopt;
        return std::make_optional(answer);
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
};

} // namespace sportello::test
