package dev.licensemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The front relay: framing (length, chunked, HEAD) over kept-alive connections, Date rewriting, resets. */
class SandboxRelayTest {
    private HttpServer backend;
    private FrontRelay relay;
    private HttpClient http;
    private String base;

    @BeforeEach
    void start() throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/fixed", ex -> HttpIo.send(ex, 200, "text/plain", "fixed body".getBytes(StandardCharsets.UTF_8)));
        backend.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                out.write("part one, ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.write("part two".getBytes(StandardCharsets.UTF_8));
            }
        });
        backend.createContext("/skewed", ex -> {
            ex.getResponseHeaders().set(FaultResponder.SKEWED_DATE_HEADER, "Mon, 01 Jan 2001 00:00:00 GMT");
            HttpIo.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        });
        backend.createContext("/cut", ex -> {
            ex.sendResponseHeaders(200, 100);
            ex.getResponseBody().write("only some".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            ex.close();
        });
        backend.start();
        relay = new FrontRelay(InetAddress.getLoopbackAddress(), 0, backend.getAddress());
        relay.start();
        base = "http://127.0.0.1:" + relay.address().getPort();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        relay.close();
        backend.stop(0);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void framesEveryResponseOnOneKeptAliveConnection() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/fixed").body()).isEqualTo("fixed body");
            assertThat(send("GET", "/chunked").body()).isEqualTo("part one, part two");
            assertThat(send("HEAD", "/fixed").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void rewritesDateOnlyWhenAskedAndHidesTheInternalHeader() throws Exception {
        HttpResponse<String> skewed = send("GET", "/skewed");
        assertThat(skewed.headers().firstValue("Date")).hasValue("Mon, 01 Jan 2001 00:00:00 GMT");
        assertThat(skewed.headers().firstValue(FaultResponder.SKEWED_DATE_HEADER)).isEmpty();
        assertThat(send("GET", "/fixed").headers().firstValue("Date").orElseThrow()).doesNotContain("2001");
    }

    @Test
    void aBodyCutShortBecomesAConnectionError() {
        assertThatThrownBy(() -> send("GET", "/cut")).isInstanceOf(IOException.class);
    }
}
