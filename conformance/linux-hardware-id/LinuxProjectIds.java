package dev.licensemanager.hardware;

/**
 * Prints the project's Linux hardware IDs for algorithms 0-4, computed by its own code on this (namespaced) machine:
 * one line "ID alg id" (id empty when it could not compute one). Never computes algorithm 5. Compiled by run.sh;
 * not part of the Maven build.
 */
public final class LinuxProjectIds {
    private LinuxProjectIds() {
    }

    public static void main(String[] args) {
        for (int code = 0; code <= 4; code++) {
            HardwareIdAlgorithm alg = HardwareIdAlgorithm.parse(Integer.toString(code)).orElseThrow();
            HardwareIdResult r = HardwareIdServices.createUncached(HardwareIdSettings.of(alg),
                    HardwareIdEnvironment.system().withOsName("Linux")).compute();
            System.out.println("ID\t" + code + "\t" + r.hardwareId().orElse("") + "\t" + r);
        }
    }
}
