// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrallistmodel.h"

#include "brand.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using referrals::Referral;
using text::ReferralText;

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ReferralListModel::ReferralListModel(NameResolver personName, EntryResolver entryName,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_personName(std::move(personName))
    , m_entryName(std::move(entryName))
{ }

void ReferralListModel::setReferrals(QList<Referral> referrals, const QDate &today)
{
    beginResetModel();
    m_referrals = std::move(referrals);
    m_today = today;
    endResetModel();
}

const Referral *ReferralListModel::referral(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_referrals.size())
        return nullptr;
    return &m_referrals.at(index.row());
}

QModelIndex ReferralListModel::indexOf(qint64 referralId) const
{
    for (int row = 0; row < m_referrals.size(); ++row) {
        if (m_referrals.at(row).id == referralId)
            return index(row, 0);
    }
    return {};
}

int ReferralListModel::ageInDays(const Referral &referral, const QDate &today)
{
    const QDateTime since = referral.sentAt.isValid() ? referral.sentAt : referral.createdAt;
    if (!since.isValid() || !today.isValid())
        return 0;
    return static_cast<int>(std::max<qint64>(0, since.toLocalTime().date().daysTo(today)));
}

bool ReferralListModel::isOverdue(const Referral &referral, const QDate &today)
{
    return referral.kind == referrals::Kind::Sent && referrals::awaitsFeedback(referral.state)
        && referral.feedbackDue.isValid() && today.isValid() && referral.feedbackDue < today;
}

int ReferralListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_referrals.size());
}

int ReferralListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReferralListModel::personName(qint64 personId) const
{
    if (personId <= 0)
        return tr("Anonymous");
    const QString name = m_personName ? m_personName(personId) : QString();
    return name.isEmpty() ? tr("Person #%1 (no longer recorded)").arg(personId) : name;
}

QString ReferralListModel::destination(const Referral &referral) const
{
    const QString label = ReferralText::destinationLabel(referral.destinationType);
    const QString entry = referral.destinationUid.isEmpty() || !m_entryName
        ? QString()
        : m_entryName(referral.destinationUid);
    return entry.isEmpty() ? label
                           : tr("%1 — %2", "destination type — catalogue entry").arg(label, entry);
}

QString ReferralListModel::display(const Referral &referral, int column) const
{
    switch (static_cast<Column>(column)) {
    case Created:
        return shortDate(referral.createdAt.toLocalTime().date());
    case Person:
        return personName(referral.personId);
    case Destination:
        return destination(referral);
    case Needs: {
        QStringList labels;
        for (const QString &need : referral.needs)
            labels.append(text::PeopleText::need(need));
        return labels.join(u"; "_s);
    }
    case Urgency:
        return ReferralText::urgencyLabel(referral.urgency);
    case State:
        if (referral.kind == referrals::Kind::Logged)
            return ReferralText::kindLabel(referral.kind);
        // The destination's own answer, received through the hub.
        if (referral.lastMoveFromNetwork)
            return tr("%1 (from the network)").arg(ReferralText::stateLabel(referral.state));
        return ReferralText::stateLabel(referral.state);
    case Age:
        return QString::number(ageInDays(referral, m_today));
    case FeedbackDue:
        return shortDate(referral.feedbackDue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferralListModel::sortKey(const Referral &referral, int column) const
{
    switch (static_cast<Column>(column)) {
    case Created:
        return referral.createdAt;
    case Urgency:
        return static_cast<int>(referrals::urgencies().indexOf(referral.urgency));
    case State:
        // Logged ones last: they never move.
        return referral.kind == referrals::Kind::Logged
            ? static_cast<int>(referrals::allStates().size())
            : static_cast<int>(referrals::allStates().indexOf(referral.state));
    case Age:
        return ageInDays(referral, m_today);
    case FeedbackDue:
        // No date sorts after every date.
        return referral.feedbackDue.isValid() ? referral.feedbackDue.toJulianDay()
                                              : std::numeric_limits<qint64>::max();
    case Person:
    case Destination:
    case Needs:
        return display(referral, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral &r = m_referrals.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == FeedbackDue && isOverdue(r, m_today))
            return tr("Answer expected by %1: late")
                .arg(QLocale().toString(r.feedbackDue, QLocale::LongFormat));
        if (column == Age)
            return r.sentAt.isValid()
                ? tr("%n day(s) since it was sent", nullptr, ageInDays(r, m_today))
                : tr("%n day(s) since it was created", nullptr, ageInDays(r, m_today));
        return display(r, column);
    case Qt::AccessibleTextRole: {
        const QString header = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QString value = display(r, column);
        if (value.isEmpty())
            value = tr("none");
        if (column == FeedbackDue && isOverdue(r, m_today))
            return tr("%1: %2, late").arg(header, value);
        return tr("%1: %2").arg(header, value);
    }
    case Qt::TextAlignmentRole:
        if (column == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((column == FeedbackDue && isOverdue(r, m_today))
            || (column == Urgency && r.urgency == u"URG"))
            return brand::alertForeground();
        return {};
    case Qt::FontRole:
        if ((column == FeedbackDue && isOverdue(r, m_today))
            || (column == Urgency && r.urgency != u"ORD")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ReferralIdRole:
        return r.id;
    case PersonIdRole:
        return r.personId;
    case SortRole:
        return sortKey(r, column);
    case AgeRole:
        return ageInDays(r, m_today);
    case OverdueRole:
        return isOverdue(r, m_today);
    default:
        return {};
    }
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Person:
        return tr("Person");
    case Destination:
        return tr("Destination");
    case Needs:
        return tr("Needs");
    case Urgency:
        return tr("Urgency");
    case State:
        return tr("State");
    case Age:
        return tr("Days");
    case FeedbackDue:
        return tr("Answer by");
    default:
        return {};
    }
}

ReferralSortProxy::ReferralSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReferralListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReferralSortProxy::setMinimumAge(int days)
{
    if (days == m_minimumAge)
        return;
    m_minimumAge = std::max(0, days);
    invalidateFilter();
}

bool ReferralSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_minimumAge <= 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ReferralListModel::AgeRole).toInt() >= m_minimumAge;
}

} // namespace sportello::ui
