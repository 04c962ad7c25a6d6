// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;

namespace sportello::services {
class PeopleService;
}

namespace sportello::ui {

// The consents of the person at the desk, one box per purpose: consents in force are shown
// ticked and locked with their date; ticking a box records that consent (with the chosen
// method and the privacy notice's version) when the session is saved.
class ConsentBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentBox)

public:
    ConsentBox(services::PeopleService &people, security::Actor actor, QWidget *parent = nullptr);

    // Shows the consents of a recorded person, or empty boxes for a new one (id 0).
    void showPerson(qint64 personId);
    // Without a person (none chosen yet, or an anonymous walk-in) nothing can be consented.
    void showNoPerson();

    // In force, or ticked now.
    [[nodiscard]] bool covers(people::ConsentPurpose purpose) const;
    [[nodiscard]] QList<people::ConsentPurpose> pending() const;
    // Records the ticked consents for `personId`, then shows them as recorded.
    [[nodiscard]] Status recordPending(const security::Actor &actor, qint64 personId,
                                       const QString &noticeVersion);

    [[nodiscard]] QCheckBox *checkBox(people::ConsentPurpose purpose) const;
    [[nodiscard]] QComboBox *methodCombo() const { return m_method; }
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    void consentsChanged();

private:
    void reset(bool available);

    services::PeopleService &m_people;
    security::Actor m_actor;
    QMap<people::ConsentPurpose, QCheckBox *> m_boxes;
    QComboBox *m_method = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace sportello::ui
