// SPDX-License-Identifier: GPL-3.0-or-later
#include "personpage.h"

#include "brand.h"
#include "deferredrefresh.h"
#include "followups/followupdialogs.h"
#include "people/personfieldsform.h"
#include "prompter.h"
#include "services/changenotifier.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "sessions/sessionwidgets.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/peopletext.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::PeopleText;

namespace {

constexpr int kSearchLimit = 8;
QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

PersonPage::PersonPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 11));
    setFont(base);

    QHash<qint64, QString> names;
    for (const auto &[id, name] : std::as_const(m_context.operators))
        names.insert(id, name);
    m_timeline.setOperators(std::move(names));

    m_error = new QLabel(this);
    m_error->setObjectName(u"personError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    m_hint = new QLabel(tr("Type a name, a surname or a codice fiscale above to open a "
                           "person's record."),
                        this);
    m_hint->setObjectName(u"personHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);

    m_body = new QWidget(this);
    m_body->setObjectName(u"personBody"_s);

    auto *layout = new QVBoxLayout(this);
    buildSearch();
    layout->addWidget(m_error);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_body, 1);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    buildHeader();
    m_consents
        = new ConsentsPanel({m_context.people, m_context.clock, m_context.prompter, m_context.actor,
                             m_context.notice, m_context.desk, m_context.files},
                            m_body);
    m_consents->setObjectName(u"personConsentsPanel"_s);
    body->addWidget(m_consents);
    buildTimeline();
    m_body->hide();
    updateActions();

    m_refresh = new DeferredRefresh([this] { refreshStale(); }, this);
    const services::ChangeNotifier &changes = m_context.changes;
    connect(&changes, &services::ChangeNotifier::personChanged, this,
            [this](qint64 personId) { noteChange(personId, Staleness::Everything); });
    // A session or a follow-up changes the timeline, not the record.
    connect(&changes, &services::ChangeNotifier::sessionSaved, this,
            [this](qint64, qint64 personId) { noteChange(personId, Staleness::Timeline); });
    connect(&changes, &services::ChangeNotifier::followUpChanged, this,
            [this](qint64, qint64 personId) { noteChange(personId, Staleness::Timeline); });
    // A referral's entries carry codes only: reading them again is not a view of the person.
    connect(&changes, &services::ChangeNotifier::referralChanged, this,
            [this](qint64, qint64 personId) { noteChange(personId, Staleness::Referrals); });
    connect(&changes, &services::ChangeNotifier::peopleDirectoryReady, this, [this] {
        if (m_results->isVisible())
            searchPeople(m_search->text());
    });
    connect(&changes, &services::ChangeNotifier::personErased, this, [this](qint64 personId) {
        if (personId > 0 && personId == m_person.id) {
            m_fields->setEditing(false);
            m_results->clear();
            m_results->hide();
            showPerson(0);
        }
    });
}

PersonPage::~PersonPage() = default;

void PersonPage::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"personSearch"_s);
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Name, surname or codice fiscale"));
    m_search->setClearButtonEnabled(true);
    m_search->setFont(scaled(font(), 1.15, false));
    m_search->installEventFilter(this);

    m_results = new QListWidget(this);
    m_results->setObjectName(u"personResults"_s);
    m_results->setAccessibleName(tr("People found"));
    m_results->hide();

    auto *label = new QLabel(tr("&Find a person:"), this);
    label->setBuddy(m_search);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_search, 1);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addLayout(row);
    layout->addWidget(m_results);

    connect(m_search, &QLineEdit::textEdited, this, &PersonPage::searchPeople);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0 && m_results->item(0)->data(Qt::UserRole).toLongLong() > 0)
            Q_EMIT m_results->itemActivated(m_results->item(0));
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id <= 0)
            return;
        m_search->clear();
        m_results->clear();
        m_results->hide();
        showPerson(id);
    });
}

void PersonPage::buildHeader()
{
    m_name = new QLabel(m_body);
    m_name->setObjectName(u"personName"_s);
    m_name->setFont(scaled(font(), 1.6, true));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(m_body);
    m_details->setObjectName(u"personDetails"_s);
    m_details->setFont(scaled(font(), 1.1, false));
    m_doNotContact = new QLabel(tr("Do not contact"), m_body);
    m_doNotContact->setObjectName(u"personDoNotContact"_s);
    m_doNotContact->setFont(scaled(font(), 1.1, true));
    m_doNotContact->setStyleSheet(
        u"background:#a01010; color:white; padding:4px 10px; border-radius:4px;"_s);
    m_doNotContact->setToolTip(tr("The person asked not to be contacted: no call-backs."));

    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addSpacing(16);
    header->addWidget(m_details);
    header->addSpacing(16);
    header->addWidget(m_doNotContact);
    header->addStretch(1);

    const int year = m_context.clock.today().year();
    m_fields = new PersonFieldsForm(year, m_body);
    m_fields->setObjectName(u"personFields"_s);
    m_edit = makeButton(tr("&Edit details"), u"personEdit"_s, tr("Edit the details"), m_body);
    m_save = makeButton(tr("&Save"), u"personSave"_s, tr("Save the details"), m_body);
    m_cancel = makeButton(tr("Ca&ncel"), u"personCancel"_s, tr("Cancel the changes"), m_body);
    m_save->setDefault(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    m_erase = makeButton(tr("Erase this person…"), u"personErase"_s,
                         tr("Erase this person for good"), m_body);
    m_erase->setToolTip(tr("At the person's request: removes the record, consents, follow-ups "
                           "and every note; sessions and referrals stay in the statistics "
                           "without the person."));
    buttons->addWidget(m_erase);
    m_export = makeButton(tr("E&xport all data…"), u"personExport"_s,
                          tr("Export everything held about this person"), m_body);
    m_export->setToolTip(tr("At the person's request: a PDF to read and a JSON file with "
                            "everything the desk holds about them (GDPR articles 15 and 20)."));
    buttons->addWidget(m_export);

    auto *detailsBox = new QGroupBox(tr("Details"), m_body);
    auto *details = new QHBoxLayout(detailsBox);
    details->addWidget(m_fields, 1);
    details->addLayout(buttons);

    auto *layout = qobject_cast<QVBoxLayout *>(m_body->layout());
    layout->addLayout(header);
    layout->addWidget(detailsBox);

    connect(m_edit, &QPushButton::clicked, this, &PersonPage::startEditing);
    connect(m_save, &QPushButton::clicked, this, &PersonPage::saveEdits);
    connect(m_cancel, &QPushButton::clicked, this, &PersonPage::cancelEdits);
    connect(m_erase, &QPushButton::clicked, this, &PersonPage::eraseShownPerson);
    connect(m_export, &QPushButton::clicked, this, &PersonPage::exportShownPerson);
}

void PersonPage::buildTimeline()
{
    m_timelineView = new QTableView(m_body);
    m_timelineView->setObjectName(u"personTimeline"_s);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(&m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Whole texts in taller rows rather than elided ones: a timeline has tens of rows at most.
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setTabKeyNavigation(false); // Tab leaves the table for the next button
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::What, QHeaderView::Stretch);
    header->setSectionResizeMode(TimelineModel::Note, QHeaderView::Stretch);

    m_schedule = makeButton(tr("Schedule follow-&up…"), u"personScheduleFollowUp"_s,
                            tr("Schedule a follow-up"), m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_schedule);
    buttons->addStretch(1);

    auto *box = new QGroupBox(tr("Timeline"), m_body);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_timelineView, 1);
    layout->addLayout(buttons);
    qobject_cast<QVBoxLayout *>(m_body->layout())->addWidget(box, 1);

    connect(m_schedule, &QPushButton::clicked, this, &PersonPage::scheduleFollowUp);
    connect(m_timelineView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(TimelineModel::KindRole).toInt()
            == static_cast<int>(people::TimelineEntry::Kind::Referral))
            Q_EMIT openReferralRequested(index.data(TimelineModel::RecordIdRole).toLongLong());
    });
}

bool PersonPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search line goes to the people found, as in a completer.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->isVisible()) {
        m_results->setFocus();
        m_results->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PersonPage::searchPeople(const QString &query)
{
    m_results->clear();
    if (query.trimmed().size() < 2) {
        m_results->hide();
        return;
    }
    if (m_context.people.directoryLoading()) {
        // Right after login the names are still being read on a thread of their own: no wait
        // here; the search runs again when they are in.
        auto *item = new QListWidgetItem(tr("The list of people is loading…"), m_results);
        item->setFlags(Qt::NoItemFlags);
        m_results->setFixedHeight(m_results->sizeHintForRow(0) + 2 * m_results->frameWidth());
        m_results->show();
        return;
    }
    auto hits = m_context.people.search(m_context.actor, query, kSearchLimit);
    if (!hits) {
        showError(text::ErrorText::message(hits.error()));
        m_results->hide();
        return;
    }
    for (const people::DirectoryHit &hit : std::as_const(*hits)) {
        QString text = QString(hit.familyName + u' ' + hit.givenName).trimmed();
        if (hit.birthYear > 0)
            text = tr("%1 (born %2)").arg(text).arg(hit.birthYear);
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, hit.personId);
    }
    if (hits->isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nobody found"), m_results);
        item->setFlags(Qt::NoItemFlags);
    }
    const int rows = std::min<int>(m_results->count(), kSearchLimit);
    m_results->setFixedHeight(rows * m_results->sizeHintForRow(0) + 2 * m_results->frameWidth());
    m_results->show();
}

ScheduleFollowUpDialog *PersonPage::followUpDialog() const
{
    return m_followUpDialog.data();
}

void PersonPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PersonPage::showPerson(qint64 personId)
{
    // The same person again (e.g. from the follow-up queue): read it again, keep any edits.
    if (personId > 0 && personId == m_person.id) {
        reload();
        return;
    }
    if (m_fields->isEditing() && m_fields->isModified()
        && !m_context.prompter.confirm(
            this, tr("Unsaved changes"),
            tr("The changes to the details of %1 are not saved. Discard them?")
                .arg(m_person.displayName())))
        return;
    m_fields->setEditing(false);
    if (personId <= 0) {
        m_person = {};
        m_stale = Staleness::Fresh;
        m_consents->setPerson(0);
        m_recordEntries.clear();
        m_referralEntries.clear();
        m_timeline.setEntries({});
        m_body->hide();
        m_hint->show();
        showError({});
        updateActions();
        return;
    }
    m_person.id = personId;
    reload();
}

void PersonPage::reload()
{
    // Whatever was stale is read now: a refresh already scheduled finds nothing left to do.
    m_stale = Staleness::Fresh;
    if (m_person.id <= 0)
        return;
    auto person = m_context.people.person(m_context.actor, m_person.id);
    if (!person) {
        showError(text::ErrorText::message(person.error()));
        m_body->hide();
        updateActions();
        return;
    }
    showError({});
    m_person = std::move(person).value();
    // Edits in progress stay in the editors: a reload must never lose typing.
    if (!m_fields->isEditing())
        m_fields->setPerson(m_person);
    showHeader();
    m_consents->setPerson(m_person.id);
    loadTimeline();
    m_hint->hide();
    m_body->show();
    updateActions();
}

void PersonPage::showHeader()
{
    using Field = PersonFieldsForm::Field;
    m_name->setText(m_person.displayName());
    const QString year = m_person.birthYear > 0 ? tr("born %1").arg(m_person.birthYear)
                                                : tr("year of birth not known");
    const QString comune = PersonFieldsForm::displayValue(m_person, Field::Residence);
    const QString contact = PersonFieldsForm::displayValue(m_person, Field::ContactPreference);
    m_details->setText(tr("%1  ·  comune: %2  ·  contact by: %3").arg(year, comune, contact));
    m_doNotContact->setVisible(m_person.contactPreference
                               == QLatin1StringView(people::kDoNotContact));
}

void PersonPage::loadTimeline()
{
    auto entries = m_context.sessions.timeline(m_context.actor, m_person.id);
    if (!entries) {
        showError(text::ErrorText::message(entries.error()));
        m_recordEntries.clear();
    } else {
        m_recordEntries = std::move(entries).value();
    }
    loadReferrals();
}

void PersonPage::loadReferrals()
{
    auto referrals = m_context.referrals.timeline(m_context.actor, m_person.id);
    if (!referrals)
        showError(text::ErrorText::message(referrals.error()));
    m_referralEntries = referrals ? std::move(referrals).value() : QList<people::TimelineEntry>();
    showTimeline();
}

void PersonPage::showTimeline()
{
    QList<people::TimelineEntry> all = m_recordEntries + m_referralEntries;
    // Newest first, as the sessions' timeline comes; equal times keep their order.
    std::stable_sort(
        all.begin(), all.end(),
        [](const people::TimelineEntry &a, const people::TimelineEntry &b) { return a.at > b.at; });
    m_timeline.setEntries(std::move(all));
}

void PersonPage::noteChange(qint64 personId, Staleness staleness)
{
    if (personId <= 0 || personId != m_person.id)
        return;
    m_stale = std::max(m_stale, staleness);
    if (isVisible())
        m_refresh->schedule();
}

void PersonPage::refreshStale()
{
    const Staleness stale = std::exchange(m_stale, Staleness::Fresh);
    if (m_person.id <= 0)
        return;
    switch (stale) {
    case Staleness::Everything:
        reload();
        break;
    case Staleness::Timeline:
        loadTimeline();
        break;
    case Staleness::Referrals:
        loadReferrals();
        break;
    case Staleness::Fresh:
        break;
    }
}

void PersonPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale != Staleness::Fresh)
        m_refresh->schedule();
}

void PersonPage::updateActions()
{
    const bool shown = m_person.id > 0;
    const bool editing = m_fields->isEditing();
    m_edit->setVisible(!editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_edit->setEnabled(shown);
    m_erase->setVisible(security::allows(m_context.actor.role, security::Permission::ErasePerson));
    m_erase->setEnabled(shown && !editing);
    m_export->setVisible(
        security::allows(m_context.actor.role, security::Permission::SubjectAccess));
    m_export->setEnabled(shown && !editing);
    const bool doNotContact
        = m_person.contactPreference == QLatin1StringView(people::kDoNotContact);
    m_schedule->setEnabled(shown && !doNotContact);
    m_schedule->setToolTip(doNotContact ? tr("The person asked not to be contacted.") : QString());
}

void PersonPage::startEditing()
{
    if (m_person.id <= 0)
        return;
    m_fields->setPerson(m_person);
    m_fields->setEditing(true);
    updateActions();
}

void PersonPage::saveEdits()
{
    if (!m_fields->isEditing())
        return;
    if (const Status saved = m_context.people.update(m_context.actor, m_fields->edited()); !saved) {
        // The editors keep what was chosen, so the operator can correct and save again.
        showError(text::ErrorText::message(saved.error()));
        return;
    }
    // The service announces the edit; the page reads the record again from that.
    showError({});
    m_fields->setEditing(false);
    updateActions();
}

void PersonPage::cancelEdits()
{
    m_fields->setPerson(m_person);
    m_fields->setEditing(false);
    showError({});
    updateActions();
    m_edit->setFocus();
}

void PersonPage::scheduleFollowUp()
{
    if (m_person.id <= 0)
        return;
    const qint64 personId = m_person.id;
    if (m_followUpDialog)
        m_followUpDialog->close();
    m_followUpDialog = new ScheduleFollowUpDialog(
        m_context.clock.today(), m_context.operators, m_context.actor.operatorId,
        [this, personId](people::FollowUp followUp) {
            followUp.personId = personId;
            auto id = m_context.sessions.scheduleFollowUp(m_context.actor, followUp);
            return id ? Status() : Status(id.error());
        },
        this);
    m_followUpDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_followUpDialog->open();
}

} // namespace sportello::ui
