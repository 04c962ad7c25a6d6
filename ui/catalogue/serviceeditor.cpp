// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceeditor.h"

#include "brand.h"
#include "catalogue/taxonomy.h"
#include "text/cataloguetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

namespace {
QListWidget *checkList(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setMinimumHeight(90);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QSpinBox *optionalSpin(QWidget *parent, int max, const QString &name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1, max);
    spin->setSpecialValueText(ServiceEditor::tr("—"));
    return spin;
}

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setDate(QDate::currentDate());
    return edit;
}

QString slug(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_D).toLower();
    s.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
    s.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    return u"svc-"_s + s.left(60).remove(QRegularExpression(u"^-|-$"_s));
}

// Phones are edited one per line: "02 9999 0101 — reception".
QString phonesText(const QList<Phone> &phones)
{
    QStringList lines;
    for (const Phone &phone : phones)
        lines.append(phone.description.isEmpty() ? phone.number
                                                 : phone.number + u" — "_s + phone.description);
    return lines.join(u'\n');
}
} // namespace

ServiceEditor::ServiceEditor(const Service &service, Choices choices, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_original(service)
    , m_choices(std::move(choices))
    , m_isNew(isNew)
{
    setObjectName(u"serviceEditor"_s);
    setWindowTitle(isNew ? tr("New service") : tr("Edit service — %1").arg(service.name));
    resize(900, 760);
    auto *layout = new QVBoxLayout(this);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"editorProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(brand::errorStyle(palette()));
    m_problems->setVisible(false);
    layout->addWidget(m_problems);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Parts of the service"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildAccess(), tr("&How to access"));
    m_tabs->addTab(buildRules(), tr("&Eligibility rules"));
    m_tabs->addTab(buildPlaces(), tr("&Where and when"));
    m_tabs->addTab(buildSource(), tr("&Contacts and source"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load(service);
}

QWidget *ServiceEditor::buildGeneral()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_uid = new QLineEdit(page);
    m_uid->setObjectName(u"editUid"_s);
    m_uid->setReadOnly(!m_isNew);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"editName"_s);
    if (m_isNew) {
        connect(m_name, &QLineEdit::textEdited, m_uid,
                [this](const QString &name) { m_uid->setText(slug(name)); });
    }
    m_alternateName = new QLineEdit(page);
    m_organization = new QComboBox(page);
    m_organization->setObjectName(u"editOrganization"_s);
    for (const Organization &organization : std::as_const(m_choices.organizations))
        m_organization->addItem(organization.name, organization.uid);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"editDescription"_s);
    m_description->setTabChangesFocus(true);
    m_status = new QComboBox(page);
    m_status->setObjectName(u"editStatus"_s);
    for (const ServiceStatus status :
         {ServiceStatus::Active, ServiceStatus::TemporarilyClosed, ServiceStatus::Ended})
        m_status->addItem(text::CatalogueText::status(status), static_cast<int>(status));
    m_statusNote = new QLineEdit(page);
    m_statusNote->setObjectName(u"editStatusNote"_s);
    m_statusNote->setPlaceholderText(tr("Why, and until when"));
    m_categories = checkList(page, u"editCategories"_s, tr("Service categories"));
    for (const Term &term : Taxonomy::categories())
        addCheckItem(m_categories, text::CatalogueText::label(term), QString::fromLatin1(term.code),
                     false);
    m_areas = checkList(page, u"editAreas"_s, tr("User areas"));
    for (const Term &term : Taxonomy::userAreas())
        addCheckItem(m_areas, text::CatalogueText::label(term), QString::fromLatin1(term.code),
                     false);
    m_url = new QLineEdit(page);
    m_url->setObjectName(u"editUrl"_s);
    m_email = new QLineEdit(page);
    m_email->setObjectName(u"editEmail"_s);
    m_phones = new QPlainTextEdit(page);
    m_phones->setObjectName(u"editPhones"_s);
    m_phones->setTabChangesFocus(true);
    m_phones->setPlaceholderText(tr("One per line: 02 9999 0101 — reception"));
    m_phones->setMaximumHeight(70);
    m_demoValues = new QCheckBox(tr("Addresses, hours or phones are demo values"), page);

    form->addRow(tr("Identifier:"), m_uid);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Short name:"), m_alternateName);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Closure note:"), m_statusNote);
    form->addRow(tr("Categories:"), m_categories);
    form->addRow(tr("User areas:"), m_areas);
    form->addRow(tr("Web page:"), m_url);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(QString(), m_demoValues);
    return page;
}

QWidget *ServiceEditor::buildAccess()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_eligibilityText = new QPlainTextEdit(page);
    m_eligibilityText->setObjectName(u"editEligibilityText"_s);
    m_eligibilityText->setTabChangesFocus(true);
    m_eligibilityText->setMaximumHeight(90);
    m_documents = checkList(page, u"editDocuments"_s, tr("Documents to bring"));
    for (const NamedItem &document : std::as_const(m_choices.documents))
        addCheckItem(m_documents, document.name, document.uid, false);
    m_newDocument = new QLineEdit(page);
    m_newDocument->setAccessibleName(tr("Another document to bring"));
    m_newDocument->setPlaceholderText(tr("A document not in the list"));
    auto *addDocument = new QPushButton(tr("Add"), page);
    connect(addDocument, &QPushButton::clicked, this, [this] {
        const QString name = m_newDocument->text().trimmed();
        if (name.isEmpty())
            return;
        addCheckItem(m_documents, name, QString(slug(name)).replace(u"svc-"_s, u"doc-"_s), true);
        m_newDocument->clear();
    });
    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_newDocument, 1);
    documentRow->addWidget(addDocument);
    m_prerequisites = checkList(page, u"editPrerequisites"_s, tr("Prerequisites"));
    for (const NamedItem &item : std::as_const(m_choices.prerequisites))
        addCheckItem(m_prerequisites, item.name, item.uid, false);
    m_newPrerequisite = new QLineEdit(page);
    m_newPrerequisite->setAccessibleName(tr("Another prerequisite"));
    auto *addPrerequisite = new QPushButton(tr("Add"), page);
    connect(addPrerequisite, &QPushButton::clicked, this, [this] {
        const QString name = m_newPrerequisite->text().trimmed();
        if (name.isEmpty())
            return;
        addCheckItem(m_prerequisites, name, QString(slug(name)).replace(u"svc-"_s, u"pre-"_s),
                     true);
        m_newPrerequisite->clear();
    });
    auto *prerequisiteRow = new QHBoxLayout;
    prerequisiteRow->addWidget(m_newPrerequisite, 1);
    prerequisiteRow->addWidget(addPrerequisite);

    m_channels = new QTableWidget(0, 2, page);
    m_channels->setObjectName(u"editChannels"_s);
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Details")});
    m_channels->horizontalHeader()->setStretchLastSection(true);
    m_channels->setRowCount(static_cast<int>(Taxonomy::channels().size()));
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const Term &term = Taxonomy::channels().at(row);
        auto *item = new QTableWidgetItem(text::CatalogueText::label(term));
        item->setData(Qt::UserRole, QString::fromLatin1(term.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_channels->setItem(row, 0, item);
        m_channels->setItem(row, 1, new QTableWidgetItem);
    }
    m_channels->setMaximumHeight(200);
    m_steps = new QPlainTextEdit(page);
    m_steps->setObjectName(u"editSteps"_s);
    m_steps->setTabChangesFocus(true);
    m_steps->setPlaceholderText(tr("One step per line"));
    m_fees = new QLineEdit(page);
    m_free = new QCheckBox(tr("Free of charge"), page);
    m_automatic = new QCheckBox(tr("Automatic: granted without an application"), page);
    m_hasCall = new QCheckBox(tr("Only while a call (bando) is open"), page);
    m_hasCall->setObjectName(u"editHasCall"_s);
    m_callOpens = dateEdit(page, u"editCallOpens"_s);
    m_callOpens->setAccessibleName(tr("Call opens on"));
    m_callCloses = dateEdit(page, u"editCallCloses"_s);
    m_callCloses->setAccessibleName(tr("Call closes on"));
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_hasCall);
    callRow->addWidget(new QLabel(tr("from"), page));
    callRow->addWidget(m_callOpens);
    callRow->addWidget(new QLabel(tr("to"), page));
    callRow->addWidget(m_callCloses);
    callRow->addStretch(1);
    m_languages = new QLineEdit(page);
    m_languages->setObjectName(u"editLanguages"_s);
    m_languages->setPlaceholderText(tr("Language codes: it, en, fr, ar…"));

    form->addRow(tr("Who can have it:"), m_eligibilityText);
    form->addRow(tr("Documents:"), m_documents);
    form->addRow(QString(), documentRow);
    form->addRow(tr("Prerequisites:"), m_prerequisites);
    form->addRow(QString(), prerequisiteRow);
    form->addRow(tr("Channels:"), m_channels);
    form->addRow(tr("How to apply:"), m_steps);
    form->addRow(tr("Cost:"), m_fees);
    form->addRow(QString(), m_free);
    form->addRow(QString(), m_automatic);
    form->addRow(tr("Call:"), callRow);
    form->addRow(tr("Languages:"), m_languages);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget *ServiceEditor::buildRules()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_minAge = optionalSpin(page, 130, u"editMinAge"_s);
    m_maxAge = optionalSpin(page, 130, u"editMaxAge"_s);
    m_comuni = checkList(page, u"editComuni"_s, tr("Residents of"));
    for (const Term &term : Taxonomy::comuni())
        addCheckItem(m_comuni, QString::fromUtf8(term.italian), QString::fromLatin1(term.code),
                     false);
    m_hasIsee = new QCheckBox(tr("ISEE ceiling"), page);
    m_hasIsee->setObjectName(u"editHasIsee"_s);
    m_iseeType = new QComboBox(page);
    for (const IseeType type : {IseeType::Ordinario, IseeType::Sociosanitario, IseeType::Minorenni})
        m_iseeType->addItem(text::CatalogueText::iseeType(type), static_cast<int>(type));
    m_iseeMax = new QDoubleSpinBox(page);
    m_iseeMax->setObjectName(u"editIseeMax"_s);
    m_iseeMax->setRange(0, 999999);
    m_iseeMax->setSuffix(tr(" €"));
    m_iseeMax->setGroupSeparatorShown(true);
    m_iseeFrom = dateEdit(page, u"editIseeFrom"_s);
    m_iseeAltMax = new QDoubleSpinBox(page);
    m_iseeAltMax->setRange(0, 999999);
    m_iseeAltMax->setSuffix(tr(" €"));
    m_iseeAltMax->setSpecialValueText(tr("—"));
    m_iseeAltChildren = new QSpinBox(page);
    m_iseeAltChildren->setRange(1, 20);
    m_household = checkList(page, u"editHousehold"_s, tr("Household conditions"));
    for (int bit = 1; bit <= kAllHouseholdFlags; bit <<= 1)
        addCheckItem(m_household, text::CatalogueText::household(bit), bit, false);
    m_minHousehold = new QSpinBox(page);
    m_minHousehold->setRange(0, 30);
    m_minHousehold->setSpecialValueText(tr("—"));
    m_permit = new QCheckBox(tr("Non-EU citizens need a valid residence permit"), page);

    form->addRow(tr("Minimum age:"), m_minAge);
    form->addRow(tr("Maximum age:"), m_maxAge);
    form->addRow(tr("Residents of (none: anyone):"), m_comuni);
    form->addRow(QString(), m_hasIsee);
    form->addRow(tr("ISEE type:"), m_iseeType);
    form->addRow(tr("ISEE up to:"), m_iseeMax);
    form->addRow(tr("Ceiling valid from:"), m_iseeFrom);
    form->addRow(tr("Higher ceiling for large families:"), m_iseeAltMax);
    form->addRow(tr("…with dependent children at least:"), m_iseeAltChildren);
    form->addRow(tr("At least one of:"), m_household);
    form->addRow(tr("Household of at least:"), m_minHousehold);
    form->addRow(QString(), m_permit);
    return page;
}

QWidget *ServiceEditor::buildSource()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_sourceUrl = new QLineEdit(page);
    m_sourceUrl->setObjectName(u"editSourceUrl"_s);
    m_verified = new QCheckBox(tr("Verified on"), page);
    m_verifiedOn = dateEdit(page, u"editVerifiedOn"_s);
    m_verifiedOn->setAccessibleName(tr("Verified on"));
    m_verifiedBy = new QLineEdit(page);
    m_verifiedBy->setAccessibleName(tr("Verified by"));
    auto *verifiedRow = new QHBoxLayout;
    verifiedRow->addWidget(m_verified);
    verifiedRow->addWidget(m_verifiedOn);
    verifiedRow->addWidget(new QLabel(tr("by"), page));
    verifiedRow->addWidget(m_verifiedBy, 1);
    m_contacts = new QTableWidget(0, 5, page);
    m_contacts->setObjectName(u"editContacts"_s);
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Office"), tr("E-mail"), tr("Phone")});
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    auto *addContact = new QPushButton(tr("Add contact"), page);
    connect(addContact, &QPushButton::clicked, this,
            [this] { m_contacts->insertRow(m_contacts->rowCount()); });
    form->addRow(tr("Source (public web page):"), m_sourceUrl);
    form->addRow(tr("Verification:"), verifiedRow);
    form->addRow(tr("Contacts:"), m_contacts);
    form->addRow(QString(), addContact);
    return page;
}

void ServiceEditor::load(const Service &s)
{
    m_uid->setText(s.uid);
    m_name->setText(s.name);
    m_alternateName->setText(s.alternateName);
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(s.organizationUid)));
    m_description->setPlainText(s.description);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(s.status)));
    m_statusNote->setText(s.statusNote);
    for (QListWidget *list : {m_categories, m_areas}) {
        const QStringList &codes = list == m_categories ? s.categories : s.userAreas;
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(
                codes.contains(list->item(row)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    m_url->setText(s.url);
    m_email->setText(s.email);
    m_phones->setPlainText(phonesText(s.phones));
    m_demoValues->setChecked(s.demoValues);

    m_eligibilityText->setPlainText(s.eligibilityText);
    const auto checkNamed = [](QListWidget *list, const QList<NamedItem> &items) {
        for (const NamedItem &item : items) {
            bool found = false;
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(Qt::UserRole).toString() == item.uid) {
                    list->item(row)->setCheckState(Qt::Checked);
                    found = true;
                }
            }
            if (!found)
                addCheckItem(list, item.name, item.uid, true);
        }
    };
    checkNamed(m_documents, s.documents);
    checkNamed(m_prerequisites, s.prerequisites);
    for (const Channel &channel : s.channels) {
        for (int row = 0; row < m_channels->rowCount(); ++row) {
            if (m_channels->item(row, 0)->data(Qt::UserRole).toString()
                == Taxonomy::channelCode(channel.type)) {
                m_channels->item(row, 0)->setCheckState(Qt::Checked);
                m_channels->item(row, 1)->setText(channel.details);
            }
        }
    }
    m_steps->setPlainText(s.applicationSteps.join(u'\n'));
    m_fees->setText(s.feesDescription);
    m_free->setChecked(s.free);
    m_automatic->setChecked(s.automatic);
    m_hasCall->setChecked(s.callWindow.isSet());
    if (s.callWindow.opens.isValid())
        m_callOpens->setDate(s.callWindow.opens);
    if (s.callWindow.closes.isValid())
        m_callCloses->setDate(s.callWindow.closes);
    QStringList languages;
    for (const Language &language : s.languages)
        languages.append(language.code);
    m_languages->setText(languages.join(u", "_s));

    m_minAge->setValue(s.rules.minAge.value_or(-1));
    m_maxAge->setValue(s.rules.maxAge.value_or(-1));
    for (int row = 0; row < m_comuni->count(); ++row)
        m_comuni->item(row)->setCheckState(
            s.rules.comuni.contains(m_comuni->item(row)->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    m_hasIsee->setChecked(s.rules.isee.has_value());
    if (s.rules.isee) {
        m_iseeType->setCurrentIndex(m_iseeType->findData(static_cast<int>(s.rules.isee->type)));
        m_iseeMax->setValue(static_cast<double>(s.rules.isee->maxCents) / 100.0);
        if (s.rules.isee->validFrom.isValid())
            m_iseeFrom->setDate(s.rules.isee->validFrom);
        m_iseeAltMax->setValue(static_cast<double>(s.rules.isee->altMaxCents) / 100.0);
        m_iseeAltChildren->setValue(std::max(1, s.rules.isee->altMinChildren));
    }
    for (int row = 0; row < m_household->count(); ++row) {
        const int bit = m_household->item(row)->data(Qt::UserRole).toInt();
        m_household->item(row)->setCheckState((s.rules.householdAny & bit) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    m_minHousehold->setValue(s.rules.minHouseholdSize);
    m_permit->setChecked(s.rules.residencePermit);

    m_sourceUrl->setText(s.sourceUrl);
    m_verified->setChecked(s.verifiedOn.isValid());
    if (s.verifiedOn.isValid())
        m_verifiedOn->setDate(s.verifiedOn);
    m_verifiedBy->setText(s.verifiedBy);
    m_contacts->setRowCount(static_cast<int>(s.contacts.size()));
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const Contact &c = s.contacts.at(row);
        const QString phone = c.phones.isEmpty() ? QString() : c.phones.first().number;
        const QString cells[] = {c.name, c.title, c.department, c.email, phone};
        for (int column = 0; column < 5; ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    loadPlaces(s);
}

} // namespace sportello::ui
