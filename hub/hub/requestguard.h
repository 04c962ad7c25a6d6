// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Reads the bytes a client sends on one connection, ahead of the HTTP parser, and says when a
// request must be refused before it is buffered whole: a header block past its limit, a body
// declared or sent past its limit, a chunked body (protocol v1 needs Content-Length). Keeps
// only the header bytes of the request in progress, so a hostile client cannot make it grow.
namespace sportello::hub {

class RequestGuard final
{
public:
    enum class Verdict { Continue, HeaderTooLarge, BodyTooLarge, LengthRequired, BadRequest };

    RequestGuard(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
        : m_maxHeader(maxHeaderBytes)
        , m_maxBody(maxBodyBytes)
    { }

    // Takes the next bytes of the stream; once a verdict other than Continue is given the
    // connection is to be answered and closed.
    [[nodiscard]] Verdict feed(const QByteArray &bytes);
    // Whether a request has begun and is not yet complete (for the slow-client timeout).
    [[nodiscard]] bool inRequest() const { return m_inHeader ? !m_header.isEmpty() : true; }

private:
    [[nodiscard]] Verdict headerComplete();

    qsizetype m_maxHeader;
    qsizetype m_maxBody;
    bool m_inHeader = true;
    QByteArray m_header;
    qsizetype m_bodyLeft = 0;
};

} // namespace sportello::hub
