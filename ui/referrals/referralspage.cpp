// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralspage.h"

#include "brand.h"
#include "deferredrefresh.h"
#include "listsizing.h"
#include "referrals/referralactions.h"
#include "referrals/referraldetail.h"
#include "referrals/referraldialog.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using referrals::Kind;
using referrals::Referral;
using referrals::State;
using text::ReferralText;

namespace {

bool choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QComboBox *makeCombo(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

ReferralsPage::ReferralsPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model([this](qint64 id) { return personName(id); },
              [this](const QString &uid) { return entryName(uid); })
{
    for (const auto &[id, name] : std::as_const(m_context.operators))
        m_operatorNames.insert(id, name);

    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 11));
    setFont(base);

    auto *title = new QLabel(tr("Referrals"), this);
    QFont titleFont = base;
    titleFont.setPointSizeF(base.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"referralCounts"_s);
    m_counts->setTextFormat(Qt::RichText);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(u"referralRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_error = new QLabel(this);
    m_error->setObjectName(u"referralError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    m_proxy.setSourceModel(&m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(u"referralView"_s);
    m_view->setAccessibleName(tr("Referrals"));
    m_view->setModel(&m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the detail's buttons
    m_view->verticalHeader()->hide();
    m_view->sortByColumn(ReferralListModel::Created, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized from the rows on screen and a few more, not from the first thousand: with tens of
    // thousands of referrals that held the window for a fifth of a second after login.
    header->setResizeContentsPrecision(kSizedRows);
    // A name is decrypted when its row is shown: its column has a width of its own instead of
    // one measured by reading the names of rows nobody looks at.
    header->setSectionResizeMode(ReferralListModel::Person, QHeaderView::Interactive);
    header->resizeSection(ReferralListModel::Person, 220);
    header->setSectionResizeMode(ReferralListModel::Destination, QHeaderView::Stretch);
    // The destination (with the office) is what tells referrals apart: it gets the room.
    header->setSectionResizeMode(ReferralListModel::Needs, QHeaderView::Interactive);
    header->resizeSection(ReferralListModel::Needs, 200);

    m_detail = new ReferralDetail({m_context.referrals, m_context.clock, m_context.actor,
                                   [this](qint64 id) { return personName(id); },
                                   [this](qint64 id) { return operatorName(id); },
                                   [this](const QString &uid) {
                                       return entryName(uid);
                                   }},
                                  this);
    m_detail->setObjectName(u"referralDetail"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_counts, 1);
    top->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    buildFilters();
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReferralsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    // A referral changed here (a move, a completed draft), on another page or by the sync:
    // read the list again, keeping the referral shown even when the filters now hide it, so
    // the operator sees where the step led.
    m_changed = new DeferredRefresh(
        [this] {
            if (isVisible())
                reload(true);
            else
                m_stale = true; // read when next shown
        },
        this);
    connect(&m_context.changes, &services::ChangeNotifier::referralChanged, m_changed,
            &DeferredRefresh::schedule);
    // An erasure detaches the person from their referrals without changing them otherwise:
    // the one shown must be read again, or its detail would still name the person.
    connect(&m_context.changes, &services::ChangeNotifier::personErased, this,
            [this](qint64 personId) {
                if (m_detail->referralId() > 0 && m_detail->referral().personId == personId)
                    m_rereadDetail = true;
                m_changed->schedule();
            });
    connect(&m_context.changes, &services::ChangeNotifier::catalogueChanged, m_changed,
            &DeferredRefresh::schedule);
    connect(m_detail, &ReferralDetail::openPersonRequested, this,
            &ReferralsPage::openPersonRequested);
    connect(m_detail, &ReferralDetail::letterRequested, this, &ReferralsPage::letterRequested);
    connect(m_detail, &ReferralDetail::editDraftRequested, this, &ReferralsPage::editDraft);
    // The list is read when the page is first shown: at a desk with tens of thousands of
    // referrals, reading it at login held the window for half a second (startup_bench).
}

void ReferralsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Also when the day turned since the last read: how long a referral has waited changed.
    if (m_stale || m_readOn != m_context.clock.today())
        reload(true);
}

void ReferralsPage::ensureRead()
{
    if (m_stale)
        reload(true);
}

void ReferralsPage::buildFilters()
{
    m_state = makeCombo(u"referralStateFilter"_s, tr("Show referrals in this state"), this);
    m_state->addItem(tr("Any state"), QString(kAnyState));
    m_state->addItem(tr("Open (still going on)"), QString(kOpenStates));
    for (State state : referrals::allStates())
        m_state->addItem(ReferralText::stateLabel(state), referrals::stateCode(state));
    m_state->setCurrentIndex(1);

    m_destination
        = makeCombo(u"referralDestinationFilter"_s, tr("Show referrals to this destination"), this);
    m_destination->addItem(tr("Any destination"), QString());
    for (const QString &code : referrals::destinationTypes())
        m_destination->addItem(ReferralText::destinationLabel(code), code);
    m_destination->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_destination->setMinimumContentsLength(24);

    m_kind = makeCombo(u"referralKindFilter"_s, tr("Show sent or logged referrals"), this);
    m_kind->addItem(ReferralText::kindLabel(Kind::Sent), referrals::kindCode(Kind::Sent));
    m_kind->addItem(ReferralText::kindLabel(Kind::Logged), referrals::kindCode(Kind::Logged));
    m_kind->addItem(tr("Sent and logged"), QString());

    m_age = makeCombo(u"referralAgeFilter"_s, tr("Show referrals waiting at least"), this);
    m_age->addItem(tr("Any age"), 0);
    for (int days : {7, 14, 30, 60})
        m_age->addItem(tr("%n day(s) or more", nullptr, days), days);

    auto *row = new QHBoxLayout;
    const auto add = [this, row](const QString &caption, QComboBox *combo, int stretch) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(combo);
        row->addWidget(label);
        row->addWidget(combo, stretch);
        row->addSpacing(12);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            if (combo == m_age)
                m_proxy.setMinimumAge(m_age->currentData().toInt());
            else
                refresh();
            updateCounts();
        });
    };
    add(tr("St&ate:"), m_state, 0);
    add(tr("D&estination:"), m_destination, 1);
    add(tr("&Kind:"), m_kind, 0);
    add(tr("A&ge:"), m_age, 0);
    m_state->setToolTip(tr("Open: sent referrals not yet closed or cancelled."));
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
}

bool ReferralsPage::setStateFilter(const QString &code)
{
    return choose(m_state, code);
}

bool ReferralsPage::setDestinationFilter(const QString &code)
{
    return choose(m_destination, code);
}

bool ReferralsPage::setKindFilter(const QString &code)
{
    return choose(m_kind, code);
}

bool ReferralsPage::setMinimumAge(int days)
{
    return choose(m_age, days);
}

void ReferralsPage::clearFilters()
{
    const QSignalBlocker state(m_state);
    const QSignalBlocker destination(m_destination);
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker age(m_age);
    m_state->setCurrentIndex(0);
    m_destination->setCurrentIndex(0);
    m_kind->setCurrentIndex(m_kind->findData(QString()));
    m_age->setCurrentIndex(0);
    m_proxy.setMinimumAge(0);
    refresh();
}

referrals::ReferralFilter ReferralsPage::filter() const
{
    referrals::ReferralFilter f;
    const QString state = m_state->currentData().toString();
    if (state == kOpenStates) {
        for (State s : referrals::allStates()) {
            if (!referrals::isFinal(s))
                f.states.append(s);
        }
        f.kind = Kind::Sent;
    } else if (State s = State::Bozza; referrals::stateFromCode(state, &s)) {
        f.states = {s};
    }
    f.destinationType = m_destination->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    if (kind == referrals::kindCode(Kind::Sent))
        f.kind = Kind::Sent;
    else if (kind == referrals::kindCode(Kind::Logged))
        f.kind = Kind::Logged;
    return f;
}

bool ReferralsPage::asksForNothing() const
{
    // A logged referral never moves, so none is ever "going on".
    return m_state->currentData().toString() == kOpenStates
        && m_kind->currentData().toString() == referrals::kindCode(Kind::Logged);
}

qint64 ReferralsPage::currentId() const
{
    return m_view->currentIndex().data(ReferralListModel::ReferralIdRole).toLongLong();
}

QString ReferralsPage::personName(qint64 personId)
{
    if (personId <= 0)
        return {};
    auto cached = m_personNames.constFind(personId);
    if (cached != m_personNames.constEnd())
        return *cached;
    auto hit = m_context.people.nameOf(m_context.actor, personId);
    const QString name
        = hit ? QString(hit->givenName + u' ' + hit->familyName).trimmed() : QString();
    m_personNames.insert(personId, name);
    return name;
}

QString ReferralsPage::entryName(const QString &uid)
{
    if (uid.isEmpty())
        return {};
    auto cached = m_entryNames.constFind(uid);
    if (cached != m_entryNames.constEnd())
        return *cached;
    // A catalogue that cannot be read only loses the name.
    const auto target = m_context.catalogue.referralTarget(uid);
    const QString name = target && *target ? referralTargetName(**target) : QString();
    m_entryNames.insert(uid, name);
    return name;
}

QString ReferralsPage::operatorName(qint64 operatorId) const
{
    return m_operatorNames.value(operatorId);
}

void ReferralsPage::refresh()
{
    reload(false);
}

void ReferralsPage::reload(bool keepDetail)
{
    m_stale = false;
    m_readOn = m_context.clock.today();
    const qint64 selected = currentId();
    auto found = asksForNothing() ? Result<QList<Referral>>(QList<Referral> {})
                                  : m_context.referrals.list(m_context.actor, filter());
    QList<Referral> list;
    if (!found) {
        m_error->setText(text::ErrorText::message(found.error()));
        m_error->show();
    } else {
        m_error->hide();
        list = std::move(found).value();
    }
    // Names are read when a row is first shown (or sorted by them) and kept until the next
    // reload: the model asks for them at every paint. Reading them all here took seconds at a
    // desk with tens of thousands of referrals, right after login, while the person directory
    // was still loading (startup_bench).
    m_personNames.clear();
    m_entryNames.clear();
    m_restoring = true;
    m_model.setReferrals(std::move(list), m_context.clock.today());
    const bool kept = select(selected);
    m_restoring = false;
    const qint64 shownId = m_detail->referralId();
    if (!kept && !keepDetail) {
        m_detail->clear();
    } else if (std::exchange(m_rereadDetail, false) && shownId > 0) {
        [[maybe_unused]] const bool shown = m_detail->showReferral(shownId);
    } else if (const Referral *listed = m_model.referral(m_model.indexOf(selected));
               kept && listed && listed->updatedAt != m_detail->referral().updatedAt) {
        // It changed since it was read (a move, a sync): read it again.
        [[maybe_unused]] const bool shown = m_detail->showReferral(selected);
    }
    updateCounts();
}

bool ReferralsPage::select(qint64 referralId)
{
    if (referralId <= 0)
        return false;
    const QModelIndex index = m_proxy.mapFromSource(m_model.indexOf(referralId));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ReferralsPage::showReferral(qint64 referralId)
{
    ensureRead();
    if (!m_proxy.mapFromSource(m_model.indexOf(referralId)).isValid())
        clearFilters();
    const bool already = currentId() == referralId && m_detail->referralId() == referralId;
    if (!select(referralId))
        return false;
    // Selected already: the detail may be older than the referral (changed elsewhere).
    if (already) {
        [[maybe_unused]] const bool shown = m_detail->showReferral(referralId);
    }
    m_view->setFocus();
    return true;
}

void ReferralsPage::currentChanged(const QModelIndex &current)
{
    if (m_restoring)
        return;
    const qint64 id = current.data(ReferralListModel::ReferralIdRole).toLongLong();
    if (id <= 0) {
        m_detail->clear();
        return;
    }
    if (id != m_detail->referralId()) {
        [[maybe_unused]] const bool shown = m_detail->showReferral(id);
    }
}

void ReferralsPage::updateCounts()
{
    const int shown = m_proxy.rowCount();
    int late = 0;
    for (int row = 0; row < shown; ++row) {
        if (m_proxy.index(row, 0).data(ReferralListModel::OverdueRole).toBool())
            ++late;
    }
    const QString shownText = tr("%n referral(s) shown", nullptr, shown);
    if (late == 0) {
        m_counts->setText(shownText.toHtmlEscaped());
        m_counts->setAccessibleName(shownText);
        return;
    }
    const QString lateText = tr("%n awaiting an answer past its date", nullptr, late);
    m_counts->setText(tr("%1, %2").arg(
        shownText.toHtmlEscaped(),
        u"<b style=\"%1\">%2</b>"_s.arg(brand::errorStyle(palette()), lateText.toHtmlEscaped())));
    m_counts->setAccessibleName(tr("%1, %2").arg(shownText, lateText));
}

ReferralDialog *ReferralsPage::draftEditor() const
{
    return m_draftEditor.data();
}

void ReferralsPage::editDraft(qint64 referralId)
{
    const referrals::Referral &draft = m_detail->referral();
    if (draft.id != referralId)
        return;
    auto *dialog = new ReferralDialog({m_context.referrals, m_context.catalogue, m_context.clock,
                                       m_context.actor, draft.sessionId, draft.personId,
                                       draft.needs, draft.destinationType, draft},
                                      this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The list follows the change notification; the detail shows the completed draft now.
    connect(dialog, &QDialog::accepted, this, [this, referralId] {
        [[maybe_unused]] const bool shown = m_detail->showReferral(referralId);
    });
    m_draftEditor = dialog;
    dialog->open();
}

} // namespace sportello::ui
