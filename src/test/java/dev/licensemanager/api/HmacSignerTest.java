package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HmacSignerTest {

    // Expected values computed independently with openssl, not by the code under test:
    // printf 'licenseSpring\ndate: Thu, 17 Nov 2022 20:51:35 GMT' | openssl dgst -sha256 -hmac 'test-shared-key' -binary | base64
    @Test
    void signatureMatchesOpensslKnownAnswer() {
        String sig = HmacSigner.hmacBase64(Secret.of("test-shared-key"),
                HmacSigner.signingString("Thu, 17 Nov 2022 20:51:35 GMT"));
        assertThat(sig).isEqualTo("G/c2/7iLqGBk2QVP2pD3eCHpKUUzR+dHT6Dv1W8fJDA=");
    }

    // printf 'licenseSpring\ndate: Fri, 05 Jan 2024 09:03:07 GMT' | openssl dgst -sha256 -hmac 'sk_Ünïcode-42' -binary | base64
    @Test
    void sharedKeyIsUsedAsUtf8Bytes() {
        String sig = HmacSigner.hmacBase64(Secret.of("sk_Ünïcode-42"),
                HmacSigner.signingString("Fri, 05 Jan 2024 09:03:07 GMT"));
        assertThat(sig).isEqualTo("Sot40ruTIKCrOAIlfPsyLV8RPA48EERIyjHNFouPyl0=");
    }

    @Test
    void authorizationHeaderHasExactFormAndOrder() {
        String h = HmacSigner.authorization("my-api-key", Secret.of("test-shared-key"), "Thu, 17 Nov 2022 20:51:35 GMT");
        assertThat(h).isEqualTo("algorithm=\"hmac-sha256\",headers=\"date\","
                + "signature=\"G/c2/7iLqGBk2QVP2pD3eCHpKUUzR+dHT6Dv1W8fJDA=\",apikey=\"my-api-key\"");
    }

    @Test
    void dateIsImfFixdateWithZeroPaddedDay() {
        assertThat(DateHeader.format(Instant.parse("2024-01-05T09:03:07Z"))).isEqualTo("Fri, 05 Jan 2024 09:03:07 GMT");
        assertThat(DateHeader.format(Instant.parse("2022-11-17T20:51:35.999Z"))).isEqualTo("Thu, 17 Nov 2022 20:51:35 GMT");
    }

    @Test
    void secretNeverPrints() {
        assertThat(Secret.of("hunter2").toString()).doesNotContain("hunter2");
        assertThat(new ApiAuth.ApiKey("k", Secret.of("hunter2")).toString()).doesNotContain("hunter2");
    }
}
