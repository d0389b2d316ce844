package dev.licensemanager.hardware;

/** Stable reason codes of {@link HardwareIdResult.Failed}. The words for users are in each Failed's message. */
public final class HardwareIdFailures {
    public static final String NO_MACHINE_ID = "no_machine_id";
    public static final String FALLBACK_UNREADABLE = "fallback_unreadable";
    public static final String WMI_UNAVAILABLE = "wmi_unavailable";
    public static final String WMI_VALUE_MISSING = "wmi_value_missing";
    public static final String FINGERPRINT_INCOMPLETE = "fingerprint_incomplete";
    public static final String REGISTRY_UNAVAILABLE = "registry_unavailable";
    public static final String MACHINE_GUID_MISSING = "machine_guid_missing";
    public static final String PLATFORM_UUID_MISSING = "platform_uuid_missing";
    public static final String CLOUD_NOT_ALLOWED = "cloud_not_allowed";
    public static final String CLOUD_NOT_DETECTED = "cloud_not_detected";
    public static final String MANUAL_NOT_CONFIGURED = "manual_not_configured";
    public static final String MANUAL_INVALID = "manual_invalid";
    public static final String CUSTOM_COMMAND_FAILED = "custom_command_failed";
    public static final String CUSTOM_COMMAND_TIMEOUT = "custom_command_timeout";
    public static final String CUSTOM_FILE_UNREADABLE = "custom_file_unreadable";
    public static final String UNSUPPORTED_OS = "unsupported_os";
    public static final String UNEXPECTED = "unexpected";

    private HardwareIdFailures() {
    }
}
