// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace sportello::ui {

// The coded fields of a person's record (birth year, gender, comune, household, work, study,
// language, contact preference) in three compact columns: read-only labels, or editors while
// editing. Personal fields are left alone, so edited() can be saved as it is.
class PersonFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonFieldsForm)

public:
    enum Field {
        BirthYear,
        Gender,
        Residence,
        Citizenship,
        Household,
        HouseholdSize,
        Minors,
        Employment,
        Education,
        Language,
        ContactPreference,
        FieldCount
    };

    // `currentYear` bounds the birth year.
    explicit PersonFieldsForm(int currentYear, QWidget *parent = nullptr);

    // Shows the person and loads the editors with the record's values.
    void setPerson(const people::Person &person);
    [[nodiscard]] const people::Person &person() const { return m_person; }
    // The record with the editors' values in its coded fields.
    [[nodiscard]] people::Person edited() const;
    [[nodiscard]] bool isModified() const;

    [[nodiscard]] bool isEditing() const;
    void setEditing(bool editing);

    // The shown (read-only) text of a field, and its editor, for the page and tests.
    [[nodiscard]] QString valueText(Field field) const;
    [[nodiscard]] QWidget *editor(Field field) const;
    // Sets an editor to a code (combo fields) or number (birth year, household counts).
    void setEditorValue(Field field, const QVariant &value);

    [[nodiscard]] static QString fieldLabel(Field field);
    // The text of a field's value in `person`, translated.
    [[nodiscard]] static QString displayValue(const people::Person &person, Field field);

private:
    [[nodiscard]] QVariant editorValue(Field field) const;
    [[nodiscard]] static QVariant recordValue(const people::Person &person, Field field);

    people::Person m_person;
    QWidget *m_viewPage = nullptr;
    QWidget *m_editPage = nullptr;
    QList<QLabel *> m_values;
    QList<QWidget *> m_editors;
    QSpinBox *m_birthYear = nullptr;
};

} // namespace sportello::ui
