package it.formapro.exam.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** attendance-service's per-student summary of an edition (docs/CONTRACTS.md). */
public record AttendanceSummary(
        long editionId,
        BigDecimal deliveredHours,
        BigDecimal plannedHours,
        BigDecimal thresholdPercent,
        List<Student> students) {

    public record Student(
            long studentId,
            String firstName,
            String lastName,
            String status,
            LocalDate joinedOn,
            BigDecimal deliveredHours,
            /* the admission figure: credited hours and, by policy, hours before joining left out */
            BigDecimal attendedHours,
            /* every hour present: what a document states as the hours actually attended ([001] sez. 11) */
            BigDecimal hoursActuallyAttended,
            BigDecimal missedHours,
            BigDecimal creditHours,
            BigDecimal requiredHours,
            BigDecimal attendancePercent,
            Boolean meetsThreshold,
            BigDecimal internshipHours,
            BigDecimal internshipMin,
            /* internship credits, and the hours they leave to attend (null from an attendance-service without them) */
            BigDecimal internshipCreditHours,
            BigDecimal internshipRequiredHours,
            Boolean meetsInternship,
            List<UnitCheck> units,
            Boolean allUnitChecksPassed) {

        public boolean withdrawn() {
            return "WITHDRAWN".equals(status);
        }
    }

    public record UnitCheck(String unitCode, Boolean checkPassed, LocalDate checkDate) {
    }

    public List<Student> studentsOrEmpty() {
        return students == null ? List.of() : students;
    }
}
