package dev.licensemanager.service;

import dev.licensemanager.common.Cancellation;

/**
 * Single sign-on in the system browser (RFC 8252): a loopback receiver catches the redirect. The
 * window reaches it through this interface only; the implementation lives in the {@code sso} package.
 */
public interface SsoSignIn {

    /** The grant the vendor configured: {@link CredentialKind#SSO_CODE} (default) or {@link CredentialKind#SSO_TOKEN}. */
    CredentialKind grant();

    /** Starts the loopback receiver and asks the server for the sign-in link. Blocking; never on the FX thread. */
    Start start(String customerAccountCode, Cancellation cancel);

    /** Opens the link in the system browser; returns null when it worked, else a short reason. */
    String openBrowser(String url);

    /** A started sign-in, or the outcome that prevented it. */
    record Start(Session session, Outcome failure) {
    }

    /** One sign-in attempt: its link, the redirect URI sent with it, and the wait for the browser. */
    interface Session extends AutoCloseable {
        String url();

        String redirectUri();

        CredentialKind kind();

        /** Blocks until the browser comes back, the wait times out or {@code cancel} fires. */
        Callback await(Cancellation cancel);

        @Override
        void close();
    }

    /** The code or token the browser brought back (the caller wipes it), or why there is none. */
    record Callback(char[] secret, Outcome failure) {
        public boolean ok() {
            return secret != null;
        }
    }
}
