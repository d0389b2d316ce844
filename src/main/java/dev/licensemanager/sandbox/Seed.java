package dev.licensemanager.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The seed (and state) file format, snake_case JSON. docs/sandbox.md documents it field by field.
 * The state file is a seed with devices, counters and the signing key filled in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seed(
        List<Product> products,
        List<License> licenses,
        List<User> users,
        List<CustomerAccount> customerAccounts,
        List<Device> devices,
        List<FaultSpec> faults,
        Demo demo,
        SigningKey signingKey) {

    public Seed {
        products = listOrEmpty(products);
        licenses = listOrEmpty(licenses);
        users = listOrEmpty(users);
        customerAccounts = listOrEmpty(customerAccounts);
        devices = listOrEmpty(devices);
        faults = listOrEmpty(faults);
    }

    Seed withSigningKey(SigningKey key) {
        return new Seed(products, licenses, users, customerAccounts, devices, faults, demo, key);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A product; {@code authorization_method} is {@code license-key} or {@code user}; a bundle lists its products. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Product(Long id, String shortCode, String name, String authorizationMethod, Boolean bundle,
                          List<String> bundleProducts, Boolean preventVm, Boolean enabled, Boolean archived) {
        boolean userBased() {
            return "user".equals(authorizationMethod);
        }
    }

    /**
     * A license of {@code product}: key-based ({@code license_key}) or user-based ({@code user} = e-mail).
     * Children of a bundle license carry {@code bundle_license_id}. {@code start_date} (optional) is the first day it
     * may be activated. A floating cloud license ({@code floating_cloud}) has a pool of {@code floating_users} seats
     * (default 1); a seat lapses {@code floating_timeout} minutes (default 30) after the device's last check unless
     * borrowed; {@code can_borrow} allows {@code floating/borrow} for at most {@code max_borrow_time} hours.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record License(long id, String product, String licenseKey, String user, Boolean enabled, Boolean active,
                          Integer maxActivations, Boolean allowUnlimitedActivations, Integer maxTransfers,
                          Integer transferCount, Boolean preventTransfer, String validityPeriod, String licenseType,
                          Boolean preventVm, Long bundleLicenseId, Boolean isTrial, String startDate,
                          Boolean floatingCloud, Integer floatingUsers, Integer floatingTimeout, Boolean canBorrow,
                          Integer maxBorrowTime) {
    }

    /**
     * A license user; {@code customer_account} names the account whose SSO page lists this user;
     * {@code max_activations} (optional) caps the user's active devices across all their licenses.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record User(long id, String email, String password, String firstName, String lastName,
                       String customerAccount, Integer maxActivations) {
    }

    /** A customer account; SSO works only when {@code sso_enabled}; empty {@code redirect_uris} allows any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerAccount(long id, String code, String name, Boolean ssoEnabled, List<String> redirectUris) {
    }

    /**
     * A device that was activated on a license; {@code active=false} means deactivated (seat free). On a floating
     * cloud license, {@code last_check} (ISO-8601; default: when the sandbox started) starts the timeout and
     * {@code borrowed_until} (ISO-8601) holds the seat until then.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Device(Long id, long licenseId, String hardwareId, Boolean active, Boolean blacklisted,
                         String lastCheck, String borrowedUntil) {
        public Device(Long id, long licenseId, String hardwareId, Boolean active, Boolean blacklisted) {
            this(id, licenseId, hardwareId, active, blacklisted, null, null);
        }
    }

    /** What the sandbox prints as "try these". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Demo(String keyProduct, String licenseKey, String userProduct, String username, String password,
                       String customerAccountCode) {
    }

    /** The sandbox's RSA signing key (PKCS#8, Base64), kept with the state so signatures survive restarts. */
    public record SigningKey(String privatePkcs8, String publicSpki) {
    }
}
