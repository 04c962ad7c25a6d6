// SPDX-License-Identifier: GPL-3.0-or-later
#include "referraldialog.h"

#include "brand.h"
#include "referralactions.h"
#include "referrals/referralstate.h"
#include "services/catalogueservice.h"
#include "services/referralservice.h"
#include "sessions/sessionwidgets.h"
#include "support/clock.h"
#include "support/error.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
const QString kUrgent = u"URG"_s;
constexpr int kDefaultFeedbackDays = 14;

struct Entry
{
    QString text;
    QString uid;
};

void sortEntries(QList<Entry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
}

// The numbers to call, as the dialog shows them: "02 1234 (night line)".
QStringList phonesOf(const catalogue::ReferralTarget &target)
{
    QStringList phones;
    for (const catalogue::Phone &phone : target.phones) {
        if (phone.number.trimmed().isEmpty())
            continue;
        phones.append(
            phone.description.trimmed().isEmpty()
                ? phone.number.trimmed()
                : QString(phone.number.trimmed() + u" (" + phone.description.trimmed() + u')'));
    }
    return phones;
}
} // namespace

ReferralDialog::ReferralDialog(Context context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(u"referralDialog"_s);
    setWindowTitle(tr("New referral"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"referralKind"_s);
    m_kind->setAccessibleName(tr("Kind of referral"));
    for (const referrals::Kind kind : {referrals::Kind::Sent, referrals::Kind::Logged})
        m_kind->addItem(text::ReferralText::kindLabel(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_kindHint = new QLabel(this);
    m_kindHint->setObjectName(u"referralKindHint"_s);
    m_kindHint->setWordWrap(true);
    m_kindHint->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_kindHint);

    m_destination = new QComboBox(this);
    m_destination->setObjectName(u"referralDestination"_s);
    m_destination->setAccessibleName(tr("Destination"));
    for (const QString &code : referrals::destinationTypes())
        m_destination->addItem(text::ReferralText::destinationLabel(code), code);
    selectCode(m_destination, m_context.destinationType);
    form->addRow(tr("&Destination:"), m_destination);

    m_catalogueEntry = new QComboBox(this);
    m_catalogueEntry->setObjectName(u"referralCatalogueEntry"_s);
    m_catalogueEntry->setAccessibleName(tr("Organization or service of the catalogue"));
    m_catalogueEntry->setEditable(true);
    m_catalogueEntry->setInsertPolicy(QComboBox::NoInsert);
    // The field typed into is the line edit, which the screen reader names on its own.
    m_catalogueEntry->lineEdit()->setAccessibleName(m_catalogueEntry->accessibleName());
    m_catalogueEntry->lineEdit()->setPlaceholderText(
        tr("Optional: type part of the name to search the catalogue"));
    m_catalogueEntry->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_catalogueEntry->completer()->setFilterMode(Qt::MatchContains);
    m_catalogueEntry->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("Organization or &service:"), m_catalogueEntry);

    m_needs = new QListWidget(this);
    m_needs->setObjectName(u"referralNeeds"_s);
    m_needs->setAccessibleName(tr("Needs of the referral"));
    m_needs->setToolTip(tr("The needs recorded in the session; Space ticks or unticks."));
    for (const QString &need : std::as_const(m_context.needs))
        addCheckableItem(m_needs, text::PeopleText::needWithCode(need), need, true);
    m_needs->setCurrentRow(0);
    m_needs->setMaximumHeight(fontMetrics().height() * 6 + 8);
    if (m_context.needs.isEmpty()) {
        m_needs->hide();
        auto *none = new QLabel(tr("No needs were recorded in the session."), this);
        none->setObjectName(u"referralNoNeeds"_s);
        form->addRow(tr("Needs:"), none);
    } else {
        form->addRow(tr("&Needs:"), m_needs);
    }

    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(u"referralUrgency"_s);
    m_urgency->setAccessibleName(tr("Urgency"));
    for (const QString &code : referrals::urgencies())
        m_urgency->addItem(text::ReferralText::urgencyLabel(code), code);
    form->addRow(tr("&Urgency:"), m_urgency);

    // An urgent case gets the number to call now, where it cannot be missed.
    m_emergency = new QLabel(this);
    m_emergency->setObjectName(u"referralEmergency"_s);
    m_emergency->setAccessibleName(tr("Social emergency contact"));
    m_emergency->setWordWrap(true);
    m_emergency->setTextFormat(Qt::PlainText);
    m_emergency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emergency->setStyleSheet(brand::emergencyStyle(palette(), m_emergency->objectName()));
    QFont emphasis = m_emergency->font();
    emphasis.setBold(true);
    emphasis.setPointSizeF(emphasis.pointSizeF() * 1.1);
    m_emergency->setFont(emphasis);
    form->addRow(m_emergency);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"referralNote"_s);
    m_note->setAccessibleName(tr("Note for the destination"));
    m_note->setPlaceholderText(tr("Why the person is referred, what has been done, what is "
                                  "asked of the destination."));
    m_note->setToolTip(tr("Printed in the referral letter; kept encrypted, never sent to the "
                          "hub."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().height() * 5 + 12);
    form->addRow(tr("N&ote for the destination:"), m_note);

    m_feedback = new QDateEdit(this);
    m_feedback->setObjectName(u"referralFeedbackDate"_s);
    m_feedback->setAccessibleName(tr("Answer expected by"));
    m_feedback->setCalendarPopup(true);
    m_feedback->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    const QDate today = m_context.clock.today();
    m_feedback->setDateRange(today, today.addYears(2));
    m_feedback->setDate(today.addDays(kDefaultFeedbackDays));
    m_feedback->setToolTip(tr("The referral joins the follow-up list on this day if no answer "
                              "has come."));
    form->addRow(tr("&Answer expected by:"), m_feedback);

    m_error = new QLabel(this);
    m_error->setObjectName(u"referralError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"referralCreateButton"_s);
    m_ok->setText(tr("&Create referral"));
    m_ok->setAccessibleName(tr("Create the referral"));
    // Enter in a field must not create the referral half-written: only the buttons react to
    // it, when they have the focus (see keyPressEvent).
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    layout->addWidget(m_buttons);
    connect(m_ok, &QPushButton::clicked, this, &ReferralDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReferralDialog::updateForKind);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &ReferralDialog::updateForUrgency);

    fillCatalogue();
    if (editing())
        loadDraft();
    updateForKind();
    updateForUrgency();
    m_kind->setFocus(Qt::OtherFocusReason);
}

void ReferralDialog::loadDraft()
{
    const referrals::Referral &draft = m_context.draft;
    setWindowTitle(tr("Complete the draft referral"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(draft.kind))));
    m_kind->setEnabled(false);
    selectCode(m_destination, draft.destinationType);
    m_destination->setEnabled(false);
    const int entry = m_catalogueEntry->findData(draft.destinationUid);
    m_catalogueEntry->setCurrentIndex(entry >= 0 ? entry : 0);
    selectCode(m_urgency, draft.urgency);
    m_note->setPlainText(draft.note);
    if (draft.feedbackDue.isValid()) {
        m_feedback->setMinimumDate(std::min(draft.feedbackDue, m_context.clock.today()));
        m_feedback->setDate(draft.feedbackDue);
    }
    m_ok->setText(tr("Sa&ve the draft"));
    m_ok->setAccessibleName(tr("Save the completed draft"));
}

ReferralDialog::~ReferralDialog() = default;

void ReferralDialog::fillCatalogue()
{
    m_catalogueEntry->addItem(QString(), QString());
    auto targets = m_context.catalogue.referralTargets();
    if (!targets) {
        m_catalogueEntry->lineEdit()->setPlaceholderText(
            tr("The catalogue cannot be read: %1").arg(text::ErrorText::message(targets.error())));
        m_emergency->setText(tr("The catalogue cannot be read, so the social emergency service "
                                "cannot be shown. If health or safety is in danger, call 112."));
        return;
    }
    QList<Entry> entries;
    QList<Entry> serviceEntries;
    QStringList emergencyLines;
    for (const catalogue::ReferralTarget &target : std::as_const(*targets)) {
        if (!target.isService) {
            entries.append({target.name, target.uid});
            continue;
        }
        serviceEntries.append({referralTargetName(target), target.uid});
        const QStringList phones = phonesOf(target);
        // A service without a number to call is no help in an emergency.
        if (target.isEmergency && !phones.isEmpty())
            emergencyLines.append(target.name + u": "_s + phones.join(u", "_s));
    }
    sortEntries(entries);
    sortEntries(serviceEntries);
    entries.append(serviceEntries);
    for (const Entry &entry : std::as_const(entries))
        m_catalogueEntry->addItem(entry.text, entry.uid);
    m_catalogueEntry->setCurrentIndex(0);

    if (emergencyLines.isEmpty())
        m_emergency->setText(tr("Urgent: no social emergency service (PIS) with a phone number is "
                                "in the catalogue. Call the Social Services of the Comune. If "
                                "health or safety is in danger, call 112."));
    else
        m_emergency->setText(tr("Urgent, same day: call the social emergency service now.") + u'\n'
                             + emergencyLines.join(u'\n') + u'\n'
                             + tr("If health or safety is in danger, call 112."));
}

int ReferralDialog::catalogueIndex(const QString &text) const
{
    if (const int exact = m_catalogueEntry->findText(text, Qt::MatchFixedString); exact > 0)
        return exact;
    // Part of a name is enough when it names a single entry.
    int found = -1;
    for (int index = 1; index < m_catalogueEntry->count(); ++index) {
        if (!m_catalogueEntry->itemText(index).contains(text, Qt::CaseInsensitive))
            continue;
        if (found >= 0)
            return -1;
        found = index;
    }
    return found;
}

void ReferralDialog::updateForKind()
{
    const auto kind = static_cast<referrals::Kind>(m_kind->currentData().toInt());
    m_kindHint->setText(text::ReferralText::kindDescription(kind));
    // Only a sent referral waits for an answer.
    m_feedback->setEnabled(kind == referrals::Kind::Sent);
}

void ReferralDialog::updateForUrgency()
{
    m_emergency->setVisible(currentCode(m_urgency) == kUrgent);
}

void ReferralDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field && field->isVisible())
        field->setFocus(Qt::OtherFocusReason);
}

void ReferralDialog::create()
{
    if (m_created.id > 0)
        return;
    m_error->hide();
    referrals::Referral referral;
    referral.personId = m_context.personId;
    referral.sessionId = m_context.sessionId;
    referral.kind = static_cast<referrals::Kind>(m_kind->currentData().toInt());
    referral.destinationType = currentCode(m_destination);
    const QString entry = m_catalogueEntry->currentText().trimmed();
    if (!entry.isEmpty()) {
        const int index = catalogueIndex(entry);
        if (index < 0) {
            showError(tr("\"%1\" does not name one entry of the catalogue. Choose an "
                         "organization or a service from the list, or leave the field empty.")
                          .arg(entry),
                      m_catalogueEntry);
            return;
        }
        m_catalogueEntry->setCurrentIndex(index);
        referral.destinationUid = m_catalogueEntry->itemData(index).toString();
    }
    referral.needs = checkedCodes(m_needs);
    referral.urgency = currentCode(m_urgency);
    referral.note = m_note->toPlainText().trimmed();
    if (referral.kind == referrals::Kind::Sent)
        referral.feedbackDue = m_feedback->date();

    Result<qint64> id = editing() ? Result<qint64>(m_context.draft.id) : Result<qint64>(0);
    if (editing()) {
        referral.id = m_context.draft.id;
        if (auto saved = m_context.referrals.updateDraft(m_context.actor, referral); !saved)
            id = saved.error();
    } else {
        id = m_context.referrals.create(m_context.actor, referral);
    }
    if (!id) {
        QWidget *field = nullptr;
        const QString what = id.error().args.value(0);
        if (id.code() == ErrorCode::ConsentMissing || what == u"needs")
            field = m_needs;
        else if (what == u"destination")
            field = m_destination;
        else if (what == u"urgency")
            field = m_urgency;
        showError(text::ErrorText::message(id.error()), field);
        return;
    }
    // The uid is made by the service; read it back for the referral code.
    auto stored = m_context.referrals.referral(m_context.actor, *id);
    if (stored) {
        m_created = *stored;
    } else {
        m_created = referral;
        m_created.id = *id;
    }
    accept();
}

void ReferralDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget());
            button && button->isEnabled() && m_buttons->isAncestorOf(button))
            button->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReferralDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The button box makes OK the default button when shown; here Enter in a field does not
    // accept, so nothing should look as if it would.
    m_ok->setDefault(false);
}

} // namespace sportello::ui
