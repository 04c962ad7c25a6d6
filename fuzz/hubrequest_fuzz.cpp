// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-hub-request: the hub's parsing and validation of any request a client may send, through
// Api::handle as the server calls it. An input is "METHOD TARGET\nAUTH CONTENT-TYPE\nBODY": AUTH
// "T" sends the desk's valid token, "-" none, anything else is sent as the header itself.
// Whatever comes, the answer is a real HTTP status and a problem names a type.
#include "fuzzhub.h"
#include "fuzzsupport.h"

#include <QUrl>
#include <QUrlQuery>

using namespace sportello;

namespace {

fuzz::FuzzHub *g_hub = nullptr;

QByteArray line(const QByteArray &bytes, qsizetype &from)
{
    const qsizetype end = bytes.indexOf('\n', from);
    const QByteArray text = bytes.mid(from, end < 0 ? -1 : end - from);
    from = end < 0 ? bytes.size() : end + 1;
    return text;
}

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
    const QByteArray bytes = fuzz::bytesOf(data, size);
    qsizetype at = 0;
    const QByteArray requestLine = line(bytes, at);
    const QByteArray headers = line(bytes, at);
    hub::Request request;
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QString target
        = QString::fromUtf8(space < 0 ? QByteArray("/") : requestLine.mid(space + 1));
    const qsizetype question = target.indexOf(u'?');
    request.path = QUrl::fromPercentEncoding(target.left(question).toUtf8());
    if (question >= 0)
        request.query = QUrlQuery(target.mid(question + 1));
    const QByteArray auth = headers.left(headers.indexOf(' '));
    if (auth == "T")
        request.authorization = QByteArray("Bearer ") + fuzz::kDeskToken;
    else if (auth != "-")
        request.authorization = auth;
    request.contentType
        = headers.indexOf(' ') < 0 ? QByteArray() : headers.mid(headers.indexOf(' ') + 1);
    request.peer = QStringLiteral("192.0.2.7");
    request.body = bytes.mid(at);
    const hub::Reply reply = g_hub->api->handle(request);
    fuzz::require(reply.status >= 200 && reply.status <= 599);
    if (reply.contentType == "application/problem+json")
        fuzz::require(reply.body.contains("\"type\":\"urn:sportello:problem:"));
    return 0;
}
