package dev.licensemanager.ui;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.SsoSignIn;
import java.util.ArrayList;
import java.util.List;

/** SSO double: a fixed link and redirect URI; the browser "returns" {@link #code} at once. */
public final class FakeSso implements SsoSignIn {
    public CredentialKind grant = CredentialKind.SSO_CODE;
    public String code = "the-code";
    public final List<String> opened = new ArrayList<>();
    /** The code arrays handed to the app, so a test can check they were wiped. */
    public final List<char[]> handedOut = new ArrayList<>();

    @Override
    public CredentialKind grant() {
        return grant;
    }

    @Override
    public Start start(String customerAccountCode, Cancellation cancel) {
        return new Start(new Session() {
            @Override
            public String url() {
                return "http://127.0.0.1:1/login?customer_account_code=" + customerAccountCode + "&state=s";
            }

            @Override
            public String redirectUri() {
                return "http://127.0.0.1:5555/callback";
            }

            @Override
            public CredentialKind kind() {
                return grant;
            }

            @Override
            public Callback await(Cancellation c) {
                char[] secret = code.toCharArray();
                handedOut.add(secret);
                return new Callback(secret, null);
            }

            @Override
            public void close() {
            }
        }, null);
    }

    @Override
    public String openBrowser(String url) {
        opened.add(url);
        return null;
    }
}
