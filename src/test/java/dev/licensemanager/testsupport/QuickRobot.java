package dev.licensemanager.testsupport;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.ClickRobot;
import org.testfx.robot.DragRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.SleepRobot;
import org.testfx.robot.TypeRobot;
import org.testfx.robot.WriteRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.MoveRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;
import org.testfx.robot.impl.WriteRobotImpl;

/**
 * A TestFX robot that clicks, types and moves the pointer like {@link FxRobot} (the same mouse and key events
 * through the same glass robot, the same wait for the FX queue after each press and release), without the pauses
 * TestFX adds to look human: 1 ms after each of up to 200 pointer steps, 25 ms after each typed character and key.
 * Those pauses are most of the wall time of a UI test and test nothing: events are queued in order either way.
 */
public final class QuickRobot {
    private QuickRobot() {
    }

    /** A new robot whose move, click, drag, type and write robots do not pause between events. */
    public static FxRobot create() {
        FxRobot robot = new FxRobot();
        try {
            Field context = FxRobot.class.getDeclaredField("context");
            context.setAccessible(true);
            context.set(robot, new Context());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("TestFX changed: FxRobot has no 'context' field to replace", e);
        }
        return robot;
    }

    private static final class Context extends FxRobotContext {
        private static final SleepRobot NO_PAUSE = new SleepRobot() {
            @Override
            public void sleep(long milliseconds) {
            }

            @Override
            public void sleep(long duration, TimeUnit timeUnit) {
            }
        };
        private final MoveRobot move = new MoveRobotImpl(getBaseRobot(), getMouseRobot(), NO_PAUSE);
        private final ClickRobot click = new ClickRobotImpl(getMouseRobot(), move, getSleepRobot());
        private final DragRobot drag = new DragRobotImpl(getMouseRobot(), move);
        private final TypeRobot type = new TypeRobotImpl(getKeyboardRobot(), NO_PAUSE);
        private final WriteRobot write = new WriteRobotImpl(getBaseRobot(), NO_PAUSE, getWindowFinder());

        @Override
        public MoveRobot getMoveRobot() {
            return move;
        }

        @Override
        public ClickRobot getClickRobot() {
            return click;
        }

        @Override
        public DragRobot getDragRobot() {
            return drag;
        }

        @Override
        public TypeRobot getTypeRobot() {
            return type;
        }

        @Override
        public WriteRobot getWriteRobot() {
            return write;
        }
    }
}
