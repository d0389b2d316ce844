package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A hand-built LicenseSpring client for sandbox tests: JDK HttpClient, HMAC signing written independently here. */
final class TestClient {
    static final DateTimeFormatter IMF = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    final SandboxServer server;
    final HttpClient http;
    private final Clock clock;

    TestClient(SandboxServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    TestClient(SandboxServer server) {
        this(server, Clock.systemUTC());
    }

    static String sign(String sharedKey, String date) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sharedKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] raw = mac.doFinal(("licenseSpring\ndate: " + date).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 HMAC-SHA256 of an arbitrary message (offline request files). */
    static String hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String date() {
        return IMF.format(clock.instant());
    }

    static String date(Instant at) {
        return IMF.format(at);
    }

    String authorization(String date) {
        return "algorithm=\"hmac-sha256\",headers=\"date\",signature=\"" + sign(server.sharedKey(), date)
                + "\",apikey=\"" + server.apiKey() + "\"";
    }

    HttpRequest.Builder api(String endpoint) {
        String date = date();
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v4/" + endpoint))
                .timeout(Duration.ofSeconds(20))
                .header("Date", date).header("Authorization", authorization(date))
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    HttpResponse<String> post(String endpoint, Map<String, ?> body) {
        return send(api(endpoint).POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    HttpResponse<String> get(String endpoint, Map<String, ?> query) {
        String date = date(); // one value for the header and the signature, or a second boundary breaks it
        return send(HttpRequest.newBuilder(uri(endpoint, query)).timeout(Duration.ofSeconds(20))
                .header("Date", date).header("Authorization", authorization(date)).GET().build());
    }

    URI uri(String endpoint, Map<String, ?> query) {
        String q = query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue()))).collect(Collectors.joining("&"));
        return URI.create(server.baseUrl() + "/api/v4/" + endpoint + (q.isEmpty() ? "" : "?" + q));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    static String code(HttpResponse<String> r) {
        return tree(r).path("code").asText();
    }

    /** Verifies RSA-SHA256 Base64 {@code signature} over {@code data} with a PEM public key. */
    static boolean verify(String pem, byte[] data, String signature) {
        try {
            String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initVerify(key);
            sig.update(data);
            return sig.verify(Base64.getDecoder().decode(signature));
        } catch (Exception e) {
            return false;
        }
    }
}
