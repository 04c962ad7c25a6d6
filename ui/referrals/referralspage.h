// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referrallistmodel.h"
#include "security/permissions.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sportello {
class Clock;
namespace services {
class CatalogueService;
class ChangeNotifier;
class PeopleService;
class ReferralService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class DeferredRefresh;
class ReferralDetail;
class ReferralDialog;

// The desk's referrals: filters by state, destination, kind and age, the matching referrals in
// a sortable table, and below it the one the operator picked, with its history and the steps
// it may take next.
class ReferralsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsPage)

public:
    struct Context
    {
        services::ReferralService &referrals;
        services::PeopleService &people; // names of the people referred
        const services::CatalogueService &catalogue; // names of the offices referred to
        services::ChangeNotifier &changes; // referrals moved elsewhere (another page, the sync)
        const Clock &clock; // what "today" is (ages, late answers)
        security::Actor actor;
        QList<std::pair<qint64, QString>> operators; // id → name (history, creator)
    };

    // The codes the state filter carries besides the state codes.
    static constexpr QLatin1StringView kAnyState {"ANY"};
    static constexpr QLatin1StringView kOpenStates {"OPEN"};

    explicit ReferralsPage(Context context, QWidget *parent = nullptr);

    [[nodiscard]] ReferralListModel *model() { return &m_model; }
    [[nodiscard]] ReferralSortProxy *proxy() { return &m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ReferralDetail *detail() const { return m_detail; }
    // The draft editor while it is open, else nullptr.
    [[nodiscard]] ReferralDialog *draftEditor() const;
    [[nodiscard]] QComboBox *stateFilter() const { return m_state; }
    [[nodiscard]] QComboBox *destinationFilter() const { return m_destination; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *ageFilter() const { return m_age; }
    // Sets a filter by its code (state: kAnyState, kOpenStates or a state code; destination
    // and kind: a code, empty for any; age: minimum days). False for an unknown code.
    bool setStateFilter(const QString &code);
    bool setDestinationFilter(const QString &code);
    bool setKindFilter(const QString &code);
    bool setMinimumAge(int days);
    // Shows every referral again (any state, destination, kind and age).
    void clearFilters();

public Q_SLOTS:
    // Reads the referrals matching the filters again; keeps the one selected.
    void refresh();
    // Selects a referral and shows it, clearing the filters when they hide it; false when it
    // is not among the desk's referrals.
    bool showReferral(qint64 referralId);
    // Opens the editor of the draft shown in the detail (a sent referral in BOZZA).
    void editDraft(qint64 referralId);

Q_SIGNALS:
    void openPersonRequested(qint64 personId);
    // The operator asked for the letter of a sent referral (the app saves it).
    void letterRequested(qint64 referralId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    // Reads the list if it was never read or changed while the page was hidden.
    void ensureRead();
    // Reads the list again; `keepDetail` keeps the detail even when the list no longer has it.
    void reload(bool keepDetail);
    void currentChanged(const QModelIndex &current);
    [[nodiscard]] referrals::ReferralFilter filter() const;
    [[nodiscard]] bool asksForNothing() const;
    [[nodiscard]] qint64 currentId() const;
    bool select(qint64 referralId);
    void updateCounts();
    [[nodiscard]] QString personName(qint64 personId);
    [[nodiscard]] QString entryName(const QString &uid);
    [[nodiscard]] QString operatorName(qint64 operatorId) const;

    Context m_context;
    DeferredRefresh *m_changed = nullptr;
    bool m_stale = true; // the list has not been read since it last changed
    QDate m_readOn; // the day it was last read
    bool m_rereadDetail = false; // the referral shown lost its person (erasure)
    QHash<qint64, QString> m_operatorNames;
    QHash<qint64, QString> m_personNames; // read once per refresh
    QHash<QString, QString> m_entryNames;
    ReferralListModel m_model;
    ReferralSortProxy m_proxy;
    QComboBox *m_state = nullptr;
    QComboBox *m_destination = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_age = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    ReferralDetail *m_detail = nullptr;
    QPointer<ReferralDialog> m_draftEditor;
    bool m_restoring = false; // selection set by the page, not by the operator
};

} // namespace sportello::ui
