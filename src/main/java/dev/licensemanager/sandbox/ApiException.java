package dev.licensemanager.sandbox;

/** An API error the sandbox answers as {@code {"status":N,"code":"...","message":"..."}}. Expected, so no stack trace. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException bad(String code, String message) {
        return new ApiException(400, code, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
