package dev.licensemanager.sso;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.SsoSignIn;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One sign-in attempt waiting for its redirect. Closing it frees the port. */
final class LoopbackSession implements SsoSignIn.Session {
    private final LoopbackReceiver receiver;
    private final String url;
    private final CredentialKind kind;
    private final Duration timeout;

    LoopbackSession(LoopbackReceiver receiver, String url, CredentialKind kind, Duration timeout) {
        this.receiver = receiver;
        this.url = url;
        this.kind = kind;
        this.timeout = timeout;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String redirectUri() {
        return receiver.redirectUri();
    }

    @Override
    public CredentialKind kind() {
        return kind;
    }

    @Override
    public SsoSignIn.Callback await(Cancellation cancel) {
        cancel.onCancel(() -> receiver.result().cancel(false));
        try {
            Map<String, String> q = receiver.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return LoopbackSsoSignIn.callback(q, kind);
        } catch (CancellationException | InterruptedException e) {
            return new SsoSignIn.Callback(null, Outcome.of(OutcomeKind.CANCELLED, "cancelled",
                    "the browser sign-in was cancelled"));
        } catch (TimeoutException e) {
            return new SsoSignIn.Callback(null, Outcome.of(OutcomeKind.CANCELLED, "sso_timeout",
                    "no answer from the browser within " + timeout.toMinutes() + " minutes"));
        } catch (ExecutionException e) {
            return new SsoSignIn.Callback(null, Outcome.of(OutcomeKind.UNEXPECTED, "sso_loopback_failed",
                    String.valueOf(e.getCause())));
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        receiver.close();
    }
}
