// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/privacynotice.h"
#include "services/accountservice.h"
#include "support/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sportello::ui {

class Prompter;

// Lets a coordinator edit the desk's privacy notice, go back to the built-in text and save a
// blank consent form as PDF to check the layout. Saving goes through a callback the app wires
// to people::savePrivacyNotice, so this dialog never touches storage.
class PrivacyNoticeEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyNoticeEditor)

public:
    using SaveFunction = std::function<Status(const QString &text)>;

    PrivacyNoticeEditor(people::PrivacyNotice notice, security::DeskIdentity desk,
                        SaveFunction save, Prompter &prompter, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    [[nodiscard]] bool isModified() const;
    // A blank consent form with the text as it is in the editor now.
    [[nodiscard]] bool savePdf(const QString &path) const;

    void reject() override;

private:
    void restoreDefault();
    void chooseAndSavePdf();
    void save();
    void updateState();

    people::PrivacyNotice m_notice;
    security::DeskIdentity m_desk;
    SaveFunction m_save;
    Prompter &m_prompter;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace sportello::ui
