// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/handout.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace sportello::ui {

class Prompter;

// Chooses the citizen's language, previews the handout for the chosen services and prints it
// or saves it as PDF.
class HandoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoutDialog)

public:
    struct Input
    {
        QList<catalogue::Service> services;
        QList<catalogue::Organization> organizations;
        QList<catalogue::Location> locations;
        catalogue::DeskInfo desk;
        QDate today;
        QString referralCode;
    };

    HandoutDialog(Input input, Prompter &prompter, QWidget *parent = nullptr);

    void setLanguage(const QString &code);
    [[nodiscard]] QString language() const;
    [[nodiscard]] catalogue::HandoutContent content() const;
    [[nodiscard]] bool savePdf(const QString &path);

private:
    void refreshPreview();
    void chooseAndSave();
    void printHandout();

    Input m_input;
    Prompter &m_prompter;
    QComboBox *m_language = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace sportello::ui
