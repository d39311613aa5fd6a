package it.formapro.attendance.calendar;

import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Lesson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reads the edition's calendar and checks it with {@link CalendarRules}. */
@ApplicationScoped
public class CalendarCheckService {

    private final Clock clock;

    public CalendarCheckService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public CalendarCheck check(EditionRules rules, LocalDate asOf) {
        List<CalendarRules.CalendarLesson> calendar = Lesson.ofEdition(rules.editionId()).stream()
                .map(l -> new CalendarRules.CalendarLesson(l.lessonDate, l.minutes, l.unitCode, l.modality,
                        l.keyCompetences, Lesson.heldBy(l.lessonDate, l.startTime, asOf, clock)))
                .toList();
        return CalendarRules.check(rules, calendar, asOf);
    }
}
