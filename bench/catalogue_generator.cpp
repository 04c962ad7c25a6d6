// SPDX-License-Identifier: GPL-3.0-or-later
// Creates a profile holding a synthetic catalogue of N services (see syntheticcatalogue.h), for
// benchmarks and for trying the app on a region-sized catalogue:
//   catalogue_generator N DATA_DIR   then   sportello --data-dir DATA_DIR
#include "common/keychainsecretstore.h"
#include "syntheticcatalogue.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() == 3 ? args.at(1).toInt() : 0;
    if (count <= 0) {
        std::fprintf(stderr, "usage: catalogue_generator N DATA_DIR\n");
        return 2;
    }
    // The profile is for the desk program, which finds its key in the OS keychain.
    sportello::app::KeychainSecretStore secrets;
    return sportello::bench::prepareSyntheticProfile(args.at(2), count, secrets) ? 0 : 1;
}
