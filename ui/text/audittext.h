// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sportello::audit {
struct AuditVerification;
}

namespace sportello::text {

// Translated words for the audit log's codes (actions, outcomes, chain-check findings), shared by
// the coordinator's viewer and the command line. Qt Core only.
class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    // Every action code of sportello::audit, in the order a person would look for them.
    [[nodiscard]] static QStringList actionCodes();
    // "Signed in" for "login"; an unknown code is shown as it is.
    [[nodiscard]] static QString action(const QString &code);
    // What an entry is about, "Operator" for "operator"; an unknown kind is shown as it is.
    [[nodiscard]] static QString entity(const QString &type);
    // "Succeeded" for "ok"; an unknown outcome is shown as it is.
    [[nodiscard]] static QString outcome(const QString &code);
    // Why a chain check failed, from AuditVerification::reason; unknown reasons as they are.
    [[nodiscard]] static QString reason(const QString &reason);
    // One sentence: intact with the rows checked, or the first bad row and why.
    [[nodiscard]] static QString verification(const audit::AuditVerification &result);
};

} // namespace sportello::text
