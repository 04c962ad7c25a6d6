// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "people/privacynotice.h"
#include "support/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace sportello::ui {

// Records one consent: what for, and how it was given (signed form, or read aloud with the
// scripted text, which the dialog shows). The notice's version goes with it. OK hands the
// choice to `submit`; on an error the dialog stays open with the message.
class ConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)

public:
    using Submit
        = std::function<Status(people::ConsentPurpose purpose, people::ConsentMethod method)>;

    // `notice` has its placeholders already filled; `preselected` is the purpose offered first.
    ConsentDialog(people::PrivacyNotice notice, people::ConsentPurpose preselected, Submit submit,
                  QWidget *parent = nullptr);

    void setPurpose(people::ConsentPurpose purpose);
    void setMethod(people::ConsentMethod method);
    [[nodiscard]] people::ConsentPurpose purpose() const;
    [[nodiscard]] people::ConsentMethod method() const;
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    void updateScriptLabel();

    Submit m_submit;
    QComboBox *m_purpose = nullptr;
    QRadioButton *m_signed = nullptr;
    QRadioButton *m_verbal = nullptr;
    QLabel *m_scriptLabel = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sportello::ui
