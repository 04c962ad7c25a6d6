// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-board-form: the board's forms as a browser posts them (application/x-www-form-urlencoded)
// with a valid form token, so that what is fuzzed is the handling of the fields — registration,
// login, a new post, a report, the account's pages — and the urlencoded parser itself. The
// first byte picks the page and varies the client's address (the forms' limits per address are
// not what is fuzzed), the rest is the body after "csrf=TOKEN&". Every answer is a page or a
// redirect, never a server error.
#include "fuzzhub.h"
#include "fuzzsupport.h"
#include "web/webpage.h"

using namespace sportello;

namespace {

fuzz::FuzzHub *g_hub = nullptr;

const char *const kPages[] = {
    "/bacheca/registrati", "/bacheca/accedi",       "/bacheca/nuovo",
    "/bacheca/segnala/1",  "/bacheca/account/dati", "/bacheca/account/password",
    "/bacheca/esci",       "/bacheca/moderazione",  "/comune/",
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    static fuzz::FuzzHub hub;
    g_hub = &hub;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray fields = fuzz::bytesOf(data + 1, size - 1);
    (void)hub::web::formFields(fields);
    hub::Request request;
    request.method = "POST";
    request.path = QString::fromLatin1(kPages[data[0] % std::size(kPages)]);
    request.contentType = "application/x-www-form-urlencoded";
    request.cookie = "__Host-bacheca-form=fuzztoken";
    request.peer = QStringLiteral("10.0.%1.%2").arg(data[0]).arg(qHash(fields) % 250);
    request.body = QByteArray("csrf=fuzztoken&") + fields;
    const hub::Reply reply = g_hub->api->handle(request);
    fuzz::require(reply.status >= 200 && reply.status < 500);
    return 0;
}
