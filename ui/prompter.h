// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace sportello::ui {

// Every question the interface asks in a modal box goes through here, so tests can answer it.
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
};

} // namespace sportello::ui
