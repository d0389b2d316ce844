package dev.licensemanager.hardware;

/** A fact source could not be asked at all (WMI or the registry failed), as opposed to "asked, no value". */
public final class FactUnavailableException extends Exception {
    private final String reasonCode;

    public FactUnavailableException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    public FactUnavailableException(String reasonCode, String message) {
        this(reasonCode, message, null);
    }

    /** One of {@link HardwareIdFailures}. */
    public String reasonCode() {
        return reasonCode;
    }
}
