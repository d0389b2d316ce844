package dev.licensemanager.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away CA ("Test Inspection CA") and a server certificate for 127.0.0.1/localhost, made
 * with the JDK's keytool at test time (nothing checked in, nothing trusted outside the test).
 */
public final class TestPki {
    private static final String PW = "changeit";
    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    public static TestPki create(Path dir) throws IOException, InterruptedException {
        TestPki p = new TestPki(dir);
        p.keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=Test Inspection CA,O=Test", "-ext", "bc:c", "-validity", "3", "-keystore", "ca.p12",
                "-storetype", "PKCS12", "-storepass", PW);
        p.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-storepass", PW, "-file", "ca.pem");
        p.keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-keystore", "server.p12", "-storetype", "PKCS12", "-storepass", PW);
        p.keytool("-certreq", "-alias", "server", "-keystore", "server.p12", "-storepass", PW, "-file", "server.csr");
        p.keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", PW, "-infile", "server.csr",
                "-outfile", "server.pem", "-rfc", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-ext", "EKU=serverAuth",
                "-validity", "3");
        p.keytool("-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", "server.p12", "-storepass", PW,
                "-noprompt");
        p.keytool("-importcert", "-alias", "server", "-file", "server.pem", "-keystore", "server.p12", "-storepass", PW,
                "-noprompt");
        return p;
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    public SSLContext serverContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
            ks.load(in, PW.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PW.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + out);
        }
    }
}
