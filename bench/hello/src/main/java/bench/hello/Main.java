package bench.hello;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Bare JavaFX hello world; with LM_EXIT_ON_SHOWN it prints LM_SHOWN when shown, like the app's StartupProbe. */
public final class Main extends Application {
    public static void main(String[] args) {
        Application.launch(Main.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 640, 420));
        String v = System.getenv("LM_EXIT_ON_SHOWN");
        if (v != null && !v.isBlank()) {
            long delay;
            try {
                delay = Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                delay = 0;
            }
            long exitAfter = delay <= 1 ? 0 : delay;
            stage.setOnShown(e -> {
                System.out.println("LM_SHOWN");
                System.out.flush();
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(exitAfter);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                    System.exit(0);
                });
                t.setDaemon(true);
                t.start();
            });
        }
        stage.show();
    }
}
