package dev.licensemanager.service;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.CallInfo;
import dev.licensemanager.api.NetworkKind;
import dev.licensemanager.api.ProtocolProblem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Turns a client result into an {@link Outcome}. The lost-response rule lives here, in one place. */
public final class OutcomeMapper {
    /**
     * Appended to the detail of a failed deactivation that may have freed the seat (after one of the two
     * prefixes below): only running the deactivation again can tell.
     */
    public static final String MAY_HAVE_ACTED = "the seat may already be free: run the deactivation again to confirm";
    /** The request went out and no answer came back: whether the server got it is unknown. */
    public static final String MAY_HAVE_REACHED = "the request may have reached the server, but no answer came back";
    /** A 2xx answer came back unreadable: the server did receive the request. */
    public static final String SERVER_RECEIVED = "the server received the request, but its answer could not be read";

    private OutcomeMapper() {
    }

    public static Outcome fromDeactivation(ApiResult<String> r) {
        if (r instanceof ApiResult.Success<String> s) {
            return outcome(OutcomeKind.DEACTIVATED, "license_deactivated", "", "", false, s.info());
        }
        if (r instanceof ApiResult.ApiError<String> e && "device_not_found".equals(e.code())
                && e.info().earlierSuccessLost()) {
            // An earlier attempt's answer began as a success and was then cut off: the server provably freed the
            // seat, and the retry's device_not_found confirms it. An earlier attempt that merely went out with no
            // answer proves nothing (the device may have been inactive already, or the hardware ID differ): that
            // stays "already inactive", with the note that our first request may have freed it.
            return outcome(OutcomeKind.DEACTIVATED, "license_deactivated", e.message(),
                    "confirmed on retry: an earlier answer began as a success and was cut off, the retry found the "
                            + "device already inactive", true, e.info());
        }
        Outcome o = fromFailure(r);
        if (mayHaveActed(r) && o.kind() != OutcomeKind.CANCELLED) {
            String hint = (receivedButUnreadable(r) ? SERVER_RECEIVED : MAY_HAVE_REACHED) + "; " + MAY_HAVE_ACTED;
            String detail = o.detail().isBlank() ? hint : o.detail() + "; " + hint;
            return new Outcome(o.kind(), o.code(), o.serverMessage(), detail, false, o.clockOffsetSeconds(),
                    o.attempts(), o.requestId(), o.problems(), o.retryAfterSeconds());
        }
        return o;
    }

    /**
     * Whether a failed deactivation may still have freed the seat: an attempt's request went out and its answer
     * never arrived, or a 2xx answer came back unreadable (not a captive-portal page, which is not the server).
     */
    static boolean mayHaveActed(ApiResult<?> r) {
        return r.info() != null && r.info().earlierResponseLost() || receivedButUnreadable(r);
    }

    /** A 2xx answer that could not be read: proof the server received the request (a portal page is no proof). */
    private static boolean receivedButUnreadable(ApiResult<?> r) {
        return r instanceof ApiResult.ProtocolError<?> p && p.status() >= 200 && p.status() < 300
                && p.problem() != ProtocolProblem.HTML_PAGE;
    }

    /** Any non-success result of any endpoint. */
    public static Outcome fromFailure(ApiResult<?> r) {
        if (r instanceof ApiResult.ApiError<?> e) {
            OutcomeKind kind = OutcomeTable.kindFor(e.code(), e.status());
            String detail = "HTTP " + e.status() + " " + e.code();
            Outcome o = outcome(kind, e.code(), e.message(), detail, false, e.info());
            if (kind == OutcomeKind.CLOCK_SKEW) {
                Duration offset = e.info().clockOffset();
                return new Outcome(kind, e.code(), e.message(), withAttempts(detail, e.info()), false,
                        offset == null ? null : offset.toSeconds(), e.info().attempts(), e.info().requestId(), List.of(),
                        retryAfterSeconds(e.info()));
            }
            return o;
        }
        if (r instanceof ApiResult.TransportError<?> t) {
            OutcomeKind kind = t.kind() == NetworkKind.INSECURE_URL ? OutcomeKind.VENDOR_CONFIG_PROBLEM : OutcomeKind.NETWORK;
            return outcome(kind, "network_" + t.kind().name().toLowerCase(Locale.ROOT), "", t.detail(), false, t.info());
        }
        if (r instanceof ApiResult.ProtocolError<?> p) {
            OutcomeKind kind = switch (p.problem()) {
                case SIGNATURE_INVALID, SIGNATURE_MISSING -> OutcomeKind.RESPONSE_NOT_TRUSTED;
                case HTML_PAGE -> OutcomeKind.NETWORK;
                default -> OutcomeKind.SERVER_ERROR;
            };
            return outcome(kind, codeFor(p.problem()), "", p.describe(), false, p.info());
        }
        if (r instanceof ApiResult.Invalid<?> i) {
            return Outcome.invalid(i.problems());
        }
        if (r instanceof ApiResult.Cancelled<?> c) {
            String detail = c.info().attempts() > 0 ? "cancelled after the request was sent; the server may have acted"
                    : "cancelled before anything was sent";
            return outcome(OutcomeKind.CANCELLED, "cancelled", "", detail, false, c.info());
        }
        return Outcome.of(OutcomeKind.UNEXPECTED, "unexpected", String.valueOf(r));
    }

    static String codeFor(ProtocolProblem p) {
        return "protocol_" + p.name().toLowerCase(Locale.ROOT);
    }

    private static Outcome outcome(OutcomeKind kind, String code, String message, String detail, boolean confirmed,
                                   CallInfo info) {
        return new Outcome(kind, code, message, withAttempts(detail, info), confirmed, null, info.attempts(),
                info.requestId(), List.of(), retryAfterSeconds(info));
    }

    /** What happened on each attempt, for "Copy details" and the log, when there was more than one try. */
    static String withAttempts(String detail, CallInfo info) {
        if (info == null || info.attemptLog().size() < 2) {
            return detail;
        }
        String attempts = "attempts: " + String.join("; ", info.attemptLog());
        return detail == null || detail.isBlank() ? attempts : detail + "; " + attempts;
    }

    private static Long retryAfterSeconds(CallInfo info) {
        return info == null || info.retryAfter() == null ? null : info.retryAfter().toSeconds();
    }
}
