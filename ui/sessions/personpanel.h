// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QWidget>

class QGroupBox;
class QLabel;

namespace sportello::services {
class PeopleService;
}

namespace sportello::ui {

class ConsentBox;
class PersonForm;
class TypeAhead;
struct TypeAheadItem;

// Who the session is for: one field that finds a recorded person while typing, or starts a new
// record ("New person: …"), or marks an anonymous walk-in; the new person's form; the
// person's consents. Creating the person waits for the session's save.
class PersonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPanel)

public:
    enum class Choice { None, Existing, New, Anonymous };

    PersonPanel(services::PeopleService &people, security::Actor actor, QWidget *parent = nullptr);

    void clear();
    // Asks for the matches again if the list is open or the field is being typed in: the
    // person directory, loading after login, is ready.
    void refreshMatches();
    [[nodiscard]] Choice choice() const { return m_choice; }
    // The recorded person, 0 for a new person (until saved) or an anonymous walk-in.
    [[nodiscard]] qint64 personId() const { return m_personId; }
    [[nodiscard]] QString displayName() const;
    // In force for the recorded person, or ticked in the consent box now.
    [[nodiscard]] bool hasConsent(people::ConsentPurpose purpose) const;
    // The language of the person's handout.
    [[nodiscard]] QString language(const security::Actor &actor);

    // Creates the new person (after looking for duplicates) and records the ticked consents.
    // Returns the person's id, 0 for an anonymous walk-in; Cancelled when the operator has
    // possible duplicates to look at first.
    [[nodiscard]] Result<qint64> commit(const security::Actor &actor, const QString &noticeVersion);

    [[nodiscard]] TypeAhead *picker() const { return m_picker; }
    [[nodiscard]] PersonForm *form() const { return m_form; }
    [[nodiscard]] ConsentBox *consents() const { return m_consents; }
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    void personChanged(sportello::ui::PersonPanel::Choice choice);
    void failed(const sportello::Error &error);

private:
    [[nodiscard]] QList<TypeAheadItem> matches(const QString &text);
    void choose(const QString &id);
    void setExisting(qint64 personId, const QString &name);
    void setChoice(Choice choice);

    services::PeopleService &m_people;
    security::Actor m_actor;
    QGroupBox *m_box = nullptr;
    TypeAhead *m_picker = nullptr;
    QLabel *m_card = nullptr;
    PersonForm *m_form = nullptr;
    ConsentBox *m_consents = nullptr;
    Choice m_choice = Choice::None;
    qint64 m_personId = 0;
    QString m_name;
    bool m_searchFailed = false; // warn once, not on every keystroke
};

} // namespace sportello::ui
