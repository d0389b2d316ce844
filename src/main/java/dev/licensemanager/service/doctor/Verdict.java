package dev.licensemanager.service.doctor;

/** A check's verdict. SKIPPED: an earlier step failed; TIMEOUT: the doctor's overall limit ran out. */
public enum Verdict {
    PASS, WARN, FAIL, SKIPPED, TIMEOUT;

    public boolean problem() {
        return this == FAIL || this == TIMEOUT;
    }
}
