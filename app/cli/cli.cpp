// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/appsetup.h"
#include "storage/profile.h"
#include "support/version.h"
#include "text/errortext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

Cli::Cli(QTextStream &out, QTextStream &err, const Clock &clock, crypto::SecretStore &secrets)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_secrets(secrets)
{ }

void Cli::addCommand(Command command)
{
    m_commands.push_back(std::move(command));
}

int Cli::run(const QStringList &arguments)
{
    QString dataDir;
    QString language;
    QStringList rest;
    bool wantsHelp = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto takeValue = [&](const QString &option, QString &target) {
            if (arg.startsWith(option + u'=')) {
                target = arg.mid(option.size() + 1);
                return true;
            }
            if (arg == option) {
                if (i + 1 >= arguments.size())
                    return false;
                target = arguments.at(++i);
                return true;
            }
            return false;
        };
        if (rest.isEmpty() && (arg == u"--data-dir"_s || arg.startsWith(u"--data-dir="_s))) {
            if (!takeValue(u"--data-dir"_s, dataDir)) {
                m_err << tr("Option --data-dir needs a folder.") << Qt::endl;
                return ExitUsage;
            }
        } else if (rest.isEmpty() && (arg == u"--lang"_s || arg.startsWith(u"--lang="_s))) {
            if (!takeValue(u"--lang"_s, language)) {
                m_err << tr("Option --lang needs a language: it or en.") << Qt::endl;
                return ExitUsage;
            }
        } else if (rest.isEmpty() && (arg == u"--help"_s || arg == u"-h"_s)) {
            wantsHelp = true;
        } else if (rest.isEmpty() && (arg == u"--version"_s || arg == u"-v"_s)) {
            m_out << "sportello-cli " << kVersion << Qt::endl;
            return ExitOk;
        } else {
            rest.append(arg);
        }
    }

    const QString chosen = chooseLanguage(language, QLocale::system());
    if (chosen.isEmpty()) {
        m_err << tr("Unknown language \"%1\": use it or en.").arg(language) << Qt::endl;
        return ExitUsage;
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        installTranslations(*app, chosen);

    if (wantsHelp || rest.isEmpty()) {
        printHelp();
        return rest.isEmpty() && !wantsHelp ? ExitUsage : ExitOk;
    }

    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (rest.size() >= command.path.size() && rest.mid(0, command.path.size()) == command.path
            && (!best || command.path.size() > best->path.size()))
            best = &command;
    }
    if (!best) {
        m_err << tr("Unknown command \"%1\". Run sportello-cli --help for the list.")
                     .arg(rest.join(u' '))
              << Qt::endl;
        return ExitUsage;
    }
    CommandContext context {rest.mid(best->path.size()),
                            dataDir.isEmpty() ? storage::Profile::defaultDataDir() : dataDir,
                            m_out,
                            m_err,
                            m_clock,
                            m_secrets};
    return best->run(context);
}

bool requireDatabase(CommandContext &context)
{
    const QString db
        = QDir(context.dataDir).filePath(QString::fromLatin1(storage::Profile::kDatabaseFileName));
    if (QFileInfo::exists(db))
        return true;
    context.err << Cli::tr("There is no Sportello database in %1.")
                       .arg(QDir::toNativeSeparators(context.dataDir))
                << Qt::endl;
    return false;
}

std::unique_ptr<storage::Profile> openExistingProfile(CommandContext &context)
{
    return requireDatabase(context) ? openProfile(context) : nullptr;
}

std::unique_ptr<storage::Profile> openProfile(CommandContext &context)
{
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile) {
        context.err << text::ErrorText::message(profile.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(profile).value();
}

QString localIso(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    auto printRow = [&out, &widths](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.value(c) + 2)
                                         : cells.at(c);
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

void Cli::printHelp() const
{
    m_out << tr("Usage: sportello-cli [--data-dir DIR] [--lang it|en] COMMAND [ARGS]") << "\n\n"
          << tr("Global options:") << '\n'
          << "  --data-dir DIR   "
          << tr("use the profile in DIR (default: %1)").arg(storage::Profile::defaultDataDir())
          << '\n'
          << "  --lang it|en     " << tr("language of messages") << '\n'
          << "  --version        " << tr("print the version and exit") << '\n'
          << "  --help           " << tr("print this help and exit") << "\n\n"
          << tr("Commands:") << '\n';
    for (const Command &command : m_commands) {
        const QString usage = command.path.join(u' ')
            + (command.usage.isEmpty() ? QString() : u' ' + command.usage);
        m_out << "  " << usage.leftJustified(28) << ' ' << tr(command.summary) << '\n';
    }
    m_out.flush();
}

} // namespace sportello::app::cli
