// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "followups/followupdialogs.h"
#include "people/peopleservice.h"
#include "people/sessionservice.h"
#include "support/clock.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

// Often enough that a follow-up becomes "today" soon after midnight on a machine left on.
constexpr int kRefreshIntervalMs = 5 * 60 * 1000;

QString hitName(const people::DirectoryHit &hit)
{
    return QString(hit.givenName + u' ' + hit.familyName).trimmed();
}

} // namespace

FollowUpPage::FollowUpPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model([this](qint64 id) { return personName(id); },
              [this](qint64 id) { return operatorName(id); })
{
    for (const auto &[id, name] : std::as_const(m_context.operators))
        m_operatorNames.insert(id, name);

    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 11));
    setFont(base);

    auto *title = new QLabel(tr("To call back"), this);
    QFont titleFont = base;
    titleFont.setPointSizeF(base.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"followUpCounts"_s);
    QFont countsFont = base;
    countsFont.setPointSizeF(base.pointSizeF() * 1.2);
    m_counts->setFont(countsFont);
    m_counts->setTextFormat(Qt::RichText);

    m_onlyMine = new QCheckBox(tr("Only &mine"), this);
    m_onlyMine->setObjectName(u"followUpOnlyMine"_s);
    m_onlyMine->setAccessibleName(tr("Show only the follow-ups assigned to me"));
    m_onlyMine->setToolTip(m_onlyMine->accessibleName());

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"followUpRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_error = new QLabel(this);
    m_error->setObjectName(u"followUpError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#a01010; font-weight:bold;"_s);
    m_error->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(u"followUpView"_s);
    m_view->setAccessibleName(tr("Follow-ups to do"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    // Taller rows: easier to read and to hit for the older volunteers.
    m_view->setStyleSheet(u"QTreeView::item { padding: 5px 2px; }"_s);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FollowUpModel::Due, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpModel::Person, QHeaderView::Interactive);
    header->setSectionResizeMode(FollowUpModel::Note, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpModel::Assignee, QHeaderView::ResizeToContents);
    header->resizeSection(FollowUpModel::Person, 260);

    m_done = new QPushButton(tr("&Done…"), this);
    m_done->setObjectName(u"followUpDone"_s);
    m_done->setAccessibleName(tr("Mark the selected follow-up as done"));
    m_open = new QPushButton(tr("&Open person"), this);
    m_open->setObjectName(u"followUpOpenPerson"_s);
    m_open->setAccessibleName(tr("Open the record of the selected person"));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_counts, 1);
    top->addWidget(m_onlyMine);
    top->addWidget(m_refresh);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_open);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    m_timer->start();

    connect(m_timer, &QTimer::timeout, this, &FollowUpPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &FollowUpPage::refresh);
    connect(m_onlyMine, &QCheckBox::toggled, this, &FollowUpPage::refresh);
    connect(m_done, &QPushButton::clicked, this, &FollowUpPage::completeCurrent);
    connect(m_open, &QPushButton::clicked, this, &FollowUpPage::openCurrentPerson);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model.followUp(index))
            openCurrentPerson();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FollowUpPage::updateActions);

    refresh();
}

CompleteFollowUpDialog *FollowUpPage::completeDialog() const
{
    return m_dialog.data();
}

bool FollowUpPage::onlyMine() const
{
    return m_onlyMine->isChecked();
}

void FollowUpPage::setOnlyMine(bool onlyMine)
{
    m_onlyMine->setChecked(onlyMine);
}

QString FollowUpPage::personName(qint64 personId) const
{
    return m_personNames.value(personId);
}

QString FollowUpPage::operatorName(qint64 operatorId) const
{
    return m_operatorNames.value(operatorId);
}

const people::FollowUp *FollowUpPage::currentFollowUp() const
{
    return m_model.followUp(m_view->currentIndex());
}

bool FollowUpPage::selectFollowUp(qint64 followUpId)
{
    const QModelIndex index = m_model.indexOf(followUpId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void FollowUpPage::refresh()
{
    const people::FollowUp *current = currentFollowUp();
    const qint64 currentId = current ? current->id : 0;
    const qint64 assignee = onlyMine() ? m_context.actor.operatorId : 0;
    auto queue
        = m_context.sessions.followUpQueue(m_context.actor, assignee, m_context.clock.today());
    if (!queue) {
        m_error->setText(text::ErrorText::message(queue.error()));
        m_error->show();
        m_model.setQueue({});
    } else {
        m_error->hide();
        // Names are read once here: the model asks for them at every paint.
        m_personNames.clear();
        for (const auto *list : {&queue->overdue, &queue->today, &queue->upcoming}) {
            for (const people::FollowUp &followUp : *list) {
                if (followUp.personId <= 0 || m_personNames.contains(followUp.personId))
                    continue;
                auto hit = m_context.people.nameOf(followUp.personId);
                m_personNames.insert(followUp.personId, hit ? hitName(*hit) : QString());
            }
        }
        m_model.setQueue(std::move(queue).value());
    }
    m_view->expandAll();
    for (int group = 0; group < FollowUpModel::GroupCount; ++group)
        m_view->setFirstColumnSpanned(group, {}, true);
    // Keep the cursor on the same follow-up, else on the first one, so the keyboard can go on.
    if (!selectFollowUp(currentId)) {
        for (int group = 0; group < FollowUpModel::GroupCount; ++group) {
            const QModelIndex first = m_model.index(0, 0, m_model.index(group, 0));
            if (first.isValid()) {
                m_view->setCurrentIndex(first);
                break;
            }
        }
    }
    updateCounts();
    updateActions();
}

void FollowUpPage::updateCounts()
{
    const int overdue = m_model.count(FollowUpModel::Overdue);
    const int today = m_model.count(FollowUpModel::Today);
    const int upcoming = m_model.count(FollowUpModel::Upcoming);
    QString plain;
    QString rich;
    if (overdue + today + upcoming == 0) {
        plain = tr("Nobody to call back.");
        rich = plain.toHtmlEscaped();
    } else {
        const QString overdueText = tr("%n overdue", nullptr, overdue);
        const QString todayText = tr("%n due today", nullptr, today);
        const QString upcomingText = tr("%n upcoming", nullptr, upcoming);
        plain = tr("%1, %2, %3").arg(overdueText, todayText, upcomingText);
        const QString overdueRich = overdue > 0
            ? u"<b style=\"color:#a01010\">%1</b>"_s.arg(overdueText.toHtmlEscaped())
            : overdueText.toHtmlEscaped();
        rich = tr("%1, %2, %3")
                   .arg(overdueRich, todayText.toHtmlEscaped(), upcomingText.toHtmlEscaped());
    }
    m_counts->setText(rich);
    m_counts->setAccessibleName(plain);
    m_counts->setToolTip(plain);
    if (overdue + today != m_dueNow) {
        m_dueNow = overdue + today;
        Q_EMIT countChanged(m_dueNow);
    }
}

void FollowUpPage::updateActions()
{
    const people::FollowUp *current = currentFollowUp();
    m_done->setEnabled(current != nullptr);
    m_open->setEnabled(current != nullptr && current->personId > 0);
}

void FollowUpPage::completeCurrent()
{
    const people::FollowUp *current = currentFollowUp();
    if (!current)
        return;
    const qint64 id = current->id;
    const QString who
        = m_model
              .data(m_view->currentIndex().siblingAtColumn(FollowUpModel::Person), Qt::DisplayRole)
              .toString();
    QString summary
        = tr("%1, due on %2").arg(who, QLocale().toString(current->due, QLocale::LongFormat));
    if (!current->note.isEmpty())
        summary += u'\n' + current->note;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CompleteFollowUpDialog(
        summary,
        [this, id](const QString &outcome, const QString &note) {
            return m_context.sessions.completeFollowUp(m_context.actor, id, outcome, note);
        },
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id] {
        refresh();
        Q_EMIT followUpCompleted(id);
    });
    m_dialog->open();
}

void FollowUpPage::openCurrentPerson()
{
    const people::FollowUp *current = currentFollowUp();
    if (current && current->personId > 0)
        Q_EMIT openPersonRequested(current->personId);
}

} // namespace sportello::ui
