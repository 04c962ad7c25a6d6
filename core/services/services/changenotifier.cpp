// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/changenotifier.h"

#include "storage/transaction.h"

#include <QPointer>

namespace sportello::services {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{ }

void ChangeNotifier::afterCommit(storage::Transaction &transaction, std::function<void()> emitter)
{
    // The notifier may be gone by the time a long-lived caller's transaction commits.
    transaction.onCommit([self = QPointer<ChangeNotifier>(this), emitter = std::move(emitter)] {
        if (self)
            emitter();
    });
}

} // namespace sportello::services
