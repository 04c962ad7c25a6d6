// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceEditor: the "where and when" tab, and turning the whole form back into a Service.
#include "catalogue/schedule.h"
#include "catalogue/taxonomy.h"
#include "serviceeditor.h"
#include "text/cataloguetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

namespace {
enum ScheduleColumn { SLocation, SDays, SOpens, SCloses, SFrom, STo, SNote, SColumns };
enum ExceptionColumn { ELocation, EDate, EClosed, EOpens, ECloses, ENote, EColumns };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString locationOf(const QTableWidget *table, int row)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, 0));
    return combo ? combo->currentData().toString() : QString();
}

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, u"dd/MM/yyyy"_s);
    return date.isValid() ? date : QDate::fromString(text, Qt::ISODate);
}

QTime parseTime(const QString &text)
{
    QTime time = QTime::fromString(text, u"HH:mm"_s);
    return time.isValid() ? time : QTime::fromString(text, u"H:mm"_s);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}
} // namespace

QWidget *ServiceEditor::buildPlaces()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Opening hours: one row per location and time slot. Days as "
                                    "MO,TU,WE,TH,FR,SA,SU; times as 9:00; dates as dd/mm/yyyy "
                                    "(empty: always). A location without days is listed without "
                                    "hours (e.g. a web portal)."),
                                 page));
    m_schedules = new QTableWidget(0, SColumns, page);
    m_schedules->setObjectName(u"editSchedules"_s);
    m_schedules->setAccessibleName(tr("Opening hours"));
    m_schedules->setHorizontalHeaderLabels({tr("Location"), tr("Days"), tr("Opens"), tr("Closes"),
                                            tr("Valid from"), tr("Valid to"), tr("Note")});
    m_schedules->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_schedules, 2);
    auto *addSchedule = new QPushButton(tr("Add opening hours"), page);
    connect(addSchedule, &QPushButton::clicked, this, [this] {
        addScheduleRow(m_choices.locations.isEmpty() ? QString() : m_choices.locations.first().uid,
                       WeeklySchedule {weekdayBit(1), QTime(9, 0), QTime(12, 0), {}, {}, {}});
    });
    layout->addWidget(new QLabel(tr("Days that differ (holidays, reduced hours):"), page));
    m_exceptions = new QTableWidget(0, EColumns, page);
    m_exceptions->setObjectName(u"editExceptions"_s);
    m_exceptions->setAccessibleName(tr("Days that differ"));
    m_exceptions->setHorizontalHeaderLabels(
        {tr("Location"), tr("Date"), tr("Closed"), tr("Opens"), tr("Closes"), tr("Note")});
    m_exceptions->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_exceptions, 1);
    auto *addException = new QPushButton(tr("Add a different day"), page);
    connect(addException, &QPushButton::clicked, this, [this] {
        addExceptionRow(m_choices.locations.isEmpty() ? QString() : m_choices.locations.first().uid,
                        ScheduleException {QDate::currentDate(), true, {}, {}, {}});
    });
    auto *removeRows = new QPushButton(tr("Remove selected rows"), page);
    connect(removeRows, &QPushButton::clicked, this, [this] {
        for (QTableWidget *table : {m_schedules, m_exceptions}) {
            const auto ranges = table->selectedRanges();
            for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
                for (int row = it->bottomRow(); row >= it->topRow(); --row)
                    table->removeRow(row);
            }
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addSchedule);
    buttons->addWidget(addException);
    buttons->addWidget(removeRows);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void ServiceEditor::addScheduleRow(const QString &locationUid, const WeeklySchedule &schedule)
{
    const int row = m_schedules->rowCount();
    m_schedules->insertRow(row);
    auto *combo = new QComboBox(m_schedules);
    for (const Location &location : std::as_const(m_choices.locations))
        combo->addItem(location.name, location.uid);
    combo->setCurrentIndex(std::max(0, combo->findData(locationUid)));
    m_schedules->setCellWidget(row, SLocation, combo);
    const bool hasHours = schedule.weekdays != 0;
    const QString cells[] = {QString(),
                             byDayFromWeekdays(schedule.weekdays),
                             hasHours ? schedule.opensAt.toString(u"HH:mm"_s) : QString(),
                             hasHours ? schedule.closesAt.toString(u"HH:mm"_s) : QString(),
                             dateText(schedule.validFrom),
                             dateText(schedule.validTo),
                             schedule.description};
    for (int column = SDays; column < SColumns; ++column)
        m_schedules->setItem(row, column, new QTableWidgetItem(cells[column]));
}

void ServiceEditor::addExceptionRow(const QString &locationUid, const ScheduleException &exception)
{
    const int row = m_exceptions->rowCount();
    m_exceptions->insertRow(row);
    auto *combo = new QComboBox(m_exceptions);
    for (const Location &location : std::as_const(m_choices.locations))
        combo->addItem(location.name, location.uid);
    combo->setCurrentIndex(std::max(0, combo->findData(locationUid)));
    m_exceptions->setCellWidget(row, ELocation, combo);
    m_exceptions->setItem(row, EDate, new QTableWidgetItem(dateText(exception.day)));
    auto *closed = new QTableWidgetItem;
    closed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    closed->setCheckState(exception.closed ? Qt::Checked : Qt::Unchecked);
    m_exceptions->setItem(row, EClosed, closed);
    m_exceptions->setItem(row, EOpens,
                          new QTableWidgetItem(exception.closed
                                                   ? QString()
                                                   : exception.opensAt.toString(u"HH:mm"_s)));
    m_exceptions->setItem(row, ECloses,
                          new QTableWidgetItem(exception.closed
                                                   ? QString()
                                                   : exception.closesAt.toString(u"HH:mm"_s)));
    m_exceptions->setItem(row, ENote, new QTableWidgetItem(exception.note));
}

void ServiceEditor::loadPlaces(const Service &service)
{
    m_schedules->setRowCount(0);
    m_exceptions->setRowCount(0);
    for (const ServiceAtLocation &place : service.locations) {
        if (place.schedules.isEmpty())
            addScheduleRow(place.locationUid, WeeklySchedule {});
        for (const WeeklySchedule &schedule : place.schedules)
            addScheduleRow(place.locationUid, schedule);
        for (const ScheduleException &exception : place.exceptions)
            addExceptionRow(place.locationUid, exception);
    }
}

QList<ServiceAtLocation> ServiceEditor::places() const
{
    QList<ServiceAtLocation> places;
    auto placeFor = [&](const QString &uid) -> ServiceAtLocation & {
        for (ServiceAtLocation &place : places) {
            if (place.locationUid == uid)
                return place;
        }
        ServiceAtLocation place;
        place.locationUid = uid;
        // Keep the id and description of a place the entry already had.
        for (const ServiceAtLocation &old : m_original.locations) {
            if (old.locationUid == uid) {
                place.uid = old.uid;
                place.description = old.description;
            }
        }
        places.append(place);
        return places.last();
    };
    for (int row = 0; row < m_schedules->rowCount(); ++row) {
        ServiceAtLocation &place = placeFor(locationOf(m_schedules, row));
        const QString days = cell(m_schedules, row, SDays);
        if (days.isEmpty())
            continue;
        WeeklySchedule schedule;
        // An invalid day list stays 0 and is reported by the validation.
        schedule.weekdays = weekdaysFromByDay(days);
        schedule.opensAt = parseTime(cell(m_schedules, row, SOpens));
        schedule.closesAt = parseTime(cell(m_schedules, row, SCloses));
        schedule.validFrom = parseDate(cell(m_schedules, row, SFrom));
        schedule.validTo = parseDate(cell(m_schedules, row, STo));
        schedule.description = cell(m_schedules, row, SNote);
        place.schedules.append(schedule);
    }
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        ServiceAtLocation &place = placeFor(locationOf(m_exceptions, row));
        ScheduleException exception;
        exception.day = parseDate(cell(m_exceptions, row, EDate));
        exception.closed = m_exceptions->item(row, EClosed)->checkState() == Qt::Checked;
        exception.opensAt = parseTime(cell(m_exceptions, row, EOpens));
        exception.closesAt = parseTime(cell(m_exceptions, row, ECloses));
        exception.note = cell(m_exceptions, row, ENote);
        place.exceptions.append(exception);
    }
    return places;
}

Service ServiceEditor::service() const
{
    Service s = m_original;
    s.uid = m_uid->text().trimmed();
    s.name = m_name->text().trimmed();
    s.alternateName = m_alternateName->text().trimmed();
    s.organizationUid = m_organization->currentData().toString();
    s.description = m_description->toPlainText().trimmed();
    s.status = static_cast<ServiceStatus>(m_status->currentData().toInt());
    s.statusNote = s.status == ServiceStatus::Active ? QString() : m_statusNote->text().trimmed();
    auto checked = [](const QListWidget *list) {
        QStringList values;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                values.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return values;
    };
    s.categories = checked(m_categories);
    s.userAreas = checked(m_areas);
    s.url = m_url->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phones.clear();
    for (const QString &line : m_phones->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        Phone phone;
        phone.number = line.section(u" — "_s, 0, 0).trimmed();
        phone.description = line.section(u" — "_s, 1).trimmed();
        if (!phone.number.isEmpty())
            s.phones.append(phone);
    }
    s.demoValues = m_demoValues->isChecked();

    s.eligibilityText = m_eligibilityText->toPlainText().trimmed();
    auto named = [](const QListWidget *list) {
        QList<NamedItem> items;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                items.append(NamedItem {list->item(row)->data(Qt::UserRole).toString(),
                                        list->item(row)->text()});
        }
        return items;
    };
    // Lists keep the order they had; what was added goes at the end.
    auto keepOrder = [](QList<NamedItem> items, const QList<NamedItem> &before) {
        auto rank = [&](const NamedItem &item) {
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (before.at(i).uid == item.uid)
                    return i;
            }
            return before.size();
        };
        std::stable_sort(items.begin(), items.end(),
                         [&](const NamedItem &a, const NamedItem &b) { return rank(a) < rank(b); });
        return items;
    };
    s.documents = keepOrder(named(m_documents), m_original.documents);
    s.prerequisites = keepOrder(named(m_prerequisites), m_original.prerequisites);
    s.channels.clear();
    QList<Channel> added;
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        if (m_channels->item(row, 0)->checkState() != Qt::Checked)
            continue;
        Channel channel;
        if (Taxonomy::channelFromCode(m_channels->item(row, 0)->data(Qt::UserRole).toString(),
                                      &channel.type)) {
            channel.details = cell(m_channels, row, 1);
            added.append(channel);
        }
    }
    for (const Channel &old : m_original.channels) {
        for (qsizetype i = 0; i < added.size(); ++i) {
            if (added.at(i).type == old.type) {
                s.channels.append(added.takeAt(i));
                break;
            }
        }
    }
    s.channels += added;
    s.applicationSteps.clear();
    for (const QString &line : m_steps->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            s.applicationSteps.append(line.trimmed());
    }
    s.feesDescription = m_fees->text().trimmed();
    s.free = m_free->isChecked();
    s.automatic = m_automatic->isChecked();
    s.callWindow = m_hasCall->isChecked() ? CallWindow {m_callOpens->date(), m_callCloses->date()}
                                          : CallWindow {};
    s.languages.clear();
    for (const QString &code : m_languages->text().split(u',', Qt::SkipEmptyParts)) {
        const QString c = code.trimmed().toLower();
        QString name;
        for (const Language &old : m_original.languages)
            name = old.code == c ? old.name : name;
        if (name.isEmpty()) {
            const QLocale locale(c);
            name = locale.language() == QLocale::C ? c : locale.nativeLanguageName();
        }
        s.languages.append(Language {c, name});
    }

    EligibilityRules &r = s.rules;
    r = EligibilityRules {};
    if (m_minAge->value() >= 0)
        r.minAge = m_minAge->value();
    if (m_maxAge->value() >= 0)
        r.maxAge = m_maxAge->value();
    r.comuni = checked(m_comuni);
    if (m_hasIsee->isChecked()) {
        IseeRule isee;
        isee.type = static_cast<IseeType>(m_iseeType->currentData().toInt());
        isee.maxCents = qRound64(m_iseeMax->value() * 100);
        isee.validFrom = m_iseeFrom->date();
        isee.altMaxCents = qRound64(m_iseeAltMax->value() * 100);
        isee.altMinChildren = isee.altMaxCents > 0 ? m_iseeAltChildren->value() : 0;
        r.isee = isee;
    }
    for (int row = 0; row < m_household->count(); ++row) {
        if (m_household->item(row)->checkState() == Qt::Checked)
            r.householdAny |= m_household->item(row)->data(Qt::UserRole).toInt();
    }
    r.minHouseholdSize = m_minHousehold->value();
    r.residencePermit = m_permit->isChecked();

    s.locations = places();
    s.sourceUrl = m_sourceUrl->text().trimmed();
    s.verifiedOn = m_verified->isChecked() ? m_verifiedOn->date() : QDate();
    s.verifiedBy = m_verified->isChecked() ? m_verifiedBy->text().trimmed() : QString();
    s.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        Contact contact {cell(m_contacts, row, 0),
                         cell(m_contacts, row, 1),
                         cell(m_contacts, row, 2),
                         cell(m_contacts, row, 3),
                         {}};
        if (const QString phone = cell(m_contacts, row, 4); !phone.isEmpty())
            contact.phones.append(Phone {phone, u"voice"_s, {}});
        if (!contact.name.isEmpty() || !contact.email.isEmpty() || !contact.phones.isEmpty())
            s.contacts.append(contact);
    }
    return s;
}

QWidget *ServiceEditor::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets = {{u"id"_s, m_uid},
                                               {u"name"_s, m_name},
                                               {u"description"_s, m_description},
                                               {u"organization_id"_s, m_organization},
                                               {u"url"_s, m_url},
                                               {u"email"_s, m_email},
                                               {u"phones"_s, m_phones},
                                               {u"status_note"_s, m_statusNote},
                                               {u"categories"_s, m_categories},
                                               {u"user_areas"_s, m_areas},
                                               {u"channels"_s, m_channels},
                                               {u"call_window"_s, m_callOpens},
                                               {u"source_url"_s, m_sourceUrl},
                                               {u"contacts"_s, m_contacts},
                                               {u"eligibility.age"_s, m_minAge},
                                               {u"eligibility.comuni"_s, m_comuni},
                                               {u"eligibility.isee"_s, m_iseeMax},
                                               {u"locations"_s, m_schedules},
                                               {u"schedules"_s, m_schedules}};
    return widgets.value(field);
}

QList<FieldProblem> ServiceEditor::check()
{
    const Service s = service();
    ReferenceIndex references;
    for (const Organization &organization : std::as_const(m_choices.organizations))
        references.organizationUids.insert(organization.uid);
    for (const Location &location : std::as_const(m_choices.locations))
        references.locationUids.insert(location.uid);
    QList<FieldProblem> problems = validateService(s, references);
    // Rows whose text could not be read at all.
    for (int row = 0; row < m_schedules->rowCount(); ++row) {
        const QString days = cell(m_schedules, row, 1);
        if (!days.isEmpty() && weekdaysFromByDay(days) == 0)
            problems.append({u"schedules"_s, FieldProblem::InvalidWeekdays, days});
    }
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        if (!parseDate(cell(m_exceptions, row, 1)).isValid())
            problems.append(
                {u"schedules"_s, FieldProblem::InvalidDate, cell(m_exceptions, row, 1)});
    }
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines.append(u"• "_s + text::CatalogueText::problem(problem.code, problem.value));
    m_problems->setText(lines.isEmpty()
                            ? QString()
                            : tr("Please correct before saving:") + u'\n' + lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    if (!problems.isEmpty()) {
        if (QWidget *widget = fieldWidget(problems.first().field)) {
            for (int tab = 0; tab < m_tabs->count(); ++tab) {
                if (m_tabs->widget(tab)->isAncestorOf(widget))
                    m_tabs->setCurrentIndex(tab);
            }
            widget->setFocus();
        }
    }
    return problems;
}

QString ServiceEditor::problemsText() const
{
    return m_problems->text();
}

void ServiceEditor::accept()
{
    if (check().isEmpty())
        QDialog::accept();
}

} // namespace sportello::ui
