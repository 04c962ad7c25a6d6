// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/handout.h"
#include "handout/handoutdialog.h"
#include "people/model.h"
#include "referrals/referral.h"
#include "security/account.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sportello {
class Clock;
namespace services {
class CatalogueService;
class SearchController;
class ChangeNotifier;
class PeopleService;
class PersonFiles;
class ReferralService;
class SessionService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class FacilitationBox;
class NeedPicker;
class PersonPanel;
class Prompter;
class ReferralDialog;
class ServicePicker;
class TabLeavingDateTimeEdit;

// The listening session (colloquio) at the counter, written from the keyboard: who (found,
// new or anonymous) with the consents, type, channel and arrival, the needs, the services
// discussed and the outcomes, notes, next step and a follow-up; Ctrl+S saves it all at once.
// Once saved, the session can become a referral, and a sent one gets its letter.
class SessionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPage)

public:
    struct Context
    {
        services::PeopleService &people;
        services::SessionService &sessions;
        services::ReferralService &referrals;
        services::CatalogueService &catalogue;
        services::SearchController &search; // its snapshot: the services to suggest
        services::ChangeNotifier &changes;
        const Clock &clock;
        Prompter &prompter;
        catalogue::DeskInfo desk; // printed on the handout
        security::Actor actor; // who is at the desk
        std::function<QString()> noticeVersion; // the privacy notice consents refer to
        security::DeskIdentity deskIdentity = {}; // heads the referral letter
        services::PersonFiles *files = nullptr; // records a letter saved to disk
    };

    explicit SessionPage(Context context, QWidget *parent = nullptr);
    ~SessionPage() override;

    // The referral code printed on the handout, empty when there is none.
    void setReferralCode(const QString &code) { m_referralCode = code; }
    // What the handout of the ticked services needs.
    [[nodiscard]] Result<HandoutDialog::Input> handoutInput() const;
    // Saved and not yet replaced by a new session.
    [[nodiscard]] bool isSaved() const { return m_saved; }

    [[nodiscard]] PersonPanel *personPanel() const { return m_person; }
    [[nodiscard]] QLineEdit *personField() const;
    [[nodiscard]] NeedPicker *needPicker() const { return m_needs; }
    [[nodiscard]] ServicePicker *servicePicker() const { return m_services; }
    [[nodiscard]] QListWidget *outcomeList() const { return m_outcomes; }
    [[nodiscard]] QComboBox *typeCombo() const { return m_type; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *referralButton() const { return m_referral; }
    [[nodiscard]] QPushButton *letterButton() const { return m_letter; }
    // The referral dialog while it is open, else null.
    [[nodiscard]] ReferralDialog *referralDialog() const;
    // Every focusable control, in Tab order (hidden and disabled ones included).
    [[nodiscard]] QList<QWidget *> tabOrder() const;

public Q_SLOTS:
    // Clears the form for the next person (asking first if something unsaved would be lost)
    // and puts the cursor in the person field. The app binds Ctrl+N to it.
    void startNew();
    // Records the new person and the consents, then the session and its follow-up (Ctrl+S).
    void save();
    void openHandout();
    // Opens the referral dialog for the saved session (window-modal, not blocking).
    void openReferral();
    // Saves the letter of the referral just created (only for a sent one).
    void saveLetter();
    // Reads the catalogue's services again; runs by itself whenever the catalogue changes.
    void reloadCatalogue();

Q_SIGNALS:
    // personId is 0 for an anonymous walk-in.
    void sessionSaved(qint64 sessionId, qint64 personId);
    // A referral was created from the saved session; personId is 0 for an anonymous walk-in.
    void referralCreated(qint64 referralId, qint64 personId);

private:
    [[nodiscard]] QWidget *buildDetails();
    [[nodiscard]] QWidget *buildNotes();
    void buildTabOrder();
    void clearForm();
    [[nodiscard]] bool acceptNeed(const QString &code);
    void personChanged();
    [[nodiscard]] bool hasUnsavedInput() const;
    [[nodiscard]] people::Session collect() const;
    [[nodiscard]] bool followUpAllowed();
    void scheduleFollowUp(qint64 sessionId, qint64 personId);
    void prepareReferral(qint64 sessionId, const people::Session &session);
    void referralDone(const referrals::Referral &referral);
    void warn(const QString &text);
    void warn(const Error &error);

    Context m_context;
    QWidget *m_body = nullptr;
    PersonPanel *m_person = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_arrival = nullptr;
    TabLeavingDateTimeEdit *m_started = nullptr;
    QSpinBox *m_duration = nullptr;
    FacilitationBox *m_facilitation = nullptr;
    NeedPicker *m_needs = nullptr;
    ServicePicker *m_services = nullptr;
    QListWidget *m_outcomes = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QCheckBox *m_followUp = nullptr;
    TabLeavingDateTimeEdit *m_followUpDate = nullptr;
    QLineEdit *m_followUpNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_handout = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_referral = nullptr;
    QPushButton *m_letter = nullptr;
    QPointer<ReferralDialog> m_referralDialog;
    QDateTime m_openedAt; // when the form was started, for the automatic duration
    QString m_otherNeedLabel;
    QString m_referralCode;
    bool m_saved = false;
    // The saved session a referral is made from, and the last referral made.
    qint64 m_savedSessionId = 0;
    qint64 m_savedPersonId = 0;
    QStringList m_savedNeeds;
    QStringList m_savedOutcomes;
    referrals::Referral m_lastReferral;
};

} // namespace sportello::ui
