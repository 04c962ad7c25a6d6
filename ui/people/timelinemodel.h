// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace sportello::ui {

// One person's timeline as a table, newest first: when, what kind of event, what it was about
// (the codes as translated labels), who recorded it and the note.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { Date, Kind, What, Operator, Note, ColumnCount };
    // The entry's raw UTC time (any column), for sorting and tests.
    static constexpr int DateRole = Qt::UserRole;
    // The entry's people::TimelineEntry::Kind as an int.
    static constexpr int KindRole = Qt::UserRole + 1;
    // The id of the session, follow-up, consent or referral the entry is about.
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    explicit TimelineModel(QObject *parent = nullptr);

    // Operator ids → names, for the Operator column.
    void setOperators(QHash<qint64, QString> names);
    void setEntries(QList<people::TimelineEntry> entries);
    [[nodiscard]] const QList<people::TimelineEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Translated words used by the table, public so the page and tests share them.
    [[nodiscard]] static QString kindLabel(people::TimelineEntry::Kind kind);
    [[nodiscard]] static QString whatLabel(const people::TimelineEntry &entry);

private:
    [[nodiscard]] QString display(const people::TimelineEntry &entry, int column) const;
    [[nodiscard]] QString toolTip(const people::TimelineEntry &entry, int column) const;
    [[nodiscard]] QString operatorName(qint64 operatorId) const;

    QHash<qint64, QString> m_operators;
    QList<people::TimelineEntry> m_entries;
    QSet<qint64> m_doneFollowUps; // ids of follow-ups with a FollowUpDone entry
};

} // namespace sportello::ui
