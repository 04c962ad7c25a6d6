// SPDX-License-Identifier: GPL-3.0-or-later
#include "personpanel.h"

#include "consentbox.h"
#include "personform.h"
#include "services/peopleservice.h"
#include "sessionwidgets.h"
#include "typeahead.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
const QString kNewId = u"new"_s;
const QString kAnonymousId = u"anon"_s;
const QString kPersonPrefix = u"p:"_s;
} // namespace

PersonPanel::PersonPanel(services::PeopleService &people, security::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_people(people)
    , m_actor(std::move(actor))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box = new QGroupBox(tr("&Person"), this);
    m_box->setObjectName(u"personBox"_s);
    auto *boxLayout = new QVBoxLayout(m_box);
    m_picker = new TypeAhead(m_box);
    m_picker->setObjectName(u"personPicker"_s);
    QLineEdit *field = m_picker->field();
    field->setObjectName(u"personField"_s);
    field->setPlaceholderText(tr("Type the name or the codice fiscale…"));
    field->setAccessibleName(tr("Person: name or codice fiscale"));
    field->setToolTip(tr("Type part of the name: ↓/↑ choose a person already recorded, \"New "
                         "person\" or an anonymous walk-in; Enter confirms."));
    QFont big = field->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    field->setFont(big);
    m_picker->setProvider([this](const QString &text) { return matches(text); });
    setGroupEntry(m_box, [field]() -> QWidget * { return field; });
    boxLayout->addWidget(m_picker);
    m_card = new QLabel(m_box);
    m_card->setObjectName(u"personCard"_s);
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(m_card);
    m_form = new PersonForm(people, m_actor, m_box);
    boxLayout->addWidget(m_form);
    layout->addWidget(m_box);
    m_consents = new ConsentBox(people, m_actor, this);
    layout->addWidget(m_consents);

    connect(m_picker, &TypeAhead::chosen, this, &PersonPanel::choose);
    connect(field, &QLineEdit::textEdited, this, [this] {
        if (m_choice != Choice::None)
            setChoice(Choice::None);
    });
    connect(m_form, &PersonForm::existingChosen, this, &PersonPanel::setExisting);
    connect(m_form, &PersonForm::failed, this, &PersonPanel::failed);
    clear();
}

void PersonPanel::clear()
{
    m_searchFailed = false;
    m_picker->field()->clear();
    m_picker->hideMatches();
    m_form->clear();
    setChoice(Choice::None);
}

QString PersonPanel::displayName() const
{
    switch (m_choice) {
    case Choice::Existing:
        return m_name;
    case Choice::New:
        return m_form->person().displayName();
    case Choice::Anonymous:
    case Choice::None:
        break;
    }
    return {};
}

bool PersonPanel::hasConsent(people::ConsentPurpose purpose) const
{
    if (m_consents->covers(purpose))
        return true;
    if (m_choice != Choice::Existing)
        return false;
    auto given = m_people.hasConsent(m_actor, m_personId, purpose);
    return given.ok() && *given;
}

QString PersonPanel::language(const security::Actor &actor)
{
    if (m_choice == Choice::New)
        return m_form->person().language;
    if (m_choice == Choice::Existing) {
        if (auto person = m_people.person(actor, m_personId))
            return person->language;
    }
    return u"it"_s;
}

QList<TypeAheadItem> PersonPanel::matches(const QString &text)
{
    QList<TypeAheadItem> items;
    const QString anonymous = tr("Anonymous walk-in (no personal record)");
    if (text.trimmed().isEmpty()) {
        items.append({kAnonymousId, anonymous, {}});
        return items;
    }
    const bool loading = m_people.directoryLoading();
    auto hits = loading ? Result<QList<people::DirectoryHit>>(QList<people::DirectoryHit>())
                        : m_people.search(m_actor, text, 6);
    if (hits) {
        for (const people::DirectoryHit &hit : *hits) {
            const QString name = QStringList {hit.givenName, hit.familyName}.join(u' ');
            items.append({kPersonPrefix + QString::number(hit.personId),
                          hit.birthYear > 0
                              ? tr("%1, born %2").arg(name, QString::number(hit.birthYear))
                              : name,
                          tr("Already recorded")});
        }
    } else if (!m_searchFailed) {
        m_searchFailed = true;
        Q_EMIT failed(hits.error());
    }
    items.append({kNewId, tr("+ New person: %1").arg(text.simplified()),
                  tr("Record a new person with this name")});
    items.append({kAnonymousId, anonymous,
                  tr("The session counts in the statistics; nothing personal is recorded.")});
    if (loading) {
        // Right after login the names are still being read on a thread of their own: no wait
        // here, and the list is asked for again when they are in (refreshMatches). A notice,
        // last, that cannot be chosen: Enter keeps meaning "new person", whose duplicate check
        // waits for the names before saving.
        items.append({QString(), tr("Looking for people already recorded: the list is loading…"),
                      tr("The names of the people recorded here are being read; the matches "
                         "appear in a moment.")});
    }
    return items;
}

void PersonPanel::refreshMatches()
{
    if (m_choice == Choice::None && !m_picker->field()->text().trimmed().isEmpty()
        && m_picker->field()->hasFocus())
        m_picker->refresh();
}

void PersonPanel::choose(const QString &id)
{
    if (id == kNewId) {
        const QString typed = m_picker->field()->text();
        setChoice(Choice::New);
        m_form->start(typed);
    } else if (id == kAnonymousId) {
        m_picker->field()->setText(tr("Anonymous walk-in"));
        setChoice(Choice::Anonymous);
    } else if (id.startsWith(kPersonPrefix)) {
        const qint64 personId = id.mid(kPersonPrefix.size()).toLongLong();
        auto hit = m_people.nameOf(m_actor, personId);
        if (!hit) {
            Q_EMIT failed(hit.error());
            return;
        }
        setExisting(personId, QStringList {hit->givenName, hit->familyName}.join(u' '));
    }
}

void PersonPanel::setExisting(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_name = name;
    m_picker->field()->setText(name);
    setChoice(Choice::Existing);
}

void PersonPanel::setChoice(Choice choice)
{
    m_choice = choice;
    if (choice != Choice::Existing) {
        m_personId = 0;
        m_name.clear();
    }
    m_form->setVisible(choice == Choice::New);
    switch (choice) {
    case Choice::None:
        m_card->setText(tr("Nobody chosen yet."));
        m_consents->showNoPerson();
        break;
    case Choice::Existing:
        m_card->setText(tr("✓ %1 is already recorded.").arg(m_name));
        m_consents->showPerson(m_personId);
        break;
    case Choice::New:
        m_card->setText(tr("New person: recorded when you save the session."));
        m_consents->showPerson(0);
        break;
    case Choice::Anonymous:
        m_card->setText(tr("Anonymous walk-in: the session counts in the statistics, nothing "
                           "personal is recorded."));
        m_consents->showNoPerson();
        break;
    }
    Q_EMIT personChanged(choice);
}

Result<qint64> PersonPanel::commit(const security::Actor &actor, const QString &noticeVersion)
{
    switch (m_choice) {
    case Choice::None:
        return makeError(ErrorCode::Cancelled, u"no person chosen"_s);
    case Choice::Anonymous:
        return qint64(0);
    case Choice::Existing:
        if (auto recorded = m_consents->recordPending(actor, m_personId, noticeVersion); !recorded)
            return recorded.error();
        return m_personId;
    case Choice::New:
        break;
    }
    auto none = m_form->checkDuplicates(true);
    if (!none)
        return none.error();
    if (!*none)
        return makeError(ErrorCode::Cancelled, u"possible duplicates to look at"_s);
    const people::Person person = m_form->person();
    auto created = m_people.create(actor, person);
    if (!created)
        return created.error();
    // From now on the person is recorded: saving again must not create a second record.
    m_choice = Choice::Existing;
    m_personId = *created;
    m_name = person.displayName();
    m_picker->field()->setText(m_name);
    m_form->setVisible(false);
    m_card->setText(tr("✓ %1 is recorded.").arg(m_name));
    if (auto recorded = m_consents->recordPending(actor, m_personId, noticeVersion); !recorded)
        return recorded.error();
    return m_personId;
}

QList<QWidget *> PersonPanel::tabOrder() const
{
    QList<QWidget *> order {m_picker->field()};
    order.append(m_form->tabOrder());
    order.append(m_consents->tabOrder());
    return order;
}

} // namespace sportello::ui
