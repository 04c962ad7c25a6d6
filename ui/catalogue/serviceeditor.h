// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "catalogue/validation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace sportello::ui {

// The coordinator's form for one catalogue entry: every field of the model, checked before
// saving (required fields, addresses, dates, rule consistency) with the problems listed and
// the first wrong field focused.
class ServiceEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEditor)

public:
    struct Choices
    {
        QList<catalogue::Organization> organizations;
        QList<catalogue::Location> locations;
        QList<catalogue::NamedItem> documents;
        QList<catalogue::NamedItem> prerequisites;
    };

    ServiceEditor(const catalogue::Service &service, Choices choices, bool isNew,
                  QWidget *parent = nullptr);

    // The entry as the form holds it now.
    [[nodiscard]] catalogue::Service service() const;
    // Problems of the entry as the form holds it; shown in the dialog too.
    QList<catalogue::FieldProblem> check();
    [[nodiscard]] QString problemsText() const;

    void accept() override;

private:
    QWidget *buildGeneral();
    QWidget *buildAccess();
    QWidget *buildRules();
    QWidget *buildPlaces();
    QWidget *buildSource();
    void load(const catalogue::Service &service);
    void loadPlaces(const catalogue::Service &service);
    [[nodiscard]] QList<catalogue::ServiceAtLocation> places() const;
    void addScheduleRow(const QString &locationUid, const catalogue::WeeklySchedule &schedule);
    void addExceptionRow(const QString &locationUid, const catalogue::ScheduleException &exception);
    QWidget *fieldWidget(const QString &field) const;

    catalogue::Service m_original;
    Choices m_choices;
    bool m_isNew;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problems = nullptr;

    QLineEdit *m_uid = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_alternateName = nullptr;
    QComboBox *m_organization = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_statusNote = nullptr;
    QListWidget *m_categories = nullptr;
    QListWidget *m_areas = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_phones = nullptr;
    QCheckBox *m_demoValues = nullptr;

    QPlainTextEdit *m_eligibilityText = nullptr;
    QListWidget *m_documents = nullptr;
    QLineEdit *m_newDocument = nullptr;
    QListWidget *m_prerequisites = nullptr;
    QLineEdit *m_newPrerequisite = nullptr;
    QTableWidget *m_channels = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QLineEdit *m_fees = nullptr;
    QCheckBox *m_free = nullptr;
    QCheckBox *m_automatic = nullptr;
    QCheckBox *m_hasCall = nullptr;
    QDateEdit *m_callOpens = nullptr;
    QDateEdit *m_callCloses = nullptr;
    QLineEdit *m_languages = nullptr;

    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QListWidget *m_comuni = nullptr;
    QCheckBox *m_hasIsee = nullptr;
    QComboBox *m_iseeType = nullptr;
    QDoubleSpinBox *m_iseeMax = nullptr;
    QDateEdit *m_iseeFrom = nullptr;
    QDoubleSpinBox *m_iseeAltMax = nullptr;
    QSpinBox *m_iseeAltChildren = nullptr;
    QListWidget *m_household = nullptr;
    QSpinBox *m_minHousehold = nullptr;
    QCheckBox *m_permit = nullptr;

    QTableWidget *m_schedules = nullptr;
    QTableWidget *m_exceptions = nullptr;

    QLineEdit *m_sourceUrl = nullptr;
    QDateEdit *m_verifiedOn = nullptr;
    QCheckBox *m_verified = nullptr;
    QLineEdit *m_verifiedBy = nullptr;
    QTableWidget *m_contacts = nullptr;
};

} // namespace sportello::ui
