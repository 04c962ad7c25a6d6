// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/summary.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace sportello::ui {

class TypeAhead;

// The catalogue services discussed in a session: the services of the categories that answer
// the chosen needs are suggested in a checkable list (Space ticks), and a search line adds any
// other service by name.
class ServicePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePicker)

public:
    explicit ServicePicker(QWidget *parent = nullptr);

    void setCatalogue(QList<catalogue::ServiceSummary> summaries);
    // Suggests the services for these needs; ticked services stay.
    void suggestFor(const QStringList &needCodes);
    // Adds a service ticked (or ticks it when already listed).
    void addChecked(const QString &uid);
    [[nodiscard]] QStringList checkedUids() const;
    void clear();

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *searchField() const;
    [[nodiscard]] QList<QWidget *> tabOrder() const;

private:
    [[nodiscard]] QString itemText(const catalogue::ServiceSummary &summary) const;
    [[nodiscard]] const catalogue::ServiceSummary *find(const QString &uid) const;

    QList<catalogue::ServiceSummary> m_summaries;
    QList<QString> m_foldedNames; // parallel to m_summaries, for the search line
    QListWidget *m_list = nullptr;
    TypeAhead *m_search = nullptr;
};

} // namespace sportello::ui
