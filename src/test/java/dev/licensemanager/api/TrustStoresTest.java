package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licensemanager.app.CompositionRoot;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.testsupport.FakeApiServer;
import dev.licensemanager.testsupport.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runtime + OS + configured CA, and the real client using it through CompositionRoot. */
class TrustStoresTest {
    @TempDir
    static Path dir;
    static TestPki pki;

    @BeforeAll
    static void pki() throws Exception {
        pki = TestPki.create(dir);
    }

    @Test
    void compositeNamesItsStoresAndTheConfiguredCa() throws Exception {
        CompositeTrustManager tm = TrustStores.composite(pki.caPem());
        assertThat(tm.storeNames()).startsWith("runtime").endsWith("configured CA");
        if (TrustStores.LINUX_BUNDLES.stream().anyMatch(Files::isReadable)
                && System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(tm.storeNames()).contains("os");
            assertThat(TrustStores.operatingSystem().getAcceptedIssuers()).isNotEmpty();
        }
        assertThat(tm.getAcceptedIssuers().length).isGreaterThan(TrustStores.runtimeDefault().getAcceptedIssuers().length);
        assertThatThrownBy(() -> TrustStores.fromPemFile(dir.resolve("server.csr")))
                .isInstanceOf(java.security.GeneralSecurityException.class);
    }

    @Test
    void clientFromCompositionRootTrustsTheConfiguredCorporateCa() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO)) {
            Files.copy(pki.caPem(), dir.resolve("corp-ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String base = "https://127.0.0.1:" + api.port();
            ApiResult<ProductDetails> withCa = productDetails(base, ",\"ca_file\":\"corp-ca.pem\"");
            assertThat(withCa).isInstanceOf(ApiResult.ApiError.class);
            assertThat(((ApiResult.ApiError<ProductDetails>) withCa).code()).isEqualTo("missing_headers");

            ApiResult<ProductDetails> without = productDetails(base, "");
            assertThat(without).isInstanceOf(ApiResult.TransportError.class);
            assertThat(((ApiResult.TransportError<ProductDetails>) without).kind()).isEqualTo(NetworkKind.TLS_UNTRUSTED);
        }
    }

    @Test
    void unreadableCaFileIsAConfigurationErrorNamingTheField() throws Exception {
        Path cfg = dir.resolve("bad.json");
        Files.writeString(cfg, "{\"api\":{\"ca_file\":\"missing.pem\"}}");
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", dir.resolve("home").toString(),
                "LM_VENDOR_CONFIG", cfg.toString()));
        assertThatThrownBy(root::loadConfig).isInstanceOf(ConfigException.class).hasMessageContaining("api.ca_file");
    }

    private static ApiResult<ProductDetails> productDetails(String base, String caField) throws Exception {
        Path cfg = dir.resolve("vendor.json");
        Files.writeString(cfg, "{\"product\":{\"code\":\"p\"},\"api\":{\"base_url\":\"" + base
                + "\",\"api_key\":\"ak\",\"shared_key\":\"sk\"" + caField + "}}");
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", dir.resolve("home").toString(),
                "LM_VENDOR_CONFIG", cfg.toString()));
        ClientSettings s = root.clientSettings(root.loadConfig(), null, null).withMaxAttempts(1);
        return root.client(s).productDetails("p", new Cancellation());
    }
}
