// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a session: the new person and the consents, the session, its follow-up; and the
// handout of the services discussed.
#include "consentbox.h"
#include "facilitationbox.h"
#include "needpicker.h"
#include "people/vocabulary.h"
#include "personform.h"
#include "personpanel.h"
#include "prompter.h"
#include "servicepicker.h"
#include "services/catalogueservice.h"
#include "services/sessionservice.h"
#include "sessionpage.h"
#include "sessionwidgets.h"
#include "support/clock.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;
using sportello::people::Vocabulary;

namespace sportello::ui {

people::Session SessionPage::collect() const
{
    people::Session session;
    session.startedAt = m_started->dateTime().toUTC();
    session.durationMinutes = m_duration->value();
    if (session.durationMinutes == 0) {
        const qint64 seconds = m_openedAt.secsTo(m_context.clock.now());
        session.durationMinutes = int(std::clamp<qint64>((seconds + 59) / 60, 0, 24 * 60));
    }
    session.type = currentCode(m_type);
    session.channel = currentCode(m_channel);
    session.arrival = currentCode(m_arrival);
    session.needs = m_needs->needs();
    if (std::any_of(session.needs.cbegin(), session.needs.cend(), Vocabulary::needRequiresLabel))
        session.otherNeedLabel = m_otherNeedLabel;
    for (const QString &uid : m_services->checkedUids()) {
        people::DiscussedService service;
        service.serviceUid = uid;
        session.services.append(service);
    }
    session.outcomes = checkedCodes(m_outcomes);
    session.notes = m_notes->toPlainText().trimmed();
    session.nextStep = m_nextStep->text().trimmed();
    if (!m_facilitation->isHidden())
        session.facilitation = m_facilitation->facilitation();
    return session;
}

void SessionPage::save()
{
    if (m_saved)
        return;
    if (m_person->choice() == PersonPanel::Choice::None) {
        warn(tr("Choose the person first: type the name, or choose \"Anonymous walk-in\"."));
        personField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!followUpAllowed())
        return;
    people::Session session = collect();
    // Check the session itself before recording anybody: a wrong field must not leave a new
    // person behind. The consents for the needs are checked when saving.
    people::Session shape = session;
    shape.personId = 0;
    shape.needs.removeIf(
        [](const QString &need) { return Vocabulary::needRequiresConsent(need, true); });
    if (auto valid = m_context.sessions.validate(shape); !valid) {
        warn(valid.error());
        return;
    }
    const QString version = m_context.noticeVersion ? m_context.noticeVersion() : QString();
    auto personId = m_person->commit(m_context.actor, version);
    if (!personId) {
        if (personId.code() == ErrorCode::Cancelled)
            warn(tr("This person may already be recorded. Choose the existing record in "
                    "\"Possible duplicates\", or its last line to record a new person."));
        else
            warn(personId.error());
        return;
    }
    session.personId = *personId;
    auto saved = m_context.sessions.save(m_context.actor, session);
    if (!saved) {
        warn(saved.error());
        return;
    }
    m_saved = true;
    m_body->setEnabled(false);
    m_save->setEnabled(false);
    const QString time = QLocale().toString(m_context.clock.now().time(), QLocale::ShortFormat);
    m_status->setText(
        session.personId > 0
            ? tr("Saved at %1: the session with %2. %3 starts the next one.")
                  .arg(time, m_person->displayName(),
                       QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
            : tr("Saved at %1: an anonymous walk-in. %2 starts the next one.")
                  .arg(time, QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_handout->setFocus(Qt::OtherFocusReason);
    prepareReferral(*saved, session);
    scheduleFollowUp(*saved, session.personId);
    Q_EMIT sessionSaved(*saved, session.personId);
}

bool SessionPage::followUpAllowed()
{
    // The rules of scheduleFollowUp, checked before anything is saved so the operator can
    // still tick the consent; the service checks them again.
    if (!m_followUp->isChecked() || m_person->choice() == PersonPanel::Choice::Anonymous)
        return true;
    if (m_person->choice() == PersonPanel::Choice::New
        && m_person->form()->person().contactPreference
            == QLatin1StringView(people::kDoNotContact)) {
        warn(makeError(ErrorCode::ContactRefused, u"follow-up for a person not to contact"_s));
        return false;
    }
    if (!m_person->hasConsent(people::ConsentPurpose::PhoneContact)) {
        warn(makeError(ErrorCode::ConsentMissing, u"follow-up without the contact consent"_s,
                       {people::consentPurposeCode(people::ConsentPurpose::PhoneContact), {}}));
        m_person->consents()
            ->checkBox(people::ConsentPurpose::PhoneContact)
            ->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void SessionPage::scheduleFollowUp(qint64 sessionId, qint64 personId)
{
    if (!m_followUp->isChecked())
        return;
    people::FollowUp followUp;
    followUp.personId = personId;
    followUp.sessionId = sessionId;
    followUp.due = m_followUpDate->date();
    followUp.note = m_followUpNote->text().trimmed();
    followUp.assigneeId = m_context.actor.operatorId;
    if (auto scheduled = m_context.sessions.scheduleFollowUp(m_context.actor, followUp); !scheduled)
        warn(tr("The session is saved, but the follow-up is not: %1")
                 .arg(text::ErrorText::message(scheduled.error())));
}

Result<HandoutDialog::Input> SessionPage::handoutInput() const
{
    HandoutDialog::Input input;
    input.desk = m_context.desk;
    input.today = m_context.clock.today();
    input.referralCode = m_referralCode;
    for (const QString &uid : m_services->checkedUids()) {
        auto service = m_context.catalogue.serviceByUid(uid);
        if (!service)
            return service.error();
        input.services.append(*service);
    }
    auto places = m_context.catalogue.placesOf(input.services);
    if (!places)
        return places.error();
    input.organizations = std::move(places->organizations);
    input.locations = std::move(places->locations);
    return input;
}

void SessionPage::openHandout()
{
    if (m_services->checkedUids().isEmpty()) {
        warn(tr("Tick the services discussed first: the handout lists them."));
        if (!m_saved)
            m_services->list()->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto input = handoutInput();
    if (!input) {
        warn(input.error());
        return;
    }
    HandoutDialog dialog(std::move(*input), m_context.prompter, this);
    dialog.setLanguage(m_person->language(m_context.actor));
    m_context.prompter.runDialog(dialog);
}

} // namespace sportello::ui
