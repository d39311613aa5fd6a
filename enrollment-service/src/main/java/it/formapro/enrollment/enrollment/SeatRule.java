package it.formapro.enrollment.enrollment;

/**
 * Capacity and waiting list: never more confirmed enrollments than the edition's capacity, and a freed seat goes to
 * the waiting list in pre-enrollment order. Nobody is promoted automatically (a confirmation needs every entry rule
 * to pass and the participant registered in attendance-service): the seat is held for the first waiting enrollment,
 * which the front desk confirms; others can take a seat only while free seats outnumber the waiting ones ahead.
 */
public final class SeatRule {

    private SeatRule() {
    }

    public static boolean canTakeSeat(int capacity, long confirmed, long waitingAhead) {
        long free = capacity - confirmed;
        return free > 0 && waitingAhead < free;
    }
}
