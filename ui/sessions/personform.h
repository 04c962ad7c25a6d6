// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sportello::services {
class PeopleService;
}

namespace sportello::ui {

// What was typed in the person field, split into given and family name: the last word is the
// family name, with its particles ("Maria De Luca"); a word in capitals is the family name as
// on Italian forms ("ROSSI Mario"); a comma separates "family, given".
struct TypedName
{
    QString given;
    QString family;
};
[[nodiscard]] TypedName splitTypedName(const QString &typed);

// The compact form of a person not yet recorded: names pre-filled from the person field, the
// codice fiscale filling birth year and gender, the few coded fields asked at a first visit.
// Before the person is created it offers the people already recorded who may be the same
// ("Possible duplicates"): Enter on one takes that record instead.
class PersonForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonForm)

public:
    PersonForm(services::PeopleService &people, security::Actor actor, QWidget *parent = nullptr);

    // Starts a new record from the typed text and checks for duplicates at once; the focus goes
    // to the duplicates when there are some, else to the codice fiscale. A typed codice fiscale
    // fills its field (and birth year and gender) instead of the names.
    void start(const QString &typed);
    void clear();
    [[nodiscard]] people::Person person() const;

    // Looks for people who may be this one and were not dismissed yet. True when there are
    // none; else shows them (focusing the list when `focus`) and returns false.
    [[nodiscard]] Result<bool> checkDuplicates(bool focus);

    [[nodiscard]] QListWidget *duplicateList() const { return m_duplicates; }
    [[nodiscard]] QLineEdit *givenNameField() const { return m_given; }
    [[nodiscard]] QLineEdit *familyNameField() const { return m_family; }
    [[nodiscard]] QLineEdit *codiceFiscaleField() const { return m_codiceFiscale; }
    [[nodiscard]] QLineEdit *birthYearField() const { return m_birthYear; }
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    // The operator took a person already recorded instead of creating one.
    void existingChosen(qint64 personId, const QString &displayName);
    void failed(const sportello::Error &error);

private:
    void codiceFiscaleEdited(const QString &text);
    void duplicateActivated(QListWidgetItem *item);
    void recheckQuietly();

    services::PeopleService &m_people;
    security::Actor m_actor;
    QLabel *m_duplicatesLabel = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_codiceFiscale = nullptr;
    QLabel *m_codiceFiscaleHint = nullptr;
    QLineEdit *m_birthYear = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_residence = nullptr;
    QComboBox *m_citizenship = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_language = nullptr;
    QList<qint64> m_dismissed; // candidates the operator said are someone else
};

} // namespace sportello::ui
