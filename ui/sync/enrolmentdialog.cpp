// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrolmentdialog.h"

#include "brand.h"
#include "network/enrolment.h"
#include "prompter.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// More than any CA bundle: a larger file is not the district's certificate.
constexpr qint64 kMaxCaBytes = 1024 * 1024;
} // namespace

EnrolmentDialog::EnrolmentDialog(sync::NetworkFactory network, const Clock &clock,
                                 Prompter &prompter, Enrol enrol, QWidget *parent)
    : QDialog(parent)
    , m_network(std::move(network))
    , m_clock(clock)
    , m_prompter(prompter)
    , m_enrol(std::move(enrol))
{
    setWindowTitle(tr("Connect to the district network"));
    setObjectName(u"enrolmentDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Type what the Ufficio di Piano gave you for this desk. Only "
                                "anonymous records are ever sent to the hub."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"hubAddress"_s);
    m_address->setPlaceholderText(u"https://hub.example.it:8443"_s);
    form->addRow(tr("Hub &address:"), m_address);
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(u"hubToken"_s);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(u"sph1_…"_s);
    m_tokenEdit->setToolTip(
        tr("The one-time token of this desk; it is kept only in the system keychain."));
    form->addRow(tr("&Token:"), m_tokenEdit);

    m_useCa = new QRadioButton(tr("&District certificate (CA file):"), this);
    m_useCa->setObjectName(u"trustCa"_s);
    m_useCa->setChecked(true);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setReadOnly(true);
    m_caFile->setPlaceholderText(u"ca.pem"_s);
    m_caFile->setAccessibleName(tr("District certificate file"));
    m_chooseCa = new QPushButton(tr("C&hoose…"), this);
    m_chooseCa->setObjectName(u"chooseCa"_s);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCa);
    form->addRow(m_useCa, caRow);
    m_usePin = new QRadioButton(tr("Hub key &pin:"), this);
    m_usePin->setObjectName(u"trustPin"_s);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"hubPin"_s);
    m_pin->setPlaceholderText(u"sha256/…"_s);
    m_pin->setAccessibleName(tr("Hub key pin"));
    m_pin->setEnabled(false);
    form->addRow(m_usePin, m_pin);
    m_http2 = new QCheckBox(tr("Use HTTP/2 (only if the Ufficio di Piano says so)"), this);
    m_http2->setObjectName(u"hubHttp2"_s);
    form->addRow(QString(), m_http2);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"enrolmentError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();
    layout->addWidget(m_error);
    m_progress = new QLabel(tr("Asking the hub…"), this);
    m_progress->setObjectName(u"enrolmentProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolmentDialog::reject);
    connect(m_chooseCa, &QPushButton::clicked, this, &EnrolmentDialog::chooseCaFile);
    connect(m_usePin, &QRadioButton::toggled, this, [this](bool pin) {
        m_pin->setEnabled(pin && !isBusy());
        m_caFile->setEnabled(!pin);
        m_chooseCa->setEnabled(!pin && !isBusy());
    });
}

EnrolmentDialog::~EnrolmentDialog() = default;

void EnrolmentDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

QString EnrolmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EnrolmentDialog::chooseCaFile()
{
    const auto path = m_prompter.askOpenFile(this, tr("District certificate"),
                                             tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path)
        m_caFile->setText(*path);
}

std::optional<sync::EnrolmentRequest> EnrolmentDialog::request()
{
    sync::EnrolmentRequest typed;
    typed.url = QUrl(m_address->text().trimmed());
    if (sync::hubUrlProblem(typed.url)) {
        showError(text::ErrorText::message(makeError(ErrorCode::HubAddressInvalid)), m_address);
        return std::nullopt;
    }
    typed.token = m_tokenEdit->text().trimmed().toLatin1();
    if (!sync::isHubToken(typed.token)) {
        showError(text::ErrorText::message(makeError(ErrorCode::HubTokenInvalid)), m_tokenEdit);
        return std::nullopt;
    }
    if (m_useCa->isChecked()) {
        if (m_caFile->text().isEmpty()) {
            showError(text::ErrorText::message(makeError(ErrorCode::HubTrustMissing)), m_chooseCa);
            return std::nullopt;
        }
        QFile file(m_caFile->text());
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCaBytes) {
            showError(text::ErrorText::message(makeError(ErrorCode::FileUnreadable,
                                                         file.errorString(), {file.fileName()})),
                      m_chooseCa);
            return std::nullopt;
        }
        typed.caPem = file.readAll();
    } else {
        if (m_pin->text().trimmed().isEmpty()) {
            showError(text::ErrorText::message(makeError(ErrorCode::HubTrustMissing)), m_pin);
            return std::nullopt;
        }
        typed.spkiPin = sync::parseSpkiPin(m_pin->text());
        if (typed.spkiPin.isEmpty()) {
            showError(tr("The key pin is not valid: it is sha256/ followed by 44 characters, or "
                         "64 hexadecimal digits. Copy it again from the sheet the Ufficio di "
                         "Piano gave you."),
                      m_pin);
            return std::nullopt;
        }
    }
    typed.http2 = m_http2->isChecked();
    return typed;
}

void EnrolmentDialog::accept()
{
    if (isBusy())
        return;
    m_error->hide();
    auto typed = request();
    if (!typed)
        return; // the problem is shown
    m_token = typed->token;
    m_enrolment = std::make_unique<sync::Enrolment>(m_network, m_clock, std::move(*typed));
    connect(m_enrolment.get(), &sync::Enrolment::finished, this, &EnrolmentDialog::finishAttempt);
    setBusy(true);
    m_enrolment->start();
}

void EnrolmentDialog::finishAttempt()
{
    // Deleted later: this runs inside its signal.
    sync::Enrolment *done = m_enrolment.release();
    done->deleteLater();
    const QByteArray token = std::exchange(m_token, {});
    if (const auto &error = done->error()) {
        setBusy(false);
        return showError(text::ErrorText::message(*error));
    }
    // Storing writes the token to the keychain, which may answer in a local event loop: the
    // dialog stays busy (Cancel waits) until it is done.
    m_storing = true;
    const Status enrolled = m_enrol(done->hub(), token, done->district());
    m_storing = false;
    setBusy(false);
    if (!enrolled)
        return showError(text::ErrorText::message(enrolled.error()));
    m_district = done->district();
    Q_EMIT attemptFinished(true);
    QDialog::accept();
}

void EnrolmentDialog::reject()
{
    if (m_storing)
        return;
    if (!m_enrolment)
        return QDialog::reject();
    // Stops asking; what was typed stays for another try.
    m_enrolment.reset();
    m_token.clear();
    setBusy(false);
    showError(text::ErrorText::message(makeError(ErrorCode::Cancelled)));
}

void EnrolmentDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
    if (!isBusy())
        Q_EMIT attemptFinished(false);
}

void EnrolmentDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_tokenEdit),
                           static_cast<QWidget *>(m_useCa), static_cast<QWidget *>(m_usePin),
                           static_cast<QWidget *>(m_http2)})
        field->setEnabled(!busy);
    m_chooseCa->setEnabled(!busy && m_useCa->isChecked());
    m_pin->setEnabled(!busy && m_usePin->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace sportello::ui
