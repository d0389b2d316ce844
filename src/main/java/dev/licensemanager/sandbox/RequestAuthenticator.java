package dev.licensemanager.sandbox;

import com.sun.net.httpserver.Headers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a License API request the way LicenseSpring does: {@code Date} within the skew window, then either
 * an HMAC {@code Authorization} (api key + signature over the date) or an OAuth {@code Bearer} token.
 * Order of checks (the real order is unknown): headers present, header syntax, parameters, algorithm,
 * api key, date, signature.
 */
final class RequestAuthenticator {
    static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern PARAM = Pattern.compile("\\s*([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"\\s*");

    private final String apiKey;
    private final String sharedKey;
    private final TokenStore tokens;

    RequestAuthenticator(String apiKey, String sharedKey, TokenStore tokens) {
        this.apiKey = apiKey;
        this.sharedKey = sharedKey;
        this.tokens = tokens;
    }

    /** @param serverNow the sandbox clock (possibly skewed by a fault) */
    void authenticate(Headers headers, Instant serverNow) {
        String date = headers.getFirst("Date");
        String auth = headers.getFirst("Authorization");
        if (date == null || auth == null || auth.isBlank()) {
            throw ApiException.bad("missing_headers", "Request must have the Date and Authorization headers.");
        }
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            checkDate(date, serverNow);
            if (!tokens.bearerValid(auth.substring(7).trim())) {
                throw new ApiException(401, SandboxBehaviour.BAD_BEARER_CODE, "The bearer token is invalid or expired.");
            }
            return;
        }
        Map<String, String> params = parse(auth);
        for (String required : new String[] {"algorithm", "headers", "signature", "apikey"}) {
            if (params.get(required) == null || params.get(required).isEmpty()) {
                throw ApiException.bad("authorization_missing_params", "Authorization header is missing '" + required + "'.");
            }
        }
        if (!"hmac-sha256".equalsIgnoreCase(params.get("algorithm"))) {
            throw ApiException.bad("hmac_required", "Authorization algorithm must be hmac-sha256.");
        }
        if (!"date".equalsIgnoreCase(params.get("headers").trim())) {
            throw ApiException.bad("authorization_invalid_headers", "Authorization 'headers' must be \"date\".");
        }
        if (!apiKey.equals(params.get("apikey"))) {
            throw ApiException.bad("invalid_api_key", "The API key is not valid.");
        }
        checkDate(date, serverNow);
        if (!Hmac.matches(Hmac.base64(sharedKey, Hmac.signingString(date)), params.get("signature"))) {
            throw new ApiException(SandboxBehaviour.SIGNATURE_MISMATCH_STATUS, "signature_mismatch",
                    "The request signature does not match.");
        }
    }

    private static Map<String, String> parse(String auth) {
        Map<String, String> params = new HashMap<>();
        for (String part : auth.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PARAM.matcher(part);
            if (!m.matches()) {
                throw ApiException.bad("authorization_invalid_headers",
                        "Authorization header must be key=\"value\" pairs separated by commas.");
            }
            params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        return params;
    }

    private static void checkDate(String date, Instant serverNow) {
        Instant sent;
        try {
            sent = ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.bad("date_header_diff", "The Date header is not an RFC 7231 date.");
        }
        Duration diff = Duration.between(sent, serverNow).abs();
        if (diff.compareTo(SandboxBehaviour.DATE_SKEW_WINDOW) > 0) {
            throw ApiException.bad("date_header_diff", "The Date header differs from server time by more than "
                    + SandboxBehaviour.DATE_SKEW_WINDOW.toMinutes() + " minutes.");
        }
    }
}
