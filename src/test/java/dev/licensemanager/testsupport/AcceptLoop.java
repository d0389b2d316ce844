package dev.licensemanager.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/** The accept loop of the hand-written loopback servers: each connection is handled on its own daemon thread. */
final class AcceptLoop {
    private AcceptLoop() {
    }

    /**
     * Accepts on a daemon thread named {@code name} until {@code server} closes. {@code onAccept} runs on that thread
     * first (to note the socket), then {@code handler} on a new daemon thread, when there is one.
     */
    static void start(ServerSocket server, String name, Consumer<Socket> onAccept, Consumer<Socket> handler) {
        daemon(name, () -> {
            while (!server.isClosed()) {
                Socket s;
                try {
                    s = server.accept();
                } catch (IOException e) {
                    return;
                }
                onAccept.accept(s);
                if (handler != null) {
                    daemon(name + "-conn", () -> handler.accept(s));
                }
            }
        });
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
