package it.formapro.exam.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * attendance-service's summary of one participant ({@code GET /editions/{editionId}/participants/{studentId}/summary},
 * a row of the edition summary), reduced to what a learning record on leaving reads; unknown fields are ignored.
 */
public record StudentAttendance(
        long studentId,
        String status,
        LocalDate joinedOn,
        /* the day the student left the course; null while ACTIVE */
        LocalDate withdrawnOn,
        /* the admission figure (credited hours left out): not what the learning record prints */
        BigDecimal attendedHours,
        /* every hour present, internship apart as in attendedHours: the hours actually attended ([001] sez. 11) */
        BigDecimal hoursActuallyAttended,
        BigDecimal internshipHours,
        List<AttendanceSummary.UnitCheck> units) {

    public List<AttendanceSummary.UnitCheck> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }
}
