// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentbox.h"

#include "services/peopleservice.h"
#include "sessionwidgets.h"
#include "text/peopletext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sportello::people::ConsentMethod;
using sportello::people::ConsentPurpose;

namespace sportello::ui {

ConsentBox::ConsentBox(services::PeopleService &people, security::Actor actor, QWidget *parent)
    : QGroupBox(tr("&Consents"), parent)
    , m_people(people)
    , m_actor(std::move(actor))
{
    setObjectName(u"consentBox"_s);
    auto *layout = new QVBoxLayout(this);
    for (const ConsentPurpose purpose : people::allConsentPurposes()) {
        auto *box = new QCheckBox(text::PeopleText::consentPurpose(purpose), this);
        box->setObjectName(u"consent_"_s + people::consentPurposeCode(purpose));
        box->setAccessibleName(tr("Consent: %1").arg(text::PeopleText::consentPurpose(purpose)));
        layout->addWidget(box);
        m_boxes.insert(purpose, box);
        connect(box, &QCheckBox::toggled, this, &ConsentBox::consentsChanged);
    }
    m_boxes.value(ConsentPurpose::SpecialCategories)
        ->setToolTip(tr("Needed to record needs about health, disability, addiction, violence or "
                        "justice."));
    auto *methodRow = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(u"consentMethod"_s);
    m_method->addItem(text::PeopleText::consentMethod(ConsentMethod::SignedForm),
                      people::consentMethodCode(ConsentMethod::SignedForm));
    m_method->addItem(text::PeopleText::consentMethod(ConsentMethod::VerbalScripted),
                      people::consentMethodCode(ConsentMethod::VerbalScripted));
    m_method->setAccessibleName(tr("How the consent was given"));
    m_method->setToolTip(tr("Signed on the printed form, or read aloud with the scripted text "
                            "and given verbally."));
    auto *methodLabel = new QLabel(tr("Given by:"), this);
    methodLabel->setBuddy(m_method);
    methodRow->addRow(methodLabel, m_method);
    layout->addLayout(methodRow);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"consentHint"_s);
    layout->addWidget(m_hint);
    setGroupEntry(this, [this]() -> QWidget * {
        for (const ConsentPurpose purpose : people::allConsentPurposes()) {
            if (m_boxes.value(purpose)->isEnabled())
                return m_boxes.value(purpose);
        }
        return m_method;
    });
    showNoPerson();
}

void ConsentBox::reset(bool available)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(false);
        it.value()->setEnabled(available);
        it.value()->setText(text::PeopleText::consentPurpose(it.key()));
    }
    m_method->setCurrentIndex(0);
    m_method->setEnabled(available);
}

void ConsentBox::showNoPerson()
{
    reset(false);
    m_hint->setText(tr("Choose the person first. Anonymous walk-ins give no consents."));
    Q_EMIT consentsChanged();
}

void ConsentBox::showPerson(qint64 personId)
{
    reset(true);
    m_hint->setText(tr("Tick what the person agreed to; it is recorded when you save. Without "
                       "the consent to record personal data, a new record is removed after %1 "
                       "hours.")
                        .arg(services::kAbandonedIntakeHours));
    if (personId > 0) {
        if (auto consents = m_people.consents(m_actor, personId)) {
            for (const people::Consent &consent : *consents) {
                QCheckBox *box = m_boxes.value(consent.purpose);
                if (!box || !consent.inForce())
                    continue;
                const QSignalBlocker blocker(box);
                box->setChecked(true);
                box->setEnabled(false);
                box->setText(tr("%1 (given on %2)")
                                 .arg(text::PeopleText::consentPurpose(consent.purpose),
                                      QLocale().toString(consent.givenAt.toLocalTime().date(),
                                                         QLocale::ShortFormat)));
            }
        }
    }
    Q_EMIT consentsChanged();
}

bool ConsentBox::covers(ConsentPurpose purpose) const
{
    const QCheckBox *box = m_boxes.value(purpose);
    return box && box->isChecked();
}

QList<ConsentPurpose> ConsentBox::pending() const
{
    QList<ConsentPurpose> purposes;
    for (const ConsentPurpose purpose : people::allConsentPurposes()) {
        const QCheckBox *box = m_boxes.value(purpose);
        if (box->isChecked() && box->isEnabled())
            purposes.append(purpose);
    }
    return purposes;
}

Status ConsentBox::recordPending(const security::Actor &actor, qint64 personId,
                                 const QString &noticeVersion)
{
    ConsentMethod method = ConsentMethod::SignedForm;
    if (!people::consentMethodFromCode(m_method->currentData().toString(), &method))
        method = ConsentMethod::SignedForm;
    for (const ConsentPurpose purpose : pending()) {
        auto recorded = m_people.recordConsent(actor, personId, purpose, method, noticeVersion);
        if (!recorded)
            return recorded.error();
        // Recorded: lock it at once, so a failure on a later one does not record it twice.
        m_boxes.value(purpose)->setEnabled(false);
    }
    showPerson(personId);
    return {};
}

QCheckBox *ConsentBox::checkBox(ConsentPurpose purpose) const
{
    return m_boxes.value(purpose);
}

QList<QWidget *> ConsentBox::tabOrder() const
{
    QList<QWidget *> order;
    for (const ConsentPurpose purpose : people::allConsentPurposes())
        order.append(m_boxes.value(purpose));
    order.append(m_method);
    return order;
}

} // namespace sportello::ui
