import java.awt.Robot;
import java.awt.event.KeyEvent;

/**
 * Types on the X display like a user at the keyboard (XTEST through java.awt.Robot), for take.sh:
 * {@code java Keys.java type:TEXT key:ENTER ctrl:TAB alt:H shift-tab wait:MS}. Without arguments it reads such
 * lines from stdin and answers each with "ok" once typed (one JVM for a whole run). Only what the demo needs
 * (letters, digits, "-", "@", ".") is mapped, for a US keyboard layout (Xvfb's default).
 */
public class Keys {
    public static void main(String[] args) throws Exception {
        Robot r = new Robot();
        r.setAutoDelay(25);
        if (args.length > 0) {
            run(r, args);
            return;
        }
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            run(r, line.strip().split("\\s+"));
            System.out.println("ok");
            System.out.flush();
        }
    }

    private static void run(Robot r, String[] args) throws Exception {
        for (String a : args) {
            int colon = a.indexOf(':');
            String op = colon < 0 ? a : a.substring(0, colon);
            String arg = colon < 0 ? "" : a.substring(colon + 1);
            switch (op) {
                case "type" -> {
                    for (char c : arg.toCharArray()) {
                        type(r, c);
                    }
                }
                case "key" -> tap(r, code(arg));
                case "ctrl" -> chord(r, KeyEvent.VK_CONTROL, code(arg));
                case "alt" -> chord(r, KeyEvent.VK_ALT, code(arg));
                case "shift-tab" -> chord(r, KeyEvent.VK_SHIFT, KeyEvent.VK_TAB);
                case "wait" -> Thread.sleep(Long.parseLong(arg));
                default -> throw new IllegalArgumentException(a);
            }
        }
        r.waitForIdle();
    }

    private static int code(String name) throws Exception {
        return KeyEvent.class.getField("VK_" + name).getInt(null);
    }

    private static void type(Robot r, char c) {
        if (Character.isUpperCase(c)) {
            chord(r, KeyEvent.VK_SHIFT, KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c)));
        } else if (c == '@') {
            chord(r, KeyEvent.VK_SHIFT, KeyEvent.VK_2);
        } else if (c == '-') {
            tap(r, KeyEvent.VK_MINUS);
        } else if (c == '.') {
            tap(r, KeyEvent.VK_PERIOD);
        } else {
            tap(r, KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    private static void tap(Robot r, int code) {
        r.keyPress(code);
        r.keyRelease(code);
    }

    private static void chord(Robot r, int modifier, int code) {
        r.keyPress(modifier);
        tap(r, code);
        r.keyRelease(modifier);
    }
}
