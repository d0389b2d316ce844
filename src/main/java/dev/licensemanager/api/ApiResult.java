package dev.licensemanager.api;

import java.util.List;

/** The result of one client call. Expected failures are values, not exceptions. */
public sealed interface ApiResult<T> {

    CallInfo info();

    /** 200 with the expected body. */
    record Success<T>(T value, CallInfo info) implements ApiResult<T> {
    }

    /** A LicenseSpring error body {@code {status, code, message}} (or a bare 429/5xx status). */
    record ApiError<T>(int status, String code, String message, CallInfo info) implements ApiResult<T> {
    }

    /** The server could not be reached or the exchange broke off. {@code detail} never holds secrets. */
    record TransportError<T>(NetworkKind kind, String detail, CallInfo info) implements ApiResult<T> {
    }

    /** Something came back that is neither success nor an error body; says what came back. */
    record ProtocolError<T>(ProtocolProblem problem, int status, String contentType, String snippet,
                            CallInfo info) implements ApiResult<T> {
        public String describe() {
            return "HTTP " + status + (contentType == null ? "" : " " + contentType) + ", " + problem
                    + (snippet == null || snippet.isEmpty() ? "" : ": \"" + snippet + "\"");
        }
    }

    /** Refused before sending: the request is impossible. Nothing went over the wire. */
    record Invalid<T>(List<String> problems, CallInfo info) implements ApiResult<T> {
    }

    /** The caller cancelled. Whether the server acted is unknown if {@code info().attempts() > 0}. */
    record Cancelled<T>(CallInfo info) implements ApiResult<T> {
    }
}
