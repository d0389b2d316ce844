package dev.licensemanager.testsupport;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import javafx.geometry.Point2D;
import org.testfx.robot.ClickRobot;
import org.testfx.robot.DragRobot;
import org.testfx.robot.Motion;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.SleepRobot;
import org.testfx.robot.TypeRobot;
import org.testfx.robot.WriteRobot;
import org.testfx.service.query.PointQuery;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;
import org.testfx.robot.impl.WriteRobotImpl;

/**
 * A TestFX robot that clicks and types like {@link FxRobot} (the same mouse and key events through the same glass
 * robot, the same wait for the FX queue after each press and release), without what TestFX adds to look human: the
 * pointer jumps to its target in one move instead of up to 200 steps with 1 ms pauses (each step is a mouse event
 * with hover and CSS work on every node it crosses), and keys follow each other without 25 ms pauses. Those were
 * most of the wall time and much of the CPU of a UI test, and test nothing: events are queued in order either way.
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
        private final MoveRobot move = new MoveRobot() {
            @Override
            public void moveTo(PointQuery target, Motion motion) {
                getMouseRobot().move(target.query());
            }

            @Override
            public void moveBy(double x, double y, Motion motion) {
                Point2D at = getBaseRobot().retrieveMouse();
                getMouseRobot().move(new Point2D(at.getX() + x, at.getY() + y));
            }
        };
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
