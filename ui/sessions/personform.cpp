// SPDX-License-Identifier: GPL-3.0-or-later
#include "personform.h"

#include "catalogue/handout.h"
#include "services/peopleservice.h"
#include "sessionwidgets.h"
#include "text/errortext.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sportello::people::DuplicateCandidate;

namespace sportello::ui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

bool isParticle(const QString &word)
{
    static const QStringList particles
        = {u"de"_s,    u"di"_s,    u"da"_s,  u"del"_s, u"della"_s, u"dei"_s, u"dal"_s,
           u"dalla"_s, u"dello"_s, u"lo"_s,  u"la"_s,  u"li"_s,    u"van"_s, u"von"_s,
           u"el"_s,    u"al"_s,    u"ben"_s, u"bin"_s, u"d'"_s};
    return particles.contains(word.toLower());
}

bool isCapitals(const QString &word)
{
    return word.size() > 1 && word == word.toUpper() && word != word.toLower();
}

QString capitalized(const QString &words)
{
    // Only fix names typed all in lowercase; anything else is kept as the operator typed it.
    if (words != words.toLower())
        return words;
    QString result = words;
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c == u' ' || c == u'\'' || c == u'-';
    }
    return result;
}

} // namespace

TypedName splitTypedName(const QString &typed)
{
    const QString text = typed.simplified();
    if (const qsizetype comma = text.indexOf(u','); comma >= 0)
        return {capitalized(text.mid(comma + 1).trimmed()),
                capitalized(text.left(comma).trimmed())};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {{}, capitalized(text)};
    // "ROSSI Mario": the words in capitals are the family name.
    QStringList capitals;
    QStringList others;
    for (const QString &word : words)
        (isCapitals(word) ? capitals : others).append(word);
    if (!capitals.isEmpty() && !others.isEmpty())
        return {others.join(u' '), capitals.join(u' ')};
    qsizetype familyStart = words.size() - 1;
    while (familyStart > 1 && isParticle(words.at(familyStart - 1)))
        --familyStart;
    return {capitalized(words.mid(0, familyStart).join(u' ')),
            capitalized(words.mid(familyStart).join(u' '))};
}

PersonForm::PersonForm(services::PeopleService &people, security::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_people(people)
    , m_actor(std::move(actor))
{
    setObjectName(u"personForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_duplicatesLabel = new QLabel(tr("<b>Possible duplicates</b> — is it one of these people? "
                                      "Enter takes the existing record."),
                                   this);
    m_duplicatesLabel->setWordWrap(true);
    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(u"possibleDuplicates"_s);
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setToolTip(tr("People already recorded with the same or a similar name. Choose "
                                "the existing record, or the last line to record a new person."));
    m_duplicatesLabel->setBuddy(m_duplicates);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_duplicates);
    connect(m_duplicates, &QListWidget::itemActivated, this, &PersonForm::duplicateActivated);

    // Related fields share a row, so the form and the consents fit beside the session.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto line = [this](const QString &name, const QString &accessible) -> QLineEdit * {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    const auto combo = [this](const QString &name, const QString &accessible) -> QComboBox * {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        return box;
    };
    const auto row = [form](const QString &label, std::initializer_list<QWidget *> widgets) {
        auto *fields = new QHBoxLayout;
        for (QWidget *widget : widgets)
            fields->addWidget(widget, qobject_cast<QLineEdit *>(widget) ? 2 : 1);
        form->addRow(label, fields);
    };
    m_given = line(u"givenName"_s, tr("Given name"));
    m_given->setPlaceholderText(tr("Given name"));
    m_family = line(u"familyName"_s, tr("Family name"));
    m_family->setPlaceholderText(tr("Family name"));
    row(tr("Name:"), {m_given, m_family});
    m_codiceFiscale = line(u"codiceFiscale"_s, tr("Codice fiscale"));
    m_codiceFiscale->setMaxLength(16);
    m_codiceFiscale->setToolTip(tr("Optional. When valid it fills in the year of birth and the "
                                   "gender."));
    form->addRow(tr("Codice fiscale:"), m_codiceFiscale);
    m_codiceFiscaleHint = new QLabel(this);
    m_codiceFiscaleHint->setObjectName(u"codiceFiscaleHint"_s);
    m_codiceFiscaleHint->setWordWrap(true);
    m_codiceFiscaleHint->setVisible(false);
    form->addRow(QString(), m_codiceFiscaleHint);
    m_birthYear = line(u"birthYear"_s, tr("Year of birth"));
    m_birthYear->setValidator(new QIntValidator(1900, 2100, m_birthYear));
    m_birthYear->setMaxLength(4);
    m_birthYear->setPlaceholderText(tr("year"));
    m_birthYear->setToolTip(tr("Year of birth; empty when not known."));
    m_birthYear->setMaximumWidth(fontMetrics().horizontalAdvance(u"00000000"_s));
    m_gender = combo(u"gender"_s, tr("Gender"));
    row(tr("Born in:"), {m_birthYear, m_gender});
    m_residence = combo(u"residence"_s, tr("Comune of residence"));
    form->addRow(tr("Lives in:"), m_residence);
    m_citizenship = combo(u"citizenship"_s, tr("Citizenship"));
    form->addRow(tr("Citizenship:"), m_citizenship);
    m_phone = line(u"phone"_s, tr("Phone number"));
    m_contact = combo(u"contactPreference"_s, tr("Preferred contact"));
    m_contact->setToolTip(tr("How the person prefers to be contacted."));
    row(tr("Phone:"), {m_phone, m_contact});
    m_language = combo(u"language"_s, tr("Language of the printed handout"));
    for (const QString &code : catalogue::HandoutLabels::languages())
        m_language->addItem(catalogue::HandoutLabels::forLanguage(code).languageName(), code);
    form->addRow(tr("Handout in:"), m_language);
    layout->addLayout(form);

    connect(m_codiceFiscale, &QLineEdit::textEdited, this, &PersonForm::codiceFiscaleEdited);
    for (QLineEdit *edit : {m_given, m_family, m_birthYear})
        connect(edit, &QLineEdit::editingFinished, this, &PersonForm::recheckQuietly);
    clear();
}

void PersonForm::clear()
{
    m_dismissed.clear();
    m_duplicates->clear();
    m_duplicates->setVisible(false);
    m_duplicatesLabel->setVisible(false);
    for (QLineEdit *edit : {m_given, m_family, m_codiceFiscale, m_birthYear, m_phone})
        edit->clear();
    m_codiceFiscaleHint->clear();
    m_codiceFiscaleHint->setVisible(false);
    const QString notAsked = QString::fromLatin1(people::answer::kNotAsked);
    fillVocabularyCombo(m_gender, people::Vocabulary::genders(), notAsked);
    fillVocabularyCombo(m_residence, people::Vocabulary::residences(), notAsked);
    fillVocabularyCombo(m_citizenship, people::Vocabulary::citizenships(), notAsked);
    fillVocabularyCombo(m_contact, people::Vocabulary::contactPreferences(), notAsked);
    selectCode(m_language, u"it"_s);
}

void PersonForm::start(const QString &typed)
{
    clear();
    // A codice fiscale typed in the person field goes where it belongs, with what it tells.
    static const QRegularExpression codiceFiscale(u"^[A-Za-z0-9]{16}$"_s);
    if (codiceFiscale.match(typed.trimmed()).hasMatch()) {
        m_codiceFiscale->setText(typed.trimmed());
        codiceFiscaleEdited(typed.trimmed());
        m_given->setFocus(Qt::OtherFocusReason);
        return;
    }
    const TypedName name = splitTypedName(typed);
    m_given->setText(name.given);
    m_family->setText(name.family);
    auto none = checkDuplicates(true);
    if (!none)
        Q_EMIT failed(none.error());
    else if (*none)
        m_codiceFiscale->setFocus(Qt::OtherFocusReason);
}

people::Person PersonForm::person() const
{
    people::Person person;
    person.givenName = m_given->text().simplified();
    person.familyName = m_family->text().simplified();
    person.codiceFiscale = m_codiceFiscale->text().trimmed();
    person.birthYear = m_birthYear->text().toInt();
    person.gender = currentCode(m_gender);
    person.residence = currentCode(m_residence);
    person.citizenship = currentCode(m_citizenship);
    person.phone = m_phone->text().trimmed();
    person.contactPreference = currentCode(m_contact);
    person.language = currentCode(m_language);
    return person;
}

Result<bool> PersonForm::checkDuplicates(bool focus)
{
    people::Person candidate = person();
    if (!candidate.codiceFiscale.isEmpty() && !m_people.applyCodiceFiscale(candidate).ok())
        candidate.codiceFiscale.clear(); // an invalid code is reported when saving
    auto found = m_people.possibleDuplicates(m_actor, candidate);
    if (!found)
        return found.error();
    m_duplicates->clear();
    for (const DuplicateCandidate &duplicate : *found) {
        if (m_dismissed.contains(duplicate.personId))
            continue;
        QString why;
        switch (duplicate.reason) {
        case DuplicateCandidate::Reason::SameCodiceFiscale:
            why = tr("same codice fiscale");
            break;
        case DuplicateCandidate::Reason::SameName:
            why = tr("same name");
            break;
        case DuplicateCandidate::Reason::SimilarName:
            why = tr("similar name");
            break;
        }
        const QString name = QStringList {duplicate.givenName, duplicate.familyName}.join(u' ');
        const QString text = duplicate.birthYear > 0
            ? tr("%1, born %2 — %3").arg(name, QString::number(duplicate.birthYear), why)
            : tr("%1 — %2").arg(name, why);
        auto *item = new QListWidgetItem(text, m_duplicates);
        item->setData(kPersonIdRole, duplicate.personId);
        item->setData(Qt::UserRole, name);
    }
    const bool none = m_duplicates->count() == 0;
    if (!none) {
        auto *none = new QListWidgetItem(tr("None of these: record a new person"), m_duplicates);
        none->setData(kPersonIdRole, qint64(0));
        m_duplicates->setCurrentRow(0);
        m_duplicates->setFixedHeight(m_duplicates->count() * (fontMetrics().height() + 8)
                                     + 2 * m_duplicates->frameWidth());
        if (focus)
            m_duplicates->setFocus(Qt::OtherFocusReason);
    }
    m_duplicates->setVisible(!none);
    m_duplicatesLabel->setVisible(!none);
    return none;
}

void PersonForm::recheckQuietly()
{
    if (auto checked = checkDuplicates(false); !checked)
        Q_EMIT failed(checked.error());
}

void PersonForm::duplicateActivated(QListWidgetItem *item)
{
    const qint64 personId = item->data(kPersonIdRole).toLongLong();
    if (personId > 0) {
        Q_EMIT existingChosen(personId, item->data(Qt::UserRole).toString());
        return;
    }
    for (int row = 0; row < m_duplicates->count(); ++row) {
        const qint64 id = m_duplicates->item(row)->data(kPersonIdRole).toLongLong();
        if (id > 0)
            m_dismissed.append(id);
    }
    m_duplicates->clear();
    m_duplicates->setVisible(false);
    m_duplicatesLabel->setVisible(false);
    m_codiceFiscale->setFocus(Qt::OtherFocusReason);
}

void PersonForm::codiceFiscaleEdited(const QString &text)
{
    const QString upper = text.toUpper();
    if (upper != text) {
        const int cursor = m_codiceFiscale->cursorPosition();
        m_codiceFiscale->setText(upper);
        m_codiceFiscale->setCursorPosition(cursor);
    }
    if (upper.trimmed().size() < 16) {
        m_codiceFiscaleHint->setVisible(false);
        return;
    }
    people::Person person;
    person.codiceFiscale = upper.trimmed();
    if (auto applied = m_people.applyCodiceFiscale(person); !applied) {
        m_codiceFiscaleHint->setText(u"⚠ "_s + text::ErrorText::message(applied.error()));
    } else {
        m_birthYear->setText(QString::number(person.birthYear));
        selectCode(m_gender, person.gender);
        m_codiceFiscaleHint->setText(
            tr("✓ Born on %1").arg(QLocale().toString(person.birthDate, QLocale::LongFormat)));
    }
    m_codiceFiscaleHint->setVisible(true);
}

QList<QWidget *> PersonForm::tabOrder() const
{
    return {m_duplicates, m_given,       m_family, m_codiceFiscale, m_birthYear, m_gender,
            m_residence,  m_citizenship, m_phone,  m_contact,       m_language};
}

} // namespace sportello::ui
