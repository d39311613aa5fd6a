package it.formapro.exam.attendance;

import it.formapro.exam.downstream.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class AttendanceService {

    public static final String NAME = "attendance-service";

    @Inject
    AttendanceGateway client;

    public AttendanceSummary summary(long editionId) {
        return Downstream.call(NAME, "the attendance summary of edition " + editionId, () -> client.summary(editionId));
    }
}
