// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "support/result.h"
#include "sync/hubconfig.h"
#include "wire/record.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sportello {
class Clock;
namespace sync {
class Enrolment;
struct EnrolmentRequest;
} // namespace sync
} // namespace sportello

namespace sportello::ui {

class Prompter;

// A coordinator connects the desk to its district hub: the hub's address, the one-time token
// (masked) and the district's CA certificate (a file) or the hub's key pin. "Connect" checks
// what was typed, asks the hub (sync::Enrolment, asynchronously: the dialog stays responsive,
// and Cancel stops the request without closing), then hands the answer to `enrol`, which
// stores it (NetworkService::enrol). On any error the dialog stays open with the message.
class EnrolmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrolmentDialog)

public:
    using Enrol = std::function<Status(const sync::HubConfig &hub, const QByteArray &token,
                                       const wire::District &district)>;

    // `network` makes the manager of each attempt (each may try another trust).
    EnrolmentDialog(sync::NetworkFactory network, const Clock &clock, Prompter &prompter,
                    Enrol enrol, QWidget *parent = nullptr);
    ~EnrolmentDialog() override;

    void setAddress(const QString &address);
    // While the hub is being asked.
    [[nodiscard]] bool isBusy() const { return m_enrolment != nullptr || m_storing; }
    [[nodiscard]] QString errorText() const;
    // The district joined, once connected.
    [[nodiscard]] const std::optional<wire::District> &district() const { return m_district; }

    // Checks the fields and starts asking the hub; the dialog closes once the desk is enrolled.
    void accept() override;
    // Stops a request in flight (the dialog stays open), or closes.
    void reject() override;

Q_SIGNALS:
    // An attempt ended, enrolled or with the message in errorText().
    void attemptFinished(bool enrolled);

private:
    // What was typed, as a request; nullopt after showing what is wrong.
    [[nodiscard]] std::optional<sync::EnrolmentRequest> request();
    void chooseCaFile();
    void finishAttempt();
    void showError(const QString &message, QWidget *field = nullptr);
    void setBusy(bool busy);

    sync::NetworkFactory m_network;
    const Clock &m_clock;
    Prompter &m_prompter;
    Enrol m_enrol;
    std::unique_ptr<sync::Enrolment> m_enrolment;
    QByteArray m_token; // of the attempt in flight
    bool m_storing = false; // the hub answered; the enrolment is being stored
    std::optional<wire::District> m_district;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QRadioButton *m_useCa = nullptr;
    QRadioButton *m_usePin = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_chooseCa = nullptr;
    QLineEdit *m_pin = nullptr;
    QCheckBox *m_http2 = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sportello::ui
