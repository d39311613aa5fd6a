package it.formapro.attendance;

import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Times of a lesson's day, from 00:00 to 24:00. A lesson belongs to one date (the register's day), so nothing it
 * holds goes on past midnight; but a lesson, a presence or a platform session may end at midnight, which is 24:00:
 * ISO 8601's end of the day, and a value PostgreSQL's TIME holds ('24:00:00', after every other time, so the lesson's
 * CHECK (end_time > start_time) and the SQL comparisons of times need no change).
 *
 * <p>{@link LocalTime} has no 24:00. The service holds it as {@link #END_OF_DAY}, {@code LocalTime.MAX}: what pgjdbc
 * reads '24:00:00' as and writes it back from ({@code getObject}/{@code setObject} with LocalTime), and it compares
 * after every other time, so the overlap and order checks need no change either. Only arithmetic and text must know
 * it: {@code Duration.between(20:00, MAX)} is 239 minutes and {@code MAX.toString()} is "23:59:59.999999999", so
 * minutes and text of times go through here. {@code java.sql.Time} cannot hold it (JDBC's getTime reads
 * '24:00:00' as 00:00), which is why the entities map their times with Hibernate's LocalTimeJdbcType.
 */
public final class DayTime {

    /** 24:00, the end of the day. */
    public static final LocalTime END_OF_DAY = LocalTime.MAX;

    public static final int MINUTES_PER_DAY = 24 * 60;

    /** "24:00" or "24:00:00" (ISO 8601 allows the end of the day with seconds, and so does PostgreSQL). */
    private static final Pattern END_OF_DAY_TEXT = Pattern.compile("24:00(:00(\\.0+)?)?");

    private DayTime() {
    }

    public static boolean isEndOfDay(LocalTime t) {
        return END_OF_DAY.equals(t);
    }

    /** How far into the day the time lies: a whole day for 24:00. */
    private static Duration sinceMidnight(LocalTime t) {
        return isEndOfDay(t) ? Duration.ofDays(1) : Duration.ofNanos(t.toNanoOfDay());
    }

    /** The whole minutes from {@code from} to {@code to} (truncated, as {@code Duration.toMinutes}). */
    public static int minutesBetween(LocalTime from, LocalTime to) {
        return (int) sinceMidnight(to).minus(sinceMidnight(from)).toMinutes();
    }

    /** The minute of the day a time lies in, 0 to 1440 (24:00). */
    public static int minuteOf(LocalTime t) {
        return (int) sinceMidnight(t).toMinutes();
    }

    /** The time at a minute of the day, 0 to 1440 (24:00). */
    public static LocalTime atMinute(int minute) {
        return minute == MINUTES_PER_DAY ? END_OF_DAY : LocalTime.MIN.plusMinutes(minute);
    }

    /**
     * An end time as meant: 00:00 after a later start is the end of that day, 24:00 (what a time picker, which cannot
     * show 24:00, sends for a lesson ending at midnight). Any other end is kept, one before its start too: the caller
     * refuses it, since it would go on past midnight.
     */
    public static LocalTime endOf(LocalTime start, LocalTime end) {
        return LocalTime.MIDNIGHT.equals(end) && start != null && start.isAfter(LocalTime.MIDNIGHT) ? END_OF_DAY : end;
    }

    /** "09:15", and "24:00" for the end of the day: how messages and exports print a time. */
    public static String text(LocalTime t) {
        return t == null ? null : isEndOfDay(t) ? "24:00" : t.toString();
    }

    /** A time from text, "24:00" (or "24:00:00", as PostgreSQL prints it) being the end of the day. */
    public static LocalTime parse(CharSequence text) {
        return isEndOfDayText(text) ? END_OF_DAY : LocalTime.parse(text);
    }

    public static boolean isEndOfDayText(CharSequence text) {
        return text != null && END_OF_DAY_TEXT.matcher(text).matches();
    }

    /**
     * An exit (a presence's or a span's leftAt) as read back through {@code java.sql.Time}, which turns '24:00:00' into
     * 00:00: Hibernate reads a TIME[] column's elements that way. No exit is at 00:00 otherwise (an exit is after its
     * arrival), so 00:00 there is the end of the day.
     */
    public static LocalTime exitAsRead(LocalTime exit) {
        return LocalTime.MIDNIGHT.equals(exit) ? END_OF_DAY : exit;
    }
}
