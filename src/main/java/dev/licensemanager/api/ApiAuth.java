package dev.licensemanager.api;

import java.util.Objects;

/** How requests are authorised: an API key with the shared key (HMAC), or OAuth client credentials. */
public sealed interface ApiAuth {

    /** The key identifier that goes into offline request files ({@code api_key} or {@code client_id}). */
    String keyId();

    /** The secret used for offline request signatures (shared key or client secret). */
    Secret signingSecret();

    record ApiKey(String apiKey, Secret sharedKey) implements ApiAuth {
        public ApiKey {
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(sharedKey, "sharedKey");
        }

        @Override
        public String keyId() {
            return apiKey;
        }

        @Override
        public Secret signingSecret() {
            return sharedKey;
        }
    }

    record OAuthClient(String clientId, Secret clientSecret, String tokenUrl) implements ApiAuth {
        public static final String DEFAULT_TOKEN_URL =
                "https://auth.licensespring.com/realms/user-portal/protocol/openid-connect/token";

        public OAuthClient {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? DEFAULT_TOKEN_URL : tokenUrl;
        }

        @Override
        public String keyId() {
            return clientId;
        }

        @Override
        public Secret signingSecret() {
            return clientSecret;
        }
    }
}
