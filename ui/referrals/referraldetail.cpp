// SPDX-License-Identifier: GPL-3.0-or-later
#include "referraldetail.h"

#include "brand.h"
#include "referrallistmodel.h"
#include "referrals/movedialog.h"
#include "services/referralservice.h"
#include "sessions/sessionwidgets.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QColor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using referrals::Kind;
using referrals::Referral;
using referrals::State;
using text::ReferralText;

namespace {

QString localDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                   + local.time().toString(u"HH:mm"_s));
}

} // namespace

ReferralDetail::ReferralDetail(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    m_hint = new QLabel(tr("Choose a referral in the list to see it here."), this);
    m_hint->setObjectName(u"referralDetailHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(u"referralDetailError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    m_body = new QWidget(this);
    m_body->setObjectName(u"referralDetailBody"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_body, 1);

    buildFacts();
    m_body->hide();
}

void ReferralDetail::buildFacts()
{
    m_title = new QLabel(m_body);
    m_title->setObjectName(u"referralDetailTitle"_s);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QWidget(m_body);
    m_form = new QFormLayout(facts);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QList<std::pair<QString, QString>> rows {
        {u"person"_s, tr("Person:")},         {u"kind"_s, tr("Kind:")},
        {u"state"_s, tr("State:")},           {u"urgency"_s, tr("Urgency:")},
        {u"needs"_s, tr("Needs:")},           {u"office"_s, tr("Office:")},
        {u"created"_s, tr("Created:")},       {u"sent"_s, tr("Sent:")},
        {u"takenOver"_s, tr("Taken on:")},    {u"feedback"_s, tr("Answer expected by:")},
        {u"outcome"_s, tr("Final outcome:")},
    };
    for (const auto &[field, caption] : rows) {
        auto *value = new QLabel(facts);
        value->setObjectName(u"referralField_"_s + field);
        // Long lists wrap; a date or a name stays on its line.
        value->setWordWrap(field == u"needs" || field == u"office");
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(caption, value);
        m_fields.append({field, value});
    }
    m_note = new QPlainTextEdit(facts);
    m_note->setObjectName(u"referralNote"_s);
    m_note->setAccessibleName(tr("Note for the destination"));
    m_note->setReadOnly(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_form->addRow(tr("Note:"), m_note);

    m_historyView = new QTreeWidget(m_body);
    m_historyView->setObjectName(u"referralHistory"_s);
    m_historyView->setAccessibleName(tr("History of the referral"));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setHeaderLabels({tr("When"), tr("Step"), tr("Reason"), tr("By")});
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *historyBox = new QGroupBox(tr("History"), m_body);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);

    auto *columns = new QHBoxLayout;
    columns->addWidget(facts, 1);
    columns->addWidget(historyBox, 1);

    m_noMoves = new QLabel(m_body);
    m_noMoves->setObjectName(u"referralNoMoves"_s);
    m_noMoves->setWordWrap(true);
    m_moves = new QHBoxLayout;
    m_openPerson = makeButton(tr("&Open person"), u"referralOpenPerson"_s,
                              tr("Open the record of the referral's person"), m_body);
    m_letter = makeButton(tr("Letter (&PDF)…"), u"referralLetter"_s,
                          tr("Save the referral letter as a PDF"), m_body);
    m_editDraft = makeButton(tr("&Edit the draft…"), u"referralEditDraft"_s,
                             tr("Complete the draft before sending it (needs, office, urgency, "
                                "note, answer date)"),
                             m_body);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editDraft);
    actions->addLayout(m_moves);
    actions->addWidget(m_noMoves, 1);
    actions->addStretch(1);
    actions->addWidget(m_openPerson);
    actions->addWidget(m_letter);

    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addLayout(actions);

    connect(m_openPerson, &QPushButton::clicked, this, [this] {
        if (m_referral.personId > 0)
            Q_EMIT openPersonRequested(m_referral.personId);
    });
    connect(m_editDraft, &QPushButton::clicked, this, [this] {
        if (m_referral.id > 0 && m_referral.state == State::Bozza)
            Q_EMIT editDraftRequested(m_referral.id);
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        if (m_referral.id > 0)
            Q_EMIT letterRequested(m_referral.id);
    });
}

MoveDialog *ReferralDetail::moveDialog() const
{
    return m_dialog.data();
}

QString ReferralDetail::fieldText(const QString &field) const
{
    if (field == u"note")
        return m_note->toPlainText();
    if (field == u"title")
        return m_title->text();
    for (const auto &[name, label] : m_fields) {
        if (name == field)
            return label->text();
    }
    return {};
}

void ReferralDetail::setField(const QString &field, const QString &text)
{
    for (const auto &[name, label] : m_fields) {
        if (name != field)
            continue;
        label->setText(text);
        // An empty fact takes no room: the form shows what is known.
        m_form->setRowVisible(label, !text.isEmpty());
    }
}

QString ReferralDetail::personName() const
{
    if (m_referral.personId <= 0)
        return tr("Anonymous");
    const QString name
        = m_context.personName ? m_context.personName(m_referral.personId) : QString();
    return name.isEmpty() ? tr("Person #%1 (no longer recorded)").arg(m_referral.personId) : name;
}

QString ReferralDetail::operatorName(qint64 operatorId) const
{
    if (operatorId <= 0)
        return {};
    const QString name = m_context.operatorName ? m_context.operatorName(operatorId) : QString();
    return name.isEmpty() ? tr("Operator #%1").arg(operatorId) : name;
}

QString ReferralDetail::summary() const
{
    return tr("Referral %1 to %2 for %3")
        .arg(ReferralText::referralCode(m_referral.uid),
             ReferralText::destinationLabel(m_referral.destinationType), personName());
}

bool ReferralDetail::showReferral(qint64 referralId)
{
    if (referralId <= 0) {
        clear();
        return false;
    }
    auto found = m_context.referrals.referral(m_context.actor, referralId);
    auto history = found ? m_context.referrals.history(m_context.actor, referralId)
                         : Result<QList<referrals::TransitionRecord>>(found.error());
    if (!history) {
        clear();
        m_error->setText(text::ErrorText::message(history.error()));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_referral = std::move(found).value();
    m_history = std::move(history).value();
    // What the network answered (codes only); a referral without answers reads as before.
    m_networkAnswers = m_context.referrals.networkAnswers(m_context.actor, referralId)
                           .valueOr(QList<referrals::NetworkAnswer>());
    fill();
    m_hint->hide();
    m_body->show();
    return true;
}

void ReferralDetail::clear()
{
    if (m_dialog)
        m_dialog->close();
    m_referral = {};
    m_history.clear();
    m_networkAnswers.clear();
    m_historyView->clear();
    m_note->clear();
    rebuildMoves();
    m_error->hide();
    m_body->hide();
    m_hint->show();
}

void ReferralDetail::fill()
{
    const Referral &r = m_referral;
    m_title->setText(tr("%1 — referral %2")
                         .arg(ReferralText::destinationLabel(r.destinationType),
                              ReferralText::referralCode(r.uid)));
    setField(u"person"_s, personName());
    setField(u"kind"_s, ReferralText::kindLabel(r.kind));
    setField(u"state"_s, r.kind == Kind::Logged ? QString() : ReferralText::stateLabel(r.state));
    setField(u"urgency"_s, ReferralText::urgencyLabel(r.urgency));
    QStringList needs;
    for (const QString &need : r.needs)
        needs.append(text::PeopleText::need(need));
    setField(u"needs"_s, needs.join(u"; "_s));
    setField(u"office"_s,
             r.destinationUid.isEmpty() || !m_context.entryName
                 ? QString()
                 : m_context.entryName(r.destinationUid));
    const QString by = operatorName(r.createdBy);
    setField(u"created"_s,
             by.isEmpty() ? localDateTime(r.createdAt)
                          : tr("%1 by %2").arg(localDateTime(r.createdAt), by));
    setField(u"sent"_s, localDateTime(r.sentAt));
    setField(u"takenOver"_s, localDateTime(r.takenOverAt));
    const QDate today = m_context.clock.today();
    QString feedback = r.feedbackDue.isValid()
        ? QLocale().toString(r.feedbackDue, QLocale::LongFormat)
        : QString();
    const bool late = ReferralListModel::isOverdue(r, today);
    if (late)
        feedback = tr("%1 — late").arg(feedback);
    setField(u"feedback"_s, feedback);
    for (const auto &[name, label] : std::as_const(m_fields)) {
        if (name == u"feedback")
            label->setStyleSheet(late ? brand::errorStyle(palette()) : QString());
        if (name == u"state")
            label->setStyleSheet(u"font-weight:bold;"_s);
    }
    setField(u"outcome"_s,
             r.finalOutcome.isEmpty() ? QString()
                                      : ReferralText::finalOutcomeLabel(r.finalOutcome));
    m_note->setPlainText(r.note);
    fillHistory();
    rebuildMoves();
}

void ReferralDetail::fillHistory()
{
    m_historyView->clear();
    // The creation first, then each step: oldest at the top, as a story reads.
    auto *created = new QTreeWidgetItem(m_historyView);
    created->setText(0, localDateTime(m_referral.createdAt));
    created->setText(1,
                     m_referral.kind == Kind::Logged
                         ? tr("Logged")
                         : tr("Created as %1").arg(ReferralText::stateLabel(State::Bozza)));
    created->setText(3, operatorName(m_referral.createdBy));
    for (const referrals::TransitionRecord &step : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_historyView);
        item->setText(0, localDateTime(step.at));
        item->setText(1,
                      tr("%1 → %2").arg(ReferralText::stateLabel(step.from),
                                        ReferralText::stateLabel(step.to)));
        item->setText(2,
                      step.reason.isEmpty() ? QString() : ReferralText::reasonLabel(step.reason));
        // A destination's answer received through the hub has no operator: the network.
        item->setText(3, step.fromNetwork ? tr("from the network") : operatorName(step.by));
        item->setToolTip(0, QLocale().toString(step.at.toLocalTime(), QLocale::LongFormat));
    }
    // An answer the state machine did not allow is kept and shown, for the operator to act on.
    for (const referrals::NetworkAnswer &answer : std::as_const(m_networkAnswers)) {
        if (answer.applied)
            continue;
        State to = State::Bozza;
        const QString state = referrals::stateFromCode(answer.state, &to)
            ? ReferralText::stateLabel(to)
            : answer.state;
        auto *item = new QTreeWidgetItem(m_historyView);
        item->setText(0, localDateTime(answer.answeredAt));
        item->setText(1, tr("Answer not applied: %1").arg(state));
        item->setText(
            2,
            !answer.finalOutcome.isEmpty()
                ? ReferralText::finalOutcomeLabel(answer.finalOutcome)
                : (answer.reason.isEmpty() ? QString() : ReferralText::reasonLabel(answer.reason)));
        item->setText(3, tr("from the network"));
        const QString why = tr("The destination answered through the network, but this referral "
                               "cannot move there from its present state. Record the steps by "
                               "hand if the answer is right.");
        for (int column = 0; column < 4; ++column) {
            item->setToolTip(column, why);
            item->setForeground(column, QColor(0xa0, 0x10, 0x10));
        }
    }
}

void ReferralDetail::rebuildMoves()
{
    qDeleteAll(m_moveButtons);
    m_moveButtons.clear();
    const Referral &r = m_referral;
    const bool shown = r.id > 0;
    const QList<State> next
        = shown && r.kind == Kind::Sent ? referrals::nextStates(r.state) : QList<State> {};
    for (State to : next) {
        auto *button
            = makeButton(MoveDialog::actionLabel(to), u"referralMove_"_s + referrals::stateCode(to),
                         tr("Record the step: %1").arg(ReferralText::stateLabel(to)), m_body);
        connect(button, &QPushButton::clicked, this, [this, to] { startMove(to); });
        m_moves->addWidget(button);
        button->setVisible(shown); // a layout would show it only later
        m_moveButtons.append(button);
    }
    QString why;
    if (shown && r.kind == Kind::Logged)
        why = ReferralText::kindDescription(Kind::Logged);
    else if (shown && next.isEmpty())
        why = tr("This referral is finished: it has no further steps.");
    m_noMoves->setText(why);
    m_noMoves->setVisible(!why.isEmpty());
    m_openPerson->setVisible(shown && r.personId > 0);
    m_letter->setVisible(shown && r.kind == Kind::Sent && r.personId > 0);
    m_editDraft->setVisible(shown && r.kind == Kind::Sent && r.state == State::Bozza);
}

void ReferralDetail::startMove(State to)
{
    if (m_referral.id <= 0 || m_referral.kind != Kind::Sent
        || !referrals::canMove(m_referral.state, to))
        return;
    if (m_dialog)
        m_dialog->close();
    const qint64 id = m_referral.id;
    m_dialog = new MoveDialog(
        m_referral, to, summary(),
        [this, id](const referrals::Transition &transition) {
            return m_context.referrals.move(m_context.actor, id, transition);
        },
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id] {
        if (id == m_referral.id) {
            [[maybe_unused]] const bool shown = showReferral(id);
        }
        Q_EMIT referralMoved(id);
    });
    m_dialog->open();
}

} // namespace sportello::ui
