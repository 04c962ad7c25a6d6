// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/summary.h"

#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

namespace sportello::search {
class CatalogueIndex;
}

class QLineEdit;
class QListWidget;
class QThread;

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
    ~ServicePicker() override;

    // The services come from the desk's search snapshot, shared with the catalogue page: at a
    // region's size a copy of its 100,000 summaries would cost seconds and tens of MiB.
    void setCatalogue(std::shared_ptr<const search::CatalogueIndex> catalogue);
    // Suggests the services for these needs; ticked services stay.
    void suggestFor(const QStringList &needCodes);
    // Adds a service ticked (or ticks it when already listed).
    void addChecked(const QString &uid);
    [[nodiscard]] QStringList checkedUids() const;
    void clear();

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *searchField() const;
    [[nodiscard]] QList<QWidget *> tabOrder() const;
    // Whether the search line can answer: the names it matches are folded (accents, case) on
    // a thread of their own after each new catalogue; until then it answers nothing, and
    // answers what was typed as soon as they are ready.
    [[nodiscard]] bool canSearchNames() const;

private:
    [[nodiscard]] QString itemText(const catalogue::ServiceSummary &summary) const;
    [[nodiscard]] const catalogue::ServiceSummary *find(const QString &uid) const;
    [[nodiscard]] const catalogue::ServiceSummary &offered(size_t i) const;
    void startFolding();
    void stopFolding();

    std::shared_ptr<const search::CatalogueIndex> m_catalogue;
    std::vector<uint32_t> m_offered; // documents of services not ended, alphabetically
    QList<QString> m_foldedNames; // parallel to m_offered once folded
    std::unique_ptr<QThread> m_folding;
    std::shared_ptr<std::atomic<bool>> m_stopFolding;
    QListWidget *m_list = nullptr;
    TypeAhead *m_search = nullptr;
};

} // namespace sportello::ui
