package dev.licensemanager.api;

import dev.licensemanager.common.Cancellation;
import java.util.List;

/** The one way to talk to LicenseSpring's License API v4. Every method returns a result, never throws for server input. */
public interface LicenseApiClient {

    /** {@code deactivate_license} or {@code deactivate_bundle}; success value is {@code license_deactivated}. */
    ApiResult<String> deactivate(DeactivateRequest request, Cancellation cancel);

    ApiResult<LicenseFacts> checkLicense(CheckRequest request, Cancellation cancel);

    ApiResult<List<UserLicense>> userLicenses(String product, Identity identity, Cancellation cancel);

    ApiResult<ProductDetails> productDetails(String product, Cancellation cancel);

    /** {@code responseType} is "code" or "token"; sent explicitly because the docs disagree on the default. */
    ApiResult<SsoUrl> ssoUrl(String product, String customerAccountCode, String responseType, String redirectUri,
                             Cancellation cancel);

    /** {@code deactivate_offline} with the base64 request file content as a text/plain body. */
    ApiResult<String> deactivateOffline(String base64Payload, Cancellation cancel);

    /**
     * {@code GET device_licenses}: the licenses {@code hardwareId} holds, across the vendor's products. A
     * {@code LicenseSignature} is verified when present and accepted when missing (undocumented for this call).
     */
    ApiResult<List<DeviceLicenseItem>> deviceLicenses(String hardwareId, Cancellation cancel);

    /** {@code POST floating/release}: frees a floating cloud seat; success value is {@code released}. */
    ApiResult<String> floatingRelease(ReleaseRequest request, Cancellation cancel);
}
