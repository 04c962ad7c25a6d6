// SPDX-License-Identifier: GPL-3.0-or-later
// The session page's layout, Tab order and the rules of the form; saving is in
// sessionpagesave.cpp.
#include "sessionpage.h"

#include "consentbox.h"
#include "deferredrefresh.h"
#include "facilitationbox.h"
#include "needpicker.h"
#include "people/vocabulary.h"
#include "personform.h"
#include "personpanel.h"
#include "prompter.h"
#include "servicepicker.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/peopleservice.h"
#include "services/searchcontroller.h"
#include "sessionwidgets.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "typeahead.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sportello::people::Vocabulary;

namespace sportello::ui {

namespace {
const QString kFacilitationType = u"FACDIG"_s;
const QString kFollowUpOutcome = u"RICONTATTO"_s;

QGroupBox *group(const QString &title, const QString &name, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(name);
    return box;
}
} // namespace

SessionPage::SessionPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(u"sessionPage"_s);
    // Larger type for the volunteers at the counter, many of them older.
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.1);
    setFont(readable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_body = new QWidget(scroll);
    m_body->setObjectName(u"sessionForm"_s);
    // Three columns read left to right (who, why, what was offered), notes across the bottom.
    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    // The third column holds the longest labels (services, outcomes).
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 4);

    // Column 1: who.
    m_person = new PersonPanel(m_context.people, m_context.actor, m_body);
    connect(&m_context.changes, &services::ChangeNotifier::peopleDirectoryReady, m_person,
            &PersonPanel::refreshMatches);
    auto *first = new QVBoxLayout;
    first->addWidget(m_person);
    first->addStretch(1);
    grid->addLayout(first, 0, 0, 2, 1);

    // Column 2: what kind of session, and the needs.
    auto *second = new QVBoxLayout;
    second->addWidget(buildDetails());
    m_facilitation = new FacilitationBox(m_body);
    second->addWidget(m_facilitation);
    auto *needsBox = group(tr("&Needs"), u"needsBox"_s, m_body);
    auto *needsLayout = new QVBoxLayout(needsBox);
    m_needs = new NeedPicker(needsBox);
    needsLayout->addWidget(m_needs);
    second->addWidget(needsBox, 1);
    grid->addLayout(second, 0, 1);

    // Column 3: what was offered and what happened.
    auto *third = new QVBoxLayout;
    auto *servicesBox = group(tr("Ser&vices discussed"), u"servicesBox"_s, m_body);
    auto *servicesLayout = new QVBoxLayout(servicesBox);
    m_services = new ServicePicker(servicesBox);
    servicesLayout->addWidget(m_services);
    third->addWidget(servicesBox, 1);
    auto *outcomesBox = group(tr("&Outcomes"), u"outcomesBox"_s, m_body);
    auto *outcomesLayout = new QVBoxLayout(outcomesBox);
    m_outcomes = new QListWidget(outcomesBox);
    m_outcomes->setObjectName(u"outcomeList"_s);
    m_outcomes->setAccessibleName(tr("Outcomes of the session"));
    m_outcomes->setToolTip(tr("Type the first letters to move, Space ticks."));
    for (const people::Term &term : Vocabulary::outcomes()) {
        const QString code = QString::fromLatin1(term.code);
        addCheckableItem(m_outcomes, text::PeopleText::term(Vocabulary::outcomes(), code), code);
    }
    m_outcomes->setMinimumHeight(fontMetrics().height() * 6);
    m_outcomes->setWordWrap(true);
    m_outcomes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outcomes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    outcomesLayout->addWidget(m_outcomes);
    third->addWidget(outcomesBox, 1);
    grid->addLayout(third, 0, 2);
    grid->addWidget(buildNotes(), 1, 1, 1, 2);
    grid->setRowStretch(0, 1);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);

    // The bar under the form.
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"sessionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    bar->addWidget(m_status, 1);
    m_new = new QPushButton(
        tr("New session (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
        this);
    m_new->setObjectName(u"newSessionButton"_s);
    m_new->setAccessibleName(tr("New session"));
    m_handout = new QPushButton(tr("Hando&ut for the person…"), this);
    m_handout->setObjectName(u"handoutButton"_s);
    m_handout->setAccessibleName(tr("Handout for the person"));
    m_handout->setToolTip(tr("Print the ticked services with where to go, when and what to "
                             "bring, in the person's language."));
    m_referral = new QPushButton(tr("&Referral…"), this);
    m_referral->setObjectName(u"referralButton"_s);
    m_referral->setAccessibleName(tr("Record a referral"));
    m_referral->setToolTip(tr("After saving: record where the person is referred (Social "
                              "Services, another body), or that the next steps were given."));
    m_letter = new QPushButton(tr("Referral &letter…"), this);
    m_letter->setObjectName(u"referralLetterButton"_s);
    m_letter->setAccessibleName(tr("Save the referral letter as PDF"));
    m_letter->setToolTip(tr("The letter for the destination, with the person's data: only with "
                            "the consent to an identified referral."));
    m_save = new QPushButton(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
        this);
    m_save->setObjectName(u"saveSessionButton"_s);
    m_save->setAccessibleName(tr("Save the session"));
    QFont bold = m_save->font();
    bold.setBold(true);
    m_save->setFont(bold);
    for (QPushButton *button : {m_save, m_handout, m_referral, m_letter, m_new}) {
        button->setMinimumHeight(fontMetrics().height() * 2 + 4);
        button->setAutoDefault(false);
    }
    bar->addWidget(m_new);
    bar->addWidget(m_handout);
    bar->addWidget(m_referral);
    bar->addWidget(m_letter);
    bar->addWidget(m_save);
    layout->addLayout(bar);

    auto *saveAction = new QAction(tr("Save the session"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &SessionPage::save);
    connect(m_save, &QPushButton::clicked, this, &SessionPage::save);
    connect(m_handout, &QPushButton::clicked, this, &SessionPage::openHandout);
    connect(m_new, &QPushButton::clicked, this, &SessionPage::startNew);
    connect(m_referral, &QPushButton::clicked, this, &SessionPage::openReferral);
    connect(m_letter, &QPushButton::clicked, this, &SessionPage::saveLetter);

    m_needs->setGate([this](const QString &code) { return acceptNeed(code); });
    connect(m_needs, &NeedPicker::needsChanged, this,
            [this] { m_services->suggestFor(m_needs->needs()); });
    connect(m_needs, &NeedPicker::needAdded, this, [this](const QString &code) {
        if (Vocabulary::needRequiresLabel(code))
            m_needs->setDetail(code, m_otherNeedLabel);
    });
    connect(m_person, &PersonPanel::personChanged, this, &SessionPage::personChanged);
    connect(m_person, &PersonPanel::failed, this, qOverload<const Error &>(&SessionPage::warn));
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_facilitation->setVisible(currentCode(m_type) == kFacilitationType); });
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpDate->setEnabled(on);
        m_followUpNote->setEnabled(on);
        QStringList outcomes = checkedCodes(m_outcomes);
        outcomes.removeAll(kFollowUpOutcome);
        if (on)
            outcomes.append(kFollowUpOutcome);
        setCheckedCodes(m_outcomes, outcomes);
    });

    setGroupEntry(findChild<QGroupBox *>(u"detailsBox"_s),
                  [this]() -> QWidget * { return m_type; });
    setGroupEntry(needsBox, [this]() -> QWidget * { return m_needs->field(); });
    setGroupEntry(servicesBox, [this]() -> QWidget * { return m_services->list(); });
    setGroupEntry(outcomesBox, [this]() -> QWidget * { return m_outcomes; });
    setGroupEntry(findChild<QGroupBox *>(u"notesBox"_s), [this]() -> QWidget * { return m_notes; });
    buildTabOrder();
    reloadCatalogue();
    // A coordinator's edit (or an import, or the sync) changes what can be suggested once the
    // search snapshot follows it; ticked services stay ticked.
    auto *catalogueChanged = new DeferredRefresh([this] { reloadCatalogue(); }, this);
    connect(&m_context.search, &services::SearchController::indexReloaded, catalogueChanged,
            &DeferredRefresh::schedule);
    connect(&m_context.search, &services::SearchController::reloadFailed, this,
            [this](const Error &error) {
                m_status->setText(
                    tr("The catalogue cannot be read: %1").arg(text::ErrorText::message(error)));
            });
    clearForm();
}

SessionPage::~SessionPage() = default;

QWidget *SessionPage::buildDetails()
{
    auto *box = group(tr("Session &details"), u"detailsBox"_s, m_body);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto combo = [box, form](const QString &label, const QString &name,
                                   const QString &accessible) -> QComboBox * {
        auto *c = new QComboBox(box);
        c->setObjectName(name);
        c->setAccessibleName(accessible);
        form->addRow(label, c);
        return c;
    };
    m_type = combo(tr("Type:"), u"sessionType"_s, tr("Type of session"));
    m_channel = combo(tr("Channel:"), u"sessionChannel"_s, tr("Channel"));
    m_arrival = combo(tr("Came:"), u"sessionArrival"_s, tr("How the person came to the desk"));
    m_started = new TabLeavingDateTimeEdit(box);
    m_started->setObjectName(u"sessionStarted"_s);
    m_started->setAccessibleName(tr("Date and time of the session"));
    // Minutes are enough; some locales' short format still carries the seconds.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    m_started->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + timeFormat);
    form->addRow(tr("When:"), m_started);
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(u"sessionDuration"_s);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("measured"));
    m_duration->setToolTip(tr("Left at \"measured\", the duration is the time from the start of "
                              "the form to the save."));
    form->addRow(tr("Duration:"), m_duration);
    return box;
}

QWidget *SessionPage::buildNotes()
{
    auto *box = group(tr("No&tes and next step"), u"notesBox"_s, m_body);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(u"sessionNotes"_s);
    m_notes->setAccessibleName(tr("Notes (kept encrypted)"));
    m_notes->setToolTip(tr("Only what is needed to help the person. Kept encrypted."));
    m_notes->setPlaceholderText(tr("Only what is needed to help the person."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 3 + 12);
    auto *notesLabel = new QLabel(tr("Notes:"), box);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 0, 1, 3, 1);
    m_nextStep = new QLineEdit(box);
    m_nextStep->setObjectName(u"sessionNextStep"_s);
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setPlaceholderText(tr("e.g. bring the ISEE on Monday"));
    auto *nextLabel = new QLabel(tr("Next step:"), box);
    nextLabel->setBuddy(m_nextStep);
    grid->addWidget(nextLabel, 0, 2);
    grid->addWidget(m_nextStep, 0, 3, 1, 2);
    m_followUp = new QCheckBox(tr("Call &back on:"), box);
    m_followUp->setObjectName(u"followUpCheck"_s);
    m_followUp->setAccessibleName(tr("Schedule a follow-up"));
    m_followUp->setToolTip(tr("Puts the person in the \"To call back\" list on that day. Needs "
                              "the consent to be contacted."));
    m_followUpDate = new TabLeavingDateTimeEdit(box);
    m_followUpDate->setObjectName(u"followUpDate"_s);
    m_followUpDate->setAccessibleName(tr("Follow-up date"));
    m_followUpDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_followUpDate->setCalendarPopup(true);
    grid->addWidget(m_followUp, 1, 2);
    grid->addWidget(m_followUpDate, 1, 3);
    m_followUpNote = new QLineEdit(box);
    m_followUpNote->setObjectName(u"followUpNote"_s);
    m_followUpNote->setAccessibleName(tr("What to check at the follow-up"));
    m_followUpNote->setPlaceholderText(tr("What to check (optional)"));
    grid->addWidget(m_followUpNote, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 2);
    grid->setRowStretch(2, 1);
    return box;
}

QList<QWidget *> SessionPage::tabOrder() const
{
    QList<QWidget *> order = m_person->tabOrder();
    order.append({m_type, m_channel, m_arrival, m_started, m_duration});
    order.append(m_facilitation->tabOrder());
    order.append(m_needs->tabOrder());
    order.append(m_services->tabOrder());
    order.append({m_outcomes, m_notes, m_nextStep, m_followUp, m_followUpDate, m_followUpNote,
                  m_save, m_handout, m_referral, m_letter, m_new});
    return order;
}

void SessionPage::buildTabOrder()
{
    const QList<QWidget *> order = tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QLineEdit *SessionPage::personField() const
{
    return m_person->picker()->field();
}

void SessionPage::reloadCatalogue()
{
    // Until the snapshot is ready (seconds after start at a region's size) nothing is
    // suggested; indexReloaded brings it.
    if (!m_context.search.isReady())
        return;
    m_services->setCatalogue(m_context.search.index());
    m_services->suggestFor(m_needs->needs());
}

bool SessionPage::hasUnsavedInput() const
{
    return !m_saved
        && (m_person->choice() != PersonPanel::Choice::None || !m_needs->needs().isEmpty()
            || !checkedCodes(m_outcomes).isEmpty() || !m_services->checkedUids().isEmpty()
            || !m_notes->toPlainText().trimmed().isEmpty());
}

void SessionPage::startNew()
{
    if (hasUnsavedInput()
        && !m_context.prompter.confirm(this, tr("New session"),
                                       tr("The session being written is not saved. Discard it "
                                          "and start a new one?")))
        return;
    clearForm();
    personField()->setFocus(Qt::ShortcutFocusReason);
}

void SessionPage::clearForm()
{
    m_saved = false;
    m_body->setEnabled(true);
    m_save->setEnabled(true);
    m_openedAt = m_context.clock.now();
    m_otherNeedLabel.clear();
    m_referralCode.clear();
    m_savedSessionId = m_savedPersonId = 0;
    m_savedNeeds.clear();
    m_savedOutcomes.clear();
    m_lastReferral = {};
    m_referral->setEnabled(false);
    m_letter->setEnabled(false);
    m_letter->hide();
    m_person->clear();
    // Facilitators record only digital facilitation.
    fillVocabularyCombo(m_type, Vocabulary::sessionTypes(),
                        m_context.actor.role == security::Role::Facilitatore ? kFacilitationType
                                                                             : u"ORIENT"_s);
    fillVocabularyCombo(m_channel, Vocabulary::sessionChannels(), u"PRES"_s);
    fillVocabularyCombo(m_arrival, Vocabulary::arrivals(), u"SPONT"_s);
    m_facilitation->setVisible(currentCode(m_type) == kFacilitationType);
    m_started->setDateTime(m_openedAt);
    m_duration->setValue(0);
    m_facilitation->clear();
    m_needs->clear();
    m_services->clear();
    m_services->suggestFor({});
    setCheckedCodes(m_outcomes, {});
    m_outcomes->setCurrentRow(0);
    m_notes->clear();
    m_nextStep->clear();
    m_followUp->setChecked(false);
    m_followUpDate->setDateRange(m_context.clock.today(), m_context.clock.today().addYears(2));
    m_followUpDate->setDate(m_context.clock.today().addDays(7));
    m_followUpDate->setEnabled(false);
    m_followUpNote->clear();
    m_followUpNote->setEnabled(false);
    m_status->clear();
}

bool SessionPage::acceptNeed(const QString &code)
{
    if (Vocabulary::needRequiresConsent(code, m_person->choice() != PersonPanel::Choice::Anonymous)
        && !m_person->hasConsent(people::ConsentPurpose::SpecialCategories)) {
        warn(makeError(
            ErrorCode::ConsentMissing, u"special-category need without consent"_s,
            {people::consentPurposeCode(people::ConsentPurpose::SpecialCategories), code}));
        return false;
    }
    if (Vocabulary::needRequiresLabel(code)) {
        const auto label = m_context.prompter.askText(
            this, tr("Other need"), tr("Describe the need in a few words:"), m_otherNeedLabel);
        if (!label || label->trimmed().isEmpty())
            return false;
        m_otherNeedLabel = label->trimmed();
    }
    return true;
}

void SessionPage::personChanged()
{
    switch (m_person->choice()) {
    case PersonPanel::Choice::Existing:
        // Straight on to the consents still missing, else to the session itself.
        for (const people::ConsentPurpose purpose : people::allConsentPurposes()) {
            if (QWidget *box = m_person->consents()->checkBox(purpose); box->isEnabled()) {
                box->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        m_type->setFocus(Qt::OtherFocusReason);
        break;
    case PersonPanel::Choice::Anonymous:
        m_type->setFocus(Qt::OtherFocusReason);
        break;
    case PersonPanel::Choice::New: // the form places the cursor itself
    case PersonPanel::Choice::None:
        break;
    }
}

void SessionPage::warn(const QString &text)
{
    m_context.prompter.warn(this, tr("Session"), text);
}

void SessionPage::warn(const Error &error)
{
    warn(text::ErrorText::message(error));
}

} // namespace sportello::ui
