// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/failureerror.h"

using namespace Qt::StringLiterals;

namespace sportello::sync {

Error toError(const Failure &failure)
{
    const QString log = failureCode(failure) + u": "_s + failure.detail;
    switch (failure.kind) {
    case FailureKind::Network:
        return makeError(ErrorCode::HubUnreachable, log);
    case FailureKind::Timeout:
        return makeError(ErrorCode::HubTimeout, log);
    case FailureKind::Tls:
        return makeError(ErrorCode::HubTlsFailed, log, {failure.detail});
    case FailureKind::Clock:
        return makeError(ErrorCode::HubClockWrong, log, failure.detail.split(u'|'));
    case FailureKind::CaptivePortal:
        return makeError(ErrorCode::HubCaptivePortal, log);
    case FailureKind::BadAnswer:
        return makeError(ErrorCode::HubBadAnswer, log);
    case FailureKind::ServerError:
        return makeError(ErrorCode::HubServerError, log, {QString::number(failure.status)});
    case FailureKind::Busy:
        return makeError(
            ErrorCode::HubBusy, log,
            {failure.retryAfterSeconds ? QString::number(*failure.retryAfterSeconds) : QString()});
    case FailureKind::Unauthorized:
        return makeError(ErrorCode::HubUnauthorized, log);
    case FailureKind::ProxyAuth:
        return makeError(ErrorCode::HubProxyAuth, log);
    case FailureKind::Redirect:
        return makeError(ErrorCode::HubRedirect, log);
    case FailureKind::BadSignature:
        return makeError(ErrorCode::CatalogueSignatureInvalid, log);
    case FailureKind::TooLarge:
    case FailureKind::Refused:
        break;
    }
    return makeError(
        ErrorCode::HubRefused, log,
        {failure.problemType.isEmpty() ? u"HTTP %1"_s.arg(failure.status) : failure.problemType,
         failure.field});
}

} // namespace sportello::sync
