// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "people/vocabulary.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using people::TimelineEntry;
using people::Vocabulary;
using text::PeopleText;

namespace {

QString localDateTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                   + local.time().toString(u"HH:mm"_s));
}

QString consentWhat(const QStringList &codes)
{
    QStringList parts;
    people::ConsentPurpose purpose = people::ConsentPurpose::PersonalData;
    if (!codes.isEmpty())
        parts.append(people::consentPurposeFromCode(codes.at(0), &purpose)
                         ? PeopleText::consentPurpose(purpose)
                         : codes.at(0));
    people::ConsentMethod method = people::ConsentMethod::SignedForm;
    if (codes.size() > 1)
        parts.append(people::consentMethodFromCode(codes.at(1), &method)
                         ? PeopleText::consentMethod(method)
                         : codes.at(1));
    if (codes.size() > 2 && !codes.at(2).isEmpty())
        parts.append(TimelineModel::tr("notice version %1").arg(codes.at(2)));
    return parts.join(u" — "_s);
}

QString sessionWhat(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    QStringList needs;
    QStringList outcomes;
    QStringList others;
    for (qsizetype i = 1; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        if (Vocabulary::isNeed(code))
            needs.append(PeopleText::need(code));
        else if (Vocabulary::contains(Vocabulary::outcomes(), code))
            outcomes.append(PeopleText::term(Vocabulary::outcomes(), code));
        else
            others.append(code);
    }
    QStringList parts {PeopleText::term(Vocabulary::sessionTypes(), codes.at(0))};
    if (!needs.isEmpty())
        parts.append(TimelineModel::tr("needs: %1").arg(needs.join(u"; "_s)));
    if (!outcomes.isEmpty())
        parts.append(TimelineModel::tr("outcome: %1").arg(outcomes.join(u"; "_s)));
    parts += others;
    return parts.join(u" — "_s);
}

// Codes: destination type, state, kind, urgency (ReferralService::timeline).
QString referralWhat(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    QStringList parts {text::ReferralText::destinationLabel(codes.at(0))};
    const bool logged = codes.value(2) == referrals::kindCode(referrals::Kind::Logged);
    referrals::State state = referrals::State::Bozza;
    // A logged referral stays a draft for ever: its kind says more than its state.
    if (!logged && codes.size() > 1)
        parts.append(referrals::stateFromCode(codes.at(1), &state)
                         ? text::ReferralText::stateLabel(state)
                         : codes.at(1));
    if (codes.size() > 3 && !codes.at(3).isEmpty() && codes.at(3) != u"ORD")
        parts.append(text::ReferralText::urgencyLabel(codes.at(3)));
    // A sent one shows its state; "Sent referral" next to "Sent" would only repeat it.
    if (logged)
        parts.append(text::ReferralText::kindLabel(referrals::Kind::Logged));
    return parts.join(u" — "_s);
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::setOperators(QHash<qint64, QString> names)
{
    m_operators = std::move(names);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Operator), index(rowCount() - 1, Operator));
}

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_doneFollowUps.clear();
    for (const TimelineEntry &entry : std::as_const(m_entries)) {
        if (entry.kind == TimelineEntry::Kind::FollowUpDone)
            m_doneFollowUps.insert(entry.recordId);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindLabel(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Session:
        return tr("Session");
    case TimelineEntry::Kind::FollowUpDue:
        return tr("Follow-up due");
    case TimelineEntry::Kind::FollowUpDone:
        return tr("Follow-up done");
    case TimelineEntry::Kind::ConsentGiven:
        return tr("Consent given");
    case TimelineEntry::Kind::ConsentRevoked:
        return tr("Consent revoked");
    case TimelineEntry::Kind::Referral:
        return tr("Referral");
    }
    return {};
}

QString TimelineModel::whatLabel(const TimelineEntry &entry)
{
    switch (entry.kind) {
    case TimelineEntry::Kind::Session:
        return sessionWhat(entry.codes);
    case TimelineEntry::Kind::FollowUpDue:
        return entry.codes.join(u", "_s);
    case TimelineEntry::Kind::FollowUpDone:
        return entry.codes.isEmpty()
            ? QString()
            : PeopleText::term(Vocabulary::followUpOutcomes(), entry.codes.at(0));
    case TimelineEntry::Kind::ConsentGiven:
    case TimelineEntry::Kind::ConsentRevoked:
        return consentWhat(entry.codes);
    case TimelineEntry::Kind::Referral:
        return referralWhat(entry.codes);
    }
    return {};
}

QString TimelineModel::operatorName(qint64 operatorId) const
{
    if (operatorId == 0)
        return {};
    const QString name = m_operators.value(operatorId);
    return name.isEmpty() ? tr("Operator #%1").arg(operatorId) : name;
}

QString TimelineModel::display(const TimelineEntry &entry, int column) const
{
    switch (static_cast<Column>(column)) {
    case Date:
        // A due follow-up is a whole day, stored as the start of that day in UTC.
        if (entry.kind == TimelineEntry::Kind::FollowUpDue)
            return QLocale().toString(entry.at.toUTC().date(), QLocale::ShortFormat);
        return localDateTime(entry.at);
    case Kind:
        return kindLabel(entry.kind);
    case What:
        // Whether a due follow-up was done shows on its own row too.
        if (entry.kind == TimelineEntry::Kind::FollowUpDue && entry.codes.isEmpty())
            return m_doneFollowUps.contains(entry.recordId) ? tr("Done") : tr("Still to do");
        return whatLabel(entry);
    case Operator:
        return operatorName(entry.operatorId);
    case Note:
        // One line per row; the tooltip has the whole text.
        return entry.text.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QString TimelineModel::toolTip(const TimelineEntry &entry, int column) const
{
    switch (static_cast<Column>(column)) {
    case Date:
        if (entry.kind == TimelineEntry::Kind::FollowUpDue)
            return QLocale().toString(entry.at.toUTC().date(), QLocale::LongFormat);
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    case What: {
        const QString label = display(entry, column);
        if (entry.codes.isEmpty())
            return label;
        return tr("%1\nCodes: %2").arg(label, entry.codes.join(u", "_s));
    }
    case Note:
        return entry.text;
    case Kind:
    case Operator:
        return display(entry, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::AccessibleTextRole: {
        const QString value = display(entry, index.column());
        const QString header
            = headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
        return value.isEmpty() ? tr("%1: none").arg(header) : tr("%1: %2").arg(header, value);
    }
    case DateRole:
        return entry.at;
    case KindRole:
        return static_cast<int>(entry.kind);
    case RecordIdRole:
        return entry.recordId;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Event");
    case What:
        return tr("Details");
    case Operator:
        return tr("Operator");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace sportello::ui
