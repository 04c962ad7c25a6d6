// SPDX-License-Identifier: GPL-3.0-or-later
#include "personfieldsform.h"

#include "catalogue/handout.h"
#include "people/vocabulary.h"
#include "text/peopletext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using people::Person;
using people::Term;
using people::Vocabulary;
using text::PeopleText;

namespace {

constexpr int kRowsPerColumn = 4;
constexpr int kFirstBirthYear = 1900;
constexpr int kLargestCount = 20;

const QList<Term> *termsOf(PersonFieldsForm::Field field)
{
    switch (field) {
    case PersonFieldsForm::Gender:
        return &Vocabulary::genders();
    case PersonFieldsForm::Residence:
        return &Vocabulary::residences();
    case PersonFieldsForm::Citizenship:
        return &Vocabulary::citizenships();
    case PersonFieldsForm::Household:
        return &Vocabulary::householdTypes();
    case PersonFieldsForm::Employment:
        return &Vocabulary::employment();
    case PersonFieldsForm::Education:
        return &Vocabulary::education();
    case PersonFieldsForm::ContactPreference:
        return &Vocabulary::contactPreferences();
    case PersonFieldsForm::BirthYear:
    case PersonFieldsForm::HouseholdSize:
    case PersonFieldsForm::Minors:
    case PersonFieldsForm::Language:
    case PersonFieldsForm::FieldCount:
        break;
    }
    return nullptr;
}

const char *fieldObjectName(PersonFieldsForm::Field field)
{
    static const char *const names[] = {
        "personBirthYear",
        "personGender",
        "personResidence",
        "personCitizenship",
        "personHousehold",
        "personHouseholdSize",
        "personMinors",
        "personEmployment",
        "personEducation",
        "personLanguage",
        "personContactPreference",
    };
    static_assert(std::size(names) == PersonFieldsForm::FieldCount);
    return names[field];
}

QString languageName(const QString &code)
{
    if (!catalogue::HandoutLabels::languages().contains(code))
        return code;
    return catalogue::HandoutLabels::forLanguage(code).languageName();
}

void setRecordValue(Person &person, PersonFieldsForm::Field field, const QVariant &value)
{
    switch (field) {
    case PersonFieldsForm::BirthYear:
        person.birthYear = value.toInt();
        break;
    case PersonFieldsForm::Gender:
        person.gender = value.toString();
        break;
    case PersonFieldsForm::Residence:
        person.residence = value.toString();
        break;
    case PersonFieldsForm::Citizenship:
        person.citizenship = value.toString();
        break;
    case PersonFieldsForm::Household:
        person.householdType = value.toString();
        break;
    case PersonFieldsForm::HouseholdSize:
        person.householdSize = value.toInt();
        break;
    case PersonFieldsForm::Minors:
        person.minors = value.toInt();
        break;
    case PersonFieldsForm::Employment:
        person.employment = value.toString();
        break;
    case PersonFieldsForm::Education:
        person.education = value.toString();
        break;
    case PersonFieldsForm::Language:
        person.language = value.toString();
        break;
    case PersonFieldsForm::ContactPreference:
        person.contactPreference = value.toString();
        break;
    case PersonFieldsForm::FieldCount:
        break;
    }
}

// Selects `value` in a combo, adding it first when the list does not offer it, so a stored
// value the vocabulary no longer knows is shown and kept rather than silently replaced.
void selectData(QComboBox *combo, const QVariant &value, const QString &label)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(label, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

PersonFieldsForm::PersonFieldsForm(int currentYear, QWidget *parent)
    : QWidget(parent)
{
    // Two pages, one shown at a time; the read-only one is shorter than the editors.
    auto *viewPage = new QWidget(this);
    auto *editPage = new QWidget(this);
    m_viewPage = viewPage;
    m_editPage = editPage;
    auto *viewGrid = new QGridLayout(viewPage);
    auto *editGrid = new QGridLayout(editPage);
    viewGrid->setContentsMargins(0, 0, 0, 0);
    editGrid->setContentsMargins(0, 0, 0, 0);
    for (auto *grid : {viewGrid, editGrid}) {
        grid->setHorizontalSpacing(12);
        for (int column = 0; column < 3; ++column)
            grid->setColumnStretch(column * 2 + 1, 1);
    }
    QFont valueFont = font();
    valueFont.setBold(true);

    for (int i = 0; i < FieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        const int row = i % kRowsPerColumn;
        const int column = (i / kRowsPerColumn) * 2;
        const QString name = QString::fromLatin1(fieldObjectName(field));

        auto *value = new QLabel(viewPage);
        value->setObjectName(name + u"Value"_s);
        value->setFont(valueFont);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        viewGrid->addWidget(new QLabel(fieldLabel(field), viewPage), row, column);
        viewGrid->addWidget(value, row, column + 1);
        m_values.append(value);

        QWidget *editor = nullptr;
        if (field == BirthYear) {
            m_birthYear = new QSpinBox(editPage);
            m_birthYear->setRange(kFirstBirthYear - 1, currentYear);
            m_birthYear->setSpecialValueText(tr("Not known"));
            editor = m_birthYear;
        } else {
            auto *combo = new QComboBox(editPage);
            // Narrow enough for three columns next to the main window's navigation; the
            // popup still shows whole labels.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(12);
            if (const QList<Term> *terms = termsOf(field)) {
                for (const Term &term : *terms) {
                    const QString code = QString::fromLatin1(term.code);
                    combo->addItem(PeopleText::term(*terms, code), code);
                }
            } else if (field == HouseholdSize || field == Minors) {
                for (int n :
                     {people::count::kNotAsked, people::count::kDontKnow, people::count::kNoAnswer})
                    combo->addItem(PeopleText::householdCount(n), n);
                for (int n = 0; n <= kLargestCount; ++n)
                    combo->addItem(PeopleText::householdCount(n), n);
            } else if (field == Language) {
                const QStringList languages = catalogue::HandoutLabels::languages();
                for (const QString &code : languages)
                    combo->addItem(languageName(code), code);
            }
            editor = combo;
        }
        editor->setObjectName(name);
        editor->setAccessibleName(fieldLabel(field).chopped(1)); // without the colon
        auto *label = new QLabel(fieldLabel(field), editPage);
        label->setBuddy(editor);
        editGrid->addWidget(label, row, column);
        editGrid->addWidget(editor, row, column + 1);
        m_editors.append(editor);
    }
    viewGrid->setRowStretch(kRowsPerColumn, 1);
    editGrid->setRowStretch(kRowsPerColumn, 1);
    editPage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewPage);
    layout->addWidget(editPage);
}

QString PersonFieldsForm::fieldLabel(Field field)
{
    switch (field) {
    case BirthYear:
        return tr("Year of birth:");
    case Gender:
        return tr("Gender:");
    case Residence:
        return tr("Comune:");
    case Citizenship:
        return tr("Citizenship:");
    case Household:
        return tr("Household:");
    case HouseholdSize:
        return tr("People in the household:");
    case Minors:
        return tr("Of whom minors:");
    case Employment:
        return tr("Work:");
    case Education:
        return tr("Education:");
    case Language:
        return tr("Handout language:");
    case ContactPreference:
        return tr("Contact by:");
    case FieldCount:
        break;
    }
    return {};
}

QVariant PersonFieldsForm::recordValue(const Person &person, Field field)
{
    switch (field) {
    case BirthYear:
        return person.birthYear;
    case Gender:
        return person.gender;
    case Residence:
        return person.residence;
    case Citizenship:
        return person.citizenship;
    case Household:
        return person.householdType;
    case HouseholdSize:
        return person.householdSize;
    case Minors:
        return person.minors;
    case Employment:
        return person.employment;
    case Education:
        return person.education;
    case Language:
        return person.language;
    case ContactPreference:
        return person.contactPreference;
    case FieldCount:
        break;
    }
    return {};
}

QString PersonFieldsForm::displayValue(const Person &person, Field field)
{
    const QVariant value = recordValue(person, field);
    if (field == BirthYear)
        return person.birthYear > 0 ? QString::number(person.birthYear) : tr("Not known");
    if (field == HouseholdSize || field == Minors)
        return PeopleText::householdCount(value.toInt());
    if (field == Language)
        return languageName(value.toString());
    if (const QList<Term> *terms = termsOf(field))
        return PeopleText::term(*terms, value.toString());
    return value.toString();
}

void PersonFieldsForm::setPerson(const Person &person)
{
    m_person = person;
    for (int i = 0; i < FieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        m_values.at(i)->setText(displayValue(person, field));
        setEditorValue(field, recordValue(person, field));
    }
    // The codice fiscale decides these two: core recomputes them from it on save.
    const bool fromCodiceFiscale = !person.codiceFiscale.isEmpty();
    for (Field field : {BirthYear, Gender}) {
        editor(field)->setEnabled(!fromCodiceFiscale);
        editor(field)->setToolTip(fromCodiceFiscale ? tr("Taken from the codice fiscale")
                                                    : QString());
    }
}

void PersonFieldsForm::setEditorValue(Field field, const QVariant &value)
{
    if (field == BirthYear) {
        const int year = value.toInt();
        m_birthYear->setValue(year > 0 ? year : m_birthYear->minimum());
        return;
    }
    auto *combo = qobject_cast<QComboBox *>(editor(field));
    if (!combo)
        return;
    Person probe;
    setRecordValue(probe, field, value);
    selectData(combo, value, displayValue(probe, field));
}

QVariant PersonFieldsForm::editorValue(Field field) const
{
    if (field == BirthYear)
        return m_birthYear->value() == m_birthYear->minimum() ? 0 : m_birthYear->value();
    auto *combo = qobject_cast<QComboBox *>(editor(field));
    return combo ? combo->currentData() : QVariant();
}

Person PersonFieldsForm::edited() const
{
    Person person = m_person;
    for (int i = 0; i < FieldCount; ++i)
        setRecordValue(person, static_cast<Field>(i), editorValue(static_cast<Field>(i)));
    return person;
}

bool PersonFieldsForm::isModified() const
{
    for (int i = 0; i < FieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        if (editorValue(field) != recordValue(m_person, field))
            return true;
    }
    return false;
}

bool PersonFieldsForm::isEditing() const
{
    return !m_editPage->isHidden();
}

void PersonFieldsForm::setEditing(bool editing)
{
    m_viewPage->setHidden(editing);
    m_editPage->setHidden(!editing);
    if (!editing)
        return;
    for (QWidget *editor : std::as_const(m_editors)) {
        if (editor->isEnabled()) {
            editor->setFocus();
            break;
        }
    }
}

QString PersonFieldsForm::valueText(Field field) const
{
    return m_values.at(field)->text();
}

QWidget *PersonFieldsForm::editor(Field field) const
{
    return m_editors.at(field);
}

} // namespace sportello::ui
