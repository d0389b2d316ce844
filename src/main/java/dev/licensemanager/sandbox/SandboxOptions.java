package dev.licensemanager.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How to start a {@link SandboxServer}. Build with {@link #builder()}; every field has a demo default.
 *
 * @param host                  bind address; must be loopback unless {@code allowNonLoopback}
 * @param port                  0 = a free port
 * @param seedFile              JSON seed (docs/sandbox.md); null = the built-in demo seed
 * @param stateFile             where state persists across restarts; null = memory only
 * @param thisMachineHardwareId pre-activates this machine in the built-in seed (ignored with a seed or existing state)
 * @param clock                 the sandbox's clock (tests move it to expire tokens or skew dates)
 * @param threads               request threads
 * @param signingKeyFile        where the signing key is kept between starts when there is no state file (the
 *                              window's demo: fresh licenses every start, but no 2048-bit key generation each
 *                              time); null = a new key per start
 */
public record SandboxOptions(String host, int port, boolean allowNonLoopback, Path seedFile, Path stateFile,
                             String apiKey, String sharedKey, String oauthClientId, String oauthClientSecret,
                             Supplier<Optional<String>> thisMachineHardwareId, Clock clock, int threads,
                             Path signingKeyFile) {
    public static final String DEFAULT_API_KEY = "sandbox-api-key-7f3a9c";
    public static final String DEFAULT_SHARED_KEY = "sandbox-shared-key-4b8e21d6";
    public static final String DEFAULT_CLIENT_ID = "sandbox-oauth-client";
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-oauth-secret-93c1";

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with demo defaults: 127.0.0.1, free port, built-in seed, memory-only state, demo keys. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private boolean allowNonLoopback;
        private Path seedFile;
        private Path stateFile;
        private String apiKey = DEFAULT_API_KEY;
        private String sharedKey = DEFAULT_SHARED_KEY;
        private String oauthClientId = DEFAULT_CLIENT_ID;
        private String oauthClientSecret = DEFAULT_CLIENT_SECRET;
        private Supplier<Optional<String>> hardwareId = Optional::empty;
        private Clock clock = Clock.systemUTC();
        private int threads = 16;
        private Path signingKeyFile;

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Explicitly allows a non-loopback bind (never the default: the sandbox has demo secrets). */
        public Builder allowNonLoopback(boolean value) {
            allowNonLoopback = value;
            return this;
        }

        public Builder seedFile(Path value) {
            seedFile = value;
            return this;
        }

        public Builder stateFile(Path value) {
            stateFile = value;
            return this;
        }

        public Builder apiKey(String value) {
            if (value != null && !value.isBlank()) {
                apiKey = value;
            }
            return this;
        }

        public Builder sharedKey(String value) {
            if (value != null && !value.isBlank()) {
                sharedKey = value;
            }
            return this;
        }

        public Builder oauthClient(String id, String secret) {
            oauthClientId = id;
            oauthClientSecret = secret;
            return this;
        }

        public Builder thisMachineHardwareId(Supplier<Optional<String>> value) {
            hardwareId = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder threads(int value) {
            threads = Math.max(2, value);
            return this;
        }

        public Builder signingKeyFile(Path value) {
            signingKeyFile = value;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(host, port, allowNonLoopback, seedFile, stateFile, apiKey, sharedKey,
                    oauthClientId, oauthClientSecret, hardwareId, clock, threads, signingKeyFile);
        }
    }
}
