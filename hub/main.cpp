// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-hub: the district hub's server and its admin commands.
#include "common/appsetup.h"
#include "common/processhardening.h"
#include "hub/admin.h"
#include "hub/serve.h"
#include "reportcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The hub holds its TLS key and the catalogue's signing key in memory: no core dump, no
    // ptrace attach, as for the desk's programs.
    const QStringList missed = sportello::app::hardenProcess();
#ifdef __GLIBC__
    // Every batch's body, parse tree and answer are a few hundred KiB, made and freed many
    // times a second. By default glibc serves such sizes with fresh mmap()ed pages and hands
    // them back at once (and trims the heap's top), so each request paid page faults for
    // memory it had just returned; a fixed threshold keeps them in the heap for reuse.
    mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    // Only a PDF report needs fonts, hence a QGuiApplication, on a server with no display.
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (sportello::hub::ReportCommand::wantsPdf(words)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    if (!missed.isEmpty())
        qWarning("process hardening incomplete: %s", qPrintable(missed.join(u", ")));
    sportello::app::setApplicationIdentity();
    QCoreApplication::setApplicationName(u"sportello-hub"_s);
    sportello::app::installTranslations(
        app, sportello::app::chooseLanguage(qEnvironmentVariable("SPORTELLO_LANG"), QLocale()));
    qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}warning %{endif}"
                       "%{if-critical}error %{endif}%{message}"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    sportello::SystemClock clock;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == u"serve") {
        const qsizetype dirAt = arguments.indexOf(u"--dir"_s);
        const qsizetype listenAt = arguments.indexOf(u"--listen"_s);
        if (dirAt < 0 || listenAt < 0 || dirAt + 1 >= arguments.size()
            || listenAt + 1 >= arguments.size()) {
            err << sportello::hub::Serve::tr("Usage: sportello-hub serve --listen ADDRESS:PORT "
                                             "--dir DIR")
                << Qt::endl;
            return 2;
        }
        return sportello::hub::Serve::run(arguments.at(dirAt + 1), arguments.at(listenAt + 1),
                                          clock, out, err);
    }
    if (arguments.value(0) == u"report")
        return sportello::hub::ReportCommand::run(arguments, clock, out, err);
    sportello::hub::Admin admin(clock, out, err);
    return admin.run(arguments);
}
