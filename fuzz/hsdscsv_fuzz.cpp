// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-hsds-csv: the CSV reader and the HSDS CSV package reader. The first byte of an input
// picks one file of a valid package (SPORTELLO_FUZZ_CSV_PACKAGE, the tests' HSDS 3 example),
// the rest replaces that file's content; the other files stay as they are.
#include "catalogue/csv.h"
#include "catalogue/hsdscsv.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QTemporaryDir *g_package = nullptr;
QStringList g_files;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    static QTemporaryDir package;
    g_package = &package;
    const QDir source(QString::fromUtf8(SPORTELLO_FUZZ_CSV_PACKAGE));
    g_files = source.entryList(QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(g_files))
        QFile::copy(source.filePath(name), package.filePath(name));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || g_files.isEmpty())
        return 0;
    const QByteArray content = fuzz::bytesOf(data + 1, size - 1);
    (void)catalogue::csv::parse(content, u"fuzz.csv"_s);

    const QString name = g_files.at(data[0] % g_files.size());
    const QString path = g_package->filePath(name);
    QFile file(path);
    fuzz::require(file.open(QIODevice::ReadWrite));
    const QByteArray original = file.readAll();
    file.resize(0);
    file.write(content);
    file.close();
    catalogue::ReferenceIndex existing;
    (void)catalogue::hsds::readCsvPackage(g_package->path(), existing);
    fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(original);
    return 0;
}
