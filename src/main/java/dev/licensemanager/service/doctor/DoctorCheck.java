package dev.licensemanager.service.doctor;

/** The doctor's checks, in the order they are shown. */
public enum DoctorCheck {
    CONFIG, DNS, PROXY, TCP, TLS, API, CLOCK
}
