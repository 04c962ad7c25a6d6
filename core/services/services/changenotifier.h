// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace sportello::storage {
class Transaction;
}

namespace sportello::services {

// The desk's one channel for "something changed": each service announces what it committed
// here, and item models, pages and the search subscribe instead of being refreshed by hand.
// A signal is emitted only after the transaction holding the change has committed (see
// announce()), on the thread that committed it; receivers in another thread get it queued.
// Ids are the records' own; a person id of 0 means no person (an anonymous walk-in).
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Emits `signal` with `args` once `transaction` (or the transaction it joined) commits.
    template<typename... Signal, typename... Args>
    void announce(storage::Transaction &transaction, void (ChangeNotifier::*signal)(Signal...),
                  Args... args);

Q_SIGNALS:
    // An organization, place or service was saved, verified, closed or imported.
    void catalogueChanged();
    // A person was created or edited, or gave or revoked a consent.
    void personChanged(qint64 personId);
    // A person's record is gone (erasure at their request, or an abandoned intake purged).
    void personErased(qint64 personId);
    void sessionSaved(qint64 sessionId, qint64 personId);
    // A follow-up was scheduled, done or cancelled.
    void followUpChanged(qint64 followUpId, qint64 personId);
    // A referral was created, logged, completed as a draft or moved to another state.
    void referralChanged(qint64 referralId, qint64 personId);
    // An operator account was created, deactivated or had its password reset.
    void accountsChanged();
    // The desk's settings changed (identity, screen-lock delay, privacy notice).
    void deskSettingsChanged();
    // The desk's link to the hub or its outbox changed: enrolled, left, an item requeued or
    // discarded, a sync round settled items.
    void syncChanged();
    // A backup was attempted (written or failed), or its plan changed.
    void backupChanged();
    // The person directory loaded after login is ready: a search that waited can run.
    void peopleDirectoryReady();

private:
    void afterCommit(storage::Transaction &transaction, std::function<void()> emitter);
};

template<typename... Signal, typename... Args>
void ChangeNotifier::announce(storage::Transaction &transaction,
                              void (ChangeNotifier::*signal)(Signal...), Args... args)
{
    afterCommit(transaction, [this, signal, args...] { (this->*signal)(args...); });
}

} // namespace sportello::services
