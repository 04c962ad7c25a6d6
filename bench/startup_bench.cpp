// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up time and memory of the desktop (issue 17, point 7). The bench starts itself as a
// child process, several times for each case, and times from the moment it starts the child
// to the lines the child prints:
//  - floor: an empty Qt Widgets window, shown and painted — what no Qt program can beat;
//  - empty / big: the desktop's own composition (DeskComposition, as DesktopApp builds it, with
//    the database key in a file instead of the OS keychain) on an empty profile and on the big
//    one (100,000 services, 200,000 people with a long history: about a million sessions): "login"
//    when the login screen is painted, "page" when the first page after logging in is painted; then
//    the catalogue and people searches are used and the child reports its peak resident memory
//    (VmHWM).
// Profiles are generated once into the cache (minutes for the big one).
// Usage: startup_bench [--runs N=5] [--people N=200000] [--services N=100000] [--cache DIR]
#include "common/appsetup.h"
#include "demo/demopeople.h"
#include "demo/demoprofile.h"
#include "deskcomposition.h"
#include "filesecretstore.h"
#include "mainwindow.h"
#include "prompter.h"
#include "security/deskshell.h"
#include "services/accountservice.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/searchcontroller.h"
#include "sessions/servicepicker.h"
#include "sessions/typeahead.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "syntheticcatalogue.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

constexpr char kEmptyUser[] = "anna";
constexpr char kEmptyPassword[] = "una frase lunga da ricordare";

void say(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

// A line of /proc/self/status in KiB ("VmHWM", "VmRSS"); 0 elsewhere than on Linux.
QString memoryLine(const QByteArray &name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"0"_s;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ':')))
            return QString::fromLatin1(line.mid(name.size() + 1).trimmed().split(' ').value(0));
    }
    return u"0"_s;
}

// Starts the peak (VmHWM) again from the current resident size (Linux ≥ 4.0).
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Calls `then` once, after the first paint of `widget` has finished.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget &widget, std::function<void()> then)
        : m_then(std::move(then))
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [then = std::move(m_then)] { then(); });
            m_then = nullptr;
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

int runFloor(QApplication &application)
{
    QWidget window;
    window.resize(1280, 800);
    FirstPaint painted(window, [] {
        say("login");
        QCoreApplication::quit();
    });
    window.show();
    return application.exec();
}

int runDesk(QApplication &application, const QString &dataDir, const QString &keys,
            const QString &user, const QString &password)
{
    app::setApplicationIdentity();
    app::installTranslations(application, u"it"_s);
    test::FileSecretStore secrets(keys);
    auto profile = storage::Profile::open(dataDir, secrets);
    if (!profile)
        qFatal("cannot open the profile");
    const SystemClock clock;
    ui::ProfileSummary summary;
    summary.dataDir = (*profile)->dataDir();
    ui::DialogPrompter prompter;
    app::DeskComposition desk((*profile)->database(), clock, secrets, prompter, summary);
    ui::MainWindow &window = desk.window();
    // As DesktopApp: the index starts loading at once.
    services::SearchController &search = desk.services().search();
    desk.shell().start();
    window.resize(1280, 800);

    QElapsedTimer heartbeat;
    qint64 lastTick = 0;
    double longestStall = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = heartbeat.nsecsElapsed();
        if (lastTick != 0)
            longestStall = std::max(longestStall, static_cast<double>(now - lastTick) / 1e6);
        lastTick = now;
    });
    FirstPaint atLogin(window, [&] {
        say("login");
        std::printf("rss-login %s\n", qPrintable(memoryLine("VmHWM")));
        // As the login screen does it: the password's check on a thread of its own while the
        // GUI thread's heartbeat runs.
        auto attempt = desk.services().accounts().beginLogin(user);
        if (!attempt)
            qFatal("cannot begin the login");
        auto pending = std::make_shared<services::LoginAttempt>(std::move(attempt).value());
        heartbeat.start();
        ticker.start();
        QThread *check = QThread::create([pending, password] { pending->checkPassword(password); });
        QObject::connect(check, &QThread::finished, check, &QObject::deleteLater);
        QObject::connect(check, &QThread::finished, &window, [&, pending] {
            std::printf("stall-check %.1f\n", longestStall);
            auto actor = desk.services().accounts().finishLogin(std::move(*pending), password);
            if (!actor)
                qFatal("cannot log in");
            // The password's Argon2id hash takes 256 MiB for a moment (libsodium's "moderate"
            // limit, decision 6): the peak of the working program is measured from here on.
            std::printf("rss-kdf %s\n", qPrintable(memoryLine("VmHWM")));
            say("hashed");
            resetPeak();
            desk.shell().enter(*actor);
            // The first page, laid out (the layouts' posted requests, and the item views'
            // delayed layouts that follow them) and painted: only then is it usable.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::sendPostedEvents();
            window.repaint();
            say("page");
            std::printf("mem-page %s\n", qPrintable(memoryLine("VmRSS")));
            QObject::connect(&search, &services::SearchController::indexReloaded, &window, [] {
                std::printf("mem-index %s\n", qPrintable(memoryLine("VmRSS")));
            });
            QObject::connect(
                &desk.services().notifier(), &services::ChangeNotifier::peopleDirectoryReady,
                &window, [] { std::printf("mem-people %s\n", qPrintable(memoryLine("VmRSS"))); });
            // The heartbeat from here on, while the catalogue index and the person directory
            // load on their threads: the longest gap between two ticks is the longest stall a
            // volunteer could feel.
            longestStall = 0;
            lastTick = 0;
            {
                const security::Actor who = *actor;
                // Use both searches, then report the peak memory.
                auto searchPeople = [&, who] {
                    if (!desk.services().people().search(who, u"ros"_s, 50))
                        qFatal("people search");
                    say("people");
                    QObject::connect(
                        &search, &services::SearchController::searchFinished, &search,
                        [&](quint64, const search::Response &response) {
                            if (response.superseded)
                                return;
                            std::printf("stall %.1f\n", longestStall);
                            // What one whole repaint of the window costs here:
                            // no stall can be shorter than the paint it waits for.
                            std::vector<double> paints;
                            for (int i = 0; i < 5; ++i) {
                                QElapsedTimer paint;
                                paint.start();
                                window.repaint();
                                paints.push_back(paint.nsecsElapsed() / 1e6);
                            }
                            std::sort(paints.begin(), paints.end());
                            std::printf("repaint %.1f\n", paints[2]);
                            // The session page's "another service" line: its
                            // first search (folding every name) and the next.
                            if (auto *picker = window.findChild<ui::ServicePicker *>()) {
                                auto *line = picker->findChild<ui::TypeAhead *>();
                                line->field()->setText(u"sportello bollette"_s);
                                QElapsedTimer typed;
                                typed.start();
                                line->refresh();
                                const double first = typed.nsecsElapsed() / 1e6;
                                line->field()->setText(u"sportello bollet"_s);
                                typed.restart();
                                line->refresh();
                                std::printf("picker %.1f %.1f\n", first,
                                            typed.nsecsElapsed() / 1e6);
                            }
                            std::printf("rss %s\n", qPrintable(memoryLine("VmHWM")));
                            std::printf("now %s\n", qPrintable(memoryLine("VmRSS")));
                            // What the person directory holds: forgotten (as at
                            // the lock) and the heap trimmed.
                            desk.services().people().forget();
                            malloc_trim(0);
                            std::printf("mem-nodirectory %s\n", qPrintable(memoryLine("VmRSS")));
                            std::fflush(stdout);
                            QCoreApplication::quit();
                        });
                    search::Request request;
                    request.text = u"bonus bollette"_s;
                    request.now = QDateTime::currentDateTime();
                    search.search(request);
                };
                auto whenPeople = [&desk, &window, searchPeople] {
                    if (desk.services().people().directoryReady())
                        searchPeople();
                    else
                        QObject::connect(&desk.services().notifier(),
                                         &services::ChangeNotifier::peopleDirectoryReady, &window,
                                         searchPeople, Qt::SingleShotConnection);
                };
                // At least 1.5 s of heartbeat after the page on every profile, so that the
                // window's first layout and paint are inside the measure on the empty one too.
                QTimer::singleShot(1500, &window, [&search, &window, whenPeople] {
                    if (search.isReady())
                        whenPeople();
                    else
                        QObject::connect(&search, &services::SearchController::indexReloaded,
                                         &window, whenPeople, Qt::SingleShotConnection);
                });
            }
        });
        check->start();
    });
    window.show();
    return application.exec();
}

struct Times
{
    std::vector<double> login;
    std::vector<double> hashed; // the password checked (Argon2id)
    std::vector<double> page;
    std::vector<double> ready; // search and people directory both usable
    std::vector<double> rssMiB; // peak after logging in
    std::vector<double> nowMiB; // resident at the end
    std::vector<double> loginMiB; // peak at the login screen
    std::vector<double> kdfMiB; // peak with the password's hash
    std::vector<double> stallMs; // longest gap of the GUI thread's heartbeat after the page
    std::vector<double> checkStallMs; // the same while the password is checked
    std::vector<double> pageMiB, indexMiB, peopleMiB, noDirectoryMiB; // resident at each step
    std::vector<double> repaintMs; // one whole repaint of the window, at the end
    std::vector<double> pickerFirstMs, pickerNextMs; // the session's "another service" line
};

// Starts this program as a child `runs` times with `arguments`, timing its lines.
Times measure(const QStringList &arguments, int runs)
{
    Times times;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        QByteArray pending;
        QObject::connect(&child, &QProcess::readyReadStandardOutput, [&] {
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            pending += child.readAllStandardOutput();
            qsizetype end = 0;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end).trimmed();
                pending.remove(0, end + 1);
                if (line == "login")
                    times.login.push_back(ms);
                else if (line == "hashed")
                    times.hashed.push_back(ms);
                else if (line == "page")
                    times.page.push_back(ms);
                else if (line == "people")
                    times.ready.push_back(ms);
                else if (line.startsWith("rss "))
                    times.rssMiB.push_back(line.mid(4).toDouble() / 1024.0);
                else if (line.startsWith("now "))
                    times.nowMiB.push_back(line.mid(4).toDouble() / 1024.0);
                else if (line.startsWith("rss-login "))
                    times.loginMiB.push_back(line.mid(10).toDouble() / 1024.0);
                else if (line.startsWith("picker ")) {
                    const QList<QByteArray> parts = line.split(' ');
                    times.pickerFirstMs.push_back(parts.value(1).toDouble());
                    times.pickerNextMs.push_back(parts.value(2).toDouble());
                } else if (line.startsWith("repaint "))
                    times.repaintMs.push_back(line.mid(8).toDouble());
                else if (line.startsWith("mem-page "))
                    times.pageMiB.push_back(line.mid(9).toDouble() / 1024.0);
                else if (line.startsWith("mem-index "))
                    times.indexMiB.push_back(line.mid(10).toDouble() / 1024.0);
                else if (line.startsWith("mem-people "))
                    times.peopleMiB.push_back(line.mid(11).toDouble() / 1024.0);
                else if (line.startsWith("mem-nodirectory "))
                    times.noDirectoryMiB.push_back(line.mid(16).toDouble() / 1024.0);
                else if (line.startsWith("stall-check "))
                    times.checkStallMs.push_back(line.mid(12).toDouble());
                else if (line.startsWith("stall "))
                    times.stallMs.push_back(line.mid(6).toDouble());
                else if (line.startsWith("rss-kdf "))
                    times.kdfMiB.push_back(line.mid(8).toDouble() / 1024.0);
            }
        });
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            qFatal("the child failed");
    }
    return times;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Opens a cached profile; one whose key the keys folder no longer holds is made again.
Result<std::unique_ptr<storage::Profile>> openCached(const QString &dir,
                                                     crypto::SecretStore &secrets)
{
    auto profile = storage::Profile::open(dir, secrets);
    if (!profile && profile.error().code == ErrorCode::DatabaseKeyMissing) {
        QDir(dir).removeRecursively();
        profile = storage::Profile::open(dir, secrets);
    }
    return profile;
}

bool prepareEmpty(const QString &dir, crypto::SecretStore &secrets)
{
    auto profile = openCached(dir, secrets);
    if (!profile)
        return false;
    const SystemClock clock;
    services::DeskServices desk((*profile)->database(), clock);
    auto needed = desk.accounts().needsFirstRun();
    if (!needed || !*needed)
        return needed.ok();
    security::DeskIdentity identity {
        u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}};
    return desk.accounts()
        .firstRun(identity, QString::fromLatin1(kEmptyUser), u"Anna"_s,
                  QString::fromLatin1(kEmptyPassword))
        .ok();
}

bool prepareBig(const QString &dir, crypto::SecretStore &secrets, int services, int people)
{
    if (QFile::exists(QDir(dir).filePath(u"ready"_s)) && openCached(dir, secrets)
        && QFile::exists(QDir(dir).filePath(u"ready"_s)))
        return true;
    QDir(dir).removeRecursively();
    auto profile = storage::Profile::open(dir, secrets);
    if (!profile)
        return false;
    const SystemClock clock;
    if (!demo::seedDemoProfile(**profile, clock))
        return false;
    std::fprintf(stderr, "big profile: %d services …\n", services);
    if (!bench::importSyntheticServices((*profile)->database(), services))
        return false;
    std::fprintf(stderr, "big profile: %d people …\n", people);
    auto added = demo::addSyntheticPeople(
        **profile, clock, people, 17,
        [people](int done) {
            std::fprintf(stderr, "  %d / %d\n", done, people);
            return true;
        },
        demo::SessionHistory::Long);
    if (!added)
        return false;
    std::fprintf(stderr, "big profile: %d people, %d sessions\n", added->people, added->sessions);
    QFile ready(QDir(dir).filePath(u"ready"_s));
    return ready.open(QIODevice::WriteOnly) && ready.write(QByteArray::number(added->sessions)) > 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--child-floor"_s)
        return runFloor(application);
    if (args.value(1) == u"--child-desk"_s && args.size() == 6)
        return runDesk(application, args.at(2), args.at(3), args.at(4), args.at(5));

    int runs = 5;
    int people = 200000;
    int services = 100000;
    QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                        .filePath(u"sportello-bench"_s);
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--people"_s)
            people = args.at(++i).toInt();
        else if (args.at(i) == u"--services"_s)
            services = args.at(++i).toInt();
        else if (args.at(i) == u"--cache"_s)
            cache = args.at(++i);
    }
    if (!QDir().mkpath(cache))
        return 1;
    const QString keys = QDir(cache).filePath(u"keys"_s);
    test::FileSecretStore secrets(keys);
    const QString emptyDir = QDir(cache).filePath(u"startup-empty"_s);
    const QString bigDir = QDir(cache).filePath(u"startup-big-%1-%2"_s.arg(services).arg(people));
    if (!prepareEmpty(emptyDir, secrets) || !prepareBig(bigDir, secrets, services, people)) {
        std::fprintf(stderr, "cannot prepare the profiles\n");
        return 1;
    }
    QFile sessions(QDir(bigDir).filePath(u"ready"_s));
    const QByteArray sessionCount = sessions.open(QIODevice::ReadOnly) ? sessions.readAll() : "?";
    std::printf("Sportello start-up benchmark — median of %d runs each, platform %s\n", runs,
                qPrintable(QGuiApplication::platformName()));
    const Times floor = measure({u"--child-floor"_s}, runs);
    const Times empty = measure({u"--child-desk"_s, emptyDir, keys, QString::fromLatin1(kEmptyUser),
                                 QString::fromLatin1(kEmptyPassword)},
                                runs);
    const char *bigPassword = demo::kDemoAccounts[0].password;
    const Times big = measure({u"--child-desk"_s, bigDir, keys,
                               QString::fromLatin1(demo::kDemoAccounts[0].username),
                               QString::fromLatin1(bigPassword)},
                              runs);
    const double f = median(floor.login);
    std::printf("\n%-34s %9s %7s %9s %9s %9s %11s %9s %9s %9s\n", "", "login", "ratio", "password",
                "1st page", "ready", "peak@login", "peak+kdf", "peak", "at end");
    std::printf("%-34s %6.0f ms %6.1fx\n", "floor: empty Qt Widgets window", f, 1.0);
    const auto row = [f](const QString &what, const Times &t) {
        std::printf("%-34s %6.0f ms %6.1fx %6.0f ms %6.0f ms %6.0f ms %7.1f MiB %5.1f MiB "
                    "%5.1f MiB %5.1f MiB\n",
                    qPrintable(what), median(t.login), f > 0 ? median(t.login) / f : 0.0,
                    median(t.hashed) - median(t.login), median(t.page) - median(t.hashed),
                    median(t.ready), median(t.loginMiB), median(t.kdfMiB), median(t.rssMiB),
                    median(t.nowMiB));
    };
    row(u"empty profile"_s, empty);
    row(u"big profile"_s, big);
    std::printf("longest GUI-thread stall after the first page, for 1.5 s and until both searches "
                "answered: "
                "empty %.1f ms, big %.1f ms (median; worst run %.1f ms)\n",
                median(empty.stallMs), median(big.stallMs),
                big.stallMs.empty() ? 0.0
                                    : *std::max_element(big.stallMs.begin(), big.stallMs.end()));
    std::printf("one whole repaint of the main window at the end: empty %.1f ms, big %.1f ms "
                "(median)\n",
                median(empty.repaintMs), median(big.repaintMs));
    std::printf("the session page's \"another service\" line, first search and the next: empty "
                "%.1f / %.1f ms, big %.1f / %.1f ms (median)\n",
                median(empty.pickerFirstMs), median(empty.pickerNextMs), median(big.pickerFirstMs),
                median(big.pickerNextMs));
    std::printf("longest GUI-thread stall while the password is checked: empty %.1f ms, big "
                "%.1f ms (median)\n",
                median(empty.checkStallMs), median(big.checkStallMs));
    std::printf("big profile, resident memory: %.1f MiB after the first page, %.1f MiB when the "
                "catalogue index was ready, %.1f MiB when the person directory was ready, %.1f "
                "MiB at the end, %.1f MiB with the directory forgotten (median)\n",
                median(big.pageMiB), median(big.indexMiB), median(big.peopleMiB),
                median(big.nowMiB), median(big.noDirectoryMiB));
    std::printf("big profile: %d services, %d people, %s sessions\n", services, people,
                sessionCount.constData());
    std::printf("login: from process start to the login screen painted; password: its Argon2id "
                "check; 1st page: then the first page built and painted; ready: from process "
                "start until the catalogue index and the person directory are both loaded.\n"
                "peak: the highest resident memory after logging in, with both searches used.\n");
    return 0;
}
