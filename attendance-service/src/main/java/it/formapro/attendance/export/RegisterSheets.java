package it.formapro.attendance.export;

import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.participant.Participant;
import it.formapro.attendance.register.AttendanceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads an edition's {@link RegisterSheet}, what the CSV and the PDF register print: three queries, one transaction. */
@ApplicationScoped
public class RegisterSheets {

    private final Clock clock;

    public RegisterSheets(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public RegisterSheet load(long editionId) {
        List<Lesson> lessons = Lesson.ofEdition(editionId);
        List<Participant> students = Participant.ofEdition(editionId);
        Map<Long, Map<Long, AttendanceEntry>> entries = new HashMap<>();
        AttendanceEntry.<AttendanceEntry>list(
                        "lessonId in (select l.id from Lesson l where l.editionId = ?1)", editionId)
                .forEach(e -> entries.computeIfAbsent(e.lessonId, k -> new HashMap<>()).put(e.studentId, e));
        // judged once, so that a lesson beginning while the sheet is written is in all of it or in none
        LocalDate today = LocalDate.now(clock);
        Set<Long> held = lessons.stream().filter(l -> Lesson.heldBy(l.lessonDate, l.startTime, today, clock))
                .map(l -> l.id).collect(Collectors.toUnmodifiableSet());
        return new RegisterSheet(editionId, lessons, students, entries, held);
    }
}
