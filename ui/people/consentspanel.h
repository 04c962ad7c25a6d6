// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "people/privacynotice.h"
#include "security/account.h"
#include "security/permissions.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sportello {
class Clock;
namespace services {
class PeopleService;
class PersonFiles;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class ConsentDialog;
class Prompter;

// A person's consents as data (purpose, method, date, notice version, revocation) with
// "Record consent…", "Revoke" and the printable consent form carrying the desk's data.
class ConsentsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentsPanel)

public:
    struct Context
    {
        services::PeopleService &people;
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor;
        std::function<people::PrivacyNotice()> notice; // the notice in force (unfilled)
        security::DeskIdentity desk;
        services::PersonFiles *files = nullptr; // records a form saved with the name
    };

    explicit ConsentsPanel(Context context, QWidget *parent = nullptr);

    // Shows the consents of a person (0: none); `personName` goes on the printed form.
    void setPerson(qint64 personId);
    [[nodiscard]] const QList<people::Consent> &consents() const { return m_consents; }
    [[nodiscard]] ConsentDialog *consentDialog() const;
    bool selectConsent(qint64 consentId);

public Q_SLOTS:
    void reload();
    void recordConsent();
    void revokeSelectedConsent();
    void printConsentForm();

private:
    [[nodiscard]] const people::Consent *selectedConsent() const;
    void updateActions();

    Context m_context;
    qint64 m_personId = 0;
    QList<people::Consent> m_consents;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_print = nullptr;
    QPointer<ConsentDialog> m_dialog;
};

} // namespace sportello::ui
