package dev.licensemanager.cli;

import dev.licensemanager.service.CredentialKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Exactly one identity. Passwords and SSO tokens never come from argv: LM_PASSWORD,
 * --password-stdin or a prompt; LM_SSO_TOKEN or stdin. SSO codes are single-use and short-lived,
 * so a code may be given on the command line; "-" reads it from stdin instead.
 */
final class IdentityOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--customer-account-code", paramLabel = "CODE",
            description = "Customer account code for single sign-on.")
    String customerAccountCode;

    @Option(names = "--password-stdin", description = "Read the user's password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--redirect-uri", paramLabel = "URI", hidden = true,
            description = "The redirect URI used when the SSO code or token was obtained, if the account needs it.")
    String redirectUri;

    static final class Choice {
        @Option(names = "--license-key", paramLabel = "KEY",
                description = "The license key ('-' reads it from stdin, keeping it out of the process list).")
        String licenseKey;

        @Option(names = "--username", paramLabel = "NAME", description = "The license user's e-mail/username.")
        String username;

        @Option(names = "--sso-code", paramLabel = "CODE", description = "SSO authorization code ('-' reads stdin).")
        String ssoCode;

        @Option(names = "--sso-token", paramLabel = "-", arity = "0..1", fallbackValue = "-",
                description = "SSO token from LM_SSO_TOKEN or stdin ('-'); never a literal on the command line.")
        String ssoToken;
    }

    CredentialKind kind() {
        if (choice.licenseKey != null) {
            return CredentialKind.LICENSE_KEY;
        }
        if (choice.username != null) {
            return CredentialKind.USER;
        }
        return choice.ssoCode != null ? CredentialKind.SSO_CODE : CredentialKind.SSO_TOKEN;
    }
}
