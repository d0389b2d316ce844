package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Algorithm 5 against a JDK HttpServer on loopback only; never the real metadata addresses. */
class CloudHardwareIdTest {
    // printf %s i-0123456789abcdef0 | sha256sum
    static final String AWS_HASH = "57df73291f7c539919b062b1a6e8a901d79213c2900cdddcc1d56dcf35f78b49";
    // printf %s 02aab8a4-74ef-476e-8182-f6d2ba4166a6 | sha256sum
    static final String AZURE_HASH = "47d1bbed447d279f6e770b764396d28af6c760c29c415dc0869166d08009fbb2";
    // printf %s 4520031799277581759 | sha256sum
    static final String GCP_HASH = "5354defe3e9635f46e7e18a7be1c24d2abc8a348538494c9d3529707dcddeaf3";
    // printf %s abcdef0123456789 | sha256sum
    static final String AZURE_ENV_HASH = "f445801e0cb899262c9b9e219836880d73ca2d1b0b9c15fb959c90eb121234e3";

    HttpServer server;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String key = ex.getRequestMethod() + " " + ex.getRequestURI();
        seen.add(key + " " + ex.getRequestHeaders().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase().startsWith("x-aws") || e.getKey().equalsIgnoreCase("metadata")
                        || e.getKey().equalsIgnoreCase("metadata-flavor"))
                .map(e -> e.getKey().toLowerCase() + "=" + e.getValue().get(0)).sorted().toList());
        String body = answers.get(key);
        byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    HardwareIdResult compute(Map<String, String> env) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return HardwareIdServices.createUncached(HardwareIdSettings.of(HardwareIdAlgorithm.CLOUD_PLATFORMS).withAllowCloud(true),
                HardwareIdEnvironment.system().withCloud(new JdkHttpFetcher(), CloudEndpoints.allAt(base), env)).compute();
    }

    @Test
    void awsImdsV2TokenThenInstanceId() {
        answers.put("PUT /latest/api/token", "TOKEN123");
        answers.put("GET /latest/meta-data/instance-id", "i-0123456789abcdef0");
        HardwareIdResult r = compute(Map.of());
        assertThat(r.hardwareId()).contains(AWS_HASH);
        assertThat(r.sources()).containsExactly(SourceRead.found(CloudHardwareId.AWS));
        assertThat(seen).containsExactly(
                "PUT /latest/api/token [x-aws-ec2-metadata-token-ttl-seconds=21600]",
                "GET /latest/meta-data/instance-id [x-aws-ec2-metadata-token=TOKEN123]");
    }

    @Test
    void awsIdNotMatchingThePatternIsRejected() {
        answers.put("PUT /latest/api/token", "T");
        answers.put("GET /latest/meta-data/instance-id", "i-XYZ");
        answers.put("GET /computeMetadata/v1/instance/id", "4520031799277581759");
        HardwareIdResult r = compute(Map.of());
        assertThat(r.hardwareId()).contains(GCP_HASH);
        assertThat(r.sources()).extracting(SourceRead::found).containsExactly(false, false, false, true);
    }

    @Test
    void azureImdsWithMetadataHeader() {
        answers.put("GET /metadata/instance/compute/vmId/?api-version=2020-06-01", "02aab8a4-74ef-476e-8182-f6d2ba4166a6");
        HardwareIdResult r = compute(Map.of());
        assertThat(r.hardwareId()).contains(AZURE_HASH);
        assertThat(seen).contains("GET /metadata/instance/compute/vmId/?api-version=2020-06-01 [metadata=true]");
    }

    @Test
    void azureAppServiceEnvironmentVariable() {
        HardwareIdResult r = compute(Map.of("WEBSITE_INSTANCE_ID", "abcdef0123456789"));
        assertThat(r.hardwareId()).contains(AZURE_ENV_HASH);
        assertThat(r.sources()).extracting(SourceRead::name)
                .containsExactly(CloudHardwareId.AWS, CloudHardwareId.AZURE, CloudHardwareId.AZURE_ENV);
    }

    @Test
    void gcpWithMetadataFlavorHeader() {
        answers.put("GET /computeMetadata/v1/instance/id", "4520031799277581759\n");
        assertThat(compute(Map.of()).hardwareId()).contains(GCP_HASH);
        assertThat(seen).contains("GET /computeMetadata/v1/instance/id [metadata-flavor=Google]");
    }

    @Test
    void noCloudIsNamed() {
        HardwareIdResult r = compute(Map.of());
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.CLOUD_NOT_DETECTED));
        assertThat(r.sources()).hasSize(4).noneMatch(SourceRead::found);
    }

    @Test
    void refusedWithoutAllowCloudAndNothingIsContacted() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        HardwareIdResult r = HardwareIdServices.createUncached(HardwareIdSettings.of(HardwareIdAlgorithm.CLOUD_PLATFORMS),
                HardwareIdEnvironment.system().withCloud(new JdkHttpFetcher(), CloudEndpoints.allAt(base), Map.of())).compute();
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.CLOUD_NOT_ALLOWED));
        assertThat(seen).isEmpty();
    }

    @Test
    void connectionRefusedCountsAsNotFound() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        HardwareIdResult r = HardwareIdServices.createUncached(
                HardwareIdSettings.of(HardwareIdAlgorithm.CLOUD_PLATFORMS).withAllowCloud(true),
                HardwareIdEnvironment.system().withCloud(new JdkHttpFetcher(),
                        CloudEndpoints.allAt(URI.create("http://127.0.0.1:" + port)), Map.of())).compute();
        assertThat(((HardwareIdResult.Failed) r).reasonCode()).isEqualTo(HardwareIdFailures.CLOUD_NOT_DETECTED);
        start(); // so @AfterEach has a server to stop
    }
}
