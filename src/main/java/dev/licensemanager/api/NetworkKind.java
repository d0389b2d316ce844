package dev.licensemanager.api;

/** What failed on the way to the server, named so the user and support can act on it. */
public enum NetworkKind {
    DNS,
    REFUSED,
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    RESET,
    TLS_UNTRUSTED,
    TLS_HOSTNAME,
    TLS_OTHER,
    PROXY_AUTH,
    PROXY,
    INSECURE_URL,
    DEADLINE,
    OTHER
}
