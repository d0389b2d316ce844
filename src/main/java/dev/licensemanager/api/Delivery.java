package dev.licensemanager.api;

/**
 * How far one failed attempt got, judged from what the client saw on the wire. Modelled on OkHttp's own rule for
 * when a request may be repeated (RetryAndFollowUpInterceptor.recover: a failure on a reused connection before any
 * response is a stale connection, not a request the server saw), but decided here, where attempts are counted.
 */
enum Delivery {
    /** The request was not completely written on a new connection (connect, TLS, proxy, write failure). */
    NOT_SENT,
    /**
     * Written into a pooled keep-alive connection that the server (or a proxy) had already closed: the write or the
     * read failed before any response byte, and not by a timeout. The server never received it.
     */
    STALE_CONNECTION,
    /**
     * Completely written, then no answer (timeout, reset, end of stream). The server may have received and acted on
     * it; nothing proves it did.
     */
    NO_ANSWER,
    /** The answer's status line and headers arrived, then the body was lost: the server provably received it. */
    ANSWER_CUT
}
